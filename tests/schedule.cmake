# Tests of the schedule engine beyond tests/test_schedule.c (included from
# tests/CMakeLists.txt).

# CLI behaviour of `pilkada phase` and `pilkada schedule`.
if(TARGET pilkada_cli)
    add_test(NAME cli_calendar
        COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cli/calendar.sh $<TARGET_FILE:pilkada_cli> ${CMAKE_CURRENT_BINARY_DIR})
endif()

# iCalendar export parsed by Debian's python3-icalendar (not the pyenv python3).
find_program(PK_DEBIAN_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(TARGET pilkada_cli AND PK_DEBIAN_PYTHON)
    add_test(NAME cli_ics
        COMMAND ${PK_DEBIAN_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/ics_check.py $<TARGET_FILE:pilkada_cli>
                ${CMAKE_CURRENT_BINARY_DIR})
    set_tests_properties(cli_ics PROPERTIES SKIP_RETURN_CODE 77)
endif()

# The example program a C user would copy: 25 Nov 2024 is in the quiet period,
# two days before voting (shared/research/schedule.md, 1g).
if(TARGET pilkada_phase)
    add_test(NAME example_pilkada_phase COMMAND pilkada_phase 2024-11-25)
    set_tests_properties(example_pilkada_phase PROPERTIES
        PASS_REGULAR_EXPRESSION "quiet_period.*days until voting: 2")
    add_test(NAME example_pilkada_phase_bad_date COMMAND pilkada_phase 2024-02-30)
    set_tests_properties(example_pilkada_phase_bad_date PROPERTIES WILL_FAIL TRUE)
endif()
