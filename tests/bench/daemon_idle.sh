#!/usr/bin/env bash
# Daemon RSS and CPU with the demo fleet idle (health probes only), plus the agents' total RSS.
# References: daemon RSS 100 MiB, daemon CPU 5 % of one core.
set -euo pipefail
bin=${RP_BIN_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/build/bin}
seconds=${1:-10}
dir=$(mktemp -d)
"$bin/regionalpodsd" --demo --data-dir "$dir" --listen 127.0.0.1:0 2>"$dir/daemon.log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 200); do [ -s "$dir/daemon.port" ] && break; sleep 0.1; done
port=$(cat "$dir/daemon.port")
token=$(cat "$dir/admin.token")
# Let every replica settle healthy before measuring "idle".
for _ in $(seq 1 100); do
    n=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/pods?health=healthy" | grep -o '"id"' | wc -l || true)
    [ "$n" -ge 19 ] && break
    sleep 0.2
done
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
c0=$(cpu); t0=$(date +%s.%N)
sleep "$seconds"
c1=$(cpu); t1=$(date +%s.%N)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
agents_kb=0
for p in $(pgrep -f -- "--data-dir $dir/agents"); do
    agents_kb=$((agents_kb + $(awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0)))
done
nagents=$(pgrep -c -f -- "--data-dir $dir/agents" || true)
awk -v c0="$c0" -v c1="$c1" -v t0="$t0" -v t1="$t1" -v hz="$ticks" -v rss="$rss_kb" -v ak="$agents_kb" -v n="$nagents" 'BEGIN {
    cpu = (c1 - c0) / hz / (t1 - t0) * 100
    printf "daemon idle RSS: %.1f MiB (reference 100 MiB, ratio %.2f)\n", rss / 1024, rss / 1024 / 100
    printf "daemon idle CPU: %.2f %% of one core (reference 5 %%, ratio %.2f)\n", cpu, cpu / 5
    printf "agents: %d processes, %.1f MiB RSS in total (%.1f MiB each)\n", n, ak / 1024, (n > 0 ? ak / 1024 / n : 0)
}'
