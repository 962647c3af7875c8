#!/usr/bin/env bash
# Starts (installing when absent) the services integration tests talk to: MariaDB and Redis on loopback.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
need_pkg() {
  if ! command -v "$1" >/dev/null 2>&1; then
    [ $apt_updated = 1 ] || { as_root apt-get update -qq; apt_updated=1; }
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
  fi
}

need_pkg mariadbd mariadb-server
need_pkg redis-server redis-server

if ! mysqladmin -uroot --protocol=tcp -h127.0.0.1 ping >/dev/null 2>&1; then
  as_root mkdir -p /run/mysqld && as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do mysqladmin -uroot --protocol=tcp -h127.0.0.1 ping >/dev/null 2>&1 && break; sleep 1; done
fi
mysqladmin -uroot --protocol=tcp -h127.0.0.1 ping >/dev/null

if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  as_root mkdir -p /var/lib/redis /var/log/redis
  as_root redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 1; done
fi
redis-cli -h 127.0.0.1 ping >/dev/null
echo "MariaDB and Redis are up on 127.0.0.1"
