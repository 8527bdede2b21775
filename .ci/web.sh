#!/usr/bin/env bash
# The web page: the stubs and the bundle must be what the committed sources
# make (drift check, like the client stubs), then the page in headless
# Chromium (Debian's package, driven by playwright-core from npm; no browser
# is ever downloaded) against a real server, required to run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CONFAB_CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "web.sh: installing Debian's chromium" >&2
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends chromium
fi

(cd clients/web && npm ci --no-audit --no-fund --prefer-offline)
bash clients/web/generate.sh
if [ -n "$(git status --porcelain -- clients/web)" ]; then
  git status --porcelain -- clients/web
  git --no-pager diff --stat -- clients/web
  echo "web.sh: the committed stubs or bundle under clients/web differ from what its sources make; run bash clients/web/generate.sh and commit" >&2
  exit 1
fi
(cd clients/web && node_modules/.bin/tsc --noEmit -p tsconfig.json)

CONFAB_REQUIRE_BROWSER=1 cargo test --test browser --test web
