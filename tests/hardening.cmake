# Hardening tests (included from tests/CMakeLists.txt): ABI guard, header
# self-containment, threads, bad-input matrix, fuzz regression replay.
include(${CMAKE_CURRENT_LIST_DIR}/abi/abi.cmake)

find_package(Threads REQUIRED)
pk_add_test(test_threads)
target_link_libraries(test_threads PRIVATE Threads::Threads)

pk_add_test(test_bad_input)
