# ABI guard and header self-containment (included from tests/CMakeLists.txt).
#
# abi_exports: the shared library exports exactly the PK_EXTERN names of the
#   public headers, all pk_-prefixed, with SONAME libpilkada.so.<major>.
# header_<name>: each public header compiles alone as C11 and C++11. The
#   headers are globbed at configure time (CONFIGURE_DEPENDS), so a new header
#   gets its test without editing this file.
find_program(PK_DEBIAN_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
find_program(PK_NM nm)
find_program(PK_READELF readelf)
# Not in coverage builds: libgcov adds its own exported symbols there.
if(PK_DEBIAN_PYTHON AND PK_NM AND PK_READELF AND NOT PK_COVERAGE)
    add_test(NAME abi_exports
        COMMAND ${PK_DEBIAN_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_exports.py
            $<TARGET_FILE:pilkada> ${PROJECT_VERSION_MAJOR}
            ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include)
endif()

# abi_layout: the size, alignment and member offsets of every public struct
#   match tests/abi/layout.txt (rules in docs/abi.md); abi_layout_mutations:
#   the check fails when a member is inserted in the middle of a struct.
if(PK_DEBIAN_PYTHON)
    set(PK_LAYOUT_ARGS ${CMAKE_C_COMPILER} ${CMAKE_CURRENT_LIST_DIR}/layout.txt
        ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include)
    add_test(NAME abi_layout
        COMMAND ${PK_DEBIAN_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_layout.py ${PK_LAYOUT_ARGS})
    add_test(NAME abi_layout_mutations
        COMMAND ${PK_DEBIAN_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_layout_mutations.py ${PK_LAYOUT_ARGS})
    set_tests_properties(abi_layout abi_layout_mutations PROPERTIES SKIP_RETURN_CODE 77)
endif()

# A C++ compiler of the same family as the C compiler.
if(CMAKE_C_COMPILER_ID STREQUAL "Clang")
    find_program(PK_HEADER_CXX NAMES clang++ g++ c++)
else()
    find_program(PK_HEADER_CXX NAMES g++ c++ clang++)
endif()
if(PK_HEADER_CXX)
    file(GLOB PK_PUBLIC_HEADERS CONFIGURE_DEPENDS
        RELATIVE ${PROJECT_SOURCE_DIR}/include
        ${PROJECT_SOURCE_DIR}/include/pilkada.h
        ${PROJECT_SOURCE_DIR}/include/pilkada/*.h)
    list(APPEND PK_PUBLIC_HEADERS pilkada/version.h) # generated
    foreach(h IN LISTS PK_PUBLIC_HEADERS)
        string(REGEX REPLACE "[/.]" "_" hname "${h}")
        add_test(NAME header_${hname}
            COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/check_header.sh ${CMAKE_C_COMPILER} ${PK_HEADER_CXX} ${h}
                ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/include)
    endforeach()
endif()
