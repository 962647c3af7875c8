#!/usr/bin/env bash
# Overdue job of enforcement cases over 100,000 open cases with mixed routes, 1 % newly overdue
# (issue 6 "Measured", target ≤ 5 s per run). Runs OverdueJobBench against the test MariaDB/Redis
# (fresh schema per run) and prints the figures. BENCH_CASES overrides the number of cases.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-services.sh >/dev/null
BENCH_CASES="${BENCH_CASES:-100000}" BENCH_OVERDUE_PERMILLE="${BENCH_OVERDUE_PERMILLE:-10}" mvn -B -o test -pl jeecg-server -am -Dtest=OverdueJobBench -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E "generated|OVERDUE BENCH|Tests run|FAIL" || true
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
