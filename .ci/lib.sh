# Helpers shared by the CI steps: start and stop a confab-server on a free
# loopback port, and run a client example pair against it twice. Source this
# file; it expects the server to be built
# (target/debug/confab-server) and the repository root to be the cwd.
#
# With CONFAB_CI_SECURE=1 the same steps run against a server in JWT mode
# with TLS: start_confab makes a CA, a server certificate for 127.0.0.1 (with
# openssl) and an HS256 secret, exports CONFAB_CA_FILE and CONFAB_SECRET_FILE,
# and the examples get each user's token in CONFAB_TOKEN (minted with
# `confab-server token`).

# Picks a free TCP port on 127.0.0.1.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# start_confab [extra server flags...]
# Starts the server in the background on a free port with the memory store,
# waits until it says it is listening, and exports CONFAB_ADDR (host:port),
# CONFAB_SERVER (http://host:port), CONFAB_METRICS (the URL of its
# Prometheus metrics, on another free port) and CONFAB_PID.
start_confab() {
  local port metrics_port log scheme=http
  local -a secure=()
  port=$(free_port)
  metrics_port=$(free_port)
  log=$(mktemp -t confab-server.XXXXXX.log)
  if [ "${CONFAB_CI_SECURE:-0}" = 1 ]; then
    make_secrets
    secure=(--auth jwt --jwt-secret-file "$CONFAB_SECRET_FILE"
      --tls-cert "$CONFAB_SECRETS_DIR/server.pem" --tls-key "$CONFAB_SECRETS_DIR/server.key")
    scheme=https
  fi
  target/debug/confab-server --listen "127.0.0.1:$port" --store memory \
    --metrics-listen "127.0.0.1:$metrics_port" "${secure[@]}" "$@" >"$log" 2>&1 &
  CONFAB_PID=$!
  CONFAB_LOG=$log
  export CONFAB_PID CONFAB_LOG
  export CONFAB_ADDR="127.0.0.1:$port"
  export CONFAB_SERVER="$scheme://127.0.0.1:$port"
  export CONFAB_METRICS="http://127.0.0.1:$metrics_port/metrics"
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

# make_secrets: a throwaway CA, a server certificate it signed for 127.0.0.1
# and localhost, and an HS256 secret, in a new directory; exports
# CONFAB_SECRETS_DIR, CONFAB_CA_FILE and CONFAB_SECRET_FILE.
make_secrets() {
  local dir
  dir=$(mktemp -d -t confab-secrets.XXXXXX)
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout "$dir/ca.key" -out "$dir/ca.pem" -days 2 -subj /CN=confab-ci-ca 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout "$dir/server.key" -out "$dir/server.csr" -subj /CN=localhost 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
    >"$dir/server.ext"
  openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
    -CAcreateserial -days 2 -extfile "$dir/server.ext" -out "$dir/server.pem" 2>/dev/null
  openssl rand -hex 32 >"$dir/jwt-secret"
  export CONFAB_SECRETS_DIR=$dir
  export CONFAB_CA_FILE=$dir/ca.pem
  export CONFAB_SECRET_FILE=$dir/jwt-secret
}

# token_for USER: an hour's token for USER from the secret make_secrets made.
token_for() {
  target/debug/confab-server token --user "$1" --ttl 1h --secret-file "$CONFAB_SECRET_FILE"
}

# as_user USER COMMAND...: runs COMMAND as USER: with USER's token in
# CONFAB_TOKEN when CONFAB_CI_SECURE=1, as it is otherwise.
as_user() {
  local user=$1
  shift
  if [ "${CONFAB_CI_SECURE:-0}" = 1 ]; then
    CONFAB_TOKEN=$(token_for "$user") "$@"
  else
    "$@"
  fi
}

# Stops the server started by start_confab (SIGTERM, then waits for it).
stop_confab() {
  if [ -n "${CONFAB_PID:-}" ]; then
    kill -TERM "$CONFAB_PID" 2>/dev/null || true
    wait "$CONFAB_PID" 2>/dev/null || true
    CONFAB_PID=
  fi
  if [ -n "${CONFAB_SECRETS_DIR:-}" ]; then
    rm -rf "$CONFAB_SECRETS_DIR"
    CONFAB_SECRETS_DIR=
  fi
}

# run_examples_twice LANG WORKDIR COMMAND...
# Runs a client example (COMMAND --server ADDR --user U --room R --peer P) as
# alice and as bob, in one room, twice against the server started by
# start_confab. The first run starts both at once. The second meets what any
# returning client meets: both are already members of the room, which has
# history, and so has their private conversation; and it starts bob only
# once alice's Chat session is open, so alice is live (and may send) before
# bob has connected. Each run passes only if both exit 0 and each printed
# the peer's room message, the peer's private message and `done`, each
# exactly once. Prints every output; on failure the server log too, and
# returns 1.
run_examples_twice() {
  local lang=$1 work=$2
  shift 2
  local room="ci-$lang-$RANDOM" run failed=0 alice_pid bob_pid alice_rc bob_rc
  for run in 1 2; do
    echo "== client-$lang: run $run of 2: alice and bob in room $room on $CONFAB_SERVER$( [ "${CONFAB_CI_SECURE:-0}" = 1 ] && echo " (JWT mode, TLS)")"
    as_user alice "$@" --server "$CONFAB_ADDR" --user alice --room "$room" --peer bob \
      >"$work/alice.$run.out" 2>"$work/alice.$run.err" &
    alice_pid=$!
    if [ "$run" -eq 2 ] && ! wait_for_sessions 1; then
      echo "client-$lang: FAIL: run 2: alice's Chat session did not open within 10 s" >&2
      failed=1
    fi
    as_user bob "$@" --server "$CONFAB_ADDR" --user bob --room "$room" --peer alice \
      >"$work/bob.$run.out" 2>"$work/bob.$run.err" &
    bob_pid=$!
    alice_rc=0 bob_rc=0
    wait "$alice_pid" || alice_rc=$?
    wait "$bob_pid" || bob_rc=$?
    check_example "$lang" "$work" "$run" "$room" alice bob "$alice_rc" || failed=1
    check_example "$lang" "$work" "$run" "$room" bob alice "$bob_rc" || failed=1
  done
  if [ "$failed" -ne 0 ]; then
    echo "--- confab-server log:" >&2
    cat "$CONFAB_LOG" >&2
    return 1
  fi
}

# wait_for_sessions N: waits up to 10 s until the server has exactly N Chat
# sessions open (its confab_sessions_open metric).
wait_for_sessions() {
  local i metrics
  for i in $(seq 1 100); do
    metrics=$(curl -sf --max-time 2 "$CONFAB_METRICS" || true)
    if grep -qx "confab_sessions_open $1" <<<"$metrics"; then return 0; fi
    sleep 0.1
  done
  return 1
}

# check_example LANG WORKDIR RUN ROOM USER PEER RC: USER's instance in run RUN
# exited 0 and printed each of PEER's two messages and `done` exactly once.
check_example() {
  local lang=$1 work=$2 run=$3 room=$4 user=$5 peer=$6 rc=$7
  local out="$work/$user.$run.out" err="$work/$user.$run.err" failed=0 want count
  echo "--- $user, run $run (exit $rc), stdout:"
  cat "$out"
  if [ -s "$err" ]; then
    echo "--- $user, run $run, stderr:"
    cat "$err"
  fi
  if [ "$rc" -ne 0 ]; then
    echo "client-$lang: FAIL: run $run: $user exited $rc" >&2
    failed=1
  fi
  for want in "[$room] $peer: hello from $peer" \
    "[private] $peer -> $user: psst $user, this is $peer" \
    "done"; do
    count=$(grep -cxF -- "$want" "$out" || true)
    if [ "$count" -ne 1 ]; then
      echo "client-$lang: FAIL: run $run: $user printed this line $count times, not once: $want" >&2
      failed=1
    fi
  done
  return "$failed"
}
