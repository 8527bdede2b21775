# Sourced by .ci/run: a PostgreSQL of CI's own for the tests that need one.
# Installs Debian's package if initdb is missing, makes a cluster in a fresh
# temporary folder owned by the `postgres` user (PostgreSQL refuses to run as
# root), starts it on a free loopback port and exports CONFAB_TEST_POSTGRES.
# The caller stops it with `postgres_stop` (trap it on EXIT).

postgres_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$bin" ] && [ -x "$bin/initdb" ]; then
    echo "$bin"
  fi
}

postgres_as() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

postgres_start() {
  local bin
  bin=$(postgres_bin)
  if [ -z "$bin" ]; then
    echo "installing PostgreSQL from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
    bin=$(postgres_bin)
  fi
  if [ -z "$bin" ]; then
    echo "no initdb after installing postgresql" >&2
    return 1
  fi
  POSTGRES_BIN=$bin
  POSTGRES_DIR=$(mktemp -d)
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$POSTGRES_DIR"
  fi
  postgres_as "$bin/initdb" -D "$POSTGRES_DIR/data" -A trust -U postgres --no-sync >/dev/null
  local port
  port=$(postgres_free_port)
  postgres_as "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/log" -w -t 60 \
    -o "-p $port -k $POSTGRES_DIR -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  export CONFAB_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres"
  # For the cluster fault test: an immediate restart (as after a crash) of
  # this PostgreSQL, with the options it was started with.
  local as=""
  if [ "$(id -u)" = 0 ]; then as="runuser -u postgres --"; fi
  export CONFAB_TEST_POSTGRES_RESTART="$as $bin/pg_ctl -D $POSTGRES_DIR/data -l $POSTGRES_DIR/log -m immediate -w -t 60 restart >/dev/null"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($POSTGRES_DIR)"
}

postgres_stop() {
  if [ -n "${POSTGRES_DIR:-}" ] && [ -d "$POSTGRES_DIR/data" ]; then
    postgres_as "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -m fast -w stop >/dev/null || true
    rm -rf "$POSTGRES_DIR"
  fi
}
