# Helpers shared by the CI steps: start and stop a confab-server on a free
# loopback port. Source this file; it expects the server to be built
# (target/debug/confab-server) and the repository root to be the cwd.

# Picks a free TCP port on 127.0.0.1.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# start_confab [extra server flags...]
# Starts the server in the background on a free port with the memory store,
# waits until it says it is listening, and exports CONFAB_ADDR (host:port),
# CONFAB_SERVER (http://host:port) and CONFAB_PID.
start_confab() {
  local port log
  port=$(free_port)
  log=$(mktemp -t confab-server.XXXXXX.log)
  target/debug/confab-server --listen "127.0.0.1:$port" --store memory "$@" >"$log" 2>&1 &
  CONFAB_PID=$!
  CONFAB_LOG=$log
  export CONFAB_PID CONFAB_LOG
  export CONFAB_ADDR="127.0.0.1:$port"
  export CONFAB_SERVER="http://127.0.0.1:$port"
  local i
  for i in $(seq 1 100); do
    if grep -q "listening on" "$log"; then return 0; fi
    if ! kill -0 "$CONFAB_PID" 2>/dev/null; then
      echo "confab-server exited early:" >&2; cat "$log" >&2; return 1
    fi
    sleep 0.1
  done
  echo "confab-server did not start listening within 10 s:" >&2; cat "$log" >&2
  return 1
}

# Stops the server started by start_confab (SIGTERM, then waits for it).
stop_confab() {
  if [ -n "${CONFAB_PID:-}" ]; then
    kill -TERM "$CONFAB_PID" 2>/dev/null || true
    wait "$CONFAB_PID" 2>/dev/null || true
    CONFAB_PID=
  fi
}
