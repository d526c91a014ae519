// What the bench measures of one subject in one fresh Node process or browser page, the
// same way in both: its start-up to the first result, then warm analysis of the dev corpus
// (text by text) and of 1 MB of the unlabeled corpus (one text), and wasm memory after.
//
// Subjects: Policy Lens's `analyze` (plain objects), its `analyzeCompact` (typed arrays;
// www/compact.js's `expand` is timed apart), and jieba-wasm's bare `cut` (string[]).

import { expand } from "../www/compact.js";
import { median } from "./stats.js";

/** The page's sample (the Makefile's SAMPLE): the first result of every subject. */
export const SEED = "seed_qinghai_2017.txt";

/**
 * Dev-corpus passes before timing, for at least this long: V8 starts the wasm on its
 * baseline compiler and moves hot functions to its optimising one as they run, which takes
 * a second or more on a busy machine. Then the timed passes.
 */
const WARM_UP_MS = 2000;
const DEV_PASSES = 10;
/** 1 MB analyses before timing (the wasm memory grows in the first), then timed. */
const BIG_WARM_UP = 1;
const BIG_RUNS = 3;

/**
 * The wasm-bindgen modules the subjects use, as paths from the project's root: the glue
 * (`--target web` for both, so that both load the same way) and its wasm.
 */
export const MODULES = {
  "policy-lens": { glue: "www/pkg/policy_lens.js", wasm: "www/pkg/policy_lens_bg.wasm" },
  jieba: { glue: "node_modules/jieba-wasm/pkg/web/jieba_rs_wasm.js", wasm: "node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm" },
};

/**
 * @typedef {object} Prepared
 * @property {(text: string) => unknown} run analyses a text
 * @property {((result: any, text: string) => unknown)=} expand turns `run`'s result into
 *   the plain analysis, where it is not that already
 */

/** Each subject: the module it needs, and how it gets ready to analyse (what it builds). */
export const SUBJECTS = {
  analyze: {
    module: "policy-lens",
    /** @returns {Prepared} */
    prepare(glue) {
      const analyzer = new glue.Analyzer();
      return { run: (text) => analyzer.analyze(text) };
    },
  },
  analyzeCompact: {
    module: "policy-lens",
    /** @returns {Prepared} */
    prepare(glue) {
      const analyzer = new glue.Analyzer();
      return { run: (text) => analyzer.analyzeCompact(text), expand };
    },
  },
  cut: {
    module: "jieba",
    /** @returns {Prepared} jieba-wasm builds its dictionary in its first `cut` */
    prepare(glue) {
      return { run: (text) => glue.cut(text, true) };
    },
  },
};

/** Milliseconds that `f` takes. @param {() => unknown} f */
function time(f) {
  const began = performance.now();
  f();
  return performance.now() - began;
}

/**
 * Times one pass over `texts`: analysis, and `expand` apart where the subject has one.
 * @param {Prepared} s
 * @param {string[]} texts
 */
function pass(s, texts) {
  let run = 0;
  let expanded = 0;
  for (const text of texts) {
    let result;
    run += time(() => { result = s.run(text); });
    const { expand: back } = s;
    if (back) expanded += time(() => back(result, text));
  }
  return { run, expanded };
}

/**
 * The medians of `n` timed passes over `texts`, after untimed ones: `warmUp` of them, and
 * more until `warmUpMs` have passed.
 * @param {Prepared} s @param {string[]} texts @param {{ warmUp: number, warmUpMs?: number, n: number }} counts
 */
function warm(s, texts, { warmUp, warmUpMs = 0, n }) {
  const began = performance.now();
  for (let i = 0; i < warmUp || performance.now() - began < warmUpMs; i++) pass(s, texts);
  const passes = Array.from({ length: n }, () => pass(s, texts));
  return { ms: median(passes.map((p) => p.run)), expandMs: median(passes.map((p) => p.expanded)) };
}

/**
 * Measures `subject` from scratch. `load(module)` fetches or reads, compiles and
 * instantiates one of MODULES and resolves to its glue and a reader of its wasm memory's
 * size. Times are milliseconds.
 * @param {keyof SUBJECTS} subject
 * @param {(module: keyof MODULES) => Promise<{ glue: any, memoryBytes: () => number }>} load
 * @param {{ dev: { name: string, text: string }[], big: string }} texts
 */
export async function measure(subject, load, { dev, big }) {
  const seed = dev.find((d) => d.name === SEED)?.text;
  if (seed === undefined) throw new Error(`the dev corpus has no ${SEED}`);
  const began = performance.now();
  const { glue, memoryBytes } = await load(SUBJECTS[subject].module);
  const loaded = performance.now();
  const s = SUBJECTS[subject].prepare(glue);
  const built = performance.now();
  s.run(seed);
  const first = performance.now();
  const devTimes = warm(s, dev.map((d) => d.text), { warmUp: 1, warmUpMs: WARM_UP_MS, n: DEV_PASSES });
  const bigTimes = warm(s, [big], { warmUp: BIG_WARM_UP, n: BIG_RUNS });
  return {
    loadMs: loaded - began,
    buildMs: built - loaded,
    firstMs: first - built,
    startupMs: first - began,
    devMs: devTimes.ms,
    devExpandMs: devTimes.expandMs,
    bigMs: bigTimes.ms,
    bigExpandMs: bigTimes.expandMs,
    memoryBytes: memoryBytes(),
  };
}
