#!/usr/bin/env bash
# CI step for the Go client (clients/go). Run from the repository root after
# `cargo build --bins`:
#   bash .ci/client-go.sh
# 1. regenerates the stubs with clients/go/generate.sh and fails if the
#    committed ones differ (drift check), checks gofmt, go vet and that
#    go.mod/go.sum are tidy;
# 2. starts a confab-server and runs the example as alice and as bob at once
#    in a fresh room, twice against the same server (run_examples_twice in
#    lib.sh), and fails unless in each run both exit 0 and each printed the
#    other's room message and private message exactly once.
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

run_examples_twice go "$work" "$here/bin/example"
echo "client-go: OK: stubs up to date; in two runs against one server, alice and bob both exited 0, each received the other's room message and private message exactly once"
