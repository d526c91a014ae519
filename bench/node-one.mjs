// One fresh Node process's measurements of one subject (bench/measure.js), run by
// bench/node.mjs:
//   node bench/node-one.mjs analyze|analyzeCompact|cut DEV_JSON BIG_TEXT
// Prints bench/measure.js's figures and the process's peak RSS (`rssBytes`) as JSON. Each
// module is read from disk and compiled synchronously (`initSync`), as a Node program would.

import { readFileSync } from "node:fs";
import { MODULES, measure } from "./measure.js";

const [subject, devFile, bigFile] = process.argv.slice(2);
const root = new URL("..", import.meta.url);

/** @param {keyof MODULES} module */
async function load(module) {
  const glue = await import(new URL(MODULES[module].glue, root).href);
  const exports = glue.initSync({ module: readFileSync(new URL(MODULES[module].wasm, root)) });
  return { glue, memoryBytes: () => exports.memory.buffer.byteLength };
}

const texts = { dev: JSON.parse(readFileSync(devFile, "utf8")), big: readFileSync(bigFile, "utf8") };
const figures = await measure(subject, load, texts);
console.log(JSON.stringify({ ...figures, rssBytes: process.resourceUsage().maxRSS * 1024 }));
