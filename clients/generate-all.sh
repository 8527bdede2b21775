#!/usr/bin/env bash
# Regenerates every client's stubs from proto/confab/v1/chat.proto (and the
# web page's bundle, which embeds its stubs).
# Run from anywhere; each language's generate.sh installs its pinned plugins
# (buf from npm, protoc plugins from each language's registry) if missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
for language in go python typescript java web; do
  echo "== clients/$language"
  bash "clients/$language/generate.sh"
done
