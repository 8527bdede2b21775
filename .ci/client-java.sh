#!/usr/bin/env bash
# CI step for the Java client (clients/java), run from the repository root:
#   1. regenerates the stubs with clients/java/generate.sh and fails if they
#      differ from the committed ones;
#   2. builds the example and runs alice and bob at once against a fresh
#      confab-server, twice against the same server (run_examples_twice in
#      lib.sh); in each run both must exit 0 and each must have received the
#      other's room message and private message exactly once.
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
run_examples_twice java "$work" java -jar clients/java/target/confab-example.jar
echo "client-java: OK: stubs match proto/ (buf generate); in two runs against one server, alice and bob (Java example) both exited 0, each received the other's room message and private message exactly once"
