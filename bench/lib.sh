#!/usr/bin/env bash
# Shared helpers of the benchmarks: build the jar, start the platform on a bench port in either
# profile, wait for health, read RSS, and always clean up (server, schema, Redis keys) on exit.
# Never uses port 8080. Sourced by startup.sh and userinfo-wrk.sh.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
JAR="${BENCH_JAR:-$ROOT/jeecg-server/target/yuyang-platform.jar}"  # BENCH_JAR: measure another build (e.g. an older commit)
RESULTS="$BENCH_DIR/results"
mkdir -p "$RESULTS"

# JVM flags of every measured run (printed with the figures). Empty = JVM defaults (G1, max heap 1/4 of RAM).
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}

# The cores are shared with other work (builds, tests). As root the benchmark processes run at a
# higher priority (nice -10) so the figures describe the platform rather than the neighbours.
# BENCH_NICE=0 turns this off.
BENCH_NICE=${BENCH_NICE:-$([ "$(id -u)" = 0 ] && echo -10 || echo 0)}
prio() { if [ "$BENCH_NICE" != 0 ]; then nice -n "$BENCH_NICE" "$@"; else "$@"; fi; }
# as a prefix that execs (keeps $! the java pid, unlike a shell function run in the background)
NICE_PREFIX=(); [ "$BENCH_NICE" = 0 ] || NICE_PREFIX=(nice -n "$BENCH_NICE")

SERVER_PID=""
SCHEMA=""
REDIS_PREFIX=""
WORK_DIR=""

log() { echo "[bench] $*" >&2; }

ensure_jar() {
  if [ ! -f "$JAR" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
    log "building $JAR"
    (cd "$ROOT" && mvn -B -q -o -DskipTests package)
  fi
}

mysql_root() { mysql -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} --protocol=tcp -h"$DB_HOST" "$@"; }

fresh_schema() {
  SCHEMA="yy_bench_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  REDIS_PREFIX="bench:$SCHEMA:"
  mysql_root -e "CREATE DATABASE $SCHEMA CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"
}

random_secret() { head -c "${1:-32}" /dev/urandom | base64 -w0; }

cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
  if [ -n "$SCHEMA" ]; then
    mysql_root -e "DROP DATABASE IF EXISTS $SCHEMA" || true
    redis-cli -h 127.0.0.1 --scan --pattern "${REDIS_PREFIX}*" 2>/dev/null | xargs -r redis-cli -h 127.0.0.1 del >/dev/null || true
    SCHEMA=""
  fi
  if [ -n "$WORK_DIR" ]; then rm -rf "$WORK_DIR"; WORK_DIR=""; fi
}
trap cleanup EXIT INT TERM

# start_server <default|prod> <port> [extra app args...]; sets SERVER_PID, START_NS
start_server() {
  local profile=$1 port=$2; shift 2
  [ "$port" != 8080 ] || { echo "never benchmark on 8080" >&2; exit 2; }
  if curl -s -m 2 -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is already in use by another process; choose another (see bench/README.md)" >&2; exit 2
  fi
  WORK_DIR=$(mktemp -d /tmp/yy-bench.XXXXXX)
  local args=(--server.port="$port" --platform.data-dir="$WORK_DIR/data")
  if [ "$profile" = prod ]; then
    fresh_schema
    args+=(
      --spring.profiles.active=prod
      "--spring.datasource.url=jdbc:mariadb://$DB_HOST:3306/$SCHEMA?useUnicode=true&characterEncoding=utf8"
      --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD"
      --platform.store-prefix="$REDIS_PREFIX"
      --platform.security.token-secret="$(random_secret 48)"
      --platform.security.crypto-key="$(random_secret 32)"
      --platform.security.hash-key="$(random_secret 32)"
      --platform.job.xxl.access-token="$(random_secret 24)"
      --platform.job.xxl.admin-addresses=http://127.0.0.1:18099/xxl-job-admin
      --platform.job.xxl.port=$((port + 900))
    )
  fi
  # shellcheck disable=SC2086
  START_NS=$(date +%s%N)
  "${NICE_PREFIX[@]}" java $BENCH_JAVA_OPTS -jar "$JAR" "${args[@]}" "$@" >"$WORK_DIR/server.log" 2>&1 &
  SERVER_PID=$!
}

# wait_healthy <port> <timeout s>; echoes seconds from start to the first {"status":"UP"}
wait_healthy() {
  local port=$1 timeout=${2:-120} deadline
  deadline=$(( $(date +%s) + timeout ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "server exited during start-up; last log lines:" >&2; tail -40 "$WORK_DIR/server.log" >&2; return 1
    fi
    if curl -fsS -m 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
      awk -v s="$START_NS" -v e="$(date +%s%N)" 'BEGIN { printf "%.2f\n", (e - s) / 1e9 }'
      return 0
    fi
    sleep 0.1
  done
  echo "not healthy after ${timeout}s; last log lines:" >&2; tail -40 "$WORK_DIR/server.log" >&2; return 1
}

rss_mb() { awk '/^VmRSS:/ { printf "%.0f\n", $2 / 1024 }' "/proc/$SERVER_PID/status"; }

spring_started_s() { sed -n 's/.*Started YuyangApplication in \([0-9.]*\) seconds.*/\1/p' "$WORK_DIR/server.log" | head -1; }

machine() {
  echo "$(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ { printf "%.0f GB", $2/1048576 }' /proc/meminfo) RAM, $(java -version 2>&1 | head -1)"
}

# CPU seconds (user + system) the server process has used so far: a figure that, unlike wall time,
# hardly depends on how busy the shared cores are.
cpu_s() {
  awk -v t="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f\n", ($12 + $13) / t }' "/proc/$SERVER_PID/stat"
}

# The host's yardstick, run on the same server and token after a benchmark's own rounds: the platform's cheapest
# authenticated answer (user/info, cached per session). Figures of different days compare only at a similar
# baseline (sessions 3 and 5: ≈ 10,500–11,100 req/s; session 4's slower host: ≈ 5,000–5,800).
#   baseline_round PORT DURATION   (TOKEN set; prints a "== baseline:" block)
baseline_round() {
  echo "== baseline: wrk -t2 -c32 -d$2 --latency -H X-Access-Token GET /api/sys/user/info"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  local cpu0 cpu1
  cpu0=$(cpu_s)
  prio wrk -t2 -c32 -d"$2" --timeout 10s --latency -H "X-Access-Token: $TOKEN" "http://127.0.0.1:$1/api/sys/user/info"
  cpu1=$(cpu_s)
  echo "server cpu during the run: $(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { printf "%.2f", b - a }') s"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# CPU seconds of the busiest thread (the thread running the start-up sequence): a lower bound of the
# start-up wall time on idle cores, when JIT and GC threads run on the other core.
busiest_thread_cpu_s() {
  local t best=0 v
  for t in /proc/"$SERVER_PID"/task/*/stat; do
    v=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "$t" 2>/dev/null || echo 0)
    [ "$v" -gt "$best" ] && best=$v
  done
  awk -v b="$best" -v t="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f\n", b / t }'
}
