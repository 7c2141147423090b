#!/usr/bin/env bash
# Builds with AddressSanitizer and UBSan in build-asan/ and runs the unit and integration tests
# there (the GUI tests too with --all). Extra arguments go to ctest (e.g. -R tst_migrationcrash).
#   scripts/sanitize.sh            unit + integration + robustness
#   scripts/sanitize.sh --all      every test
set -euo pipefail
cd "$(dirname "$0")/.."
labels=(-L 'unit|integration|robustness')
if [ "${1:-}" = --all ]; then
    labels=()
    shift
fi
scripts/setup.sh --tests >/dev/null # packages and test servers; the normal build stays as it is
build=${RP_ASAN_BUILD_DIR:-build-asan}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache} CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
if [ ! -f "$build/build.ninja" ]; then
    cmake -G Ninja -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DRP_SANITIZE=address,undefined
fi
ninja -C "$build"
# Qt and the agents' children: report leaks at exit only for our own code paths that matter,
# stop at the first error, and keep symbols readable.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd "$build"
exec ctest --output-on-failure --timeout 600 -j2 "${labels[@]}" "$@"
