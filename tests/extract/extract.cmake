# The text engine against the labelled corpus (tests/extract/corpus): prints
# per-field precision and recall; fails on a crash, a CLI error, or a figure
# below tests/extract/floors.txt. And the CLI's extract / classify --text paths.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    add_test(NAME extract_corpus
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/extract/score.py $<TARGET_FILE:pilkada_cli>
                ${CMAKE_CURRENT_SOURCE_DIR}/extract/corpus --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/floors.txt)
    add_test(NAME extract_fresh_floors
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/extract/score.py $<TARGET_FILE:pilkada_cli>
                ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh --min-files 50
                --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh_floors.txt)
    # tests/extract/fresh (50 paragraphs) was held out in round 5 and is a development
    # set since round 6 (see its README): extract_fresh_floors holds its figures to
    # tests/extract/fresh_floors.txt; extract_fresh prints them.
    add_test(NAME extract_fresh
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/extract/score.py $<TARGET_FILE:pilkada_cli>
                ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh --min-files 50)
    # The round-6 held-out set (tests/extract/fresh2, 50 paragraphs), a development set
    # since round 7 (see its README), the same way: extract_fresh2_floors holds its figures
    # to tests/extract/fresh2_floors.txt; extract_fresh2 prints them.
    add_test(NAME extract_fresh2_floors
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/extract/score.py $<TARGET_FILE:pilkada_cli>
                ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh2 --min-files 50
                --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh2_floors.txt)
    add_test(NAME extract_fresh2
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/extract/score.py $<TARGET_FILE:pilkada_cli>
                ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh2 --min-files 50)
    # The round-7 held-out set (tests/extract/fresh3, 50 paragraphs), printed the same way;
    # its first run is in tests/extract/fresh3/README.md.
    add_test(NAME extract_fresh3
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/extract/score.py $<TARGET_FILE:pilkada_cli>
                ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh3 --min-files 50)
    # The round-7b held-out set (tests/extract/fresh4, 40 paragraphs), printed; first run in its README.
    add_test(NAME extract_fresh4
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/extract/score.py $<TARGET_FILE:pilkada_cli>
                ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh4 --min-files 40)
endif()
add_test(NAME cli_extract COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/extract/cli.sh $<TARGET_FILE:pilkada_cli>)
# Reading rules found from the error classes of tests/extract/fresh2 (round 7).
if(Python3_Interpreter_FOUND)
    add_test(NAME extract_rules COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/extract/rules.sh $<TARGET_FILE:pilkada_cli>)
endif()
