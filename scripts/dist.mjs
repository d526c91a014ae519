// `make dist`: the embeddable widget as one self-contained folder, dist/policy-lens/, that
// is also an npm package (`npm pack dist/policy-lens`).
//
//   policy-lens-embed.js        the loader, under a stable name (the one file a page names)
//   widget-HASH.js              the widget and the shared modules it uses, one ES module
//   summary-HASH.css, widget-HASH.css   the panel's stylesheets
//   analyzer-HASH/              the wasm-bindgen module and its wasm (www/pkg/ as built)
//   index.js, node.js, *.d.ts   the analyzer API for bundlers and browsers, and for Node
//   custom-elements.json, package.json, README.md
//
// Every file a browser fetches has a .br and a .gz beside it. HASH is the start of the
// SHA-256 of the file's content (of the glue and the wasm for the folder), so that a server
// can let browsers keep them for a year; only the loader must be revalidated.
//
// Reads www/ and www/pkg/ (run `make wasm` first); writes only dist/ and target/dist-cache/.

import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WWW = join(ROOT, "www");
const PKG = join(WWW, "pkg");
const OUT = join(ROOT, "dist", "policy-lens");
/** Compressed files by the hash of their content, so that a rebuild does not compress the wasm again. */
const CACHE = join(ROOT, "target", "dist-cache");

/** The loader's public name: pages name it, so it never changes. */
const LOADER = "policy-lens-embed.js";

/** The first 10 hex digits of the SHA-256 of `parts`. */
function hashOf(...parts) {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex").slice(0, 10);
}

/** `name` with `-HASH` before its extension. */
function hashed(name, content) {
  const dot = name.lastIndexOf(".");
  return `${name.slice(0, dot)}-${hashOf(content)}${name.slice(dot)}`;
}

/** Files the browser fetches, which get a .br and a .gz. */
const served = [];

function write(name, content, { serve = true } = {}) {
  const path = join(OUT, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  if (serve) served.push(name);
  return name;
}

/** Writes `name.br` (quality 11) and `name.gz` (level 9) beside `name`, from the cache when it has them. */
function precompress(name) {
  const content = readFileSync(join(OUT, name));
  const key = hashOf(content);
  mkdirSync(CACHE, { recursive: true });
  for (const [ext, squeeze] of [
    [".br", (b) => brotliCompressSync(b, { params: {
      [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
      [constants.BROTLI_PARAM_MODE]: name.endsWith(".wasm") ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    } })],
    [".gz", (b) => gzipSync(b, { level: 9 })],
  ]) {
    const cached = join(CACHE, key + ext);
    if (!existsSync(cached)) writeFileSync(cached, squeeze(content));
    copyFileSync(cached, join(OUT, name + ext));
  }
}

/** An esbuild plugin that resolves `specifier` to `path`, left as an import of the output. */
const externalAs = (specifier, path) => ({
  name: `external ${specifier}`,
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${specifier.replace(/[.]/g, "\\.")}$`) }, () => ({ path, external: true }));
  },
});

/** An esbuild plugin that gives www/embed/assets.js the contents `source` instead. */
const assetsAs = (source) => ({
  name: "assets of the build",
  setup(b) {
    b.onResolve({ filter: /^\.\/assets\.js$/ }, () => ({ path: "assets.js", namespace: "dist-assets" }));
    b.onLoad({ filter: /.*/, namespace: "dist-assets" }, () => ({ contents: source, loader: "js" }));
  },
});

async function bundle(entry, plugins) {
  const result = await build({
    entryPoints: [join(WWW, "embed", entry)], bundle: true, format: "esm", target: "es2022",
    minify: true, legalComments: "none", write: false, plugins,
  });
  return result.outputFiles[0].contents;
}

/** The element's declarations: tsc's from the loader's JSDoc, with its tag and events made known. */
function elementTypes() {
  const temp = join(ROOT, "target", "dist-types");
  rmSync(temp, { recursive: true, force: true });
  execFileSync(join(ROOT, "node_modules", ".bin", "tsc"), [
    "--ignoreConfig", "--allowJs", "--declaration", "--emitDeclarationOnly", "--noCheck", "--skipLibCheck",
    "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler", "--lib", "es2023,dom,dom.iterable",
    "--outDir", temp, join(WWW, "embed", LOADER),
  ], { stdio: "inherit" });
  const declared = readFileSync(join(temp, "embed", LOADER.replace(/\.js$/, ".d.ts")), "utf8");
  if (!declared.includes('from "../pkg/policy_lens.js"')) throw new Error("the loader's types no longer import the analysis from ../pkg/policy_lens.js");
  return `${declared.replace('from "../pkg/policy_lens.js"', 'from "./index.js"')}
declare global {
    interface HTMLElementTagNameMap { "policy-lens-widget": PolicyLensWidget; }
    interface GlobalEventHandlersEventMap {
        "policy-lens-analysed": CustomEvent<{ analysis: Analysis; text: string }>;
        "policy-lens-close": CustomEvent<null>;
    }
}
`;
}

function packageJson(version, files) {
  return `${JSON.stringify({
    name: "policy-lens",
    version,
    description: "Policy Lens (政策透镜): highlights directives, responsible actors, measures and targets in Chinese policy text, in the browser, with a summary. Nothing is sent anywhere.",
    license: "MIT",
    type: "module",
    exports: {
      ".": { types: "./index.d.ts", node: "./node.js", default: "./index.js" },
      "./element": { types: "./policy-lens-embed.d.ts", default: `./${LOADER}` },
      "./custom-elements.json": "./custom-elements.json",
      "./package.json": "./package.json",
    },
    types: "./index.d.ts",
    customElements: "custom-elements.json",
    sideEffects: [`./${LOADER}`],
    files,
  }, null, 2)}\n`;
}

function readme(files, sizes) {
  const rows = files.map((f) => `| \`${f}\` | ${sizes[f].raw.toLocaleString("en")} | ${sizes[f].br.toLocaleString("en")} | ${sizes[f].gz.toLocaleString("en")} |`);
  return `# Policy Lens — the embeddable widget

Copy this folder to your site as \`/policy-lens/\` and add, beside your article:

\`\`\`html
<script type="module" src="/policy-lens/${LOADER}"></script>
<policy-lens-widget for="article-body"></policy-lens-widget>
<!-- … -->
<article id="article-body">…</article>
\`\`\`

Before a reader points at the button only \`${LOADER}\` is fetched. Everything runs in the
reader's browser; the only requests are for the files of this folder.

## Content-Security-Policy

The widget works under this policy, Trusted Types included (no inline script or style, no
\`eval\`; the wasm needs \`'wasm-unsafe-eval'\`):

    default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'

What it needs of any policy: \`script-src 'self' 'wasm-unsafe-eval'\` and \`connect-src 'self'\`
(the stylesheets and the wasm are fetched).

## Serving

- Send the \`.br\` (or \`.gz\`) file where the browser accepts it, with \`Content-Encoding\`
  and \`Vary: Accept-Encoding\`; \`.wasm\` as \`application/wasm\`. With nginx:
  \`brotli_static on; gzip_static on;\` (brotli_static needs the ngx_brotli module).
- Names with a hash never change content: \`Cache-Control: public, max-age=31536000, immutable\`.
  \`${LOADER}\`: \`Cache-Control: no-cache\`, so that a new build reaches readers at once.
- Do not forbid caching (\`no-store\`): the wasm is fetched ahead on hover, and taken from
  the browser's cache on the press.

## Files (bytes)

| file | raw | brotli | gzip |
| --- | ---: | ---: | ---: |
${rows.join("\n")}

## As an npm package

\`npm install policy-lens\` (or the packed tarball): \`import "policy-lens/element"\` defines
the element; \`import init, { Analyzer } from "policy-lens"\` is the analyzer API
(\`await init(); new Analyzer().analyze(text, {})\`, in the browser and in Node). Types are in
\`index.d.ts\` and \`${LOADER.replace(/\.js$/, ".d.ts")}\`, the element's manifest in
\`custom-elements.json\`.
`;
}

async function main() {
  for (const f of ["policy_lens.js", "policy_lens_bg.wasm", "policy_lens.d.ts", "vocabulary.js"]) {
    if (!existsSync(join(PKG, f))) throw new Error(`www/pkg/${f} is missing: run \`make wasm\` first`);
  }
  rmSync(join(ROOT, "dist"), { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const glue = readFileSync(join(PKG, "policy_lens.js"));
  const wasm = readFileSync(join(PKG, "policy_lens_bg.wasm"));
  const analyzer = `analyzer-${hashOf(glue, wasm)}`;
  write(`${analyzer}/policy_lens.js`, glue);
  write(`${analyzer}/policy_lens_bg.wasm`, wasm);
  write(`${analyzer}/policy_lens.d.ts`, readFileSync(join(PKG, "policy_lens.d.ts")), { serve: false });

  const summaryCss = readFileSync(join(WWW, "summary.css"));
  const widgetCss = readFileSync(join(WWW, "embed", "widget.css"));
  const sheets = [write(hashed("summary.css", summaryCss), summaryCss), write(hashed("widget.css", widgetCss), widgetCss)];

  const assets = `export const ANALYZER_FOLDER = new URL("./${analyzer}/", import.meta.url);
export const STYLESHEETS = [${sheets.map((s) => `new URL("./${s}", import.meta.url)`).join(", ")}];
export const WASM_BYTES = ${wasm.length};
`;
  const widget = await bundle("widget.js", [assetsAs(assets)]);
  const widgetName = write(hashed("widget.js", widget), widget);
  write(LOADER, await bundle(LOADER, [externalAs("./widget.js", `./${widgetName}`)]));

  write("index.js", `export * from "./${analyzer}/policy_lens.js";\nexport { default } from "./${analyzer}/policy_lens.js";\n`, { serve: false });
  write("index.d.ts", `export * from "./${analyzer}/policy_lens.js";\nexport { default } from "./${analyzer}/policy_lens.js";\n`, { serve: false });
  write("node.js", `// The analyzer API in Node, whose fetch cannot read file: URLs: init() reads the wasm from this package.
import { readFile } from "node:fs/promises";
import init from "./${analyzer}/policy_lens.js";
export * from "./${analyzer}/policy_lens.js";
/** Initialises the wasm module: from this package's file unless \`input\` names another source. */
export default async function initInNode(input) {
  return init(input ?? { module_or_path: await readFile(new URL("./${analyzer}/policy_lens_bg.wasm", import.meta.url)) });
}
`, { serve: false });
  write(LOADER.replace(/\.js$/, ".d.ts"), elementTypes(), { serve: false });
  copyFileSync(join(ROOT, "custom-elements.json"), join(OUT, "custom-elements.json"));

  for (const name of served) precompress(name);
  const sizes = Object.fromEntries(served.map((f) => [f, {
    raw: readFileSync(join(OUT, f)).length, br: readFileSync(join(OUT, `${f}.br`)).length, gz: readFileSync(join(OUT, `${f}.gz`)).length,
  }]));
  writeFileSync(join(OUT, "README.md"), readme(served, sizes));
  const version = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version = "(.+)"/m)[1];
  writeFileSync(join(OUT, "package.json"), packageJson(version, [
    LOADER, "widget-*.js", "*.css", "analyzer-*/**", "index.js", "node.js", "*.d.ts", "*.br", "*.gz", "custom-elements.json", "README.md",
  ]));

  for (const f of served) console.log(`${relative(ROOT, join(OUT, f))}: ${sizes[f].raw} bytes, ${sizes[f].br} brotli, ${sizes[f].gz} gzip`);
}

await main();
