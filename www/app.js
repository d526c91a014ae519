// The Policy Lens page: loads the WebAssembly analyzer, analyses the text as the user
// types or pastes, and wires the legend, tooltips, summary and exports.

import init, { Analyzer } from "./pkg/policy_lens.js";
import { applyStrings, language, setLanguage, t } from "./i18n.js";
import { renderSummary } from "./summary.js";
import { attachTooltip } from "./tooltip.js";
import { download, toCsv, toMarkdown } from "./export.js";

const SAVED = "policy-lens:text";
/** Texts longer than this (UTF-16 units) are analysed in a worker, and only their first
 * part is drawn highlighted; the summary and the exports cover all of it. */
const DRAW_LIMIT = 60000;
const DEBOUNCE_MS = 300;

const $ = (id) => document.getElementById(id);
const textarea = $("text");
const view = $("view");
const status = $("status");
let analyzer = null;
let analysis = null;
let timer = 0;

function say(message) {
  status.textContent = message;
}

function applyToggles() {
  for (const box of document.querySelectorAll("[data-toggle]")) {
    view.classList.toggle(`hide-${box.dataset.toggle}`, !box.checked);
  }
}

/** How the summary moves the reader to the annotated text. */
const links = {
  show(kind, index) {
    const node = view.querySelector(`[data-id="${kind[0]}${index}"]`);
    if (!node) return;
    node.scrollIntoView({ behavior: "smooth", block: "center" });
    node.focus({ preventScroll: true });
  },
  focus(row) {
    for (const n of view.querySelectorAll(".pl-focus")) n.classList.remove("pl-focus");
    if (!row) return;
    const ids = [...row.directives.map((d) => `d${d}`), ...row.measures.map((m) => `m${m}`), ...row.mentions.map((a) => `a${a}`)];
    for (const id of ids) view.querySelector(`[data-id="${id}"]`)?.classList.add("pl-focus");
  },
};

/** The prefix of a long text that is drawn: up to DRAW_LIMIT, ending with a line. */
function drawnPrefix(text) {
  if (text.length <= DRAW_LIMIT) return text;
  const cut = text.lastIndexOf("\n", DRAW_LIMIT);
  return text.slice(0, cut > 0 ? cut : DRAW_LIMIT);
}

let worker = null;
let job = 0;

/** Analyses `text` in the worker; resolves with the analysis, or null when cancelled. */
function analyseInWorker(text) {
  worker ??= new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  const id = ++job;
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.id !== id) return;
      if (data.error) reject(new Error(data.error));
      else resolve(data.analysis);
    };
    worker.onerror = (e) => reject(new Error(e.message));
    cancelJob = () => {
      worker.terminate();
      worker = null;
      resolve(null);
    };
    worker.postMessage({ id, text });
  });
}

let cancelJob = () => {};

/** Shows the progress of a long analysis, with its elapsed time and a cancel button. */
function showProgress(chars) {
  const began = performance.now();
  $("progress").hidden = false;
  const tick = () => say(t("working", chars, ((performance.now() - began) / 1000).toFixed(1)));
  tick();
  const timer = setInterval(tick, 200);
  return () => {
    clearInterval(timer);
    $("progress").hidden = true;
  };
}

function finish(full, drawn, began) {
  analysis = full;
  const ms = Math.round(performance.now() - began);
  const c = analysis.summary.counts;
  renderSummary($("summary"), analysis, links);
  say(t("done", c.directives + c.actors + c.measures + c.targets, ms) + (drawn ? ` ${t("partlyDrawn", drawn)}` : ""));
  if (!document.body.dataset.analysed) performance.mark("policy-lens:first-result");
  document.body.dataset.analysed = "true";
}

/** Analyses the text area and redraws the reading view and the summary. */
async function analyse() {
  if (!analyzer) return;
  const text = textarea.value;
  const began = performance.now();
  cancelJob();
  try {
    if (text.length <= DRAW_LIMIT) {
      say(t("analysing"));
      finish(analyzer.render(view, text), 0, began);
      return;
    }
    const done = showProgress(text.length);
    const full = await analyseInWorker(text).finally(done);
    if (full === null || textarea.value !== text) {
      say(t("cancelled"));
      return;
    }
    const prefix = drawnPrefix(text);
    analyzer.render(view, prefix);
    finish(full, prefix.length, began);
  } catch (e) {
    analysis = null;
    say(t("failed", e.message));
  }
}

/** Autosaves the text; a full storage quota is reported until a save succeeds again. */
function save() {
  const warning = $("warning");
  try {
    localStorage.setItem(SAVED, textarea.value);
    warning.hidden = true;
  } catch {
    warning.textContent = t("saveFailed");
    warning.hidden = false;
  }
}

function onInput() {
  save();
  clearTimeout(timer);
  timer = setTimeout(analyse, DEBOUNCE_MS);
}

function exportAs(kind) {
  if (!analysis) return;
  if (kind === "json") download("policy-lens.json", "application/json", JSON.stringify(analysis, null, 1));
  if (kind === "csv") download("policy-lens.csv", "text/csv;charset=utf-8", toCsv(analysis));
  if (kind === "md") download("policy-lens.md", "text/markdown;charset=utf-8", toMarkdown(analysis));
}

async function loadSample() {
  try {
    const saved = localStorage.getItem(SAVED);
    if (saved !== null) return saved;
  } catch { /* storage unavailable: fall back to the sample */ }
  const response = await fetch("pkg/sample.txt");
  return response.ok ? response.text() : "";
}

async function main() {
  applyStrings();
  say(t("loading"));
  $("lang").addEventListener("click", () => {
    setLanguage(language() === "en" ? "zh" : "en");
    if (analysis) renderSummary($("summary"), analysis, links);
  });
  for (const box of document.querySelectorAll("[data-toggle]")) box.addEventListener("change", applyToggles);
  for (const b of document.querySelectorAll("[data-export]")) b.addEventListener("click", () => exportAs(b.dataset.export));
  $("print").addEventListener("click", () => window.print());
  $("analyze").addEventListener("click", analyse);
  $("cancel").addEventListener("click", () => cancelJob());
  textarea.addEventListener("input", onInput);
  attachTooltip(view, $("tip"), () => analysis);

  const [text] = await Promise.all([loadSample(), init()]);
  analyzer = new Analyzer();
  textarea.value = text;
  say(t("ready"));
  analyse();
}

main().catch((e) => say(t("failed", e.message)));
