// The native side of the bench: criterion's benchmarks of benches/analyze.rs, each in its
// own process, `runs` rounds, Policy Lens and jieba-rs alternating which goes first. Each
// process's figure is criterion's median time per iteration (one pass over the dev corpus,
// or one analysis of the 1 MB text).

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rotated } from "./stats.js";

/** The corpora (criterion's groups) and the subjects (its functions) of benches/analyze.rs. */
const NATIVE = { corpora: ["dev", "unlabeled_1MB"], subjects: ["analyze", "cut"] };

/** Builds the bench (release profile) and returns its executable. */
function build(root) {
  const out = execFileSync("cargo", ["bench", "--bench", "analyze", "--no-run", "--message-format=json"], {
    cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26,
  });
  const artifact = out.split("\n").filter(Boolean).map((l) => JSON.parse(l))
    .find((m) => m.reason === "compiler-artifact" && m.target.kind.includes("bench") && m.target.name === "analyze");
  if (!artifact?.executable) throw new Error("cargo built no executable for benches/analyze.rs");
  return artifact.executable;
}

/**
 * Nanoseconds per iteration, `{ dev: { analyze: [ns…], cut: [ns…] }, unlabeled_1MB: … }`,
 * one figure per fresh process.
 * @param {string} root the project's root
 * @param {number} runs
 */
export function nativeRuns(root, runs) {
  const exe = build(root);
  const home = join(root, "target", "bench", "criterion");
  const ns = Object.fromEntries(NATIVE.corpora.map((c) => [c, Object.fromEntries(NATIVE.subjects.map((s) => [s, []]))]));
  for (let i = 0; i < runs; i++) {
    for (const corpus of NATIVE.corpora) {
      for (const subject of rotated(NATIVE.subjects, i)) {
        const id = `${corpus}/${subject}`;
        // Its progress goes to stderr: kept for the error, should the process fail.
        execFileSync(exe, ["--bench", "--exact", id, "--noplot", "--quiet"], {
          cwd: root, env: { ...process.env, CRITERION_HOME: home }, stdio: ["ignore", "ignore", "pipe"],
        });
        const estimates = JSON.parse(readFileSync(join(home, corpus, subject, "new", "estimates.json"), "utf8"));
        ns[corpus][subject].push(estimates.median.point_estimate);
      }
    }
  }
  return ns;
}
