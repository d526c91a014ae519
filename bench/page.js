// Benchmark steps run inside one fresh browser page (driven by bench/run.mjs): start-up,
// first result, warm analysis of the seed and of 1 MB, and wasm memory, for Policy Lens
// (full analysis, results as JS objects) or for jieba-wasm (plain `cut` to string[]).

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(f) {
  const t = performance.now();
  f();
  return performance.now() - t;
}

const subjects = {
  async "policy-lens"() {
    const glue = await import("../www/pkg/policy_lens.js");
    const exports = await glue.default({ module_or_path: new URL("../www/pkg/policy_lens_bg.wasm", import.meta.url) });
    const compiled = performance.now();
    const analyzer = new glue.Analyzer();
    return { compiled, run: (text) => analyzer.analyze(text), memory: () => exports.memory.buffer.byteLength };
  },
  async jieba() {
    const glue = await import("../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm.js");
    const exports = await glue.default({ module_or_path: new URL("../node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm", import.meta.url) });
    const compiled = performance.now();
    return { compiled, run: (text) => glue.cut(text, true), memory: () => exports.memory.buffer.byteLength };
  },
};

/** Runs the steps for `subject` on `seed` and `big`; returns milliseconds and bytes. */
window.runBenchmark = async (subject, seed, big, seedRuns, bigRuns) => {
  const began = performance.now();
  const s = await subjects[subject]();
  const first = time(() => s.run(seed)); // builds jieba-wasm's dictionary on first use
  const ready = performance.now();
  const warm = [];
  for (let i = 0; i < seedRuns; i++) warm.push(time(() => s.run(seed)));
  const large = [];
  for (let i = 0; i < bigRuns; i++) large.push(time(() => s.run(big)));
  return {
    compileMs: s.compiled - began,
    startupMs: ready - began,
    firstMs: first,
    seedMs: median(warm),
    bigMs: median(large),
    memoryBytes: s.memory(),
  };
};
document.body.dataset.ready = "true";
