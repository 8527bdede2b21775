#!/usr/bin/env bash
# Regenerates the web page's stubs (clients/web/src/gen, from proto/ with buf
# and protoc-gen-es) and rebuilds its bundle (clients/web/dist, which
# confab-server embeds). Everything it runs is pinned in package.json and
# package-lock.json and installed locally by `npm ci` if missing or stale.
# Run from anywhere:  bash clients/web/generate.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
dir=clients/web

# Installed version of an npm package under $dir, or nothing.
installed() {
  node -e 'try { console.log(require(process.argv[1] + "/package.json").version) } catch { }' \
    "$root/$dir/node_modules/$1" 2>/dev/null || true
}
# Version pinned in package.json.
pinned() {
  node -e 'const p = require(process.argv[1]); console.log((p.devDependencies || {})[process.argv[2]] || (p.dependencies || {})[process.argv[2]])' \
    "$root/$dir/package.json" "$1"
}

need_install=0
for pkg in @bufbuild/buf @bufbuild/protoc-gen-es esbuild @connectrpc/connect-web; do
  if [ "$(installed "$pkg")" != "$(pinned "$pkg")" ]; then need_install=1; fi
done
if [ "$need_install" = 1 ]; then
  echo "generate.sh: installing pinned npm packages in $dir (npm ci)" >&2
  (cd "$dir" && npm ci --no-audit --no-fund --prefer-offline >&2)
fi

"$dir/node_modules/.bin/buf" generate --template "$dir/buf.gen.yaml"
echo "generate.sh: regenerated $dir/src/gen" >&2
(cd "$dir" && node build.mjs >&2)
