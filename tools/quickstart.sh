#!/bin/sh
# Quick start: install what is missing, build libpilkada and the `pilkada`
# tool, then run it on the built-in Pilkada 2024 data.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
sh tools/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc 2>/dev/null || echo 2)"
echo
echo "== pilkada schedule --cycle 2024 =="
./build/tools/cli/pilkada schedule --cycle 2024
echo
echo "== pilkada phase 2024-11-25 =="
./build/tools/cli/pilkada phase 2024-11-25
echo
echo "== pilkada deadline report --from 2024-11-25 =="
./build/tools/cli/pilkada deadline report --from 2024-11-25
echo
echo "== pilkada region lookup 35.13 =="
./build/tools/cli/pilkada region lookup 35.13
echo
echo "== pilkada classify --actor pns --act decision_favouring --occurred 2024-10-01 --region 35.13 =="
./build/tools/cli/pilkada classify --actor pns --act decision_favouring --occurred 2024-10-01 \
    --discovered 2024-10-02 --region 35.13
echo
echo "The tool is ./build/tools/cli/pilkada; try './build/tools/cli/pilkada --help'."
