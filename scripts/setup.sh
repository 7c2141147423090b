#!/usr/bin/env bash
# Installs what Regional Pods needs on Debian 12 and builds it (Ninja + ccache).
# Idempotent and quick when everything is already there.
#   scripts/setup.sh           build dependencies + the programs (console, daemon, agent)
#   scripts/setup.sh --tests   also the test servers' npm packages, and everything (tests too)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
want_tests=0
[ "${1:-}" = "--tests" ] && want_tests=1

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)

mapfile -t packages < <(grep -v -E '^\s*(#|$)' scripts/apt-packages.txt)
if [ "$want_tests" = 1 ] && ! command -v node >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing Debian packages: ${missing[*]}"
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$want_tests" = 1 ] && [ -f tests/tools/package-lock.json ]; then
    stamp=tests/tools/node_modules/.rp-installed
    if [ ! -f "$stamp" ] || [ tests/tools/package-lock.json -nt "$stamp" ]; then
        echo "setup: installing test servers from npm (tests/tools)"
        npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error
        touch "$stamp"
    fi
fi

build_dir=${RP_BUILD_DIR:-$root/build}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Relative paths in the cache key: another checkout of the same sources reuses the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
# -g puts the working directory into the hash unless told not to: without this a clone in
# another folder (CI's clean checkout) misses every entry.
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
# Precompiled headers (CMake's target_precompile_headers) are cacheable only with these.
export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -G Ninja -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
if [ "$want_tests" = 1 ]; then
    ninja -C "$build_dir"
else
    # Only what run-console.sh runs: the console pulls in the daemon, the daemon the agent.
    ninja -C "$build_dir" regionalpods
fi
