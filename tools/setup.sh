#!/bin/sh
# Install the Debian/Ubuntu packages libpilkada needs to build, test and
# benchmark. Idempotent: only missing packages are installed.
# usage: tools/setup.sh            (build, test and benchmark dependencies)
set -eu

PACKAGES="
cmake make gcc g++ clang pkg-config
libcmocka-dev valgrind libjansson-dev
python3 python3-icalendar python3-numpy python3-levenshtein python3-ahocorasick
python3-pandas python3-jsonschema
swig python3-dev python3-venv python3-pip python3-setuptools python3-wheel python3-mypy
clang-tidy cppcheck libclang-rt-14-dev gcovr doxygen
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "setup: all packages present"
    exit 0
fi

echo "setup: installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "setup: need root or sudo to install:$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
