#!/usr/bin/env bash
# CI step for the Python client (run from the repository root; expects
# target/debug/confab-server to be built):
#  1. regenerate the stubs with clients/python/generate.sh and fail if the
#     committed files under clients/python differ (drift check);
#  2. start confab-server and run the example as alice and as bob at once,
#     twice against the same server (run_examples_twice in lib.sh); in each
#     run both must exit 0 and each must print the other's room message and
#     private message exactly once.
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
run_examples_twice python "$work" "$py" clients/python/example.py
echo "client-python: OK: stubs match generate.sh; in two runs against one server, alice and bob both exited 0, each received the other's room message and private message exactly once ($(( $(date +%s) - t0 )) s)"
