#!/usr/bin/env bash
# HTTP throughput of the daemon's transport against nginx (one worker) serving the same bytes
# as static files, measured side by side in one run with wrk on loopback (issues #8, #9):
#   GET /healthz (public, answered on the I/O threads), authenticated GET /pods/{region}/{pod}
#   and authenticated GET /routing/{district}, at -t1 -c32 and at -t2 -c64.
# Prints req/s, p99 latency, the server's CPU time per request (user + system, from
# /proc/PID/stat: steadier than req/s when wrk shares the cores) and the ratio to nginx
# (target >= 1.0). Then the I/O threads' scaling: the daemon with io_threads 1 and 2 under -t2 -c64.
#   RP_BENCH_DURATION=10s     length of each wrk run
#   RP_BENCH_DEMO_TRAFFIC=0   without the demo's synthetic clients, whose requests to the agents
#                             take CPU from the daemon that nginx never has to share
#   RP_BENCH_IO_THREADS=N     the daemon's transport.io_threads (default 0: one per core but one)
set -euo pipefail
bin=${RP_BIN_DIR:-$(cd "$(dirname "$0")/../../build/bin" && pwd)}
duration=${RP_BENCH_DURATION:-10s}
command -v wrk >/dev/null && command -v nginx >/dev/null || {
    echo "wrk and nginx are needed (scripts/setup.sh installs them)"; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
mkdir -m 700 "$work/www" "$work/nginx"
pod=/pods/us-east/us-east-primary
routing=/routing/us-tx-houston

extra=()
[ "${RP_BENCH_DEMO_TRAFFIC:-1}" = 0 ] && extra+=(--no-demo-traffic)
daemon_pid=""
start_daemon() { # io_threads -> sets port, token, daemon_pid
    [ -n "$daemon_pid" ] && { kill "$daemon_pid"; wait "$daemon_pid" 2>/dev/null || true; }
    rm -rf "$work/data"; mkdir -m 700 "$work/data"
    echo "{\"transport\": {\"io_threads\": $1}}" >"$work/config.json"
    "$bin/regionalpodsd" --demo "${extra[@]}" --config "$work/config.json" --data-dir "$work/data" \
        --listen 127.0.0.1:0 >"$work/daemon.log" 2>&1 &
    daemon_pid=$!
    for _ in $(seq 100); do [ -s "$work/data/daemon.port" ] && break; sleep 0.1; done
    port=$(cat "$work/data/daemon.port"); token=$(cat "$work/data/admin.token")
    # Once every pod has been probed the routing decision no longer fails closed.
    for _ in $(seq 100); do
        curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port$routing" >"$work/www/routing" && break
        sleep 0.1
    done
}
start_daemon "${RP_BENCH_IO_THREADS:-0}"
echo "daemon: $(grep -o 'with [0-9]* I/O thread(s)' "$work/daemon.log" || echo '?')," \
    "demo traffic ${RP_BENCH_DEMO_TRAFFIC:-1}; nginx: 1 worker; $(nproc) cores"
curl -sf "http://127.0.0.1:$port/healthz" >"$work/www/healthz"
curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port$pod" >"$work/www/pod"

nginx_port=$((port + 1))
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
error_log $work/nginx/error.log;
pid $work/nginx/nginx.pid;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        default_type application/json;
    }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$nginx_port/healthz" >/dev/null && break; sleep 0.1; done
nginx_worker=$(pgrep -P "$(cat "$work/nginx/nginx.pid")" | head -1)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run() { # pid threads connections url [header] -> "req/s p99 cpu-us-per-request"
    local before after out rps
    before=$(cpu_ticks "$1")
    if [ -n "${5:-}" ]; then
        out=$(wrk -t"$2" -c"$3" -d"$duration" --latency -H "$5" "$4")
    else
        out=$(wrk -t"$2" -c"$3" -d"$duration" --latency "$4")
    fi
    after=$(cpu_ticks "$1")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    echo "$rps $(echo "$out" | awk '$1=="99%" {print $2}')" \
        "$(awk -v t=$((after - before)) -v r="$rps" -v d="${duration%s}" -v hz="$(getconf CLK_TCK)" \
            'BEGIN { printf "%.1f", (r > 0 ? t / hz * 1e6 / (r * d) : 0) }')"
}
daemon_case() { # threads connections case
    case $3 in
    healthz) run "$daemon_pid" "$1" "$2" "http://127.0.0.1:$port/healthz" ;;
    pod) run "$daemon_pid" "$1" "$2" "http://127.0.0.1:$port$pod" "Authorization: Bearer $token" ;;
    routing) run "$daemon_pid" "$1" "$2" "http://127.0.0.1:$port$routing" "Authorization: Bearer $token" ;;
    esac
}
printf '%-42s %10s %8s %7s %10s %8s %7s %7s\n' "case" "daemon r/s" "p99" "us/req" \
    "nginx r/s" "p99" "us/req" "ratio"
for load in "1 32" "2 64"; do
    set -- $load
    for case in healthz pod routing; do
        d=$(daemon_case "$1" "$2" $case)
        n=$(run "$nginx_worker" "$1" "$2" "http://127.0.0.1:$nginx_port/$case")
        read -r dr dp dc <<<"$d"; read -r nr np nc <<<"$n"
        ratio=$(awk -v a="$dr" -v b="$nr" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
        label="GET /$case -t$1 -c$2"; [ $case = pod ] && label="GET $pod (auth) -t$1 -c$2"
        [ $case = routing ] && label="GET $routing (auth) -t$1 -c$2"
        printf '%-42s %10s %8s %7s %10s %8s %7s %6sx\n' "$label" "$dr" "$dp" "$dc" "$nr" "$np" "$nc" "$ratio"
    done
done
echo "daemon RSS after the runs: $(awk '/VmRSS/ {print $2, $3}' "/proc/$daemon_pid/status")"

echo "I/O threads, GET $routing (auth) -t2 -c64 (nginx, 1 worker, for reference):"
n=$(run "$nginx_worker" 2 64 "http://127.0.0.1:$nginx_port/routing")
read -r nr np nc <<<"$n"
for io in 1 2; do
    start_daemon $io
    read -r dr dp dc <<<"$(daemon_case 2 64 routing)"
    printf '  io_threads %d: %10s r/s  p99 %8s  %5s us/req  %6sx nginx (%s r/s)\n' "$io" "$dr" "$dp" \
        "$dc" "$(awk -v a="$dr" -v b="$nr" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')" "$nr"
done
