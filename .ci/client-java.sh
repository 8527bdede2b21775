#!/usr/bin/env bash
# CI step for the Java client (clients/java), run from the repository root:
#   1. regenerates the stubs with clients/java/generate.sh and fails if they
#      differ from the committed ones;
#   2. builds the example and runs alice and bob against a fresh confab-server
#      at once; both must exit 0 and each must have received the other's room
#      message and private message.
# Expects target/debug/confab-server to be built. Maven's local repository
# (~/.m2) and clients/java/.tools keep the downloads for the next run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

work=$(mktemp -d -t confab-ci-java.XXXXXX)
cleanup() {
  stop_confab 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# quiet LOG COMMAND...: runs COMMAND with its output in LOG, shown only on failure.
quiet() {
  local log=$1
  shift
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "FAILED: $*" >&2
    return 1
  fi
}

echo "client-java: regenerating stubs (clients/java/generate.sh)"
quiet "$work/generate.log" bash clients/java/generate.sh
drift=$(git status --porcelain -- clients/java)
if [ -n "$drift" ]; then
  echo "client-java: FAIL: generated stubs differ from the committed ones; run clients/java/generate.sh and commit:" >&2
  echo "$drift" >&2
  git --no-pager diff --stat -- clients/java >&2
  exit 1
fi

echo "client-java: building the example (mvn package)"
quiet "$work/mvn.log" mvn -q -B -Dstyle.color=never -f clients/java/pom.xml package

# shellcheck source=lib.sh
source .ci/lib.sh
start_confab
room="ci-java-$RANDOM"
echo "client-java: running alice and bob in room $room against $CONFAB_ADDR"

jar=clients/java/target/confab-example.jar
java -jar "$jar" --server "$CONFAB_ADDR" --user alice --room "$room" --peer bob \
  >"$work/alice.out" 2>"$work/alice.err" &
alice_pid=$!
java -jar "$jar" --server "$CONFAB_ADDR" --user bob --room "$room" --peer alice \
  >"$work/bob.out" 2>"$work/bob.err" &
bob_pid=$!
alice_rc=0
wait "$alice_pid" || alice_rc=$?
bob_rc=0
wait "$bob_pid" || bob_rc=$?

failed=0
# check NAME PEER RC: the run of NAME exited 0 and printed PEER's two messages and done.
check() {
  local name=$1 peer=$2 rc=$3 out="$work/$1.out" err="$work/$1.err"
  echo "--- $name (exit $rc) stdout:"
  cat "$out"
  if [ -s "$err" ]; then
    echo "--- $name stderr:"
    cat "$err"
  fi
  local want
  for want in "[$room] $peer: hello from $peer" "[private] $peer -> $name: psst $name, this is $peer" "done"; do
    if ! grep -qxF -- "$want" "$out"; then
      echo "client-java: FAIL: $name did not print: $want" >&2
      failed=1
    fi
  done
  if [ "$rc" -ne 0 ]; then
    echo "client-java: FAIL: $name exited $rc" >&2
    failed=1
  fi
}
check alice bob "$alice_rc"
check bob alice "$bob_rc"

if [ "$failed" -ne 0 ]; then
  echo "--- confab-server log:"
  cat "$CONFAB_LOG"
  exit 1
fi
echo "client-java: OK: stubs match proto/ (buf generate); alice and bob (Java example) each received the other's room message in $room and private message, and both exited 0"
