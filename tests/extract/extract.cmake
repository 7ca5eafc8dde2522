# The text engine against the labelled corpus (tests/extract/corpus): prints
# per-field precision and recall; fails on a crash, a CLI error, or a figure
# below tests/extract/floors.txt. And the CLI's extract / classify --text paths.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    # pk_extract_score(<test> <set> [score.py args...]): score.py over tests/extract/<set>,
    # with its calibration report (confidence bins, precision at >= 0.7) after the standard lines
    function(pk_extract_score name set)
        add_test(NAME ${name}
            COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/extract/score.py $<TARGET_FILE:pilkada_cli>
                    ${CMAKE_CURRENT_SOURCE_DIR}/extract/${set} --calibration ${ARGN})
    endfunction()
    pk_extract_score(extract_corpus corpus --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/floors.txt)
    # tests/extract/fresh (50 paragraphs) was held out in round 5 and is a development
    # set since round 6 (see its README): extract_fresh_floors prints its figures and holds
    # them to tests/extract/fresh_floors.txt.
    pk_extract_score(extract_fresh_floors fresh --min-files 50
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh_floors.txt)
    # The round-6 held-out set (tests/extract/fresh2, 50 paragraphs), a development set
    # since round 7 (see its README), the same way.
    pk_extract_score(extract_fresh2_floors fresh2 --min-files 50
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh2_floors.txt)
    # The round-7 held-out sets; their first runs are in their READMEs: tests/extract/fresh3
    # (50 paragraphs), a development set since round 8 held to floors like fresh and fresh2,
    # and tests/extract/fresh4 (40), a development set of the actor and act since round 10,
    # its actor and act figures held to tests/extract/fresh4_floors.txt.
    pk_extract_score(extract_fresh3_floors fresh3 --min-files 50
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh3_floors.txt)
    pk_extract_score(extract_fresh4 fresh4 --min-files 40
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh4_floors.txt)
    # The round-9 date development set (tests/extract/dates_dev, 37 paragraphs, see its
    # README): printed and held to tests/extract/dates_dev_floors.txt.
    pk_extract_score(extract_dates_dev_floors dates_dev --min-files 37
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/dates_dev_floors.txt)
    # The round-8 held-out set (tests/extract/fresh5, 51 paragraphs; first run in its README),
    # a development set of the actor and act since round 10, held to fresh5_floors.txt.
    pk_extract_score(extract_fresh5 fresh5 --min-files 50
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh5_floors.txt)
    # The round-9 held-out set (tests/extract/fresh6, 30 paragraphs, dates stated and not; first
    # run in its README), a development set since round 11, held to fresh6_floors.txt.
    pk_extract_score(extract_fresh6 fresh6 --min-files 30
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh6_floors.txt)
    # The round-10 held-out set (tests/extract/fresh7, 46 paragraphs, balanced: plain incidents,
    # organisers, Polri, negatives; first run in its README), a development set since round 11,
    # held to fresh7_floors.txt.
    pk_extract_score(extract_fresh7 fresh7 --min-files 46
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh7_floors.txt)
    # The round-11 held-out sets (tests/extract/fresh8, 42 paragraphs from 42 sites, balanced like
    # fresh7; tests/extract/fresh9, 37 paragraphs from 37 sites; first runs in their READMEs),
    # development sets since round 12, held to fresh8_floors.txt and fresh9_floors.txt.
    pk_extract_score(extract_fresh8 fresh8 --min-files 42 --by-class
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh8_floors.txt)
    pk_extract_score(extract_fresh9 fresh9 --min-files 37 --by-class
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh9_floors.txt)
    # The round-12 held-out sets (tests/extract/fresh10, 38 paragraphs from 38 sites, 71 incidents;
    # tests/extract/fresh11, 37 paragraphs from 37 sites, 59 incidents, provinces the older sets
    # lack; first runs in their READMEs), development sets since round 13, held to
    # fresh10_floors.txt and fresh11_floors.txt.
    pk_extract_score(extract_fresh10 fresh10 --min-files 38 --by-class
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh10_floors.txt)
    pk_extract_score(extract_fresh11 fresh11 --min-files 37 --by-class
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh11_floors.txt)
    # The round-13 held-out sets (tests/extract/fresh12, 40 paragraphs from 39 sites, 63
    # incidents, aimed at the classes the older sets lack: Polri/TNI, organisers, mutasi,
    # incumbents' programmes, camat, lurah; tests/extract/fresh13, 40 paragraphs from 40 sites,
    # 51 incidents, 25 provinces; first runs in their READMEs), development sets since round 14,
    # held to fresh12_floors.txt and fresh13_floors.txt.
    pk_extract_score(extract_fresh12 fresh12 --min-files 40 --by-class
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh12_floors.txt)
    pk_extract_score(extract_fresh13 fresh13 --min-files 40 --by-class
                     --floors ${CMAKE_CURRENT_SOURCE_DIR}/extract/fresh13_floors.txt)
    # The round-14 held-out sets (tests/extract/fresh14, 46 paragraphs from 45 hosts, 57 incidents,
    # ordinary news over 23 provinces; tests/extract/fresh15, 43 paragraphs from 42 sites, 64
    # incidents, official Bawaslu/KPU/DKPP/court texts among them), printed; first runs in their
    # READMEs.
    pk_extract_score(extract_fresh14 fresh14 --min-files 46 --by-class)
    pk_extract_score(extract_fresh15 fresh15 --min-files 43 --by-class)
    # The round-10 development set of organisers and voters as offenders (tests/extract/org_dev,
    # 16 paragraphs; labels committed before the first run, see its README), printed.
    pk_extract_score(extract_org_dev org_dev --min-files 16 --by-class)
endif()
add_test(NAME cli_extract COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/extract/cli.sh $<TARGET_FILE:pilkada_cli>)
# Reading rules found from the error classes of the development sets (rounds 7 and 8): every
# case's text in one `pilkada extract --batch` run.
if(Python3_Interpreter_FOUND)
    add_test(NAME extract_rules COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/extract/rules.py $<TARGET_FILE:pilkada_cli>)
endif()
