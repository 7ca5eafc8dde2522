# Violation case files (tests/violations/cases/*.json, format in
# tests/violations/README.md) checked by a C driver that reads them with
# jansson (Debian libjansson-dev). Only this test links jansson.
# Included from tests/CMakeLists.txt.
if(NOT TARGET PkgConfig::JANSSON)
    pkg_check_modules(JANSSON REQUIRED IMPORTED_TARGET jansson)
endif()
add_executable(test_violation_cases test_violation_cases.c)
target_link_libraries(test_violation_cases PRIVATE pilkada PkgConfig::JANSSON)
target_compile_definitions(test_violation_cases PRIVATE
    PK_VIOLATION_CASES_DIR="${CMAKE_CURRENT_SOURCE_DIR}/violations/cases")
add_test(NAME test_violation_cases COMMAND test_violation_cases)


# Every case file is well-formed JSON and its "name" is its file name stem
# (the Python tests read the same files).
find_program(PK_DEBIAN_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(PK_DEBIAN_PYTHON)
    add_test(NAME violation_cases_wellformed
        COMMAND ${PK_DEBIAN_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/violations/check_cases.py
                ${CMAKE_CURRENT_SOURCE_DIR}/violations/cases)
endif()

# Real decided cases (tests/violations/real/, issue 11): agreement of the
# classifier with the real outcomes, per category and per actor, with every
# disagreement and its reason. Fails on an error or below the floor (the
# measured figure minus a margin; see tests/violations/real/README.md).
add_executable(test_violation_real test_violation_real.c)
target_link_libraries(test_violation_real PRIVATE pilkada PkgConfig::JANSSON)
target_compile_definitions(test_violation_real PRIVATE
    PK_VIOLATION_REAL_DIR="${CMAKE_CURRENT_SOURCE_DIR}/violations/real")
add_test(NAME test_violation_real COMMAND test_violation_real --floor 78 --discipline-floor 3)
# The fresh set (tests/violations/real/fresh/): cases collected after the rules were
# written; its figure is reported separately (15 cases: 9/15 before any rule change,
# 14/15 after the rule asn_official_declares_support_for_pair; floor = 13/15).
add_test(NAME test_violation_real_fresh
    COMMAND test_violation_real --floor 86 ${CMAKE_CURRENT_SOURCE_DIR}/violations/real/fresh)
# The second fresh set (tests/violations/real/fresh2/, round 5): 27 cases collected and
# labelled by hand without running the library, classified once before any rule change
# of the round: 17/27 (63.0%), strict 11/27. After the round-5 rules written because of it
# (Pasal 180(1), 184, 185A, 185B, candidate_ineligible; in-sample for those) and one labelling
# fix: 24/27 (88.9%); floor 85 = 23/27.
add_test(NAME test_violation_real_fresh2
    COMMAND test_violation_real --floor 85 ${CMAKE_CURRENT_SOURCE_DIR}/violations/real/fresh2)
# The third fresh set (tests/violations/real/fresh3/, round 6): 34 cases collected and
# labelled by hand without running the library, classified once before any rule change
# of the round: 31/34 (91.2%), strict 27/34; floor 85 = 29/34.
add_test(NAME test_violation_real_fresh3
    COMMAND test_violation_real --floor 85 ${CMAKE_CURRENT_SOURCE_DIR}/violations/real/fresh3)
