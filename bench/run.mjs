// `make bench`: Policy Lens side by side with jieba-rs (native) and jieba-wasm (Node and
// headless Chromium) in one run, medians over several runs, printed as a table and written
// to target/bench.md with the machine it ran on.

import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { ROOT, start } from "../tests/e2e/harness.mjs";

const DEV = `${ROOT}/../shared/corpus/dev`;
const RUNS = 5;
const MB = 1 << 20;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function corpus() {
  const texts = readdirSync(DEV).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(`${DEV}/${f}`, "utf8"));
  const seed = readFileSync(`${DEV}/seed_qinghai_2017.txt`, "utf8");
  let big = "";
  while (Buffer.byteLength(big) < MB) big += texts.join("\n") + "\n";
  mkdirSync(`${ROOT}/target/bench`, { recursive: true });
  writeFileSync(`${ROOT}/target/bench/1mb.txt`, big);
  return { seed, big };
}

/** Criterion's bencher-format lines: name → ns per iteration. */
function native() {
  const out = execFileSync("cargo", ["bench", "--bench", "analyze", "--", "--output-format", "bencher"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const ns = {};
  for (const m of out.matchAll(/^test (\S+) \.\.\. bench:\s+([\d,]+) ns\/iter/gm)) ns[m[1]] = Number(m[2].replaceAll(",", ""));
  return ns;
}

function nodeRuns(subject) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync("node", [`${ROOT}/bench/node-one.mjs`, subject, `${DEV}/seed_qinghai_2017.txt`, `${ROOT}/target/bench/1mb.txt`], { encoding: "utf8" });
    runs.push(JSON.parse(out));
  }
  return summarise(runs);
}

function summarise(runs) {
  const keys = Object.keys(runs[0]);
  return Object.fromEntries(keys.map((k) => [k, k === "memoryBytes" ? Math.max(...runs.map((r) => r[k])) : median(runs.map((r) => r[k]))]));
}

async function browserRuns(env, subject, seed, big) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.base}bench/page.html`);
    await page.waitForSelector("body[data-ready]");
    runs.push(await page.evaluate(([s, a, b]) => window.runBenchmark(s, a, b, 20, 3), [subject, seed, big]));
    await context.close();
  }
  return summarise(runs);
}

/** Navigation to the first highlighted result in the real page, and the seed in it. */
async function pageRuns(env) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.base}www/`);
    await page.waitForSelector("body[data-analysed]");
    runs.push(await page.evaluate(() => ({
      firstResultMs: performance.getEntriesByName("policy-lens:first-result")[0].startTime,
    })));
    await context.close();
  }
  return summarise(runs);
}

function sizes(files) {
  let raw = 0, gz = 0, br = 0;
  for (const f of files) {
    const data = readFileSync(f);
    raw += data.length;
    gz += gzipSync(data, { level: 9 }).length;
    br += brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gz, br };
}

const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
const mbs = (ms) => `${(1000 / ms).toFixed(1)} MB/s`;
const ms = (x) => `${x.toFixed(1)} ms`;

const { seed, big } = corpus();
const bigMb = Buffer.byteLength(big) / MB;
console.error("bench: native (criterion)…");
const nat = native();
console.error("bench: Node…");
const nodePl = nodeRuns("policy-lens");
const nodeJw = nodeRuns("jieba");
console.error("bench: headless Chromium…");
const env = await start();
const version = env.browser.version();
const brPl = await browserRuns(env, "policy-lens", seed, big);
const brJw = await browserRuns(env, "jieba", seed, big);
const pg = await pageRuns(env);
await env.close();

const www = `${ROOT}/www`;
const pageFiles = ["index.html", "style.css", "app.js", "i18n.js", "summary.js", "dom.js", "tooltip.js", "export.js", "pkg/policy_lens.js", "pkg/policy_lens_bg.wasm", "pkg/sample.txt"].map((f) => `${www}/${f}`);
const pageSize = sizes(pageFiles);
const wasmSize = sizes([`${www}/pkg/policy_lens_bg.wasm`]);
const jwSize = sizes([`${ROOT}/node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm`]);
const loaderSize = sizes([`${www}/embed/policy-lens-embed.js`]);

const perMb = (ns) => (ns / 1e6) / bigMb;
const rows = [
  ["", "Policy Lens (full analysis)", "jieba (plain cut)", "ratio"],
  ["native, seed", `${(nat["seed/analyze"] / 1e3).toFixed(0)} µs`, `${(nat["seed/jieba_cut"] / 1e3).toFixed(0)} µs`, (nat["seed/analyze"] / nat["seed/jieba_cut"]).toFixed(1)],
  ["native, 1 MB", mbs(perMb(nat["1MB/analyze"])), mbs(perMb(nat["1MB/jieba_cut"])), (nat["1MB/analyze"] / nat["1MB/jieba_cut"]).toFixed(1)],
  ["Node: start-up to first result", ms(nodePl.startupMs), ms(nodeJw.startupMs), (nodePl.startupMs / nodeJw.startupMs).toFixed(2)],
  ["Node: seed, warm", ms(nodePl.seedMs), ms(nodeJw.seedMs), (nodePl.seedMs / nodeJw.seedMs).toFixed(2)],
  ["Node: 1 MB", `${ms(nodePl.bigMs)} (${mbs(nodePl.bigMs / bigMb)})`, `${ms(nodeJw.bigMs)} (${mbs(nodeJw.bigMs / bigMb)})`, (nodePl.bigMs / nodeJw.bigMs).toFixed(2)],
  ["Node: wasm memory after 1 MB", kb(nodePl.memoryBytes), kb(nodeJw.memoryBytes), (nodePl.memoryBytes / nodeJw.memoryBytes).toFixed(2)],
  ["Chromium: fetch + compile", ms(brPl.compileMs), ms(brJw.compileMs), (brPl.compileMs / brJw.compileMs).toFixed(2)],
  ["Chromium: start-up to first result", ms(brPl.startupMs), ms(brJw.startupMs), (brPl.startupMs / brJw.startupMs).toFixed(2)],
  ["Chromium: seed, warm", ms(brPl.seedMs), ms(brJw.seedMs), (brPl.seedMs / brJw.seedMs).toFixed(2)],
  ["Chromium: 1 MB", `${ms(brPl.bigMs)} (${mbs(brPl.bigMs / bigMb)})`, `${ms(brJw.bigMs)} (${mbs(brJw.bigMs / bigMb)})`, (brPl.bigMs / brJw.bigMs).toFixed(2)],
  ["Chromium: wasm memory after 1 MB", kb(brPl.memoryBytes), kb(brJw.memoryBytes), (brPl.memoryBytes / brJw.memoryBytes).toFixed(2)],
  ["wasm raw / gzip / brotli", `${kb(wasmSize.raw)} / ${kb(wasmSize.gz)} / ${kb(wasmSize.br)}`, `${kb(jwSize.raw)} / ${kb(jwSize.gz)} / ${kb(jwSize.br)}`, (wasmSize.br / jwSize.br).toFixed(2)],
  ["page transfer raw / gzip / brotli", `${kb(pageSize.raw)} / ${kb(pageSize.gz)} / ${kb(pageSize.br)}`, "", ""],
  ["embed loader raw / brotli", `${loaderSize.raw} B / ${loaderSize.br} B`, "", ""],
  ["page: navigation to first highlight", ms(pg.firstResultMs), "", ""],
];
const machine = `${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${version}; 1 MB = ${bigMb.toFixed(2)} MiB of the dev corpus repeated; medians of ${RUNS} fresh runs (20 warm seed runs and 3 1-MB runs inside each)`;
const table = [
  `| ${rows[0].join(" | ")} |`,
  `| ${rows[0].map(() => "---").join(" | ")} |`,
  ...rows.slice(1).map((r) => `| ${r.join(" | ")} |`),
].join("\n");
const report = `${table}\n\nMachine: ${machine}\n`;
writeFileSync(`${ROOT}/target/bench.md`, report);
console.log(report);
