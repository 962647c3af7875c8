#!/usr/bin/env bash
# Starts (installing with apt-get when absent) what the test command talks to: MariaDB and Redis on
# 127.0.0.1, and - once the UI exists - Chromium and a CJK font for the browser tests.
# Idempotent: when everything is installed and running it changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
log() { echo "[ensure-services] $*"; }

apt_updated=0
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "[ensure-services] missing $* and no apt-get here: install it by hand" >&2
    exit 1
  fi
  if [ "$apt_updated" = 0 ]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null
    apt_updated=1
  fi
  log "apt-get install -y $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" </dev/null >/dev/null
}
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# --- packages ---------------------------------------------------------------
missing=()
[ -x /usr/sbin/mariadbd ] || command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ -f jeecg-ui/package.json ]; then
  # the UI browser tests drive Debian's Chromium; Chinese text needs a CJK font
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  have_pkg fonts-noto-cjk || missing+=(fonts-noto-cjk)
fi
[ ${#missing[@]} = 0 ] || apt_install "${missing[@]}"

# --- MariaDB ----------------------------------------------------------------
db_ping() { mysqladmin -uroot --protocol=tcp -h127.0.0.1 ping >/dev/null 2>&1; }
if ! db_ping; then
  log "starting MariaDB"
  as_root mkdir -p /run/mysqld
  as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  if [ ! -d /var/lib/mysql/mysql ]; then
    as_root mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
  fi
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- \
    --user=mysql --bind-address=127.0.0.1 --port=3306
  for _ in $(seq 1 60); do db_ping && break; sleep 1; done
fi
db_ping || { echo "[ensure-services] MariaDB did not come up on 127.0.0.1:3306" >&2; exit 1; }

# Tests log in as root over TCP with an empty password (IT_DB_USER/IT_DB_PASSWORD override it).
# A fresh Debian install only lets root in through the unix socket: open TCP for root once.
if [ -z "${IT_DB_PASSWORD:-}" ] && ! mysql -uroot --protocol=tcp -h127.0.0.1 -e 'SELECT 1' >/dev/null 2>&1; then
  log "granting root@127.0.0.1 access over TCP (test machine)"
  as_root mysql -uroot --protocol=socket <<'SQL'
CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('');
FLUSH PRIVILEGES;
SQL
fi

# --- Redis ------------------------------------------------------------------
redis_ping() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }
if ! redis_ping; then
  log "starting Redis"
  as_root mkdir -p /var/lib/redis /var/log/redis
  as_root redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 30); do redis_ping && break; sleep 1; done
fi
redis_ping || { echo "[ensure-services] Redis did not come up on 127.0.0.1:6379" >&2; exit 1; }

log "MariaDB $(mysql -uroot --protocol=tcp -h127.0.0.1 -N -e 'SELECT VERSION()' 2>/dev/null || echo '?') and Redis $(redis-cli -h 127.0.0.1 info server 2>/dev/null | tr -d '\r' | sed -n 's/^redis_version://p') are up on 127.0.0.1"
