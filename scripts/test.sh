#!/usr/bin/env bash
# Sets up (Debian + npm packages), builds and runs every test under CTest.
# Extra arguments go to ctest (e.g. -L unit, -R tst_agent).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
cd "${RP_BUILD_DIR:-build}"
exec ctest --output-on-failure --timeout 300 -j2 "$@"
