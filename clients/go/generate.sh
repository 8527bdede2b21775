#!/usr/bin/env bash
# Regenerates the committed Go stubs (clients/go/gen/confab/v1) from proto/
# with buf and local plugins only. Run from the repository root:
#   bash clients/go/generate.sh
# Installs, if missing, at pinned versions, into clients/go/.tools/ (git-ignored):
#   buf                 npm package @bufbuild/buf
#   protoc-gen-go       go install google.golang.org/protobuf/cmd/protoc-gen-go
#                       (same version as google.golang.org/protobuf in go.mod)
#   protoc-gen-go-grpc  go install google.golang.org/grpc/cmd/protoc-gen-go-grpc
# Idempotent: the generated files embed only these pinned plugin versions.
set -euo pipefail

BUF_VERSION=1.75.0
PROTOC_GEN_GO_GRPC_VERSION=v1.6.2

if [ ! -f buf.yaml ] || [ ! -f clients/go/go.mod ]; then
  echo "generate.sh: run from the repository root" >&2
  exit 1
fi

here=clients/go
tools=$here/.tools
mkdir -p "$tools/bin"

# protoc-gen-go must match the protobuf runtime the stubs are compiled against.
PROTOC_GEN_GO_VERSION=$(awk '$1 == "google.golang.org/protobuf" { print $2 }' "$here/go.mod")
if [ -z "$PROTOC_GEN_GO_VERSION" ]; then
  echo "generate.sh: google.golang.org/protobuf not found in $here/go.mod" >&2
  exit 1
fi

# buf, from npm (the package ships the binary).
buf=$tools/node_modules/.bin/buf
if [ "$("$buf" --version 2>/dev/null || true)" != "$BUF_VERSION" ]; then
  echo "generate.sh: installing @bufbuild/buf@$BUF_VERSION" >&2
  npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error \
    "@bufbuild/buf@$BUF_VERSION" >&2
fi

# go_tool NAME PACKAGE VERSION EXPECTED_VERSION_LINE: go install PACKAGE@VERSION
# into $tools/bin unless the binary there already reports that version.
go_tool() {
  local name=$1 pkg=$2 version=$3 want=$4
  if [ "$("$tools/bin/$name" --version 2>/dev/null || true)" != "$want" ]; then
    echo "generate.sh: go install $pkg@$version" >&2
    GOBIN="$PWD/$tools/bin" go install "$pkg@$version"
  fi
}
go_tool protoc-gen-go google.golang.org/protobuf/cmd/protoc-gen-go \
  "$PROTOC_GEN_GO_VERSION" "protoc-gen-go $PROTOC_GEN_GO_VERSION"
go_tool protoc-gen-go-grpc google.golang.org/grpc/cmd/protoc-gen-go-grpc \
  "$PROTOC_GEN_GO_GRPC_VERSION" "protoc-gen-go-grpc ${PROTOC_GEN_GO_GRPC_VERSION#v}"

"$buf" generate --template "$here/buf.gen.yaml"
echo "generate.sh: Go stubs written to $here/gen/confab/v1" >&2
