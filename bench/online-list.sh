#!/usr/bin/env bash
# Issue 3 "Measured": list of a 1,000,000-row online form vs a hand-written MyBatis-Plus controller on the
# same table, in the same run (same server, same data, same request stream), wrk -t2 -c32 on loopback.
#   bench/online-list.sh [duration, default 30s]      BENCH_ROWS (default 1000000), BENCH_PORT_ONLINE (18090)
# Prod profile + the bench profile (which alone registers the hand-written controller) against the local
# MariaDB (fresh schema) and Redis. The form is created and synced through the form API from
# bench/bench_vehicle.json (indexes declared there), filled with one INSERT ... SELECT from MariaDB's SEQUENCE
# engine with its secondary indexes dropped, then synced again, which re-creates the declared indexes.
# JVM flags: those of the prod deployment (docker/: Serial GC, full tiered JIT) unless BENCH_JAVA_OPTS is set
# (empty = JVM defaults; "-XX:+UseSerialGC -XX:TieredStopAtLevel=1" = platform.sh's start-up-first flags)
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS-"-XX:+UseSerialGC"}
source "$(dirname "$0")/lib.sh"

DURATION=${1:-30s}
WARMUP=${BENCH_WARMUP:-60s}  # C2 (the prod flags) compiles the hot paths: after 30 s the first round still ran partly on C1 code (p99 74 vs 38 ms)
ROWS=${BENCH_ROWS:-1000000}
PORT=${BENCH_PORT_ONLINE:-18090}
# InnoDB's default 128 MB buffer pool does not hold a 1M-row table and its indexes; a production server
# would be sized for its data. Set for the run and restored afterwards (0 = leave it alone).
POOL_MB=${BENCH_BUFFER_POOL_MB:-1024}
case "$ROWS" in ''|*[!0-9]*) echo "BENCH_ROWS must be a number" >&2; exit 2;; esac
ensure_jar
bash "$ROOT/scripts/ensure-services.sh" >/dev/null
source "$BENCH_DIR/online-common.sh"
ensure_wrk

OLD_POOL=""
if [ "$POOL_MB" != 0 ]; then
  OLD_POOL=$(mysql_root -N -e "SELECT @@innodb_buffer_pool_size")
  mysql_root -e "SET GLOBAL innodb_buffer_pool_size = $((POOL_MB * 1048576))"
fi
restore_pool() { [ -z "$OLD_POOL" ] || mysql_root -e "SET GLOBAL innodb_buffer_pool_size = $OLD_POOL" || true; cleanup; }
trap restore_pool EXIT INT TERM

start_server prod "$PORT" --spring.profiles.active=bench
healthy=$(wait_healthy "$PORT" 240)
log "prod+bench profile healthy after ${healthy}s on schema $SCHEMA"
login_bench "$PORT"
create_bench_form "$PORT"
fill_bench_form "$ROWS"

online="/api/online/data/bench_vehicle"
hand="/api/bench/vehicles"
q="pageNo=2&pageSize=20&vehicle_type=truck&register_date_begin=2020-03-01&register_date_end=2020-03-28&sort=register_date&order=desc"
# both endpoints must answer the same page before anything is measured
a=$(curl -sS -H "X-Access-Token: $TOKEN" "http://127.0.0.1:$PORT$online?$q")
b=$(curl -sS -H "X-Access-Token: $TOKEN" "http://127.0.0.1:$PORT$hand?$q")
same=$(python3 - "$a" "$b" <<'PY'
import json, sys
a, b = (json.loads(x) for x in sys.argv[1:3])
ra, rb = a["result"], b["result"]
ids_a = [str(r["id"]) for r in ra["records"]]
ids_b = [str(r["id"]) for r in rb["records"]]
print("yes" if a["success"] and b["success"] and ra["total"] == rb["total"] and ids_a == ids_b and len(ids_a) == 20
      else f"no: online total={ra.get('total')} ids={ids_a[:3]}, hand total={rb.get('total')} ids={ids_b[:3]}")
PY
)
[ "$same" = yes ] || { echo "the two endpoints disagree: $same" >&2; exit 1; }
total=$(printf '%s' "$a" | python3 -c 'import json,sys; print(json.load(sys.stdin)["result"]["total"])')
log "both endpoints answer the same page (total $total of $ROWS rows)"

out="$RESULTS/online-list-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(machine)"
  echo "jvm flags: ${BENCH_JAVA_OPTS:-(JVM defaults)}; nice: $BENCH_NICE; innodb_buffer_pool_size: ${POOL_MB} MB"
  echo "rows: $ROWS (fill ${FILL_S}s, index sync ${INDEX_S}s); example: GET $online?$q -> total $total"
  explain_bench "$q"
  sql_timing
} | tee "$out"
# warm both endpoints up before either is measured (with C2 the shared code — Tomcat, Shiro, JSON — is still being
# compiled during the first warm-up: measuring one endpoint before the other is warm would favour the second)
for which in online hand; do
  export BASE_PATH=$([ "$which" = online ] && echo "$online" || echo "$hand")
  log "warm-up $which $WARMUP"
  prio wrk -t2 -c32 -d"$WARMUP" -s "$BENCH_DIR/online-list.lua" "http://127.0.0.1:$PORT" >/dev/null
done
# alternate the endpoints (online, hand, online, hand) so that a change of the neighbours' load hits both
for round in 1 2; do
  for which in online hand; do
    path=$([ "$which" = online ] && echo "$online" || echo "$hand")
    export BASE_PATH="$path"
    {
      echo "== $which round $round: wrk -t2 -c32 -d$DURATION --timeout 10s --latency -s bench/online-list.lua (BASE_PATH=$path)"
      echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
      cpu0=$(cpu_s)
      prio wrk -t2 -c32 -d"$DURATION" --timeout 10s --latency -s "$BENCH_DIR/online-list.lua" "http://127.0.0.1:$PORT"
      cpu1=$(cpu_s)
      echo "server cpu during the run: $(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { printf "%.2f", b - a }') s"
      echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
    } | tee -a "$out"
  done
done
# the host's yardstick on the same server: figures of another day compare only at a similar baseline
baseline_round "$PORT" "${BENCH_BASELINE:-20s}" | tee -a "$out"
if grep -q 'Non-2xx' "$out"; then
  echo "some responses were not 2xx: the figures are not valid" >&2; exit 1
fi
python3 "$BENCH_DIR/online-summary.py" "$out" | tee -a "$out"
