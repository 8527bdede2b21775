#!/usr/bin/env bash
# Regenerates the committed Java stubs (clients/java/src/main/java/dev/confab/v1)
# from proto/ with buf and local plugins only. Run from the repository root:
#   bash clients/java/generate.sh
# Installs, if missing, at pinned versions, into clients/java/.tools/ (git-ignored):
#   buf                   npm package @bufbuild/buf
#   protoc                Maven Central com.google.protobuf:protoc (exe)
#   protoc-gen-grpc-java  Maven Central io.grpc:protoc-gen-grpc-java (exe)
# Idempotent: the generated files embed only these pinned versions.
set -euo pipefail

BUF_VERSION=1.75.0
PROTOC_VERSION=4.33.5       # protoc 33.5; keep equal to protobuf.version in pom.xml
GRPC_JAVA_VERSION=1.83.1    # keep equal to grpc.version in pom.xml
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
tools=clients/java/.tools
out=clients/java/src/main/java/dev/confab/v1
mkdir -p "$tools"

case "$(uname -m)" in
  x86_64 | amd64) classifier=linux-x86_64 ;;
  aarch64 | arm64) classifier=linux-aarch_64 ;;
  *) echo "generate.sh: unsupported machine $(uname -m)" >&2; exit 1 ;;
esac

# buf, from npm (the package ships the binary).
buf="$tools/node_modules/.bin/buf"
if [ "$("$buf" --version 2>/dev/null || true)" != "$BUF_VERSION" ]; then
  echo "generate.sh: installing @bufbuild/buf@$BUF_VERSION" >&2
  npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error \
    "@bufbuild/buf@$BUF_VERSION" >&2
fi

# fetch_exe GROUP:ARTIFACT VERSION NAME: copies the Maven Central executable to $tools/NAME.
fetch_exe() {
  local ga=$1 version=$2 name=$3 stamp="$tools/$3.version"
  if [ -x "$tools/$name" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$version:$classifier" ]; then
    return 0
  fi
  echo "generate.sh: fetching $ga:$version:exe:$classifier" >&2
  local tmp
  tmp=$(mktemp -d)
  if ! mvn -q -B -Dstyle.color=never "$DEPENDENCY_PLUGIN:copy" \
    -Dartifact="$ga:$version:exe:$classifier" -DoutputDirectory="$tmp" >"$tmp/mvn.log" 2>&1; then
    cat "$tmp/mvn.log" >&2
    rm -rf "$tmp"
    return 1
  fi
  install -m 0755 "$tmp"/*.exe "$tools/$name"
  rm -rf "$tmp"
  echo "$version:$classifier" >"$stamp"
}
fetch_exe com.google.protobuf:protoc "$PROTOC_VERSION" protoc
fetch_exe io.grpc:protoc-gen-grpc-java "$GRPC_JAVA_VERSION" protoc-gen-grpc-java

# Regenerate from scratch so that stubs of removed messages do not linger.
rm -rf "$out"
"$buf" generate --template clients/java/buf.gen.yaml
echo "generate.sh: Java stubs written to $out" >&2
