#!/usr/bin/env bash
# One entry point for a newcomer:
#   ./platform.sh start   builds the UI (when jeecg-ui/ exists) and the server, then runs the platform
#                         on http://localhost:8080 in the embedded default profile (H2 under ./data).
#                         Extra arguments go to the application, e.g. --server.port=18080.
#   ./platform.sh test    starts MariaDB and Redis (installing them when missing), then runs every
#                         test: Maven (unit + integration), then the UI's npm tests when it has them.
set -euo pipefail
cd "$(dirname "$0")"

# Measured on 2 cores (docs/performance.md): Serial GC + C1 start in ~12 s and serve user/info faster than
# the JVM defaults. Override with JAVA_OPTS.
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}

cmd=${1:-start}
shift || true

die() { echo "platform.sh: $*" >&2; exit 1; }
has_ui() { [ -f jeecg-ui/package.json ]; }
# true when jeecg-ui/package.json declares the npm script $1
ui_has_script() {
  has_ui && node -e 'process.exit((require("./jeecg-ui/package.json").scripts||{})[process.argv[1]]?0:1)' "$1"
}

check_java() {
  command -v java >/dev/null 2>&1 || die "Java 17 (JDK) is required: apt-get install -y openjdk-17-jdk-headless"
  command -v mvn >/dev/null 2>&1 || die "Maven 3.8+ is required: apt-get install -y maven"
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [ "${v%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is required (found: ${v:-unknown})"
}

check_node() {
  command -v node >/dev/null 2>&1 || die "Node.js 20 and npm are required to build jeecg-ui (https://nodejs.org)"
  command -v npm >/dev/null 2>&1 || die "npm is required to build jeecg-ui"
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || die "Node.js 20 or newer is required (found $(node -v))"
}

ui_deps() {
  (cd jeecg-ui && { [ -d node_modules ] || npm ci --no-audit --no-fund; })
}

build_ui() {
  if has_ui; then
    check_node
    echo "platform.sh: building the UI (jeecg-ui -> jeecg-ui/dist, served at /)"
    ui_deps
    (cd jeecg-ui && npm run build)
  else
    echo "platform.sh: no jeecg-ui/package.json - starting the API only"
  fi
}

# The UI's own tests, run by `test` after Maven when jeecg-ui/package.json declares them:
#   npm test      unit/component tests (vitest), no server needed
#   npm run e2e   browser scenario against a running platform (E2E_BASE_URL); we build the UI into
#                 the jar, start it in the default profile on E2E_PORT (18080) with a throw-away data
#                 folder, run the scenario, and stop the server again whatever happens.
E2E_PORT=${E2E_PORT:-18080}
E2E_PID=""
stop_e2e_server() {
  if [ -n "$E2E_PID" ] && kill -0 "$E2E_PID" 2>/dev/null; then
    kill "$E2E_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$E2E_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$E2E_PID" 2>/dev/null || true
  fi
  E2E_PID=""
}

run_e2e() {
  local data log
  if curl -s -m 2 -o /dev/null "http://127.0.0.1:$E2E_PORT/"; then
    die "port $E2E_PORT is already in use; set E2E_PORT to a free port for the e2e tests"
  fi
  data=$(mktemp -d /tmp/yuyang-e2e.XXXXXX)
  log="$data/server.log"
  (cd jeecg-ui && npm run build)
  mvn -B -q -DskipTests package
  trap stop_e2e_server EXIT
  java ${JAVA_OPTS:-} -jar jeecg-server/target/yuyang-platform.jar \
    --server.port="$E2E_PORT" --platform.data-dir="$data/data" >"$log" 2>&1 &
  E2E_PID=$!
  echo "platform.sh: e2e server (pid $E2E_PID) starting on port $E2E_PORT, log $log"
  local up=0
  for _ in $(seq 1 180); do
    if curl -fsS -m 2 "http://127.0.0.1:$E2E_PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then up=1; break; fi
    kill -0 "$E2E_PID" 2>/dev/null || break
    sleep 1
  done
  if [ "$up" != 1 ]; then
    tail -40 "$log" >&2
    die "the platform did not become healthy on port $E2E_PORT for the e2e tests"
  fi
  local rc=0
  (cd jeecg-ui && CI=true E2E_BASE_URL="http://127.0.0.1:$E2E_PORT" npm run e2e) || rc=$?
  stop_e2e_server
  trap - EXIT
  rm -rf "$data"
  [ "$rc" = 0 ] || die "UI e2e tests failed (exit $rc)"
}

ui_tests() {
  has_ui || return 0
  check_node
  ui_deps
  if ui_has_script test; then
    echo "platform.sh: npm test (jeecg-ui)"
    (cd jeecg-ui && CI=true npm test)
  fi
  if ui_has_script e2e; then
    echo "platform.sh: npm run e2e (jeecg-ui, against the built platform)"
    run_e2e
  fi
}

case "$cmd" in
  start)
    check_java
    build_ui
    # jeecg-server/pom.xml copies jeecg-ui/dist into the jar as classpath static/
    mvn -B -q -DskipTests package
    echo "platform.sh: starting the platform (default http://localhost:8080: UI /, API /api, docs /doc.html, health /actuator/health)"
    exec java ${JAVA_OPTS:-} -jar jeecg-server/target/yuyang-platform.jar "$@"
    ;;
  test)
    check_java
    bash scripts/ensure-services.sh
    mvn -B test "$@"
    ui_tests
    echo "platform.sh: all tests passed"
    ;;
  *)
    echo "usage: $0 start|test" >&2
    exit 2
    ;;
esac
