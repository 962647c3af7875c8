#!/usr/bin/env bash
# Start-up to healthy and RSS after start, default and prod profile (issue 2 "Measured").
#   bench/startup.sh [runs per profile, default 3]
# default: embedded H2 in a fresh temp data dir (first start: migrations + demo data), port 18080.
# prod: local MariaDB (fresh schema) + Redis (own key prefix), random secrets, port 18081.
# Start-up = wall time from launching `java -jar` to the first /actuator/health {"status":"UP"};
# RSS = VmRSS of the java process at that moment and again 10 s later (settled); cpu_s = CPU seconds
# (user+sys) the process used until healthy; main_thr_cpu_s = CPU seconds of its busiest thread (the one
# running the start-up sequence) - on idle cores start-up takes at least that, and at least cpu_s / cores.
source "$(dirname "$0")/lib.sh"

RUNS=${1:-3}
ensure_jar
bash "$ROOT/scripts/ensure-services.sh" >/dev/null

out="$RESULTS/startup-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(machine)"
  echo "jvm flags: ${BENCH_JAVA_OPTS:-(JVM defaults)}"
  echo "load before: $(cut -d" " -f1-3 /proc/loadavg) (the cores are shared with other work); nice: $BENCH_NICE"
  echo "jar: $(du -h "$JAR" | cut -f1) $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)"
  printf '%-8s %-4s %10s %14s %8s %12s %8s %12s\n' profile run healthy_s spring_started cpu_s main_thr_cpu_s rss_mb rss_10s_mb
} | tee "$out"

for profile in ${BENCH_PROFILES:-default prod}; do
  port=${BENCH_PORT_DEFAULT:-18080}; [ "$profile" = prod ] && port=${BENCH_PORT_PROD:-18081}
  for run in $(seq 1 "$RUNS"); do
    start_server "$profile" "$port"
    t=$(wait_healthy "$port" 300)
    cpu=$(cpu_s)
    main_cpu=$(busiest_thread_cpu_s)
    rss=$(rss_mb)
    sleep 10
    rss10=$(rss_mb)
    printf '%-8s %-4s %10s %14s %8s %12s %8s %12s\n' "$profile" "$run" "$t" "$(spring_started_s)" "$cpu" "$main_cpu" "$rss" "$rss10" | tee -a "$out"
    echo "load: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out"
    cleanup
  done
done
log "written $out"
