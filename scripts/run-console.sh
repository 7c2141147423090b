#!/usr/bin/env bash
# Sets up, builds and runs the console; with no daemon running it starts the bundled
# regionalpodsd on the embedded demo fleet and stops it on exit. Arguments go to the console.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run-console: no display here; running under Xvfb and saving a screenshot to console.png"
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/bin/regionalpods --screenshot console.png "$@"
fi
exec build/bin/regionalpods "$@"
