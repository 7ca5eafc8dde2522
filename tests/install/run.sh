#!/bin/sh
# Install a built tree into a temporary prefix, then build and run an outside
# program against it with pkg-config and with find_package(Pilkada).
# usage: run.sh <build-dir> <source-dir>
set -eu
build=$1
src=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/pk-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
libdir=$(ls -d "$prefix"/lib* | head -n 1)
test -f "$prefix/include/pilkada.h"
test -f "$prefix/include/pilkada/version.h"
ls "$libdir"/libpilkada.so.* >/dev/null
test -f "$libdir/libpilkada.a"
test -f "$libdir/pkgconfig/pilkada.pc"
test -f "$libdir/cmake/Pilkada/PilkadaConfig.cmake"

# 1. pkg-config
PKG_CONFIG_PATH="$libdir/pkgconfig"
export PKG_CONFIG_PATH
cc=${CC:-cc}
# shellcheck disable=SC2046
$cc -std=c11 -Wall -Wextra -Wpedantic -Werror -o "$work/consumer_pc" "$src/tests/install/consumer.c" \
    $(pkg-config --cflags --libs pilkada)
LD_LIBRARY_PATH="$libdir" "$work/consumer_pc"

# 2. CMake package
cmake -S "$src/tests/install" -B "$work/cmake-build" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/cmake-build" >/dev/null
LD_LIBRARY_PATH="$libdir" "$work/cmake-build/consumer_shared"
"$work/cmake-build/consumer_static"
echo "install test: pkg-config and find_package consumers passed"
