// Builds the page into dist/: the TypeScript bundled by esbuild (app.js),
// and the HTML and CSS copied as they are. confab-server embeds dist/ and
// serves it on GET /, so dist/ is committed; CI rebuilds it and fails if it
// differs (the build is deterministic: no timestamps, no source maps).
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "dist");
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(here, "src/main.ts")],
  outfile: join(out, "app.js"),
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
copyFileSync(join(here, "src/index.html"), join(out, "index.html"));
copyFileSync(join(here, "src/app.css"), join(out, "app.css"));
console.log("build.mjs: built dist/ (index.html, app.js, app.css)");
