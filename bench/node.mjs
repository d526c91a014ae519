// The Node side of the bench: each subject of bench/measure.js in fresh processes
// (bench/node-one.mjs), `runs` rounds, the subjects' order rotating from round to round.

import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SUBJECTS } from "./measure.js";
import { rotated } from "./stats.js";
import { FILES, INPUT } from "./texts.mjs";

const ONE = fileURLToPath(new URL("node-one.mjs", import.meta.url));

/**
 * Each subject's figures from `runs` fresh processes: `{ analyze: [figures…], … }`.
 * @param {string} root the project's root
 * @param {number} runs
 */
export function nodeRuns(root, runs) {
  const [devFile, bigFile] = [FILES.dev, FILES.big].map((f) => join(root, INPUT, f));
  const names = Object.keys(SUBJECTS);
  const figures = Object.fromEntries(names.map((s) => [s, []]));
  for (let i = 0; i < runs; i++) {
    for (const subject of rotated(names, i)) {
      const out = execFileSync(process.execPath, [ONE, subject, devFile, bigFile], { encoding: "utf8" });
      figures[subject].push(JSON.parse(out));
    }
  }
  return figures;
}
