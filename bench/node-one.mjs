// One fresh Node process's measurements for one subject (run by bench/run.mjs):
//   node bench/node-one.mjs policy-lens|jieba SEED_FILE BIG_FILE
// Prints {startupMs, seedMs, bigMs, memoryBytes} as JSON, time counted from process start.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const [subject, seedFile, bigFile] = process.argv.slice(2);
const seed = readFileSync(seedFile, "utf8");
const big = readFileSync(bigFile, "utf8");
const root = new URL("..", import.meta.url);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

let run;
let memory;
if (subject === "policy-lens") {
  const glue = await import(new URL("www/pkg/policy_lens.js", root));
  const exports = glue.initSync({ module: readFileSync(new URL("www/pkg/policy_lens_bg.wasm", root)) });
  const analyzer = new glue.Analyzer();
  run = (text) => analyzer.analyze(text);
  memory = () => exports.memory.buffer.byteLength;
} else {
  const jieba = createRequire(import.meta.url)("jieba-wasm");
  run = (text) => jieba.cut(text, true);
  memory = () => jieba.__wasm?.memory?.buffer.byteLength ?? null;
}
run(seed);
const startupMs = performance.now();
const warm = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  run(seed);
  warm.push(performance.now() - t);
}
const large = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  run(big);
  large.push(performance.now() - t);
}
console.log(JSON.stringify({ startupMs, seedMs: median(warm), bigMs: median(large), memoryBytes: memory() }));
