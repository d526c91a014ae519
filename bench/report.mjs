// The bench's report: a Markdown table, one row per figure, Policy Lens beside jieba where
// both have it, each cell the median and the range (min–max) of the fresh runs; then what
// the figures are of, and the machine.

import { MIB } from "./texts.mjs";
import { spread } from "./stats.js";

/** Three significant digits or so. @param {number} x */
const digits = (x) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (bytes) => (bytes / 1024).toFixed(0);
/** Each unit: how a figure is written, and its suffix. */
const UNITS = {
  ms: [digits, "ms"],
  "MB/s": [digits, "MB/s"],
  MB: [(bytes) => digits(bytes / MIB), "MB"],
  KB: [kb, "KB"],
};

/** The cell of `xs`: the median, then the range when there are several runs. */
function cell(label, xs, unit) {
  if (!xs.length || xs.some((x) => !Number.isFinite(x))) throw new Error(`bench: "${label}" has a run without a figure`);
  const [write, suffix] = UNITS[unit];
  const { median, min, max } = spread(xs);
  return xs.length > 1 ? `${write(median)} ${suffix} (${write(min)}–${write(max)})` : `${write(median)} ${suffix}`;
}

/** A row of Policy Lens's figures `a` beside jieba's `b`, with the ratio of their medians. */
function versus(label, a, b, unit) {
  return [label, cell(label, a, unit), cell(label, b, unit), (spread(a).median / spread(b).median).toFixed(2)];
}

/** A row of Policy Lens alone. */
function alone(label, xs, unit) {
  return [label, cell(label, xs, unit), "", ""];
}

/** Raw / gzip / brotli in KB (or B, for small files). */
const triple = ({ raw, gzip, br }, small = false) =>
  (small ? `${raw} / ${gzip} / ${br} B` : `${kb(raw)} / ${kb(gzip)} / ${kb(br)} KB`);

/** MB/s from milliseconds for `bytes`. */
const speed = (bytes) => (ms) => bytes / MIB / (ms / 1000);

/** The rows measured in a wasm engine, Node or Chromium (bench/measure.js's figures). */
function engineRows(name, runs, texts) {
  const of = (subject, key) => runs[subject].map((r) => r[key]);
  const rows = [
    versus(`${name}: fetch + compile + instantiate`, of("analyze", "loadMs"), of("cut", "loadMs"), "ms"),
    alone(`${name}: dictionary build (\`new Analyzer()\`; jieba's is in its first cut)`, of("analyze", "buildMs"), "ms"),
    versus(`${name}: first result (the sample)`, of("analyze", "firstMs"), of("cut", "firstMs"), "ms"),
    versus(`${name}: start-up to first result`, of("analyze", "startupMs"), of("cut", "startupMs"), "ms"),
  ];
  for (const [corpus, key, expandKey, bytes] of [
    ["dev corpus", "devMs", "devExpandMs", texts.dev.bytes], ["1 MB", "bigMs", "bigExpandMs", texts.big.bytes],
  ]) {
    const rate = speed(bytes);
    const cut = of("cut", key).map(rate);
    rows.push(
      versus(`${name}: ${corpus}, warm, \`analyze\``, of("analyze", key).map(rate), cut, "MB/s"),
      versus(`${name}: ${corpus}, warm, \`analyzeCompact\``, of("analyzeCompact", key).map(rate), cut, "MB/s"),
      versus(`${name}: ${corpus}, warm, \`analyzeCompact\` + \`expand\``,
        runs.analyzeCompact.map((r) => rate(r[key] + r[expandKey])), cut, "MB/s"),
    );
  }
  for (const subject of ["analyze", "analyzeCompact"]) {
    rows.push(versus(`${name}: wasm memory after 1 MB, \`${subject}\``, of(subject, "memoryBytes"), of("cut", "memoryBytes"), "MB"));
  }
  if (runs.cut[0].rssBytes !== undefined) {
    for (const subject of ["analyze", "analyzeCompact"]) {
      rows.push(versus(`${name}: peak RSS, \`${subject}\``, of(subject, "rssBytes"), of("cut", "rssBytes"), "MB"));
    }
  }
  return rows;
}

/** The rows of the page and the widget in Chromium. */
function pageRows(page, widget) {
  const at = (key) => page.map((r) => r[key]);
  return [
    alone("page, cold: navigation to first highlight", at("firstMs"), "ms"),
    alone("page, cold: … HTML received at", at("htmlMs"), "ms"),
    alone("page, cold: … its modules received at (the last .js)", at("modulesMs"), "ms"),
    alone("page, cold: … wasm received at", at("wasmMs"), "ms"),
    alone("page, cold: … wasm's compilation asked for at (by the glue)", at("calledMs"), "ms"),
    alone("page, cold: … wasm compiled and instantiated at", at("instantiatedMs"), "ms"),
    alone("page, cold: … then dictionary, first analysis, drawing", page.map((r) => r.firstMs - r.instantiatedMs), "ms"),
    alone("page, warm: a second analysis of the sample", at("warmMs"), "ms"),
    alone(`widget, cold: press to highlights (${widget[0].chars} characters)`, widget.map((r) => r.pressMs), "ms"),
    alone(`widget, cold: over the wire for the press (${widget[0].files} files, brotli)`, widget.map((r) => r.bytes), "KB"),
    alone("widget, warm: `reanalyse()`", widget.map((r) => r.warmMs), "ms"),
  ];
}

/** The rows of sizes (bench/sizes.mjs). */
function sizeRows(s) {
  const rows = [
    ["wasm raw / gzip / brotli", triple(s.wasm.policyLens), triple(s.wasm.jieba), (s.wasm.policyLens.br / s.wasm.jieba.br).toFixed(2)],
    [`page, all ${s.page.files} files it loads, raw / gzip / brotli`, triple(s.page), "", ""],
    ["embed loader (www/embed/) raw / gzip / brotli", triple(s.loader, true), "", ""],
  ];
  const d = s.dist;
  rows.push(...(d
    ? [["dist/policy-lens/: its loader raw / brotli", `${d.loader.raw} / ${d.loader.br} B`, "", ""],
      [`dist/policy-lens/: the ${d.served} files a browser may fetch, raw / brotli (all ${d.files} files: ${kb(d.bytes)} KB)`,
        `${kb(d.servedRaw)} / ${kb(d.servedBr)} KB`, "", ""]]
    : [["dist/policy-lens/", "not built (`make dist`)", "", ""]]));
  return rows;
}

/**
 * The report, in Markdown.
 * @param {object} r everything measured (`native`, `node`, `chromium`, `sizes`, `texts`), the
 *   number of `runs`, jieba-wasm's version (`jieba`) and the `machine`
 */
export function report({ native, node, chromium, sizes, texts, runs, jieba, machine }) {
  const ms = (nss) => nss.map((ns) => ns / 1e6);
  const rows = [
    versus("native: dev corpus", ms(native.dev.analyze).map(speed(texts.dev.bytes)), ms(native.dev.cut).map(speed(texts.dev.bytes)), "MB/s"),
    versus("native: 1 MB", ms(native.unlabeled_1MB.analyze).map(speed(texts.big.bytes)), ms(native.unlabeled_1MB.cut).map(speed(texts.big.bytes)), "MB/s"),
    ...engineRows("Node", node, texts),
    ...engineRows("Chromium", chromium.subjects, texts),
    ...pageRows(chromium.page, chromium.widget),
    ...sizeRows(sizes),
  ];
  const header = ["", "Policy Lens", "jieba", "Policy Lens ÷ jieba"];
  const table = [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
  return `${table}

Medians (min–max) of ${runs} fresh run${runs > 1 ? "s" : ""} (a process, or a browser context, each), the subjects' order
rotating from run to run; MB = 2^20 bytes. The ratio divides the two medians in the row's unit:
above 1 is faster for MB/s, below 1 faster or smaller for ms and bytes. Policy Lens: the whole
analysis, \`analyze\` returning plain objects, \`analyzeCompact\` typed arrays (\`expand\` in
www/compact.js makes them the plain analysis). jieba: jieba-rs's \`cut\` with Policy Lens's
dictionary natively, jieba-wasm ${jieba}'s \`cut(text, true)\` returning \`string[]\` in Node and
Chromium. The dev corpus: ${texts.dev.texts} texts, ${kb(texts.dev.bytes)} KB, analysed one by one; 1 MB: the first
${texts.big.texts} texts of ../shared/corpus/unlabeled, ${(texts.big.bytes / MIB).toFixed(2)} MB, as one text; the widget's article:
${texts.article}. Warm: after at least 2 s of untimed passes (native: criterion's warm-up).
The page and the widget are served from www/ (unbundled modules), not dist/.

Machine: ${machine}
`;
}
