#!/usr/bin/env bash
# Helpers of the online form benchmarks (online-list.sh, online-export.sh); sourced after lib.sh.

ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return 0
  log "installing wrk"
  [ "$(id -u)" = 0 ] || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
}

# login_bench <port>: the bench-only administrator of bench-user.sql; exports TOKEN
login_bench() {
  local port=$1 login
  mysql_root "$SCHEMA" < "$BENCH_DIR/bench-user.sql"
  login=$(curl -sS -m 10 -H 'Content-Type: application/json' \
    -d '{"username":"bench","password":"Bench@2026-only"}' "http://127.0.0.1:$port/api/sys/login")
  TOKEN=$(printf '%s' "$login" | python3 -c 'import json,sys; print((json.load(sys.stdin).get("result") or {}).get("token") or "")')
  [ -n "$TOKEN" ] || { echo "login failed: $login" >&2; exit 1; }
  export TOKEN
}

api() { # api <method> <port> <path> [json file]
  local method=$1 port=$2 path=$3 body=${4:-}
  curl -sS -m 120 -X "$method" -H "X-Access-Token: $TOKEN" ${body:+-H 'Content-Type: application/json' --data-binary @"$body"} \
    "http://127.0.0.1:$port$path"
}

# create_bench_form <port>: POST the form design (bench/bench_vehicle.json), then sync it (creates the table)
create_bench_form() {
  local port=$1 r
  r=$(api POST "$port" /api/online/forms "$BENCH_DIR/bench_vehicle.json")
  printf '%s' "$r" | grep -q '"success":true' || { echo "form create failed: $r" >&2; exit 1; }
  r=$(api POST "$port" /api/online/forms/bench_vehicle/sync)
  printf '%s' "$r" | grep -q '"success":true' || { echo "form sync failed: $r" >&2; exit 1; }
  BENCH_PORT_USED=$port
}

# fill_bench_form <rows>: drops the secondary indexes, fills with one INSERT ... SELECT, then lets the form
# sync re-create the indexes the form declares (faster than maintaining them row by row).
# Sets FILL_S and INDEX_S.
fill_bench_form() {
  local rows=$1 t0 t1 t2 ix r
  t0=$(date +%s.%N)
  for ix in $(mysql_root -N "$SCHEMA" -e "SELECT DISTINCT index_name FROM information_schema.statistics
      WHERE table_schema = DATABASE() AND table_name = 'bench_vehicle' AND index_name <> 'PRIMARY'"); do
    mysql_root "$SCHEMA" -e "DROP INDEX $ix ON bench_vehicle"
  done
  sed "s/@rows/$rows/" "$BENCH_DIR/bench-vehicle-fill.sql" | mysql_root "$SCHEMA"
  t1=$(date +%s.%N)
  r=$(api POST "$BENCH_PORT_USED" /api/online/forms/bench_vehicle/sync)
  printf '%s' "$r" | grep -q '"success":true' || { echo "index sync failed: $r" >&2; exit 1; }
  mysql_root "$SCHEMA" -e "ANALYZE TABLE bench_vehicle" >/dev/null
  t2=$(date +%s.%N)
  FILL_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
  INDEX_S=$(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.1f", b - a }')
  log "filled $rows rows in ${FILL_S}s, indexes re-created by the form sync in ${INDEX_S}s: $(mysql_root -N "$SCHEMA" -e \
    "SELECT GROUP_CONCAT(DISTINCT index_name) FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'bench_vehicle'")"
}

# page_sql <where>: the generic API's page statement (OnlineSql.page) for that filter, page 2 of 20
page_sql() {
  echo "SELECT t.* FROM bench_vehicle t JOIN (SELECT id FROM bench_vehicle $1 ORDER BY register_date DESC, id DESC LIMIT 20 OFFSET 20) k ON k.id = t.id ORDER BY t.register_date DESC, t.id DESC"
}

# explain_bench: the plans of the page and count statements of the generic API for the example filter
explain_bench() {
  echo "indexes: $(mysql_root -N "$SCHEMA" -e "SELECT GROUP_CONCAT(DISTINCT CONCAT(index_name) ORDER BY index_name)
    FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'bench_vehicle'")"
  local w="WHERE del_flag = 0 AND tenant_id = 1 AND vehicle_type = 'truck' AND register_date >= '2020-03-01' AND register_date <= '2020-03-28'"
  # the engine's page statement is a deferred join: ids from the index (inner), then 20 rows by id (outer)
  echo "explain page:  $(mysql_root -N "$SCHEMA" -e "EXPLAIN $(page_sql "$w")" | cut -f3,4,6,9,10 | tr '\t' ' ' | paste -sd '|')"
  echo "explain count: $(mysql_root -N "$SCHEMA" -e "EXPLAIN SELECT COUNT(*) FROM bench_vehicle $w" | cut -f4,6,9,10 | tr '\t' ' ')"
}

# sql_timing: MariaDB alone (no JVM, no HTTP) — ms per statement of the generic API's count and page
# statements for the example filter, 20 runs each, one client: what the database costs per list request.
sql_timing() {
  local w="WHERE del_flag = 0 AND tenant_id = 1 AND vehicle_type = 'truck' AND register_date >= '2020-03-01' AND register_date <= '2020-03-28'"
  local stmt label t0 t1
  for label in count page; do
    if [ "$label" = count ]; then stmt="SELECT COUNT(*) FROM bench_vehicle $w;"
    else stmt="$(page_sql "$w");"; fi
    t0=$(date +%s%N)
    for _ in $(seq 1 20); do printf '%s\n' "$stmt"; done | mysql_root "$SCHEMA" >/dev/null
    t1=$(date +%s%N)
    printf 'sql %s: %.2f ms/statement (20 runs, incl. client round trip)\n' "$label" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print (b - a) / 20 / 1e6 }')"
  done
}
