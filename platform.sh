#!/usr/bin/env bash
# One entry point for a newcomer:
#   ./platform.sh start   builds the UI (when jeecg-ui/ exists) and the server, then runs the platform
#                         on http://localhost:8080 in the embedded default profile (H2 under ./data).
#                         Extra arguments go to the application, e.g. --server.port=18080.
#   ./platform.sh test    starts MariaDB and Redis (installing them when missing), then runs every
#                         test: Maven (unit + integration), then the UI's npm tests when it has them.
set -euo pipefail
cd "$(dirname "$0")"

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

# Hook for the UI's own tests: run whichever of these npm scripts jeecg-ui declares.
ui_tests() {
  has_ui || return 0
  check_node
  ui_deps
  local s
  for s in test e2e; do
    if ui_has_script "$s"; then
      echo "platform.sh: npm run $s (jeecg-ui)"
      (cd jeecg-ui && CI=true npm run "$s")
    fi
  done
}

case "$cmd" in
  start)
    check_java
    build_ui
    # jeecg-server/pom.xml copies jeecg-ui/dist into the jar as classpath static/
    mvn -B -q -DskipTests package
    echo "platform.sh: starting on http://localhost:8080 (API /api, docs /doc.html, health /actuator/health)"
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
