#!/usr/bin/env bash
# CI step for the Go client (clients/go). Run from the repository root after
# `cargo build --bins`:
#   bash .ci/client-go.sh
# 1. regenerates the stubs with clients/go/generate.sh and fails if the
#    committed ones differ (drift check), checks gofmt, go vet and that
#    go.mod/go.sum are tidy;
# 2. starts a confab-server, runs the example as alice and as bob at once in
#    a fresh room, and fails unless both exit 0 and each printed the other's
#    room message and private message.
# Tools go to clients/go/.tools (git-ignored); Go modules and builds are
# cached in the usual Go caches, so a second run reuses them.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
here=clients/go

echo "== client-go: regenerating stubs"
bash "$here/generate.sh"
drift=$(git status --porcelain -- "$here")
if [ -n "$drift" ]; then
  echo "client-go: FAIL: generated or module files differ from the committed ones:" >&2
  echo "$drift" >&2
  git --no-pager diff --stat -- "$here" >&2 || true
  exit 1
fi

echo "== client-go: building the example"
(
  cd "$here"
  go mod download
  go mod tidy -diff
  unformatted=$(gofmt -l cmd)
  if [ -n "$unformatted" ]; then
    echo "client-go: FAIL: not gofmt-formatted: $unformatted" >&2
    exit 1
  fi
  go vet ./...
  go build -o bin/example ./cmd/example
)

# shellcheck source=lib.sh
source .ci/lib.sh
work=$(mktemp -d)
cleanup() {
  stop_confab
  rm -rf "$work"
}
trap cleanup EXIT
start_confab

room="ci-go-$RANDOM"
echo "== client-go: alice and bob in room $room on $CONFAB_ADDR"
"$here/bin/example" --server "$CONFAB_ADDR" --user alice --room "$room" --peer bob \
  >"$work/alice.out" 2>"$work/alice.err" &
alice_pid=$!
"$here/bin/example" --server "$CONFAB_ADDR" --user bob --room "$room" --peer alice \
  >"$work/bob.out" 2>"$work/bob.err" &
bob_pid=$!
alice_rc=0
wait "$alice_pid" || alice_rc=$?
bob_rc=0
wait "$bob_pid" || bob_rc=$?

fail=0
# check USER RC PEER: the instance exited 0 and printed the peer's messages and done.
check() {
  local user=$1 rc=$2 peer=$3 out
  out=$(cat "$work/$user.out")
  echo "--- $user (exit $rc) stdout:"
  cat "$work/$user.out"
  if [ -s "$work/$user.err" ]; then
    echo "--- $user stderr:"
    cat "$work/$user.err"
  fi
  local want
  for want in "[$room] $peer: hello from $peer" \
    "[private] $peer -> $user: psst $user, this is $peer" \
    "done"; do
    if [[ $'\n'"$out"$'\n' != *$'\n'"$want"$'\n'* ]]; then
      echo "client-go: FAIL: $user did not print: $want" >&2
      fail=1
    fi
  done
  if [ "$rc" -ne 0 ]; then
    echo "client-go: FAIL: $user exited $rc" >&2
    fail=1
  fi
}
check alice "$alice_rc" bob
check bob "$bob_rc" alice
if [ "$fail" -ne 0 ]; then
  echo "--- server log:" >&2
  cat "$CONFAB_LOG" >&2
  exit 1
fi
echo "client-go: OK: stubs up to date; alice and bob both exited 0, each received the other's room message in $room and private message"
