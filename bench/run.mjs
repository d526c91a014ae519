// `make bench`: Policy Lens beside jieba-rs (native) and jieba-wasm (Node, headless
// Chromium) in one run — start-up cold, analysis warm, the page and the widget cold and
// warm, and sizes — as medians and ranges over BENCH_RUNS fresh runs (default 5;
// BENCH_RUNS=1 checks the script quickly). Prints the table and writes it to
// target/bench.md with the machine it ran on. It reports; it never fails on a figure.

import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { ROOT, start } from "../tests/e2e/harness.mjs";
import { browserRuns } from "./browser.mjs";
import { nativeRuns } from "./native.mjs";
import { nodeRuns } from "./node.mjs";
import { report } from "./report.mjs";
import { serve } from "./server.mjs";
import { sizes } from "./sizes.mjs";
import { INPUT, writeTexts } from "./texts.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
if (!(Number.isInteger(RUNS) && RUNS >= 1)) throw new Error(`BENCH_RUNS must be a whole number from 1, not ${process.env.BENCH_RUNS}`);
/** What the bench server compresses at start: every file the measured pages load. */
const SERVED = ["www", "bench", INPUT, "node_modules/jieba-wasm/pkg/web"];

const say = (what) => console.error(`bench: ${what}`);
const loadAtStart = loadavg()[0];

say("texts");
const texts = writeTexts(ROOT);
say(`native, criterion (${RUNS} run${RUNS > 1 ? "s" : ""})`);
const native = nativeRuns(ROOT, RUNS);
say("Node");
const node = nodeRuns(ROOT, RUNS);
say("the bench server (compressing what it serves)");
const server = await serve(ROOT, SERVED);
// The harness's Chromium, launched as the end-to-end tests launch it; its own (Python)
// server is left unused: every page here comes from the bench server.
const env = await start();
let chromium;
let sized;
let chromiumVersion;
try {
  say("Chromium");
  chromium = await browserRuns(env.browser, server.base, RUNS);
  chromiumVersion = env.browser.version();
  sized = sizes(ROOT, server, chromium.page[0].paths);
} finally {
  await env.close();
  await server.close();
}

const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; `
  + `Chromium ${chromiumVersion}; ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; `
  + `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end.`;
const { version: jieba } = JSON.parse(readFileSync(`${ROOT}node_modules/jieba-wasm/package.json`, "utf8"));
const table = report({ native, node, chromium, sizes: sized, texts, runs: RUNS, jieba, machine });
writeFileSync(`${ROOT}target/bench.md`, table);
console.log(table);
