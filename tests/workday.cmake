# Working-day engine: cross-check against numpy and CLI behaviour tests.
# Included from tests/CMakeLists.txt.

# workday_helper reads "YYYY-MM-DD N" lines and prints start + N working days.
add_executable(workday_helper workday_helper.c)
target_link_libraries(workday_helper PRIVATE pilkada)

# numpy.busday_offset(roll='forward') with the same holidays; skipped (77)
# without numpy. Debian's python3, not the pyenv one on PATH.
find_program(PK_DEBIAN_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(PK_DEBIAN_PYTHON)
    add_test(NAME workday_numpy_crosscheck
        COMMAND ${PK_DEBIAN_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/workday_numpy_check.py
                $<TARGET_FILE:workday_helper> ${PROJECT_SOURCE_DIR}/data/holidays_id.csv)
    set_tests_properties(workday_numpy_crosscheck PROPERTIES SKIP_RETURN_CODE 77)
endif()

if(PK_BUILD_TOOLS)
    add_test(NAME cli_deadline
        COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cli/deadline.sh $<TARGET_FILE:pilkada_cli>)
endif()
