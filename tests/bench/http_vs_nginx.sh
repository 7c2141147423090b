#!/usr/bin/env bash
# HTTP throughput of the daemon's transport against nginx (one worker) serving the same bytes
# as static files, measured side by side in one run with wrk on loopback (issue #8):
#   GET /healthz (public, answered on the I/O threads) and authenticated GET /pods/{region}/{pod}
# and authenticated GET /routing/{district} (issue #9) at -t1 -c32 and at -t2 -c64. Prints req/s, p99 latency and the ratio to nginx (target >= 1.0).
set -euo pipefail
bin=${RP_BIN_DIR:-$(cd "$(dirname "$0")/../../build/bin" && pwd)}
duration=${RP_BENCH_DURATION:-10s}
command -v wrk >/dev/null && command -v nginx >/dev/null || {
    echo "wrk and nginx are needed (scripts/setup.sh installs them)"; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
mkdir -m 700 "$work/data" "$work/www" "$work/nginx"

# RP_BENCH_DEMO_TRAFFIC=0 measures the transport without the demo's synthetic clients, whose
# requests to the agents take CPU from the daemon that nginx never has to share.
extra=()
[ "${RP_BENCH_DEMO_TRAFFIC:-1}" = 0 ] && extra+=(--no-demo-traffic)
"$bin/regionalpodsd" --demo "${extra[@]}" --data-dir "$work/data" --listen 127.0.0.1:0 >"$work/daemon.log" 2>&1 &
for _ in $(seq 100); do [ -s "$work/data/daemon.port" ] && break; sleep 0.1; done
port=$(cat "$work/data/daemon.port"); token=$(cat "$work/data/admin.token")
daemon_pid=$!
pod=/pods/us-east/us-east-primary
curl -sf "http://127.0.0.1:$port/healthz" >"$work/www/healthz"
curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port$pod" >"$work/www/pod"
# Issue #9: GET /routing/{district}, once every pod has been probed (the decision no longer
# fails closed), against nginx serving the same decision as a static JSON file.
routing=/routing/us-tx-houston
for _ in $(seq 100); do
    curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port$routing" >"$work/www/routing" && break
    sleep 0.1
done

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

run() { # threads connections url [header] -> "req/s p99"
    local out
    if [ -n "${4:-}" ]; then
        out=$(wrk -t"$1" -c"$2" -d"$duration" --latency -H "$4" "$3")
    else
        out=$(wrk -t"$1" -c"$2" -d"$duration" --latency "$3")
    fi
    echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1=="99%" {print $2}')"
}
printf '%-34s %12s %10s %12s %10s %7s\n' "case" "daemon r/s" "p99" "nginx r/s" "p99" "ratio"
for load in "1 32" "2 64"; do
    set -- $load
    for case in healthz pod routing; do
        case $case in
        healthz) d=$(run "$1" "$2" "http://127.0.0.1:$port/healthz") ;;
        pod) d=$(run "$1" "$2" "http://127.0.0.1:$port$pod" "Authorization: Bearer $token") ;;
        routing) d=$(run "$1" "$2" "http://127.0.0.1:$port$routing" "Authorization: Bearer $token") ;;
        esac
        n=$(run "$1" "$2" "http://127.0.0.1:$nginx_port/$case")
        read -r dr dp <<<"$d"; read -r nr np <<<"$n"
        ratio=$(awk -v a="$dr" -v b="$nr" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
        label="GET /$case -t$1 -c$2"; [ $case = pod ] && label="GET $pod (auth) -t$1 -c$2"
        [ $case = routing ] && label="GET $routing (auth) -t$1 -c$2"
        printf '%-34s %12s %10s %12s %10s %7sx\n' "$label" "$dr" "$dp" "$nr" "$np" "$ratio"
    done
done
echo "daemon RSS after the runs: $(awk '/VmRSS/ {print $2, $3}' /proc/$daemon_pid/status)"
