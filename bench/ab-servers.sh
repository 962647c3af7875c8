#!/usr/bin/env bash
# A/B of server configurations under the same load, in the same minutes: several servers (one per variant) on ONE
# bench schema and Redis prefix with the same secrets (so one login token works on all), measured in alternating
# rounds (A, B, C, A, B, C, ...) so that the neighbours' load hits every variant alike. Prints per variant and round
# req/s, p50/p99 and the server's CPU ms per request.
#   BENCH_AB_WORKLOAD=mycases|online bench/ab-servers.sh [round duration, default 15s] [rounds, default 3]
#   BENCH_AB_VARIANTS: lines "name|JVM flags|app args", default: C1 vs C2 (Serial GC), Tomcat 200 vs 8 threads
#   ports from BENCH_AB_PORT (18164) upwards; BENCH_CASES / BENCH_ROWS as in the single-workload scripts.
source "$(dirname "$0")/lib.sh"
DURATION=${1:-15s}
ROUNDS=${2:-3}
WARMUP=${BENCH_WARMUP:-30s}
WORKLOAD=${BENCH_AB_WORKLOAD:-mycases}
BASE_PORT=${BENCH_AB_PORT:-18164}
VARIANTS=${BENCH_AB_VARIANTS:-"c1-t200|-XX:+UseSerialGC -XX:TieredStopAtLevel=1|
c2-t200|-XX:+UseSerialGC|
c1-t8|-XX:+UseSerialGC -XX:TieredStopAtLevel=1|--server.tomcat.threads.max=8
c2-t8|-XX:+UseSerialGC|--server.tomcat.threads.max=8"}
ensure_jar
bash "$ROOT/scripts/ensure-services.sh" >/dev/null
source "$BENCH_DIR/online-common.sh"
ensure_wrk

fresh_schema
WORK_DIR=$(mktemp -d /tmp/yy-bench-ab.XXXXXX)
SECRETS=(--platform.security.token-secret="$(random_secret 48)" --platform.security.crypto-key="$(random_secret 32)"
  --platform.security.hash-key="$(random_secret 32)" --platform.job.xxl.access-token="$(random_secret 24)")
NAMES=(); PIDS=(); PORTS=()
OLD_POOL=""
stop_all() {
  local p
  [ -z "$OLD_POOL" ] || mysql_root -e "SET GLOBAL innodb_buffer_pool_size = $OLD_POOL" || true
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done; kill -9 "$p" 2>/dev/null || true; done
  cleanup
}
trap stop_all EXIT INT TERM

launch() { # launch <name> <port> <jvm flags> <app args>
  local name=$1 port=$2 flags=$3 extra=$4
  if curl -s -m 2 -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use" >&2; exit 2; fi
  # shellcheck disable=SC2086
  "${NICE_PREFIX[@]}" java $flags -jar "$JAR" --server.port="$port" --platform.data-dir="$WORK_DIR/data-$name" \
    --spring.profiles.active=prod$([ "$WORKLOAD" = online ] && echo ",bench") \
    "--spring.datasource.url=jdbc:mariadb://$DB_HOST:3306/$SCHEMA?useUnicode=true&characterEncoding=utf8" \
    --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" \
    --platform.store-prefix="$REDIS_PREFIX" "${SECRETS[@]}" \
    --platform.job.xxl.admin-addresses=http://127.0.0.1:18099/xxl-job-admin --platform.job.xxl.port=$((port + 900)) \
    $extra >"$WORK_DIR/server-$name.log" 2>&1 &
  PIDS+=($!); NAMES+=("$name"); PORTS+=("$port")
}
healthy() { # healthy <port> <pid>
  local deadline=$(( $(date +%s) + 300 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    kill -0 "$2" 2>/dev/null || { echo "server on $1 exited" >&2; return 1; }
    curl -fsS -m 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
    sleep 0.5
  done
  return 1
}
cpu_of() { awk -v t="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f\n", ($12 + $13) / t }' "/proc/$1/stat"; }

# the first server migrates the schema alone; the others start after it is healthy
i=0
while IFS='|' read -r name flags extra; do
  [ -n "$name" ] || continue
  launch "$name" $((BASE_PORT + i)) "$flags" "$extra"
  if [ "$i" = 0 ]; then healthy "${PORTS[0]}" "${PIDS[0]}"; fi
  i=$((i + 1))
done <<< "$VARIANTS"
for k in "${!PIDS[@]}"; do healthy "${PORTS[$k]}" "${PIDS[$k]}"; done
log "${#PIDS[@]} servers healthy on schema $SCHEMA: ${NAMES[*]}"

if [ "$WORKLOAD" = mycases ]; then
  sed "s/@cases/${BENCH_CASES:-100000}/" "$BENCH_DIR/enforcement-mycases-data.sql" | mysql_root "$SCHEMA"
  mysql_root "$SCHEMA" -e "ANALYZE TABLE enforcement_case" >/dev/null
  login=$(curl -sS -m 10 -H 'Content-Type: application/json' \
    -d '{"username":"bench_enf","password":"Bench@2026-only"}' "http://127.0.0.1:${PORTS[0]}/api/sys/login")
  TOKEN=$(printf '%s' "$login" | python3 -c 'import json,sys; print((json.load(sys.stdin).get("result") or {}).get("token") or "")')
  export TOKEN
  LUA="$BENCH_DIR/enforcement-mycases.lua"
else
  # as online-list.sh: a buffer pool that holds the 1,000,000-row table (BENCH_BUFFER_POOL_MB, 0 = leave it)
  if [ "${BENCH_BUFFER_POOL_MB:-1024}" != 0 ]; then
    OLD_POOL=$(mysql_root -N -e "SELECT @@innodb_buffer_pool_size")
    mysql_root -e "SET GLOBAL innodb_buffer_pool_size = $(( ${BENCH_BUFFER_POOL_MB:-1024} * 1048576 ))"
  fi
  login_bench "${PORTS[0]}"
  create_bench_form "${PORTS[0]}"
  fill_bench_form "${BENCH_ROWS:-1000000}"
  export BASE_PATH=/api/online/data/bench_vehicle
  LUA="$BENCH_DIR/online-list.lua"
fi
[ -n "$TOKEN" ] || { echo "login failed" >&2; exit 1; }

out="$RESULTS/ab-$WORKLOAD-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(machine); nice: $BENCH_NICE; workload: $WORKLOAD"
  for k in "${!PIDS[@]}"; do echo "variant ${NAMES[$k]}: $(tr '\0' ' ' < "/proc/${PIDS[$k]}/cmdline" | sed 's/--platform.security[^ ]*//g; s/-jar .*--server.port/… --server.port/' | cut -c1-160)"; done
} | tee "$out"
for k in "${!PIDS[@]}"; do
  log "warm-up ${NAMES[$k]} $WARMUP"
  prio wrk -t2 -c32 -d"$WARMUP" -s "$LUA" "http://127.0.0.1:${PORTS[$k]}" >/dev/null
done
printf '%-10s %5s %9s %9s %9s %9s %12s %s\n' variant round req/s p50_ms p90_ms p99_ms cpu_ms/req load | tee -a "$out"
for r in $(seq 1 "$ROUNDS"); do
  for k in "${!PIDS[@]}"; do
    c0=$(cpu_of "${PIDS[$k]}")
    res=$(prio wrk -t2 -c32 -d"$DURATION" --timeout 10s --latency -s "$LUA" "http://127.0.0.1:${PORTS[$k]}")
    c1=$(cpu_of "${PIDS[$k]}")
    if printf '%s' "$res" | grep -q 'Non-2xx'; then echo "non-2xx answers from ${NAMES[$k]}" >&2; exit 1; fi
    printf '%s' "$res" | python3 -c '
import re, sys
name, rnd, c0, c1, load = sys.argv[1:6]
t = sys.stdin.read()
def ms(p):
    m = re.search(r"^\s+%s%%\s+([\d.]+)(us|ms|s)\s*$" % p, t, re.M)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
n = int(re.search(r"(\d+) requests in", t).group(1)); rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
print("%-10s %5s %9.1f %9.1f %9.1f %9.1f %12.2f %s" % (name, rnd, rps, ms(50), ms(90), ms(99), (float(c1) - float(c0)) * 1000 / n, load))
' "${NAMES[$k]}" "$r" "$c0" "$c1" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out"
  done
done
log "written $out"
