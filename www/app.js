// @ts-check
// The Policy Lens page: analyses the text as the reader types or pastes (short texts here,
// longer ones in a worker), draws the highlights and the summary, and wires the legend,
// tooltips, navigation, exports and the language switch.

import { loadAnalyzer } from "./analyzer.js";
import { BackgroundAnalysis } from "./background.js";
import { applyStrings, savedLanguage, saveLanguage, strings } from "./i18n.js";
import { renderSummary } from "./summary.js";
import { attachTooltip } from "./tooltip.js";
import { analysisCsv, analysisMarkdown } from "./export.js";
import { toWebAnnotations } from "./web-annotation.js";
import { download, fileName } from "./download.js";
import { drawablePart, marksOf, rowDirectives, rowMeasures, spansOf, titleOf } from "./analysis.js";
import { el } from "./dom.js";
import { FIELDS, KINDS } from "./pkg/vocabulary.js";
import { readSavedText, SAVED_TEXT } from "./saved-text.js";

/** @typedef {import("./pkg/policy_lens.js").Analysis} Analysis */
/** @typedef {import("./pkg/policy_lens.js").Analyzer} Analyzer */
/** @typedef {import("./i18n.js").Key} Key */

/** Texts longer than this (UTF-16 units) are analysed in the worker, never on the page. */
const MAIN_THREAD_LIMIT = 4000;
/** Of a longer text, at most this much is drawn highlighted; the summary covers it all. */
const DRAW_LIMIT = 60000;
const DEBOUNCE_MS = 300;

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const textarea = /** @type {HTMLTextAreaElement} */ ($("text"));
const view = $("view");
const rulesBox = /** @type {HTMLDetailsElement} */ ($("rule-ids"));
const background = new BackgroundAnalysis(new URL("./worker.js", import.meta.url));

let str = strings(savedLanguage());
/** @type {Analyzer | null} */
let analyzer = null;
/** The analysis on screen, the text it is of, and how much of that text is drawn. */
let shown = /** @type {{ text: string, analysis: Analysis, drawn: number } | null} */ (null);
/** The status line as a key and its arguments, so that it follows a language switch. */
let status = /** @type {[Key, ...any[]]} */ (["loading"]);
let run = 0;
let timer = 0;

/** @param {Key} key @param {...any} args */
function say(key, ...args) {
  status = [key, ...args];
  $("status").textContent = str.t(key, ...args);
}

/** The legend: one toggle per layer, and a swatch for each style the layer draws. */
function drawLegend() {
  const swatches = {
    directive: FIELDS.directive.force.map((v) => el("span", { class: "swatch pl-directive", "data-force": v }, str.value("force", v))),
    actor: [el("span", { class: "swatch pl-actor", "data-role": "responsible" }, str.value("role", "responsible")),
      el("span", { class: "swatch pl-actor", "data-role": "issuer" }, str.value("role", "issuer"))],
    measure: FIELDS.measure.instrument.map((v) => el("span", { class: "swatch pl-measure", "data-instrument": v }, str.value("instrument", v))),
    target: [el("span", { class: "swatch pl-target" }, str.kind("target"))],
  };
  const checked = (/** @type {string} */ k) => !view.classList.contains(`hide-${k}`);
  $("legend").replaceChildren(el("legend", { class: "sr-only" }, str.t("legend")), ...KINDS.map((k) => {
    const box = /** @type {HTMLInputElement} */ (el("input", { type: "checkbox", "data-toggle": k, onchange: () => view.classList.toggle(`hide-${k}`, !box.checked) }));
    box.checked = checked(k);
    return el("div", { class: `key key-${k}` }, el("label", {}, box, str.kind(k)),
      el("span", { class: "swatches", "aria-hidden": "true" }, .../** @type {Record<string, Node[]>} */ (swatches)[k]));
  }));
}

/** The rules of the analysis on screen with their descriptions and counts, for researchers. */
function drawRules() {
  if (!rulesBox.open) {
    rulesBox.replaceChildren(el("summary", {}, str.t("ruleIds")));
    return;
  }
  const counts = new Map();
  for (const m of shown ? marksOf(shown.analysis) : []) counts.set(m.rule, (counts.get(m.rule) ?? 0) + 1);
  const list = el("dl", { class: "rules" }, ...[...counts].sort((a, b) => b[1] - a[1]).flatMap(([rule, n]) =>
    [el("dt", {}, el("code", {}, rule), ` ×${n}`), el("dd", {}, str.rule(rule))]));
  rulesBox.replaceChildren(el("summary", {}, str.t("ruleIds")), el("p", { class: "hint" }, str.t("ruleIdsHint")), list);
}

/**
 * Brings `target` (an element, or a range of the view's text) into view inside the view's
 * own scroll box and the window.
 * @param {Element | Range} target
 */
function reveal(target) {
  const box = target.getBoundingClientRect();
  const frame = view.getBoundingClientRect();
  view.scrollTop += box.top - frame.top - view.clientHeight / 3;
  const after = target.getBoundingClientRect();
  if (after.top < 0 || after.bottom > innerHeight) scrollBy({ top: after.top - innerHeight / 3 });
}

/** The range of the view's text from `start` to `end` (UTF-16 offsets), if drawn. @param {number} start @param {number} end */
function rangeOf(start, end) {
  const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = /** @type {Text} */ (node).data.length;
    if (!started && start < at + len) { range.setStart(node, start - at); started = true; }
    if (started && end <= at + len) { range.setEnd(node, end - at); return range; }
    at += len;
  }
  return null;
}

/** Marks `nodes` as the focus of the reader's navigation. @param {Iterable<Element>} nodes */
function setFocus(nodes) {
  for (const n of view.querySelectorAll(".pl-focus")) n.classList.remove("pl-focus");
  for (const n of nodes) n.classList.add("pl-focus");
}

/** @type {import("./summary.js").SummaryLinks} */
const links = {
  show(kind, index) {
    const node = view.querySelector(`[data-id="${kind[0]}${index}"]`);
    const span = shown && spansOf(shown.analysis, kind)[index];
    if (!node) {
      if (shown && span) say("outsideDrawn", span.text.slice(0, 30), shown.drawn);
      return;
    }
    reveal(node);
    /** @type {HTMLElement} */ (node).focus({ preventScroll: true });
  },
  focus(row) {
    if (!row) { setFocus([]); return; }
    const analysis = shown?.analysis;
    if (!analysis) return;
    const ids = [...rowDirectives(analysis, row).map((d) => `d${d}`), ...rowMeasures(analysis, row).map((m) => `m${m}`),
      ...row.mentions.map((a) => `a${a}`)];
    setFocus(ids.flatMap((id) => [...view.querySelectorAll(`[data-id="${id}"]`)]));
  },
  showText(start, end, label) {
    const range = shown && end <= shown.drawn ? rangeOf(start, end) : null;
    if (!range || !shown) {
      say("outsideDrawn", label, shown?.drawn ?? 0);
      return;
    }
    reveal(range);
    view.focus({ preventScroll: true });
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    say("jumped", label);
  },
};

/** The prefix of a long text that is drawn: up to DRAW_LIMIT, ending with a line. @param {string} text */
function drawnPrefix(text) {
  if (text.length <= DRAW_LIMIT) return text;
  const cut = text.lastIndexOf("\n", DRAW_LIMIT);
  return text.slice(0, cut > 0 ? cut : DRAW_LIMIT);
}

/** Shows the progress of a long analysis, with its elapsed time and a cancel button. @param {number} chars */
function showProgress(chars) {
  const began = performance.now();
  $("progress").hidden = false;
  const tick = () => say("working", chars, ((performance.now() - began) / 1000).toFixed(1));
  tick();
  const ticking = setInterval(tick, 200);
  return () => {
    clearInterval(ticking);
    $("progress").hidden = true;
  };
}

/** @param {string} text @param {Analysis} analysis @param {number} drawn @param {number} began */
function finish(text, analysis, drawn, began) {
  shown = { text, analysis, drawn };
  renderSummary($("summary"), analysis, links, str);
  drawRules();
  const c = analysis.summary.counts;
  const n = c.directives + c.actors + c.measures + c.targets;
  const ms = Math.round(performance.now() - began);
  if (drawn < text.length) say("donePart", n, ms, drawn);
  else say("done", n, ms);
  if (!document.body.dataset.analysed) performance.mark("policy-lens:first-result");
  document.body.dataset.analysed = "true";
}

/** Clears the view and the summary, for an empty text. */
function showNothing() {
  shown = null;
  view.replaceChildren();
  $("summary").replaceChildren();
  drawRules();
  say("empty");
  document.body.dataset.analysed = "true";
}

/** Analyses the text area and redraws the reading view and the summary. */
async function analyse() {
  if (!analyzer) return;
  const text = textarea.value;
  const began = performance.now();
  const mine = ++run;
  background.cancel();
  try {
    if (!text.trim()) {
      showNothing();
      return;
    }
    if (text.length <= MAIN_THREAD_LIMIT) {
      say("analysing");
      finish(text, analyzer.render(view, text, {}), text.length, began);
      return;
    }
    const done = showProgress(text.length);
    const full = await background.analyse(text).finally(done);
    if (mine !== run) return;
    if (full === null) {
      say("cancelled");
      return;
    }
    // Receiving a large analysis is itself a long task; drawing waits for the next one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (mine !== run) return;
    const prefix = drawnPrefix(text);
    analyzer.draw(view, prefix, drawablePart(full, prefix.length));
    finish(text, full, prefix.length, began);
  } catch (e) {
    if (mine !== run) return;
    const message = e instanceof Error ? e.message : String(e);
    if (text.length > MAIN_THREAD_LIMIT) say("workerDied", message || str.t("workerUnknown"));
    else say("failed", message);
  }
}

/** Autosaves the text; a full storage quota is reported until a save succeeds again. */
function save() {
  const warning = $("warning");
  try {
    localStorage.setItem(SAVED_TEXT, textarea.value);
    warning.hidden = true;
  } catch {
    warning.textContent = str.t("saveFailed");
    warning.hidden = false;
  }
}

function onInput() {
  save();
  clearTimeout(timer);
  timer = setTimeout(analyse, DEBOUNCE_MS);
}

/** @param {string} kind */
function exportAs(kind) {
  if (!shown) return;
  const { text, analysis } = shown;
  const title = titleOf(text);
  if (kind === "json") download(fileName(title, "json"), "application/json", JSON.stringify(analysis, null, 1));
  if (kind === "csv") download(fileName(title, "csv"), "text/csv;charset=utf-8", analysisCsv(text, analysis));
  if (kind === "md") download(fileName(title, "md"), "text/markdown;charset=utf-8", analysisMarkdown(text, analysis, str));
  if (kind === "annotations") {
    const annotations = toWebAnnotations(text, marksOf(analysis), { creator: { type: "Software", name: "Policy Lens" }, str });
    download(fileName(title, "jsonld"), "application/ld+json", JSON.stringify(annotations, null, 1));
  }
}

async function sampleText() {
  const response = await fetch("pkg/sample.txt");
  return response.ok ? response.text() : "";
}

/** The text the reader left here last time, or the sample. */
async function startingText() {
  return readSavedText() ?? sampleText();
}

/** Relabels everything in the current language. */
function relabel() {
  applyStrings(document, str);
  drawLegend();
  drawRules();
  $("status").textContent = str.t(status[0], ...status.slice(1));
  if (shown) renderSummary($("summary"), shown.analysis, links, str);
}

/** @param {string} text */
function replaceText(text) {
  textarea.value = text;
  onInput();
}

async function main() {
  relabel();
  $("lang").addEventListener("click", () => {
    str = strings(str.lang === "en" ? "zh" : "en");
    saveLanguage(str.lang);
    relabel();
  });
  for (const b of document.querySelectorAll("[data-export]")) {
    b.addEventListener("click", () => exportAs(/** @type {HTMLElement} */ (b).dataset.export ?? ""));
  }
  $("print").addEventListener("click", () => print());
  $("analyze").addEventListener("click", analyse);
  $("cancel").addEventListener("click", () => background.cancel());
  $("sample").addEventListener("click", async () => replaceText(await sampleText()));
  $("clear").addEventListener("click", () => { replaceText(""); textarea.focus(); });
  // The classroom reads the saved text: the sample shown at first is saved only here.
  $("to-classroom").addEventListener("click", save);
  textarea.addEventListener("input", onInput);
  rulesBox.addEventListener("toggle", drawRules);
  attachTooltip(view, $("tip"), () => ({ analysis: shown?.analysis ?? null, str, ruleIds: rulesBox.open }));

  // The text is shown as soon as it is read, and highlighted once the analyzer is ready.
  const ready = loadAnalyzer();
  const text = await startingText();
  textarea.value = text;
  if (!shown) view.textContent = text;
  analyzer = await ready;
  say("ready");
  analyse();
}

main().catch((e) => say("failed", e instanceof Error ? e.message : String(e)));
