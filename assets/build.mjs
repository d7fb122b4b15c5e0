// Build the site's front-end assets from the npm packages into static/dist/ (git-ignored).
//
//   node assets/build.mjs        (run by `make assets`, which runs `npm ci` first)
//
// 1. Compiles assets/scss/main.scss (a trimmed DKFDS theme plus the site's own styles) with Dart
//    Sass, loading DKFDS's SCSS from node_modules/dkfds/dist/scss.
// 2. Copies every file the compiled CSS refers to with url(...) from the DKFDS package, so
//    Django's manifest storage (collectstatic) finds them all.
// 3. Copies DKFDS's compiled JavaScript (the components' behaviour) and the woff2 font subsets.
// 4. Writes an SVG sprite with only the icons the templates use (assets/icons.txt), taken from
//    DKFDS's all-svg-icons.svg.
// Nothing is fetched from the network: everything comes from node_modules.

import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dkfds = join(root, "node_modules", "dkfds", "dist");
const out = join(root, "static", "dist");

function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

function fail(message) {
  console.error(`assets: ${message}`);
  process.exit(1);
}

if (!existsSync(dkfds)) fail("node_modules/dkfds is missing: run `npm ci` (or `make assets`).");

rmSync(out, { recursive: true, force: true });

// 1. Stylesheet -----------------------------------------------------------------------------
const compiled = sass.compile(join(root, "assets", "scss", "main.scss"), {
  loadPaths: [join(dkfds, "scss")],
  style: "compressed",
  quietDeps: true, // DKFDS's own SCSS predates some Sass deprecations; they are not ours to fix
  silenceDeprecations: ["import", "global-builtin", "if-function"],
});
const css = compiled.css;
mkdirSync(join(out, "css"), { recursive: true });
writeFileSync(join(out, "css", "main.css"), css + "\n");

// 2. Files the stylesheet refers to ---------------------------------------------------------
const referenced = new Set();
for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
  const url = match[1];
  if (url.startsWith("data:") || url.startsWith("#")) continue;
  if (/^[a-z]+:|^\/\//i.test(url)) fail(`the stylesheet refers to another host: ${url}`);
  referenced.add(posix.normalize(posix.join("css", url.split(/[?#]/)[0])));
}
for (const path of referenced) {
  if (path.startsWith("fonts/")) {
    const name = posix.basename(path);
    copy(join(dkfds, "fonts", "IBMPlexSans", "split", "woff2", name), join(out, path));
  } else {
    const source = join(dkfds, path);
    if (!existsSync(source)) fail(`the stylesheet refers to ${path}, which DKFDS does not ship`);
    copy(source, join(out, path));
  }
}
copy(join(dkfds, "fonts", "IBMPlexSans", "split", "woff2", "license.txt"), join(out, "fonts", "LICENSE-IBMPlexSans.txt"));

// 3. Behaviour ------------------------------------------------------------------------------
copy(join(dkfds, "js", "dkfds.min.js"), join(out, "js", "dkfds.min.js"));
// The script names its source map; collectstatic's manifest storage needs the file to exist.
copy(join(dkfds, "js", "dkfds.min.js.map"), join(out, "js", "dkfds.min.js.map"));
copy(join(dkfds, "LICENSE.md"), join(out, "LICENSE-dkfds.md"));

// 4. Icon sprite ----------------------------------------------------------------------------
const allIcons = readFileSync(join(dkfds, "img", "all-svg-icons.svg"), "utf8");
const wanted = readFileSync(join(root, "assets", "icons.txt"), "utf8")
  .split("\n")
  .map((line) => line.replace(/#.*/, "").trim())
  .filter(Boolean);
const symbols = wanted.map((id) => {
  const symbol = allIcons.match(new RegExp(`<symbol id="${id}"[\\s\\S]*?</symbol>`));
  if (!symbol) fail(`icon "${id}" (assets/icons.txt) is not in DKFDS's all-svg-icons.svg`);
  return symbol[0];
});
mkdirSync(join(out, "img"), { recursive: true });
writeFileSync(
  join(out, "img", "icons.svg"),
  `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>\n`,
);

const size = (path) => readFileSync(join(out, path)).length;
console.log(
  `assets: static/dist/ built from dkfds ${JSON.parse(readFileSync(join(dkfds, "..", "package.json"))).version}: ` +
    `css ${size("css/main.css")} B, js ${size("js/dkfds.min.js")} B, ` +
    `${referenced.size} referenced files, ${wanted.length} icons`,
);
