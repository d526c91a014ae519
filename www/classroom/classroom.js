// The classroom exercise: students mark up a text (D/A/M/T on a selection), then check
// their marks against the teacher's key; teachers make the key from the machine analysis,
// correct it with the same tools, share the exercise as a file or a link, and compare a
// class. Work autosaves in the browser; nothing leaves it.

import { el } from "../dom.js";
import init, { Analyzer } from "../pkg/policy_lens.js";
import { download } from "../export.js";
import { compare, found } from "./compare.js";
import {
  ATTRIBUTES, KINDS, answersFile, exerciseFile, exerciseFragment, exerciseFromFragment,
  normaliseMark, parseAnswers, parseExercise, textHash,
} from "./exercise.js";

const $ = (id) => document.getElementById(id);
const LABEL_KEYS = { d: "directive", a: "actor", m: "measure", t: "target" };
const NAMES = { directive: "指令", actor: "主体", measure: "举措", target: "对象" };
const SAVED_EXERCISE = "policy-lens:classroom:exercise";
const savedAnswers = (hash) => `policy-lens:classroom:answers:${hash}`;

const state = {
  exercise: null, // { text, hash, key, instructions, keyHidden }
  answers: [],
  student: "",
  teacher: false,
  current: null,
  anchor: 0,
  focus: 0,
  undo: [],
  redo: [],
};
let analyzer = null;


function tell(message) {
  $("message").textContent = message;
  $("message").hidden = !message;
}

/** The marks being edited: the key in teacher mode, the answers in student mode. */
function editing() {
  return state.teacher ? state.exercise.key : state.answers;
}

function setEditing(marks) {
  if (state.teacher) state.exercise.key = marks;
  else state.answers = marks;
}

function save() {
  try {
    localStorage.setItem(SAVED_EXERCISE, exerciseFile(state.exercise));
    localStorage.setItem(savedAnswers(state.exercise.hash), answersFile(state.exercise.hash, state.student, state.answers));
  } catch {
    tell("浏览器存储已满，未能自动保存 (storage is full: not autosaved)");
  }
}

/** Records the marks before a change, for undo. */
function remember() {
  state.undo.push(JSON.stringify(editing()));
  state.redo = [];
}

function restore(from, to) {
  if (!from.length) return;
  to.push(JSON.stringify(editing()));
  setEditing(JSON.parse(from.pop()));
  state.current = null;
  changed();
}

function changed() {
  save();
  draw();
}

// --- drawing -------------------------------------------------------------------------

/** The text with the marks being edited, as spans of segments (no HTML from the text). */
function drawSheet() {
  const text = state.exercise.text;
  const marks = editing();
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const current = state.current === null ? null : marks[state.current];
  const parts = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const span = el("span", { "data-start": String(s) }, text.slice(s, e));
    const kinds = marks.filter((m) => m.start <= s && e <= m.end).map((m) => `m-${m.kind}`);
    if (current && current.start <= s && e <= current.end) kinds.push("current");
    if (kinds.length) span.className = kinds.join(" ");
    parts.push(span);
  }
  $("sheet").replaceChildren(...parts);
}

function drawCurrent() {
  const box = $("current");
  const marks = editing();
  const m = state.current === null ? null : marks[state.current];
  if (!m) {
    box.replaceChildren(el("h3", {}, "当前标注 Current mark"), el("p", { class: "hint" }, "选中文字后按 D、A、M、T；点击列表中的标注可修改属性。"));
    return;
  }
  const fields = Object.entries(ATTRIBUTES[m.kind]).map(([attr, values]) => {
    const select = el("select", { id: `attr-${attr}` }, ...values.map((v) => el("option", { value: v }, v)));
    select.value = m[attr];
    select.addEventListener("change", () => {
      remember();
      editing()[state.current] = { ...m, [attr]: select.value };
      changed();
    });
    return el("label", { class: "block" }, `${attr} `, select);
  });
  const kind = el("select", { id: "attr-kind" }, ...KINDS.map((k) => el("option", { value: k }, `${k} ${NAMES[k]}`)));
  kind.value = m.kind;
  kind.addEventListener("change", () => {
    remember();
    editing()[state.current] = normaliseMark({ ...m, kind: kind.value });
    changed();
  });
  box.replaceChildren(el("h3", {}, "当前标注 Current mark"), el("p", {}, `“${state.exercise.text.slice(m.start, m.end)}”`),
    el("label", { class: "block" }, "kind ", kind), ...fields);
}

function drawMarks() {
  const marks = editing();
  const order = marks.map((m, i) => i).sort((a, b) => marks[a].start - marks[b].start || marks[b].end - marks[a].end);
  $("marks").replaceChildren(...order.map((i) => {
    const m = marks[i];
    const b = el("button", { type: "button", class: "link", onclick: () => { state.current = i; draw(); } },
      `${NAMES[m.kind]}：${state.exercise.text.slice(m.start, m.end)}`);
    return el("li", { class: i === state.current ? "current" : "" }, b);
  }));
}

/** The key, listed for students when the teacher chose not to hide it until Check. */
function drawKey() {
  const box = $("key");
  const shown = !state.teacher && (!state.exercise.keyHidden || !$("results").hidden);
  box.hidden = !shown;
  if (!shown) return;
  const text = state.exercise.text;
  const items = [...state.exercise.key].sort((a, b) => a.start - b.start || b.end - a.end).map((m) => {
    const attrs = Object.keys(ATTRIBUTES[m.kind]).map((a) => m[a]).join(" · ");
    return el("li", {}, `${NAMES[m.kind]}：${text.slice(m.start, m.end)}${attrs ? `（${attrs}）` : ""}`);
  });
  box.replaceChildren(el("h3", {}, "答案 Key"), el("ol", { class: "key-list" }, ...items));
}

function draw() {
  document.body.classList.toggle("teacher", state.teacher);
  $("mode-student").setAttribute("aria-selected", String(!state.teacher));
  $("mode-teacher").setAttribute("aria-selected", String(state.teacher));
  $("editing").textContent = state.teacher ? "答案（教师编辑）" : "你的标注";
  $("instructions").textContent = state.exercise.instructions;
  $("instructions-edit").value = state.exercise.instructions;
  $("key-hidden").checked = state.exercise.keyHidden;
  $("student").value = state.student;
  drawSheet();
  drawCurrent();
  drawMarks();
  drawKey();
  setSelection();
}

// --- selection and labelling ---------------------------------------------------------

/** The DOM position of text offset `offset` in the sheet. */
function domPosition(offset) {
  for (const span of $("sheet").children) {
    const start = Number(span.dataset.start);
    const len = span.textContent.length;
    if (offset <= start + len) return [span.firstChild ?? span, offset - start];
  }
  return [$("sheet"), $("sheet").childNodes.length];
}

function textOffset(node, offset) {
  const span = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
  if (!span?.dataset?.start) return null;
  return Number(span.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

function setSelection() {
  if (state.anchor === state.focus) return;
  const [an, ao] = domPosition(state.anchor);
  const [fn, fo] = domPosition(state.focus);
  getSelection().setBaseAndExtent(an, ao, fn, fo);
}

function readSelection() {
  const sel = getSelection();
  if (!sel.rangeCount || !$("sheet").contains(sel.anchorNode)) return;
  const a = textOffset(sel.anchorNode, sel.anchorOffset);
  const f = textOffset(sel.focusNode, sel.focusOffset);
  if (a !== null && f !== null) { state.anchor = a; state.focus = f; }
}

/** Labels the selected stretch (white space at its edges left out) as `kind`. */
function label(kind) {
  readSelection();
  const text = state.exercise.text;
  let s = Math.min(state.anchor, state.focus);
  let e = Math.max(state.anchor, state.focus);
  while (s < e && !text[s].trim()) s++;
  while (e > s && !text[e - 1].trim()) e--;
  if (s === e) { tell("先选中一段文字 (select a stretch first)"); return; }
  tell("");
  remember();
  const marks = [...editing(), normaliseMark({ kind, start: s, end: e })];
  setEditing(marks);
  state.current = marks.length - 1;
  state.anchor = state.focus = e;
  changed();
}

function removeCurrent() {
  if (state.current === null) return;
  remember();
  setEditing(editing().filter((_, i) => i !== state.current));
  state.current = null;
  changed();
}

function onKey(e) {
  if (e.target.closest("input, textarea, select")) return;
  const key = e.key.toLowerCase();
  if ((e.ctrlKey || e.metaKey) && key === "z") { e.preventDefault(); e.shiftKey ? restore(state.redo, state.undo) : restore(state.undo, state.redo); return; }
  if ((e.ctrlKey || e.metaKey) && key === "y") { e.preventDefault(); restore(state.redo, state.undo); return; }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === "?") { $("help").hidden = !$("help").hidden; return; }
  if (e.key === "Escape") { $("help").hidden = true; state.current = null; draw(); return; }
  if (LABEL_KEYS[key]) { e.preventDefault(); label(LABEL_KEYS[key]); return; }
  if (e.key === "Delete" || e.key === "Backspace") { e.preventDefault(); removeCurrent(); return; }
  if (document.activeElement === $("sheet") && (e.key === "ArrowLeft" || e.key === "ArrowRight")) {
    e.preventDefault();
    readSelection();
    const step = e.key === "ArrowRight" ? 1 : -1;
    state.focus = Math.max(0, Math.min(state.exercise.text.length, state.focus + step));
    if (!e.shiftKey) state.anchor = state.focus;
    if (state.anchor === state.focus) getSelection().collapse(...domPosition(state.focus));
    else setSelection();
  }
}

// --- checking, files, the class ------------------------------------------------------

const pct = (x) => (x === null ? "–" : `${Math.round(x * 100)}%`);

function showResults() {
  const { scores, items } = compare(state.exercise.text, state.exercise.key, state.answers);
  const rows = KINDS.map((k) => el("tr", { "data-kind": k }, el("th", {}, NAMES[k]),
    el("td", {}, pct(scores[k].precision)), el("td", {}, pct(scores[k].recall)), el("td", { class: "f1" }, pct(scores[k].f1)), el("td", {}, pct(scores[k].agreement))));
  const table = el("table", { class: "results" }, el("tr", {}, el("th", {}, ""), el("th", {}, "P"), el("th", {}, "R"), el("th", {}, "F1"), el("th", {}, "属性一致")), ...rows);
  const words = { agreed: "一致 agreed", extra: "多标 extra", missed: "漏标 missed" };
  const list = el("ul", { class: "results" }, ...items.map((it) => el("li", { class: it.status, "data-status": it.status },
    `${words[it.status]} · ${NAMES[it.kind]}：${state.exercise.text.slice(it.start, it.end)}${it.reason ? `（${it.reason}）` : ""}`)));
  $("results").replaceChildren(el("h3", {}, "检查结果 Check"), table, list);
  $("results").hidden = false;
  drawKey();
}

async function readFile(input) {
  const file = input.files[0];
  input.value = "";
  return file ? { name: file.name, raw: await file.text() } : null;
}

function machineKey(text) {
  const a = analyzer.analyze(text);
  return [
    ...a.directives.map((d) => ({ kind: "directive", start: d.start, end: d.end, force: d.force })),
    ...a.actors.map((x) => ({ kind: "actor", start: x.start, end: x.end, role: x.role, level: x.level })),
    ...a.measures.map((m) => ({ kind: "measure", start: m.start, end: m.end, instrument: m.instrument })),
    ...a.targets.map((t) => ({ kind: "target", start: t.start, end: t.end })),
  ];
}

function loadExercise(ex) {
  state.exercise = ex;
  state.current = null;
  state.undo = [];
  state.redo = [];
  state.anchor = state.focus = 0;
  state.answers = [];
  state.student = "";
  try {
    const saved = localStorage.getItem(savedAnswers(ex.hash));
    if (saved) {
      const a = parseAnswers(saved, ex.hash, ex.text.length, "the saved answers");
      state.answers = a.marks;
      state.student = a.student;
    }
  } catch { /* a damaged autosave is ignored */ }
  $("results").hidden = true;
  save();
  draw();
}

function classTable(files) {
  const rows = [];
  const problems = [];
  for (const { name, raw } of files) {
    try {
      const a = parseAnswers(raw, state.exercise.hash, state.exercise.text.length, name);
      rows.push({ student: a.student || name, marks: a.marks });
    } catch (e) {
      problems.push(e.message);
    }
  }
  const { text, key } = state.exercise;
  const scoreRows = rows.map((r) => ({ student: r.student, scores: compare(text, key, r.marks).scores }));
  const spans = key.map((k) => ({ k, found: rows.filter((r) => found(text, k, r.marks)).length }))
    .sort((a, b) => a.found - b.found || a.k.start - b.k.start);
  const students = el("table", { class: "class", id: "class-students" },
    el("tr", {}, el("th", {}, "学生"), ...KINDS.map((k) => el("th", {}, `${NAMES[k]} F1`))),
    ...scoreRows.map((r) => el("tr", {}, el("td", {}, r.student), ...KINDS.map((k) => el("td", {}, pct(r.scores[k].f1))))));
  const perSpan = el("table", { class: "class", id: "class-spans" },
    el("tr", {}, el("th", {}, "答案标注"), el("th", {}, `找到 / ${rows.length}`)),
    ...spans.map((s) => el("tr", {}, el("td", {}, `${NAMES[s.k.kind]}：${text.slice(s.k.start, s.k.end)}`), el("td", {}, String(s.found)))));
  const csv = () => {
    const lines = [["student", ...KINDS.map((k) => `${k}_f1`)].join(",")];
    for (const r of scoreRows) lines.push([JSON.stringify(r.student), ...KINDS.map((k) => r.scores[k].f1.toFixed(4))].join(","));
    lines.push("", "kind,start,end,text,found");
    for (const s of spans) lines.push([s.k.kind, s.k.start, s.k.end, JSON.stringify(text.slice(s.k.start, s.k.end)), s.found].join(","));
    download("class.csv", "text/csv;charset=utf-8", lines.join("\n") + "\n");
  };
  $("class-table").replaceChildren(
    ...(problems.length ? [el("p", { class: "problems", role: "alert" }, problems.join("；"))] : []),
    students, perSpan, el("button", { type: "button", id: "class-csv", onclick: csv }, "导出 CSV"));
}

function printWorksheet() {
  const lines = state.exercise.text.split("\n");
  const table = el("table", {}, el("tr", {}, el("th", {}, "类别"), el("th", {}, "原文"), el("th", {}, "属性")),
    ...Array.from({ length: 12 }, () => el("tr", {}, el("td"), el("td"), el("td"))));
  $("worksheet").replaceChildren(el("h2", {}, "练习纸 Worksheet"), el("p", {}, state.exercise.instructions),
    el("ol", {}, ...lines.map((l) => el("li", {}, l))), table);
  document.body.classList.add("printing-worksheet");
  window.print();
  document.body.classList.remove("printing-worksheet");
}

function wire() {
  document.addEventListener("keydown", onKey);
  document.addEventListener("selectionchange", readSelection);
  for (const b of document.querySelectorAll("[data-label]")) b.addEventListener("click", () => label(b.dataset.label));
  $("remove").addEventListener("click", removeCurrent);
  $("undo").addEventListener("click", () => restore(state.undo, state.redo));
  $("redo").addEventListener("click", () => restore(state.redo, state.undo));
  $("help-open").addEventListener("click", () => { $("help").hidden = false; });
  $("help-close").addEventListener("click", () => { $("help").hidden = true; });
  $("mode-student").addEventListener("click", () => { state.teacher = false; state.current = null; state.undo = []; state.redo = []; draw(); });
  $("mode-teacher").addEventListener("click", () => { state.teacher = true; state.current = null; state.undo = []; state.redo = []; draw(); });
  $("student").addEventListener("input", () => { state.student = $("student").value; save(); });
  $("check").addEventListener("click", showResults);
  $("export-answers").addEventListener("click", () => download("answers.json", "application/json", answersFile(state.exercise.hash, state.student, state.answers)));
  $("export-answers-csv").addEventListener("click", () => {
    const lines = ["kind,start,end,text,force,role,level,instrument"];
    for (const m of state.answers) lines.push([m.kind, m.start, m.end, JSON.stringify(state.exercise.text.slice(m.start, m.end)), m.force ?? "", m.role ?? "", m.level ?? "", m.instrument ?? ""].join(","));
    download("answers.csv", "text/csv;charset=utf-8", lines.join("\n") + "\n");
  });
  $("import-answers").addEventListener("change", async (e) => {
    const file = await readFile(e.target);
    if (!file) return;
    try {
      const a = parseAnswers(file.raw, state.exercise.hash, state.exercise.text.length, file.name);
      state.undo.push(JSON.stringify(state.answers));
      state.answers = a.marks;
      state.student = a.student;
      tell("");
      changed();
    } catch (err) {
      tell(`${err.message}。你的标注没有改变 (your marks are kept)`);
    }
  });
  $("machine-key").addEventListener("click", () => { remember(); state.exercise.key = machineKey(state.exercise.text); changed(); });
  $("instructions-edit").addEventListener("input", () => { state.exercise.instructions = $("instructions-edit").value; save(); $("instructions").textContent = state.exercise.instructions; });
  $("key-hidden").addEventListener("change", () => { state.exercise.keyHidden = $("key-hidden").checked; save(); });
  $("export-exercise").addEventListener("click", () => download("exercise.json", "application/json", exerciseFile(state.exercise)));
  $("make-link").addEventListener("click", async () => {
    const link = `${location.origin}${location.pathname}${await exerciseFragment(state.exercise)}`;
    $("link").textContent = link;
  });
  $("import-exercise").addEventListener("change", async (e) => {
    const file = await readFile(e.target);
    if (!file) return;
    try { loadExercise(parseExercise(file.raw, file.name)); tell(""); } catch (err) { tell(`${err.message}。当前练习没有改变 (the current exercise is kept)`); }
  });
  $("import-text").addEventListener("change", async (e) => {
    const file = await readFile(e.target);
    if (!file) return;
    const text = file.raw;
    loadExercise({ text, hash: textHash(text), key: machineKey(text), instructions: "", keyHidden: true });
  });
  $("class-files").addEventListener("change", async (e) => {
    const files = await Promise.all([...e.target.files].map(async (f) => ({ name: f.name, raw: await f.text() })));
    e.target.value = "";
    classTable(files);
  });
  $("print-worksheet").addEventListener("click", printWorksheet);
}

async function startingExercise() {
  try {
    const linked = await exerciseFromFragment(location.hash);
    if (linked) return linked;
  } catch (e) {
    tell(e.message);
  }
  try {
    const saved = localStorage.getItem(SAVED_EXERCISE);
    if (saved) return parseExercise(saved, "the saved exercise");
  } catch { /* fall back to the sample */ }
  const r = await fetch("pkg/sample.txt");
  const text = r.ok ? await r.text() : "各地要加强基础设施建设。";
  return { text, hash: textHash(text), key: machineKey(text), instructions: "找出指令、责任主体、举措和政策对象。", keyHidden: true };
}

async function main() {
  await init();
  analyzer = new Analyzer();
  wire();
  loadExercise(await startingExercise());
  document.body.dataset.ready = "true";
}

main().catch((e) => tell(e.message));
