// @ts-check
// The classroom exercise. Students mark up a text (D/A/M/T on a selection) and check their
// marks against the teacher's key. Teachers make an exercise from pasted text, a text file
// or the reader page, start the key from the machine analysis, correct it with the same
// tools, and share it as a students' file or link (the key travels with it, hidden, not
// secret) and keep their own teacher file, the only way back to editing. Work autosaves
// in the browser; nothing leaves it. This module wires the marks store and the views.

import "./marks-sheet.js";
import "./mark-editor.js";
import "./mark-list.js";
import "./check-results.js";
import "./class-table.js";
import { el } from "../dom.js";
import { loadAnalyzer } from "../analyzer.js";
import { download, fileName } from "../download.js";
import { toCsv } from "../csv.js";
import { marksOf, titleOf } from "../analysis.js";
import { applyStrings, savedLanguage, saveLanguage, strings } from "../i18n.js";
import { readSavedText } from "../saved-text.js";
import { toWebAnnotations } from "../web-annotation.js";
import { KINDS } from "../pkg/vocabulary.js";
import { MarksStore } from "./marks-store.js";
import { markFields, normaliseMark } from "./mark-fields.js";
import { compare } from "./compare.js";
import { printWorksheet } from "./worksheet.js";
import {
  FileProblem, answersFile, decodeTextFile, exerciseFile, exerciseFragment, exerciseFromFragment,
  newExercise, parseAnswers, parseExercise,
} from "./exercise.js";

/** @typedef {import("./exercise.js").Exercise} Exercise */
/** @typedef {import("./mark-fields.js").ClassMark} ClassMark */
/** @typedef {import("./marks-sheet.js").MarksSheet} MarksSheet */
/** @typedef {import("./mark-editor.js").MarkEditor} MarkEditor */
/** @typedef {import("./mark-list.js").MarkList} MarkList */
/** @typedef {import("./check-results.js").CheckResults} CheckResults */
/** @typedef {import("./class-table.js").ClassTable} ClassTable */
/** @typedef {import("../i18n.js").Key} Key */

const SAVED_EXERCISE = "policy-lens:classroom:exercise";
/** The teacher's own exercise, kept aside while a students' exercise is open. */
const SAVED_TEACHER = "policy-lens:classroom:teacher";
/** @param {string} hash */
const savedAnswers = (hash) => `policy-lens:classroom:answers:${hash}`;
/** Links longer than this are over what chat apps and QR codes carry. */
const LINK_LIMIT = 2000;
/** Texts longer than this are better sent as a file than as a link. */
const LINK_TEXT_LIMIT = 1000;

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @param {string} id */
const input = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));
const sheet = /** @type {MarksSheet} */ ($("sheet"));
const editor = /** @type {MarkEditor} */ ($("editor"));
const list = /** @type {MarkList} */ ($("marks"));
const results = /** @type {CheckResults} */ ($("results"));
const classTable = /** @type {ClassTable} */ ($("class-table"));

let str = strings(savedLanguage());
/** @type {Exercise | null} */
let exercise = null;
/** Whether the teacher is editing the key (only for the teacher's own exercise). */
let teaching = false;
let student = "";
/** The key and the answers, each in its store. */
let key = new MarksStore();
let answers = new MarksStore();
/** @type {number | null} */
let current = null;
/** Whether Check has been pressed for the answers on screen. */
let checked = false;
/** The message line's wording, redone on a language switch; null when there is none. */
let message = /** @type {(() => string) | null} */ (null);

/** Shows the message `words` gives, now and after each language switch. @param {() => string} words */
function say(words) {
  message = words;
  $("message").textContent = words();
  $("message").hidden = false;
}

/** @param {Key} k @param {...any} args */
function tell(k, ...args) {
  say(() => str.t(k, ...args));
}

function untell() {
  message = null;
  $("message").hidden = true;
}

/** A file problem in the interface language. @param {FileProblem} e */
function problemText(e) {
  const names = { "policy-lens-exercise": str.t("formatExercise"), "policy-lens-teacher": str.t("formatTeacher"), "policy-lens-answers": str.t("formatAnswers") };
  /** @type {Record<string, any>} */
  const d = { ...e.details };
  for (const f of ["expected", "actual"]) if (d[f] in names) d[f] = /** @type {any} */ (names)[d[f]];
  if (d.field) d.field = str.field(d.field);
  return str.t(/** @type {Key} */ (`problem_${e.code}`), d);
}

/** Shows a file problem, then what was kept; anything else is a bug and thrown on. @param {unknown} e @param {Key} [kept] */
function tellProblem(e, kept) {
  if (!(e instanceof FileProblem)) throw e;
  say(() => problemText(e) + (kept ? ` ${str.t(kept)}` : ""));
}

/** The store being edited: the key for the teacher, the answers for a student. */
const editing = () => (teaching ? key : answers);

function save() {
  if (!exercise) return;
  try {
    localStorage.setItem(SAVED_EXERCISE, exerciseFile({ ...exercise, key: key.toJSON() }, exercise.teacher ? "teacher" : "student"));
    localStorage.setItem(savedAnswers(exercise.hash), answersFile(exercise.hash, student, answers.toJSON()));
  } catch {
    tell("storageFullClass");
  }
}

/** @param {MarksStore} store */
function watch(store) {
  store.addEventListener("change", () => {
    if (current !== null && !store.get(current)) current = null;
    if (store === answers) checked = false;
    if (store === key) Object.assign(classTable, { key: key.toJSON() });
    save();
    draw();
  });
}

/** Redraws every view from the state. */
function draw() {
  const ex = exercise;
  document.body.classList.toggle("teacher", teaching);
  document.body.classList.toggle("no-exercise", !ex);
  $("role").textContent = teaching ? str.t("teacherView") : str.t("studentView");
  const switcher = $("switch-role");
  switcher.hidden = !ex?.teacher;
  switcher.textContent = teaching ? str.t("toStudent") : str.t("toTeacher");
  $("editing").textContent = teaching ? str.t("editingKey") : str.t("editingAnswers");
  for (const b of document.querySelectorAll("[data-label]")) {
    const k = /** @type {HTMLElement} */ (b).dataset.label ?? "";
    b.replaceChildren(el("kbd", {}, k[0].toUpperCase()), ` ${str.kind(k)}`);
  }
  const store = editing();
  const marks = store.marks;
  const result = ex && checked && !teaching ? compare(ex.text, key.toJSON(), answers.toJSON()) : null;
  Object.assign(sheet, { marks, current, results: result?.items ?? null });
  sheet.render();
  Object.assign(editor, { mark: store.get(current) ?? null, text: ex?.text ?? "", str });
  editor.render();
  Object.assign(list, { marks, current, text: ex?.text ?? "", str });
  list.render();
  Object.assign(results, { result, text: ex?.text ?? "", str });
  results.render();
  Object.assign(classTable, { str });
  classTable.render();
  drawKey(result !== null);
  $("instructions").textContent = ex?.instructions ?? "";
  /** @type {HTMLTextAreaElement} */ ($("instructions-edit")).value = ex?.instructions ?? "";
  input("key-hidden").checked = ex?.keyHidden ?? true;
  input("student").value = student;
  /** @type {HTMLButtonElement} */ ($("undo")).disabled = !store.canUndo;
  /** @type {HTMLButtonElement} */ ($("redo")).disabled = !store.canRedo;
  drawTeacherStash();
}

/** The key, listed for students after Check, or before it when the teacher left it open. @param {boolean} afterCheck */
function drawKey(afterCheck) {
  const shown = Boolean(exercise && !teaching && (!exercise.keyHidden || afterCheck));
  $("key").hidden = !shown;
  if (!shown || !exercise) { $("key-list").replaceChildren(); return; }
  const text = exercise.text;
  $("key-list").replaceChildren(...key.marks.map((m) => {
    const attrs = markFields(m.kind).map(([f]) => str.value(f, m[f])).join(" · ");
    return el("li", {}, `${str.t("listItem", str.kind(m.kind), text.slice(m.start, m.end))}${attrs ? str.t("aside", attrs) : ""}`);
  }));
}

function drawTeacherStash() {
  const button = $("back-to-teacher");
  /** @type {Exercise | null} */
  let stashed = null;
  try {
    const raw = localStorage.getItem(SAVED_TEACHER);
    if (raw) stashed = parseExercise(raw, "");
  } catch { /* a damaged stash is left alone */ }
  button.hidden = !stashed || exercise?.teacher === true;
  if (stashed) button.textContent = str.t("myTeacherExercise", titleOf(stashed.text, 20));
}

/**
 * Asks a yes-or-no question in the page's own dialog.
 * @param {string} question
 * @returns {Promise<boolean>}
 */
function ask(question) {
  const dialog = /** @type {HTMLDialogElement} */ ($("ask"));
  $("ask-text").textContent = question;
  dialog.returnValue = "";
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true }));
}

/** Shows `ex`: the teacher's own opens the editing view. @param {Exercise} ex */
function open(ex) {
  let saved = { student: "", marks: /** @type {ClassMark[]} */ ([]) };
  try {
    const raw = localStorage.getItem(savedAnswers(ex.hash));
    if (raw) saved = parseAnswers(raw, ex.hash, ex.text.length, "");
  } catch { /* a damaged autosave is ignored */ }
  exercise = ex;
  key = new MarksStore(ex.key);
  answers = new MarksStore(saved.marks);
  watch(key);
  watch(answers);
  teaching = ex.teacher;
  student = saved.student;
  current = null;
  checked = false;
  sheet.setText(ex.text);
  Object.assign(classTable, { text: ex.text, hash: ex.hash, key: key.toJSON(), fileStem: titleOf(ex.text, 30) });
  classTable.clear();
  $("link-box").hidden = true;
  save();
  draw();
}

/**
 * Opens `ex`, first asking before it replaces a teacher exercise (which is kept aside
 * when the new one is a students' exercise).
 * @param {Exercise} ex
 */
async function replaceWith(ex) {
  if (exercise?.teacher && ex.teacher && exercise.hash !== ex.hash
    && !(await ask(str.t("confirmReplace", titleOf(exercise.text, 20))))) return false;
  if (exercise?.teacher && !ex.teacher) {
    try { localStorage.setItem(SAVED_TEACHER, exerciseFile({ ...exercise, key: key.toJSON() }, "teacher")); } catch { /* kept only in the teacher file */ }
  }
  open(ex);
  return true;
}

/** A new teacher exercise of `text`, its key from the machine. @param {string} text */
async function startExercise(text) {
  const analyzer = await loadAnalyzer();
  const ex = newExercise(text, machineKey(analyzer, text), "");
  if (await replaceWith(ex)) untell();
}

/**
 * The machine's analysis of `text` as a key. (An actor's own `kind` attribute is no field
 * of a mark, and must not overwrite the mark's kind.)
 * @param {import("../pkg/policy_lens.js").Analyzer} analyzer @param {string} text @returns {ClassMark[]}
 */
function machineKey(analyzer, text) {
  return marksOf(analyzer.analyze(text)).map((m) => normaliseMark({ ...m.attributes, kind: m.kind, start: m.start, end: m.end }));
}

/** Labels the sheet's selection as `kind` (D with nothing selected: the caret's sentence). @param {string} kind @param {number} start @param {number} end */
function label(kind, start, end) {
  if (!exercise) return;
  if (start >= end) { tell("selectFirst"); return; }
  untell();
  current = editing().add(kind, start, end);
  // The selection gives way to the new mark, which shows where it was; the caret stays at its end.
  sheet.anchor = sheet.caret = end;
  draw();
}

/** @param {HTMLInputElement} field */
async function takeFile(field) {
  const file = field.files?.[0];
  field.value = "";
  return file ?? null;
}

/** The student's marks as CSV rows. */
function answersCsv() {
  if (!exercise) return "";
  const text = exercise.text;
  const fields = [...new Set(KINDS.flatMap((k) => markFields(k).map(([f]) => f)))];
  return toCsv(["kind", "start", "end", "text", ...fields],
    answers.toJSON().map((m) => [m.kind, m.start, m.end, text.slice(m.start, m.end), ...fields.map((f) => m[f] ?? "")]));
}

/** The name files of this exercise take: the student's name, else the text's title. @param {string} ext @param {string} [suffix] */
function nameFor(ext, suffix = "") {
  const who = teaching ? "" : student.trim();
  return fileName(`${who || titleOf(exercise?.text ?? "", 30)}${suffix}`, ext);
}

/** Marks as Web Annotations, by `creator`. @param {ClassMark[]} marks @param {{ type: "Software" | "Person", name: string }} creator */
function annotationsOf(marks, creator) {
  const text = exercise?.text ?? "";
  const list = marks.map(({ kind, start, end, ...attributes }) => ({ kind, start, end, attributes }));
  return JSON.stringify(toWebAnnotations(text, list, { creator, str }), null, 1);
}

async function makeLink() {
  if (!exercise) return;
  const link = `${location.origin}${location.pathname}${await exerciseFragment({ ...exercise, key: key.toJSON() })}`;
  $("link").textContent = link;
  $("link-box").hidden = false;
  const notes = [str.t(link.length > LINK_LIMIT ? "linkTooLong" : "linkLength", link.length)];
  if (exercise.text.length > LINK_TEXT_LIMIT && link.length <= LINK_LIMIT) notes.push(str.t("linkPreferFile"));
  $("link-note").textContent = notes.join(" ");
  $("link-box").dataset.length = String(link.length);
}

function wireSheet() {
  document.addEventListener("label-request", (e) => {
    const { kind, start, end } = /** @type {CustomEvent} */ (e).detail;
    label(kind, start, end);
  });
  document.addEventListener("mark-pick", (e) => {
    current = /** @type {CustomEvent} */ (e).detail.id;
    draw();
    if (/** @type {Element} */ (e.target).closest("mark-list")) sheet.reveal(/** @type {number} */ (current));
    else list.revealCurrent();
  });
  document.addEventListener("mark-delete", (e) => {
    const id = /** @type {CustomEvent} */ (e).detail.id;
    const inList = /** @type {Element} */ (e.target).closest("mark-list");
    editing().remove(id);
    /** @type {HTMLElement} */ ((inList && list.querySelector("button.pick")) || sheet).focus();
  });
  editor.addEventListener("mark-change", (e) => {
    const { id, field, value } = /** @type {CustomEvent} */ (e).detail;
    editing().set(id, field, value);
  });
  for (const b of document.querySelectorAll("[data-label]")) {
    b.addEventListener("click", () => {
      const kind = /** @type {HTMLElement} */ (b).dataset.label ?? "";
      const sel = sheet.selection();
      const unit = !sel && kind === "directive" ? sheet.sentence() : null;
      if (sel) label(kind, sel.start, sel.end);
      else if (unit) label(kind, unit[0], unit[1]);
      else tell("selectFirst");
    });
  }
  $("select-sentence").addEventListener("click", () => { sheet.selectSentence(); sheet.focus(); });
  $("remove").addEventListener("click", () => { if (current !== null) editing().remove(current); });
  $("undo").addEventListener("click", () => editing().undo());
  $("redo").addEventListener("click", () => editing().redo());
  const help = /** @type {HTMLDialogElement} */ ($("help"));
  $("help-open").addEventListener("click", () => help.showModal());
  document.addEventListener("keydown", (e) => {
    const inField = /** @type {Element} */ (e.target).closest?.("input, textarea, select, dialog");
    const k = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && (k === "z" || k === "y") && !inField) {
      e.preventDefault();
      if (k === "y" || e.shiftKey) editing().redo();
      else editing().undo();
    } else if (e.key === "?" && !inField) {
      e.preventDefault();
      help.showModal();
    }
  });
}

function wireFiles() {
  input("student").addEventListener("input", () => { student = input("student").value; save(); });
  $("check").addEventListener("click", () => { checked = true; draw(); results.scrollIntoView({ block: "nearest" }); });
  $("export-answers").addEventListener("click", () => exercise
    && download(nameFor("json"), "application/json", answersFile(exercise.hash, student, answers.toJSON())));
  $("export-answers-csv").addEventListener("click", () => download(nameFor("csv"), "text/csv;charset=utf-8", answersCsv()));
  $("export-answers-annotations").addEventListener("click", () => download(nameFor("jsonld"), "application/ld+json",
    annotationsOf(answers.toJSON(), { type: "Person", name: student.trim() || str.t("studentView") })));
  $("import-answers").addEventListener("change", async () => {
    const file = await takeFile(input("import-answers"));
    if (!file || !exercise) return;
    try {
      const a = parseAnswers(await file.text(), exercise.hash, exercise.text.length, file.name);
      student = a.student;
      answers.replace(a.marks);
      untell();
    } catch (e) {
      tellProblem(e, "answersKept");
    }
  });
  $("import-exercise").addEventListener("change", async () => {
    const file = await takeFile(input("import-exercise"));
    if (!file) return;
    try {
      if (await replaceWith(parseExercise(await file.text(), file.name))) untell();
    } catch (e) {
      tellProblem(e, "exerciseKept");
    }
  });
  $("back-to-teacher").addEventListener("click", () => {
    const raw = localStorage.getItem(SAVED_TEACHER);
    if (!raw) return;
    localStorage.removeItem(SAVED_TEACHER);
    open(parseExercise(raw, ""));
  });
  $("from-paste").addEventListener("click", async () => {
    const text = /** @type {HTMLTextAreaElement} */ ($("paste-text")).value;
    if (!text.trim()) { tell("pasteEmpty"); return; }
    await startExercise(text);
  });
  $("import-text").addEventListener("change", async () => {
    const file = await takeFile(input("import-text"));
    if (!file) return;
    try {
      const { text, encoding } = decodeTextFile(await file.arrayBuffer(), file.name);
      await startExercise(text);
      if (encoding !== "utf-8") tell("gbkNotice", file.name);
    } catch (e) {
      tellProblem(e, "exerciseKept");
    }
  });
}

function wireTeacher() {
  $("switch-role").addEventListener("click", () => {
    teaching = !teaching && Boolean(exercise?.teacher);
    current = null;
    draw();
  });
  $("machine-key").addEventListener("click", async () => {
    if (!exercise) return;
    if (key.marks.length && !(await ask(str.t("confirmMachineKey")))) return;
    key.replace(machineKey(await loadAnalyzer(), exercise.text));
  });
  $("instructions-edit").addEventListener("input", () => {
    if (!exercise) return;
    exercise.instructions = /** @type {HTMLTextAreaElement} */ ($("instructions-edit")).value;
    $("instructions").textContent = exercise.instructions;
    save();
  });
  input("key-hidden").addEventListener("change", () => { if (exercise) { exercise.keyHidden = input("key-hidden").checked; save(); } });
  $("export-teacher").addEventListener("click", () => exercise
    && download(nameFor("json", ".teacher"), "application/json", exerciseFile({ ...exercise, key: key.toJSON() }, "teacher")));
  $("export-student").addEventListener("click", () => exercise
    && download(nameFor("json", ".exercise"), "application/json", exerciseFile({ ...exercise, key: key.toJSON() }, "student")));
  $("export-key-annotations").addEventListener("click", () => download(nameFor("jsonld", ".key"), "application/ld+json",
    annotationsOf(key.toJSON(), { type: "Person", name: str.t("teacherView") })));
  $("make-link").addEventListener("click", makeLink);
  $("copy-link").addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText($("link").textContent ?? "");
      $("link-note").textContent = str.t("copied");
    } catch {
      $("link-note").textContent = str.t("copyFailed");
    }
  });
  $("print-worksheet").addEventListener("click", () => exercise
    && printWorksheet($("worksheet"), exercise.text, exercise.instructions, str));
  classTable.addEventListener("class-loaded", (e) => {
    const { problems, replaced } = /** @type {CustomEvent<{ problems: FileProblem[], replaced: string[] }>} */ (e).detail;
    if (!problems.length && !replaced.length) { untell(); return; }
    say(() => [...problems.map(problemText), ...replaced.map((name) => str.t("replacedStudent", name))].join(" "));
  });
}

function relabel() {
  applyStrings(document, str);
  document.title = `${str.t("title")} · ${str.t("classroomTitle")}`;
  if (message) $("message").textContent = message();
  draw();
}

/** The exercise this browser holds, or null (none, or a damaged one). */
function savedExercise() {
  try {
    const raw = localStorage.getItem(SAVED_EXERCISE);
    return raw ? parseExercise(raw, "") : null;
  } catch {
    return null;
  }
}

/**
 * The exercise a link or the reader page brings, or null. A damaged link throws: then
 * nothing is opened, not even the saved exercise.
 */
async function arrivingExercise() {
  if (location.hash === "#from-reader") {
    history.replaceState(null, "", location.pathname);
    const text = readSavedText();
    if (text?.trim()) return newExercise(text, machineKey(await loadAnalyzer(), text), "");
    tell("readerEmpty");
    return null;
  }
  const linked = await exerciseFromFragment(location.hash);
  // Opened once, the exercise is saved here: a reload keeps the work, not the link.
  if (linked) history.replaceState(null, "", location.pathname);
  return linked;
}

async function main() {
  $("lang").addEventListener("click", () => {
    str = strings(str.lang === "en" ? "zh" : "en");
    saveLanguage(str.lang);
    relabel();
  });
  wireSheet();
  wireFiles();
  wireTeacher();
  relabel();
  try {
    const arriving = await arrivingExercise();
    const saved = savedExercise();
    // The saved one first, so that an arriving exercise asks before it replaces a
    // teacher's, or keeps it aside.
    if (saved) open(saved);
    if (arriving) await replaceWith(arriving);
    if (!exercise && !message) tell("noExercise");
  } catch (e) {
    tellProblem(e);
  }
  draw();
  document.body.dataset.ready = "true";
}

main();
