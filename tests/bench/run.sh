#!/usr/bin/env bash
# Runs every benchmark and prints each figure with its ratio to the reference target.
# Not part of CTest: figures depend on the machine. Build first (scripts/setup.sh); the
# benchmark programs themselves are built here (`ninja bench`: not part of `all`).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${RP_BUILD_DIR:-$here/../../build}
ninja -C "$build" bench || exit 1
export RP_BIN_DIR=$build/bin RP_SOURCE_DIR=$here/../..
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
for script in "$here"/*.sh; do
    [ "$(basename "$script")" = run.sh ] && continue
    echo "== $(basename "$script")"; "$script"
done
for bench in "$build"/bench/bench_*; do
    [ -x "$bench" ] || continue
    echo "== $(basename "$bench")"; "$bench"
done
