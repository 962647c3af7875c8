#!/usr/bin/env bash
# Issue 6 "Measured": the enforcer's "my cases" list of the app (GET /api/app/enforcement/cases/mine) over
# 100,000 open cases on MariaDB, wrk -t2 -c32 on loopback; target p99 <= 50 ms.
#   bench/enforcement-mycases.sh [duration, default 30s]    BENCH_CASES (100000), BENCH_PORT_MYCASES (18095)
# Prod profile against the local MariaDB (fresh schema) and Redis; enforcement-mycases-data.sql adds a bench
# enforcer (grid data scope, two grids) holding every tenth case, then wrk runs enforcement-mycases.lua.
# JVM flags: those of the prod deployment (docker/: Serial GC, full tiered JIT) unless BENCH_JAVA_OPTS is set
# (empty = JVM defaults; "-XX:+UseSerialGC -XX:TieredStopAtLevel=1" = platform.sh's start-up-first flags)
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS-"-XX:+UseSerialGC"}
source "$(dirname "$0")/lib.sh"

DURATION=${1:-30s}
WARMUP=${BENCH_WARMUP:-60s}  # C2 (the prod flags) compiles the hot paths: after 30 s the first round still ran partly on C1 code (p99 74 vs 38 ms)
CASES=${BENCH_CASES:-100000}
PORT=${BENCH_PORT_MYCASES:-18095}
case "$CASES" in ''|*[!0-9]*) echo "BENCH_CASES must be a number" >&2; exit 2;; esac
ensure_jar
bash "$ROOT/scripts/ensure-services.sh" >/dev/null
source "$BENCH_DIR/online-common.sh"
ensure_wrk

start_server prod "$PORT"
healthy=$(wait_healthy "$PORT" 240)
log "prod profile healthy after ${healthy}s on schema $SCHEMA"
t0=$(date +%s.%N)
sed "s/@cases/$CASES/" "$BENCH_DIR/enforcement-mycases-data.sql" | mysql_root "$SCHEMA"
mysql_root "$SCHEMA" -e "ANALYZE TABLE enforcement_case" >/dev/null
log "filled $CASES cases in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')s"

login=$(curl -sS -m 10 -H 'Content-Type: application/json' \
  -d '{"username":"bench_enf","password":"Bench@2026-only"}' "http://127.0.0.1:$PORT/api/sys/login")
TOKEN=$(printf '%s' "$login" | python3 -c 'import json,sys; print((json.load(sys.stdin).get("result") or {}).get("token") or "")')
[ -n "$TOKEN" ] || { echo "login failed: $login" >&2; exit 1; }
export TOKEN

sample=$(curl -sS -H "X-Access-Token: $TOKEN" "http://127.0.0.1:$PORT/api/app/enforcement/cases/mine?stage=VERIFY&pageSize=20")
summary=$(printf '%s' "$sample" | python3 -c '
import json, sys
r = json.load(sys.stdin)
assert r["success"], r
res = r["result"]
print("counts %s; VERIFY page: %d rows of %d" % (res["counts"], len(res["page"]["records"]), res["page"]["total"]))')
log "$summary"

# the statements of one request (AppEnforcementService.myCases), and the per-request count the counter replaced
COUNTER_SQL="SELECT n.current_stage, SUM(n.open_count) FROM enforcement_open_case_count n WHERE n.assignee_id = 880001
  AND n.grid_id IN (880101, 880102) GROUP BY n.current_stage HAVING SUM(n.open_count) > 0 ORDER BY n.current_stage"
INDEX_COUNT_SQL="SELECT c.current_stage, COUNT(*) FROM enforcement_case c WHERE c.assignee_id = 880001 AND c.status = 'OPEN'
  AND c.del_flag = 0 AND c.grid_id IN (880101, 880102) GROUP BY c.current_stage"
PAGE_SQL="SELECT c.id, c.case_no, cat.name, s.name, c.plate, c.current_stage, c.stage_deadline, c.paused, c.create_time, c.version
  FROM enforcement_case c JOIN (SELECT c.id FROM enforcement_case c WHERE c.assignee_id = 880001 AND c.status = 'OPEN'
  AND c.del_flag = 0 AND c.grid_id IN (880101, 880102) AND c.current_stage = 'VERIFY' ORDER BY c.stage_deadline, c.id
  LIMIT 20 OFFSET 20) pg ON pg.id = c.id LEFT JOIN enforcement_case_category cat ON cat.id = c.category_id
  LEFT JOIN enforcement_subject s ON s.id = c.subject_id ORDER BY c.stage_deadline, c.id"
out="$RESULTS/enforcement-mycases-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(machine)"
  echo "jvm flags: ${BENCH_JAVA_OPTS:-(JVM defaults)}; nice: $BENCH_NICE"
  echo "open cases: $(mysql_root -N "$SCHEMA" -e "SELECT COUNT(*) FROM enforcement_case WHERE status = 'OPEN'"); $summary"
  echo "EXPLAIN count:"
  mysql_root "$SCHEMA" -e "EXPLAIN SELECT c.current_stage, COUNT(*) FROM enforcement_case c WHERE c.assignee_id = 880001
    AND c.status = 'OPEN' AND c.del_flag = 0 AND c.grid_id IN (880101, 880102) GROUP BY c.current_stage"
  echo "EXPLAIN page (one stage):"
  mysql_root "$SCHEMA" -e "EXPLAIN SELECT c.id FROM enforcement_case c WHERE c.assignee_id = 880001 AND c.status = 'OPEN'
    AND c.del_flag = 0 AND c.grid_id IN (880101, 880102) AND c.current_stage = 'VERIFY' ORDER BY c.stage_deadline, c.id LIMIT 20"
  echo "EXPLAIN page (all stages):"
  mysql_root "$SCHEMA" -e "EXPLAIN SELECT c.id FROM enforcement_case c WHERE c.assignee_id = 880001 AND c.status = 'OPEN'
    AND c.del_flag = 0 AND c.grid_id IN (880101, 880102) ORDER BY c.stage_deadline, c.id LIMIT 20 OFFSET 40"
  echo "EXPLAIN counts (the engine's counter, V4_2_3):"
  mysql_root "$SCHEMA" -e "EXPLAIN $COUNTER_SQL"
  # MariaDB alone (no JVM, no HTTP), one client, 20 runs each: what the database costs per request
  for label in counter count-over-index page-one-stage; do
    case $label in
      counter) stmt="$COUNTER_SQL";;
      count-over-index) stmt="$INDEX_COUNT_SQL";;
      *) stmt="$PAGE_SQL";;
    esac
    t0=$(date +%s%N)
    for _ in $(seq 1 20); do printf '%s;\n' "$stmt"; done | mysql_root "$SCHEMA" >/dev/null
    t1=$(date +%s%N)
    printf 'sql %s: %.2f ms/statement (20 runs, incl. client round trip)\n' "$label" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print (b - a) / 20 / 1e6 }')"
  done
} | tee "$out"
log "warm-up $WARMUP"
prio wrk -t2 -c32 -d"$WARMUP" -s "$BENCH_DIR/enforcement-mycases.lua" "http://127.0.0.1:$PORT" >/dev/null
for round in 1 2; do
  {
    echo "== round $round: wrk -t2 -c32 -d$DURATION --timeout 10s --latency -s bench/enforcement-mycases.lua"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    cpu0=$(cpu_s)
    prio wrk -t2 -c32 -d"$DURATION" --timeout 10s --latency -s "$BENCH_DIR/enforcement-mycases.lua" "http://127.0.0.1:$PORT"
    cpu1=$(cpu_s)
    echo "server cpu during the run: $(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { printf "%.2f", b - a }') s"
    echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  } | tee -a "$out"
done
# the same server, user and load for a baseline, so that the cost of "my cases" can be read apart from the token
# check and the machine
baseline_round "$PORT" "$DURATION" | tee -a "$out"
if grep -q 'Non-2xx' "$out"; then
  echo "some responses were not 2xx: the figures are not valid" >&2; exit 1
fi
