#!/usr/bin/env bash
# Regenerates the Python stubs under clients/python/gen. Run from the
# repository root. Installs, if missing, pinned tools into a virtualenv,
# clients/python/.venv by default (git-ignored; CONFAB_PYTHON_VENV=DIR picks
# another): grpcio-tools, which bundles protoc and the gRPC Python
# generator, the runtime packages of requirements.txt, and buf from npm.
# Idempotent: the output depends only on the proto and the pinned versions.
set -euo pipefail

BUF_VERSION=1.75.0
here=clients/python
venv=${CONFAB_PYTHON_VENV:-$here/.venv}

if [ ! -f buf.yaml ] || [ ! -d "$here" ]; then
  echo "generate.sh: run from the repository root" >&2
  exit 1
fi

python=${PYTHON:-python3}

# Python tools. The stamp records what was installed, so a change of
# requirements-tools.txt / requirements.txt reinstalls.
stamp_want=$(cat "$here/requirements.txt" "$here/requirements-tools.txt" | sha256sum | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.tools-stamp" 2>/dev/null)" != "$stamp_want" ]; then
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    -r "$here/requirements-tools.txt"
  echo "$stamp_want" >"$venv/.tools-stamp"
fi

# buf, from npm (the package ships the binary).
buf=$venv/buf/node_modules/.bin/buf
if [ ! -x "$buf" ] || [ "$("$buf" --version 2>/dev/null)" != "$BUF_VERSION" ]; then
  mkdir -p "$venv/buf"
  npm install --silent --no-audit --no-fund --no-save --prefix "$venv/buf" \
    "@bufbuild/buf@$BUF_VERSION" >/dev/null
fi

venv_abs=$(cd "$venv" && pwd)
CONFAB_PYTHON="$venv_abs/bin/python" "$buf" generate --template "$here/buf.gen.yaml"
echo "generated $(find "$here/gen" -type f | sort | tr '\n' ' ')"
