#!/usr/bin/env bash
# CI step for the Python client (run from the repository root; expects
# target/debug/confab-server to be built):
#  1. regenerate the stubs with clients/python/generate.sh and fail if the
#     committed files under clients/python differ (drift check);
#  2. start confab-server and run the example as alice and as bob at once;
#     both must exit 0 and each must print the other's room message and
#     private message.
# The virtualenv (grpcio, protobuf, grpcio-tools, buf) is cached under
# ${XDG_CACHE_HOME:-~/.cache}/confab-ci/ so a second run reuses it; it is
# rebuilt whenever clients/python/requirements*.txt change.
set -euo pipefail

t0=$(date +%s)
cache_root=${XDG_CACHE_HOME:-$HOME/.cache}/confab-ci
mkdir -p "$cache_root"
export CONFAB_PYTHON_VENV=$cache_root/python-venv

echo "== client-python: regenerating stubs (drift check)"
bash clients/python/generate.sh
drift=$(git status --porcelain -- clients/python)
if [ -n "$drift" ]; then
  echo "client-python: FAIL: clients/python differs from the committed files after generate.sh:" >&2
  echo "$drift" >&2
  git --no-pager diff --stat -- clients/python >&2 || true
  exit 1
fi

py=$CONFAB_PYTHON_VENV/bin/python
work=$(mktemp -d -t confab-client-python.XXXXXX)
# shellcheck source=.ci/lib.sh
source .ci/lib.sh
cleanup() {
  stop_confab
  rm -rf "$work"
}
trap cleanup EXIT

start_confab
room=ci-python-$RANDOM
echo "== client-python: confab-server at $CONFAB_ADDR; alice and bob in room $room"

"$py" clients/python/example.py --server "$CONFAB_ADDR" --user alice --peer bob --room "$room" \
  >"$work/alice.out" 2>"$work/alice.err" &
alice_pid=$!
"$py" clients/python/example.py --server "$CONFAB_ADDR" --user bob --peer alice --room "$room" \
  >"$work/bob.out" 2>"$work/bob.err" &
bob_pid=$!
alice_rc=0; wait "$alice_pid" || alice_rc=$?
bob_rc=0; wait "$bob_pid" || bob_rc=$?

fail=0
check() { # check USER PEER RC
  local user=$1 peer=$2 rc=$3 out=$work/$1.out
  echo "--- $user (exit $rc) stdout:"; cat "$out"
  if [ -s "$work/$user.err" ]; then echo "--- $user stderr:"; cat "$work/$user.err"; fi
  if [ "$rc" -ne 0 ]; then echo "client-python: FAIL: $user exited $rc" >&2; fail=1; fi
  local want
  for want in "[$room] $peer: hello from $peer" \
              "[private] $peer -> $user: psst $user, this is $peer" \
              "done"; do
    if ! grep -qxF -- "$want" "$out"; then
      echo "client-python: FAIL: $user's output lacks the line: $want" >&2
      fail=1
    fi
  done
}
check alice bob "$alice_rc"
check bob alice "$bob_rc"
if [ "$fail" -ne 0 ]; then
  echo "--- server log:"; tail -n 50 "$CONFAB_LOG" || true
  exit 1
fi

echo "client-python: OK: stubs match generate.sh; alice and bob both exited 0, each received the other's room message and private message ($(( $(date +%s) - t0 )) s)"
