#!/usr/bin/env bash
# Authenticated GET /api/sys/user/info with wrk on loopback, 32 connections (issue 2 "Measured"):
# prod profile against the local MariaDB (fresh schema) and Redis, port 18081.
#   bench/userinfo-wrk.sh [duration, default 30s]
# Logs in once as a bench-only administrator (bench-user.sql), warms the JIT for 15 s, then measures.
# wrk runs on the same 2 cores as the server: the figures include its own CPU use.
source "$(dirname "$0")/lib.sh"

DURATION=${1:-30s}
PORT=${BENCH_PORT_PROD:-18081}
ensure_jar
bash "$ROOT/scripts/ensure-services.sh" >/dev/null
if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk"
  [ "$(id -u)" = 0 ] || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi

start_server prod "$PORT"
healthy=$(wait_healthy "$PORT" 180)
log "prod profile healthy after ${healthy}s on schema $SCHEMA"
mysql_root "$SCHEMA" < "$BENCH_DIR/bench-user.sql"

login=$(curl -sS -m 10 -H 'Content-Type: application/json' \
  -d '{"username":"bench","password":"Bench@2026-only"}' "http://127.0.0.1:$PORT/api/sys/login")
TOKEN=$(printf '%s' "$login" | python3 -c 'import json,sys; print((json.load(sys.stdin).get("result") or {}).get("token") or "")')
[ -n "$TOKEN" ] || { echo "login failed: $login" >&2; exit 1; }
export TOKEN
code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Access-Token: $TOKEN" "http://127.0.0.1:$PORT/api/sys/user/info")
[ "$code" = 200 ] || { echo "GET /api/sys/user/info answered $code" >&2; exit 1; }

url="http://127.0.0.1:$PORT/api/sys/user/info"
log "warm-up 15s"
prio wrk -t2 -c32 -d15s -s "$BENCH_DIR/userinfo.lua" "$url" >/dev/null
out="$RESULTS/userinfo-wrk-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(machine)"
  echo "jvm flags: ${BENCH_JAVA_OPTS:-(JVM defaults)}"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); nice: $BENCH_NICE"
  echo "command: wrk -t2 -c32 -d$DURATION --latency -s bench/userinfo.lua $url"
  cpu0=$(cpu_s)
  prio wrk -t2 -c32 -d"$DURATION" --latency -s "$BENCH_DIR/userinfo.lua" "$url"
  cpu1=$(cpu_s)
  echo "server cpu during the run: $(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { printf "%.2f", b - a }') s"
  echo "rss after: $(rss_mb) MB"
} | tee "$out"
if grep -q 'Non-2xx' "$out"; then
  echo "some responses were not 2xx: the figures are not valid" >&2; exit 1
fi
rps=$(sed -n 's/^Requests\/sec: *//p' "$out")
p99=$(awk '$1 == "99%" { print $2 }' "$out")
reqs=$(awk '/requests in/ { print $1 }' "$out")
cpu_run=$(sed -n 's/^server cpu during the run: \([0-9.]*\) s/\1/p' "$out")
per_req=$(awk -v c="$cpu_run" -v n="$reqs" 'BEGIN { printf "%.3f", c * 1000 / n }')
echo "SUMMARY userinfo: ${rps} req/s, p99 ${p99} (targets: >= 2000 req/s, p99 <= 50ms); server CPU ${per_req} ms/request" | tee -a "$out"
