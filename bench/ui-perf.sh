#!/usr/bin/env bash
# Front-end figures of issue 4 in headless Chromium (Debian's /usr/bin/chromium via playwright-core):
# navigation → interactive admin shell, a 1,000-row list page (virtual body), 100- and 20-row pages, bundle sizes.
#   bench/ui-perf.sh [runs, default 5]
# Builds the UI (jeecg-ui/dist) and the jar when missing (BENCH_REBUILD=1 forces both), starts the platform
# in the default profile (H2, throw-away data folder) on BENCH_PORT_UI (18085), runs `npm run perf`, stops it.
# Wall times on the shared 2-core machine depend on the neighbours: the script prints the load average and
# the CPU milliseconds all Chromium processes used, which hardly do.
source "$(dirname "$0")/lib.sh"

RUNS=${1:-5}
PORT=${BENCH_PORT_UI:-18085}
if [ ! -f "$ROOT/jeecg-ui/dist/index.html" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  log "building jeecg-ui/dist"
  (cd "$ROOT/jeecg-ui" && npm run build >/dev/null)
fi
ensure_jar

out="$RESULTS/ui-perf-$(date -u +%Y%m%dT%H%M%SZ).txt"
start_server default "$PORT"
wait_healthy "$PORT" 300 >/dev/null
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(machine); chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
  echo "load before: $(cut -d" " -f1-3 /proc/loadavg) (the cores are shared with other work)"
  (cd "$ROOT/jeecg-ui" && E2E_BASE_URL="http://127.0.0.1:$PORT" PERF_RUNS="$RUNS" prio node e2e/perf.mjs 2>&1 | grep -v '^context closed$')
  echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"
} | tee "$out"
