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

# page_ids_sql <where>: step 1 of the generic API's page (OnlineSql.pageIds, stamped) for that filter, page 2 of 20
page_ids_sql() {
  echo "SELECT id, (SELECT change_stamp FROM onl_table_change WHERE table_name = 'bench_vehicle') AS onl_change_stamp FROM bench_vehicle $1 ORDER BY register_date DESC, id DESC LIMIT 20 OFFSET 20"
}

# page_rows_sql <where>: step 2 (OnlineSql.byIds) for the ids of step 1
page_rows_sql() {
  local ids
  ids=$(mysql_root -N "$SCHEMA" -e "SELECT GROUP_CONCAT(id) FROM (SELECT id FROM bench_vehicle $1 ORDER BY register_date DESC, id DESC LIMIT 20 OFFSET 20) x")
  echo "SELECT * FROM bench_vehicle WHERE del_flag = 0 AND tenant_id = 1 AND id IN ($ids)"
}

# the single deferred-join statement the two steps replaced (session 4), timed for comparison
deferred_join_sql() {
  echo "SELECT t.* FROM bench_vehicle t JOIN (SELECT id FROM bench_vehicle $1 ORDER BY register_date DESC, id DESC LIMIT 20 OFFSET 20) k ON k.id = t.id ORDER BY t.register_date DESC, t.id DESC"
}

# explain_bench: the plans of the page and count statements of the generic API for the example filter
explain_bench() {
  echo "indexes: $(mysql_root -N "$SCHEMA" -e "SELECT GROUP_CONCAT(DISTINCT CONCAT(index_name) ORDER BY index_name)
    FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'bench_vehicle'")"
  local w="WHERE del_flag = 0 AND tenant_id = 1 AND vehicle_type = 'truck' AND register_date >= '2020-03-01' AND register_date <= '2020-03-28'"
  # the engine's page is two statements: ids from the index (step 1), then the page's rows by id (step 2)
  echo "explain page ids:  $(mysql_root -N "$SCHEMA" -e "EXPLAIN $(page_ids_sql "$w")" | cut -f3,4,6,9,10 | tr '\t' ' ' | paste -sd '|')"
  echo "explain page rows: $(mysql_root -N "$SCHEMA" -e "EXPLAIN $(page_rows_sql "$w")" | cut -f3,4,6,9,10 | tr '\t' ' ' | paste -sd '|')"
  echo "explain count: $(mysql_root -N "$SCHEMA" -e "EXPLAIN SELECT COUNT(*) FROM bench_vehicle $w" | cut -f4,6,9,10 | tr '\t' ' ')"
}

# sql_timing: MariaDB alone (no JVM, no HTTP) — ms per statement of the generic API's count and page
# statements for the example filter, 20 runs each, one client: what the database costs per list request.
sql_timing() {
  local w="WHERE del_flag = 0 AND tenant_id = 1 AND vehicle_type = 'truck' AND register_date >= '2020-03-01' AND register_date <= '2020-03-28'"
  local label stmt
  for label in count page-ids page-rows deferred-join; do
    case "$label" in
      count) stmt="SELECT COUNT(*) FROM bench_vehicle $w" ;;
      page-ids) stmt="$(page_ids_sql "$w")" ;;
      page-rows) stmt="$(page_rows_sql "$w")" ;;
      deferred-join) stmt="$(deferred_join_sql "$w")" ;;
    esac
    # mysqlslap: one connection, 2,000 runs, so that the client's start-up is not in the figure
    printf 'sql %s: %s ms/statement (mysqlslap, 2,000 runs, one connection)\n' "$label" "$(mysqlslap -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} \
      --protocol=tcp -h"$DB_HOST" --create-schema="$SCHEMA" --query="$stmt" --concurrency=1 --iterations=1 --number-of-queries=2000 2>/dev/null \
      | awk '/Average number of seconds/ { printf "%.3f", $(NF-1) / 2000 * 1000 }')"
  done
}
