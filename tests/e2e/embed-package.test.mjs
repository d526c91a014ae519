// Install as one thing (issue 15): `make dist` writes one self-contained folder with a .br
// and a .gz beside each served file and content-hashed names behind the stable loader; the
// same folder packs as an npm package, which a scratch project installs and uses through
// both entry points: in Node (analyse a text) and in headless Chromium (the element, on a
// page served from the scratch project), type-checked against the package's .d.ts.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { DIST, nativeAnalysis, press } from "./embed-hosts.mjs";
import { ROOT, start, watchedPage } from "./harness.mjs";
import { serve } from "./embed-server.mjs";

const SCRATCH = `${ROOT}/target/npm-scratch`;
const TEXT = "各市县要加快推进城镇老旧小区改造，省财政厅要加大资金支持力度，严禁违背居民意愿强行推进改造。";

/** Every file under `dir`, as paths relative to it. */
function files(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    (e.isDirectory() ? files(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

const sha = (...parts) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex").slice(0, 10);
};

let browserEnv;
before(async () => { browserEnv = await start(); });
after(async () => { await browserEnv?.close(); });

test("dist/policy-lens/: precompressed files, content-hashed names behind the stable loader, a README with the CSP and the snippet", () => {
  const all = files(DIST);
  const served = all.filter((f) => /\.(js|css|wasm)$/.test(f) && !["index.js", "node.js"].includes(f));
  for (const f of served) {
    const raw = readFileSync(`${DIST}/${f}`);
    assert.ok(brotliDecompressSync(readFileSync(`${DIST}/${f}.br`)).equals(raw), `${f}.br`);
    assert.ok(gunzipSync(readFileSync(`${DIST}/${f}.gz`)).equals(raw), `${f}.gz`);
  }
  const loader = readFileSync(`${DIST}/policy-lens-embed.js`, "utf8");
  const widget = loader.match(/\.\/(widget-([0-9a-f]{10})\.js)/);
  assert.ok(widget, "the loader names the hashed widget");
  const widgetCode = readFileSync(`${DIST}/${widget[1]}`);
  assert.equal(widget[2], sha(widgetCode), "the widget's name is its content's hash");
  for (const [, name, hash] of widgetCode.toString().matchAll(/\.\/((?:summary|widget)-([0-9a-f]{10})\.css)/g)) {
    assert.equal(hash, sha(readFileSync(`${DIST}/${name}`)), `${name}: named by its hash`);
  }
  const folder = widgetCode.toString().match(/\.\/(analyzer-([0-9a-f]{10}))\//);
  assert.ok(folder, "the widget names the hashed analyzer folder");
  assert.equal(folder[2], sha(readFileSync(`${DIST}/${folder[1]}/policy_lens.js`), readFileSync(`${DIST}/${folder[1]}/policy_lens_bg.wasm`)));
  assert.ok(statSync(`${DIST}/policy-lens-embed.js`).size < 8 * 1024, "the loader is a few kilobytes");
  const readme = readFileSync(`${DIST}/README.md`, "utf8");
  assert.ok(readme.includes(`<script type="module" src="/policy-lens/policy-lens-embed.js"></script>`));
  assert.ok(readme.includes("script-src 'self' 'wasm-unsafe-eval'"));
  for (const f of served) assert.ok(readme.includes(`\`${f}\``), `the README lists ${f}`);
});

test("the npm package: packed, installed in a scratch project, used from Node and from a page, type-checked", async () => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  const packed = JSON.parse(execFileSync("npm", ["pack", DIST, "--json", "--pack-destination", SCRATCH], { encoding: "utf8" }))[0];
  const inTarball = packed.files.map((f) => f.path);
  for (const f of files(DIST)) assert.ok(inTarball.includes(f), `the tarball holds ${f}`);
  writeFileSync(`${SCRATCH}/package.json`, JSON.stringify({ name: "scratch", private: true, type: "module" }));
  execFileSync("npm", ["install", `./${packed.filename}`, "--no-audit", "--no-fund", "--offline"], { cwd: SCRATCH, stdio: "ignore" });

  // Node: the analyzer entry point.
  writeFileSync(`${SCRATCH}/analyse.mjs`, `import init, { Analyzer } from "policy-lens";
await init();
process.stdout.write(JSON.stringify(new Analyzer().analyze(process.argv[2], {})));
`);
  const inNode = JSON.parse(execFileSync("node", ["analyse.mjs", TEXT], { cwd: SCRATCH, encoding: "utf8" }));
  assert.deepEqual(inNode, nativeAnalysis(TEXT), "Node: the package analyses as the native core");

  // TypeScript: both entry points' declarations.
  writeFileSync(`${SCRATCH}/check.ts`, `import init, { Analyzer, type Analysis } from "policy-lens";
import { PolicyLensWidget } from "policy-lens/element";
await init();
const analysis: Analysis = new Analyzer().analyze("各地要加强监管。", { kinds: ["directive"] });
const widget = document.querySelector("policy-lens-widget");
if (widget) {
  const typed: PolicyLensWidget = widget;
  typed.kinds = ["actor"];
  typed.addEventListener("policy-lens-analysed", (e) => console.log(e.detail.analysis.directives.length, e.detail.text));
  const again: Analysis | null = await typed.reanalyse();
  console.log(analysis.directives.length, again?.length, typed.open);
}
`);
  execFileSync(`${ROOT}/node_modules/.bin/tsc`, ["--ignoreConfig", "--noEmit", "--strict", "--target", "es2022", "--module", "nodenext",
    "--moduleResolution", "nodenext", "--lib", "esnext,dom,dom.iterable", "--types", "", "check.ts"], { cwd: SCRATCH, stdio: "inherit" });

  // Chromium: both entry points on a page served from the scratch project, by bare specifiers.
  writeFileSync(`${SCRATCH}/index.html`, `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>scratch</title>
<script type="importmap">{ "imports": { "policy-lens": "/node_modules/policy-lens/index.js", "policy-lens/element": "/node_modules/policy-lens/policy-lens-embed.js" } }</script>
<script type="module">
import "policy-lens/element";
import init, { Analyzer } from "policy-lens";
window.analyseHere = async (text) => { await init(); return new Analyzer().analyze(text, {}); };
</script></head>
<body><policy-lens-widget for="story"></policy-lens-widget><article id="story"><p>${TEXT}</p></article></body></html>
`);
  const site = await serve([["/", `${SCRATCH}/`]]);
  try {
    const context = await browserEnv.browser.newContext();
    const { page, problems } = await watchedPage(context, site.base);
    await page.goto(site.base);
    await press(page);
    const { widget, direct } = await page.evaluate(async (text) => ({
      widget: document.querySelector("policy-lens-widget").analysis, direct: await window.analyseHere(text),
    }), TEXT);
    assert.deepEqual(widget, nativeAnalysis(TEXT), "the element analyses the page's article");
    assert.deepEqual(direct, widget, "the analyzer entry point works in the page too");
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await site.close();
  }
});
