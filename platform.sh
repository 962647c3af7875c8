#!/usr/bin/env bash
# One entry point for a newcomer:  ./platform.sh start   |   ./platform.sh test
set -euo pipefail
cd "$(dirname "$0")"

cmd=${1:-start}
shift || true

build_ui() {
  if [ -f jeecg-ui/package.json ]; then
    (cd jeecg-ui && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build)
  fi
}

case "$cmd" in
  start)
    build_ui
    mvn -B -q -DskipTests package
    exec java ${JAVA_OPTS:-} -jar jeecg-server/target/yuyang-platform.jar "$@"
    ;;
  test)
    bash scripts/ensure-services.sh
    mvn -B test "$@"
    ;;
  *)
    echo "usage: $0 start|test" >&2
    exit 2
    ;;
esac
