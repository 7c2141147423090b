#!/usr/bin/env bash
# Console start to first painted map with all pods on it, against a running demo daemon:
# launches `regionalpods --screenshot` (which exits once the fleet is loaded, the map has its
# markers and the window is painted and saved) five times and prints the median. Reference: 2 s.
set -euo pipefail
bin=${RP_BIN_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/build/bin}
dir=$(mktemp -d)
"$bin/regionalpodsd" --demo --data-dir "$dir" --listen 127.0.0.1:0 2>"$dir/daemon.log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 200); do [ -s "$dir/daemon.port" ] && break; sleep 0.1; done
url="http://127.0.0.1:$(cat "$dir/daemon.port")"
token=$(cat "$dir/admin.token")
times=()
for i in 1 2 3 4 5; do
    t0=$(date +%s%N)
    RP_SCREENSHOT_SETTLE_MS=0 QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$bin/regionalpods" --url "$url" --token "$token" \
        --screenshot "$dir/shot.png" >/dev/null 2>&1
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
awk -v m="$median" -v all="${times[*]}" 'BEGIN {
    printf "console start to first painted map: median %d ms (runs: %s ms; reference 2000 ms, ratio %.2f)\n", m, all, m / 2000
}'
