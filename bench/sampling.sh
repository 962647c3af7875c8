#!/usr/bin/env bash
# Random sampling dispatch end to end (issue 5 "Measured", A4): POST /api/safety/sampling drawing 5 % of
# 100,000 subjects with 2 of 16 check items each, prod profile on MariaDB + Redis, port 18082.
#   bench/sampling.sh [runs, default 5]
# Wall time per request as seen by curl (load candidates, draw, batch-insert ≈ 5,000 tasks + 10,000 items,
# answer); the first run is a warm-up and is reported separately.
source "$(dirname "$0")/lib.sh"

RUNS=${1:-5}
PORT=${BENCH_PORT_SAMPLING:-18082}
ensure_jar
bash "$ROOT/scripts/ensure-services.sh" >/dev/null

start_server prod "$PORT"
healthy=$(wait_healthy "$PORT" 240)
log "prod profile healthy after ${healthy}s on schema $SCHEMA"
mysql_root "$SCHEMA" < "$BENCH_DIR/bench-user.sql"
log "loading 100,000 subjects"
mysql_root "$SCHEMA" < "$BENCH_DIR/sampling-data.sql"

login=$(curl -sS -m 10 -H 'Content-Type: application/json' \
  -d '{"username":"bench","password":"Bench@2026-only"}' "http://127.0.0.1:$PORT/api/sys/login")
TOKEN=$(printf '%s' "$login" | python3 -c 'import json,sys; print((json.load(sys.stdin).get("result") or {}).get("token") or "")')
[ -n "$TOKEN" ] || { echo "login failed: $login" >&2; exit 1; }

body='{"subjectRatio": 0.05, "itemCount": 2, "unitId": 880000}'
times=()
for i in $(seq 0 "$RUNS"); do
  resp="$WORK_DIR/resp-$i.json"
  t=$(prio curl -sS -m 60 -o "$resp" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
      -H "X-Access-Token: $TOKEN" -d "$body" "http://127.0.0.1:$PORT/api/safety/sampling")
  code=${t% *}; secs=${t#* }
  [ "$code" = 200 ] || { echo "sampling answered $code: $(head -c 500 "$resp")" >&2; exit 1; }
  summary=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["result"]; print(r["candidateCount"], r["drawnCount"], len(r["tasks"]), len(r["unassigned"]))' "$resp")
  log "run $i: ${secs}s (candidates drawn tasks unassigned: $summary)"
  [ "$i" = 0 ] && warm=$secs || times+=("$secs")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
max=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
out="$RESULTS/sampling-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(machine)"
  echo "jvm flags: ${BENCH_JAVA_OPTS:-(JVM defaults)}"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "request: $body over 100,000 subjects x 16 items (candidates drawn tasks unassigned: $summary)"
  echo "first run (cold): ${warm}s"
  echo "runs: ${times[*]}"
  echo "median: ${median}s  max: ${max}s  (target <= 2 s)"
} | tee "$out"
