#!/usr/bin/env bash
# Issue 3 "Measured": the Excel export of an online form streams in bounded memory.
#   bench/online-export.sh            BENCH_EXPORT_ROWS (default 100000), BENCH_PORT_EXPORT (18091)
# Prod profile, small heap (BENCH_JAVA_OPTS, default -Xmx256m) with the GC log on. Fills bench_vehicle
# (bench/bench_vehicle.json) with BENCH_EXPORT_ROWS rows, then exports a tenth of them (seats 1-6) and all of
# them through GET /api/online/data/bench_vehicle/export to a file, and reports for each: time, file size,
# rows in the file, and the heap — the largest heap occupancy after a GC during the export (live data plus
# what survived) and the largest before a GC (the peak), from -Xlog:gc. Bounded memory = the 100,000-row
# figures stay about those of 10,000 rows, far below the heap limit.
source "$(dirname "$0")/lib.sh"

ROWS=${BENCH_EXPORT_ROWS:-100000}
PORT=${BENCH_PORT_EXPORT:-18091}
case "$ROWS" in ''|*[!0-9]*) echo "BENCH_EXPORT_ROWS must be a number" >&2; exit 2;; esac
GC_LOG=$(mktemp /tmp/yy-bench-gc.XXXXXX)
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx256m} -Xlog:gc:file=$GC_LOG:uptime"
ensure_jar
bash "$ROOT/scripts/ensure-services.sh" >/dev/null
source "$BENCH_DIR/online-common.sh"
trap 'cleanup; rm -f "$GC_LOG"' EXIT INT TERM

start_server prod "$PORT"
healthy=$(wait_healthy "$PORT" 240)
log "prod profile healthy after ${healthy}s on schema $SCHEMA"
login_bench "$PORT"
create_bench_form "$PORT"
fill_bench_form "$ROWS"

# heap after/before GC (MB) over the GC log lines from line $1 on: "... 120M->40M(256M) ..."
gc_window() {
  tail -n +"$1" "$GC_LOG" | sed -n 's/.* \([0-9]*\)M->\([0-9]*\)M(\([0-9]*\)M).*/\1 \2 \3/p' \
    | awk '{ if ($1 > pre) pre = $1; if ($2 > post) post = $2; if ($3 > cap) cap = $3; n++ }
           END { printf "%d GCs, max heap after GC %d MB, max before GC %d MB, committed %d MB", n, post, pre, cap }'
}

export_once() { # export_once <label> <query>
  local label=$1 q=$2 file="$WORK_DIR/$1.xlsx" from t0 t1 code rows
  jcmd "$SERVER_PID" GC.run >/dev/null
  sleep 1
  echo "-- $label: GET /api/online/data/bench_vehicle/export?$q"
  echo "heap before (after a full GC): $(jcmd "$SERVER_PID" GC.heap_info | sed -n 's/.*garbage-first heap *total \([0-9]*K\), used \([0-9]*K\).*/used \2 of \1/p')"
  from=$(( $(wc -l < "$GC_LOG") + 1 ))
  t0=$(date +%s.%N)
  code=$(prio curl -sS -m 600 -o "$file" -w '%{http_code} first byte %{time_starttransfer}s' -H "X-Access-Token: $TOKEN" \
    "http://127.0.0.1:$PORT/api/online/data/bench_vehicle/export?$q")
  t1=$(date +%s.%N)
  echo "curl: $code"
  [ "${code%% *}" = 200 ] || { echo "export answered $code: $(head -c 300 "$file")" >&2; exit 1; }
  rows=$(python3 - "$file" <<'PY'
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    sheet = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")][0]
    with z.open(sheet) as f:
        n = sum(chunk.count(b"<row ") for chunk in iter(lambda: f.read(1 << 20), b""))
print(n - 1)  # minus the header row
PY
)
  echo "time $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s, file $(( $(stat -c %s "$file") / 1024 )) KB, $rows data rows"
  echo "gc during the export: $(gc_window "$from")"
  echo "heap right after (no GC forced): $(jcmd "$SERVER_PID" GC.heap_info | sed -n 's/.*garbage-first heap *total \([0-9]*K\), used \([0-9]*K\).*/used \2 of \1/p')"
  echo "rss after: $(rss_mb) MB"
}

out="$RESULTS/online-export-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(machine)"
  echo "jvm flags: $BENCH_JAVA_OPTS; nice: $BENCH_NICE"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "rows in the table: $ROWS (fill ${FILL_S}s, index sync ${INDEX_S}s)"
  export_once warmup "seats_begin=1&seats_end=1"
  export_once tenth "seats_begin=1&seats_end=6"
  export_once all ""
  # sort/order honoured (keyset batches in the list's order): by an indexed column within a filter, and by a
  # column without an index of its own over all rows (each batch then scans and top-N sorts the table)
  export_once sorted-indexed "vehicle_type=truck&sort=register_date&order=desc"
  export_once sorted-all "sort=register_date&order=desc"
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out"
