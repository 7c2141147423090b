#!/usr/bin/env bash
# Failover drills on the demo fleet with its synthetic clients on (issue #23):
#  1. a hung pod → reroute: N pod_hang drills on us-east-primary (default 30), the time from the
#     hang to the fleet marking it down (detection) and to its last district moved (reroute),
#     p50/p99 — reference: 1 s at p99, and the 2.6-2.9 s three probes took before passive
#     detection (issue #23);
#  2. the false-failover controls: us-east-primary at ~95 % of its capacity, and with 150 ms of
#     added latency, each for 20 s — reference: 0 times marked down;
#  3. a us-east region-outage drill: detection, reroute p50/p99, RTO per district, failed
#     probes, restore time.
# Usage: drills.sh [hangs]. Needs curl and python3.
set -euo pipefail
bin=${RP_BIN_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/build/bin}
hangs=${1:-30}
root=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    rm -rf "$root"
}
trap cleanup EXIT

# start <name> <config json>: a daemon with demo traffic; sets port, token, dir.
start() {
    dir=$root/$1
    mkdir -m 700 "$dir"
    echo "$2" >"$root/$1.json"
    "$bin/regionalpodsd" --demo --data-dir "$dir" --listen 127.0.0.1:0 --config "$root/$1.json" \
        2>"$dir.log" &
    pids+=($!)
    for _ in $(seq 1 200); do [ -s "$dir/daemon.port" ] && break; sleep 0.1; done
    port=$(cat "$dir/daemon.port")
    token=$(cat "$dir/admin.token")
    for _ in $(seq 1 150); do
        n=$(api GET "/pods?health=healthy" | grep -o '"id"' | wc -l || true)
        [ "$n" -ge 20 ] && break
        sleep 0.2
    done
    sleep 3 # the clients' first measurements rank the pods
}
api() { curl -s -X "$1" -H "Authorization: Bearer $token" "http://127.0.0.1:$port$2" ${3:+-d "$3"}; }
# drill <body>: runs it to its end and prints its record.
drill() {
    local id
    id=$(api POST /drills "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("id",""))')
    if [ -z "$id" ]; then api POST /drills "$1" >&2; return 1; fi
    for _ in $(seq 1 600); do
        state=$(api GET "/drills/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
        case $state in running|restoring) sleep 0.2 ;; *) break ;; esac
    done
    api GET "/drills/$id"
}
force='"force":true,"force_reason":"benchmark"'
config='{"routing":{"hold_down_ms":500,"failback_ms":1000},"drills":{"failback_wait_ms":15000},
  "traffic":{"peak_rps":4,"evening_floor":1.0}}'

# 1. Hung pod → reroute.
start hang "$config"
: >"$root/hangs.jsonl"
for i in $(seq 1 "$hangs"); do
    drill "{\"scenario\":\"pod_hang\",\"pods\":[\"us-east-primary\"],\"duration_s\":5,$force}" \
        >>"$root/hangs.jsonl"
    echo >>"$root/hangs.jsonl"
done
python3 - "$root/hangs.jsonl" <<'PY'
import json, sys
def pct(v, p):
    v = sorted(v); return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))] if v else float("nan")
det, rer, ok = [], [], 0
for line in open(sys.argv[1]):
    if not line.strip(): continue
    d = json.loads(line)
    ds = d.get("districts", [])
    dm = [x["detection_ms"] for x in ds if x.get("detection_ms") is not None]
    rm = [x["reroute_ms"] for x in ds if x.get("reroute_ms") is not None]
    if dm: det.append(min(dm))
    if rm: rer.append(max(rm))
    ok += d["state"] == "succeeded"
print(f"hung pod, {len(rer)} hangs ({ok} drills succeeded, every fault reverted and read back):")
print(f"  detection p50 {pct(det,50):.0f} ms, p99 {pct(det,99):.0f} ms")
print(f"  reroute (last district moved) p50 {pct(rer,50):.0f} ms, p99 {pct(rer,99):.0f} ms "
      f"(reference 1000 ms at p99, ratio {pct(rer,99)/1000:.2f}; three 1 s probes took 2600-2900 ms)")
PY

# 2a. 150 ms of added latency for 20 s.
late=$(drill "{\"scenario\":\"latency\",\"pods\":[\"us-east-primary\"],\"latency_ms\":150,\"duration_s\":20,$force}")
echo "$late" >"$root/late.json"
python3 - "$root/late.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
down = sum(1 for s in d["timeline"] if s["kind"] == "detected")
print(f"false-failover control, 150 ms added latency for 20 s: marked down {down} time(s) (reference 0)")
PY
kill -TERM "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()

# 2b. ~95 % load: us-east-primary (2 × 50 rps) serves eight districts at 11.9 rps each.
start load '{"routing":{"hold_down_ms":500,"failback_ms":1000},"traffic":{"peak_rps":11.9,"evening_floor":1.0}}'
sleep 20
api GET /capacity/metrics >"$root/capacity.json"
util=$(python3 - "$root/capacity.json" <<'PY'
import json, sys
for p in json.load(open(sys.argv[1]))["pods"]:
    if p["pod"] == "us-east-primary":
        print(round(p["utilization"] * 100))
PY
)
downs=$(grep -c 'us-east-primary" replica [0-9]* is now "unhealthy"\|us-east-primary" replica [0-9]* is now unhealthy' "$root/load.log" || true)
echo "false-failover control, us-east-primary at $util % of its capacity for 20 s: marked down $downs time(s) (reference 0)"
kill -TERM "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()

# 3. A us-east region outage.
start region "$config"
outage=$(drill "{\"scenario\":\"region_outage\",\"regions\":[\"us-east\"],\"duration_s\":20,
    \"max_unserved_districts\":20,\"max_unserved_percent\":60,$force}")
echo "$outage" >"$root/outage.json"
python3 - "$root/outage.json" <<'PY'
import json, sys
def pct(v, p):
    v = sorted(v); return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))] if v else float("nan")
d = json.load(open(sys.argv[1]))
ds = d["districts"]; m = d["measurements"]; v = d["verdicts"]
det = [x["detection_ms"] for x in ds if x["detection_ms"] is not None]
rer = [x["reroute_ms"] for x in ds if x["reroute_ms"] is not None]
print(f"us-east region outage: {d['state']}, {len(ds)} districts, {m['failed_closed']} failed closed "
      f"(as predicted: {all(x['as_predicted'] for x in ds)}), out of zone {m['out_of_zone']}, "
      f"residency {v['residency']}, restore {v['restore']}")
print(f"  detection p50 {pct(det,50):.0f} ms, max {max(det) if det else 0:.0f} ms; "
      f"reroute p50 {pct(rer,50):.0f} ms, p99 {pct(rer,99):.0f} ms")
for x in ds:
    rto = "failed closed (no compliant pod)" if x["failed_closed"] else f"RTO {x['rto_ms']} ms"
    print(f"  {x['district']:18} {x['from']:18} -> {x['to'] or '-':18} {rto}, "
          f"{x['failed_probes']}/{x['probes']} probes failed")
print(f"  probes {m['probes']}, failed {m['failed_probes']}; restore (every fault read back) "
      f"{m['restore_ms']} ms")
PY
