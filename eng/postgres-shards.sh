#!/usr/bin/env bash
# Three PostgreSQL servers on local ports, one per shard, for the SQL pushdown tests.
#   source <(bash eng/postgres-shards.sh start)   starts them (installing PostgreSQL if missing) and
#                                                 prints the export line the tests read
#   bash eng/postgres-shards.sh stop              stops them and removes their data
# The servers listen on 127.0.0.1 only, trust local connections, and keep their data under
# ${CUSTOMERMETRICS_PG_ROOT:-/tmp/customer-metrics-postgres}. Idempotent: start when running restarts nothing.
set -euo pipefail

root=${CUSTOMERMETRICS_PG_ROOT:-/tmp/customer-metrics-postgres}
ports=(55431 55432 55433)

bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$dir" ] && echo "$dir"
}

# initdb and the server refuse to run as root: as root, run them as the postgres user.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install() {
  if [ -z "$(bin)" ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "postgres-shards: installing postgresql" >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >&2
  fi
}

start() {
  install
  local pg
  pg=$(bin)
  mkdir -p "$root"
  [ "$(id -u)" -eq 0 ] && chown postgres "$root"
  local connections=()
  for i in "${!ports[@]}"; do
    local port=${ports[$i]} data="$root/shard$((i + 1))"
    if [ ! -f "$data/PG_VERSION" ]; then
      as_server_user "$pg/initdb" -D "$data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_server_user "$pg/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      as_server_user "$pg/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    fi
    connections+=("Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres")
    echo "postgres-shards: shard $((i + 1)) on port $port" >&2
  done
  local joined
  joined=$(IFS='|'; echo "${connections[*]}")
  echo "export CUSTOMERMETRICS_POSTGRES_SHARDS='$joined'"
}

stop() {
  local pg
  pg=$(bin) || true
  for i in "${!ports[@]}"; do
    local data="$root/shard$((i + 1))"
    if [ -n "$pg" ] && [ -f "$data/PG_VERSION" ]; then
      as_server_user "$pg/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
    fi
  done
  rm -rf "$root"
  echo "postgres-shards: stopped" >&2
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
