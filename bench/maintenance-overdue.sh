#!/usr/bin/env bash
# A8 maintenance-overdue job over 10,000 approved equipment with an overdue daily-care cycle (and 10,000 cycles
# not due): first run sends one warning each, second run nothing. Runs MaintenanceOverdueBench against the test
# MariaDB/Redis (fresh schema per run). BENCH_EQUIPMENT changes the count.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o test -pl jeecg-server -am -Dtest=MaintenanceOverdueBench -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx1g -XX:+UseSerialGC -Dfile.encoding=UTF-8 -Dbench.equipment=${BENCH_EQUIPMENT:-10000}" 2>&1 \
  | grep -E "generated|OVERDUE BENCH|Tests run|FAIL" || true
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
