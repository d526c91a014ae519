// @ts-check
// <class-table>: the answers of a class against the key. Per student and kind: marks,
// precision, recall, F1 and attribute agreement; per key span, how many students found
// it, most-missed first. A student's answers count once: a file loaded again, or another
// file with the same name on it, replaces the earlier one. Its own markup holds a file
// input (data-target="files"), the place of the tables (data-target="tables") and two
// export buttons (data-action="students-csv" and "spans-csv"). After files are loaded it
// dispatches "class-loaded" { problems: FileProblem[], replaced: string[] } for the page to
// word.

import { el } from "../dom.js";
import { KINDS } from "../pkg/vocabulary.js";
import { toCsv } from "../csv.js";
import { download, fileName } from "../download.js";
import { compare, found } from "./compare.js";
import { percent } from "./check-results.js";
import { FileProblem, parseAnswers } from "./exercise.js";

/** @typedef {import("./mark-fields.js").ClassMark} ClassMark */
/** @typedef {import("./compare.js").Score} Score */
/** @typedef {import("../i18n.js").Strings} Strings */
/** @typedef {{ student: string, marks: ClassMark[], scores: Record<string, Score> }} StudentRow */

export class ClassTable extends HTMLElement {
  text = "";
  /** The hash of the exercise's text, which answer files must carry. */
  hash = "";
  /** What exported files are named after. */
  fileStem = "";
  /** @type {ClassMark[]} */
  key = [];
  /** @type {Strings | null} */
  str = null;
  /** @type {Map<string, StudentRow>} */
  #rows = new Map();

  connectedCallback() {
    this.addEventListener("change", this.#onFiles);
    this.addEventListener("click", this.#onClick);
  }

  disconnectedCallback() {
    this.removeEventListener("change", this.#onFiles);
    this.removeEventListener("click", this.#onClick);
  }

  /** @param {Event} e */
  #onFiles = async (e) => {
    const field = /** @type {HTMLInputElement} */ (e.target);
    if (field.dataset.target !== "files") return;
    const files = [...(field.files ?? [])];
    field.value = "";
    /** @type {FileProblem[]} */
    const problems = [];
    /** @type {string[]} */
    const replaced = [];
    for (const f of files) {
      try {
        const a = parseAnswers(await f.text(), this.hash, this.text.length, f.name);
        const name = a.student.trim() || f.name;
        if (this.add(name, a.marks)) replaced.push(name);
      } catch (err) {
        if (!(err instanceof FileProblem)) throw err;
        problems.push(err);
      }
    }
    this.render();
    this.dispatchEvent(new CustomEvent("class-loaded", { bubbles: true, detail: { problems, replaced } }));
  };

  /** @param {Event} e */
  #onClick = (e) => {
    const action = /** @type {HTMLElement} */ (e.target).closest?.("[data-action]")?.getAttribute("data-action");
    if (action === "students-csv") download(fileName(`${this.fileStem}.class`, "csv"), "text/csv;charset=utf-8", this.studentsCsv());
    if (action === "spans-csv") download(fileName(`${this.fileStem}.spans`, "csv"), "text/csv;charset=utf-8", this.spansCsv());
  };

  /** Forgets every student (a new exercise). */
  clear() {
    this.#rows.clear();
    this.render();
  }

  /**
   * Adds a student's answers; returns true when they replaced earlier answers of that student.
   * @param {string} student @param {ClassMark[]} marks
   */
  add(student, marks) {
    const replaced = this.#rows.has(student);
    this.#rows.set(student, { student, marks, scores: compare(this.text, this.key, marks).scores });
    return replaced;
  }

  /** Per key span, how many students found it, most-missed first. */
  #spans() {
    const rows = [...this.#rows.values()];
    return this.key.map((k) => ({ k, found: rows.filter((r) => found(this.text, k, r.marks)).length }))
      .sort((a, b) => a.found - b.found || a.k.start - b.k.start);
  }

  /** The students' scores as CSV, one row per student and kind. */
  studentsCsv() {
    const header = ["student", "kind", "marks", "tp", "fp", "fn", "precision", "recall", "f1", "agreement"];
    const rows = [...this.#rows.values()].flatMap((r) => KINDS.map((k) => {
      const s = r.scores[k];
      return [r.student, k, r.marks.filter((m) => m.kind === k).length, s.tp, s.fp, s.fn,
        s.precision.toFixed(4), s.recall.toFixed(4), s.f1.toFixed(4), s.agreement === null ? "" : s.agreement.toFixed(4)];
    }));
    return toCsv(header, rows);
  }

  /** The key spans as CSV, with how many students found each. */
  spansCsv() {
    return toCsv(["kind", "start", "end", "text", "found", "students"],
      this.#spans().map((s) => [s.k.kind, s.k.start, s.k.end, this.text.slice(s.k.start, s.k.end), s.found, this.#rows.size]));
  }

  /** Draws both tables into the element's tables place. */
  render() {
    const { str } = this;
    const place = this.querySelector("[data-target=tables]");
    if (!str || !place) return;
    if (!this.#rows.size) { place.replaceChildren(el("p", { class: "hint" }, str.t("classEmpty"))); return; }
    const metrics = /** @type {const} */ (["precision", "recall", "f1", "agreement"]);
    const students = el("table", { class: "class", id: "class-students" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, str.t("studentCol")), el("th", { scope: "col" }, str.t("kindField")),
        el("th", { scope: "col" }, str.t("marksCol")), ...metrics.map((m) => el("th", { scope: "col" }, str.t(m))))),
      ...[...this.#rows.values()].map((r) => el("tbody", {}, ...KINDS.map((k, i) => {
        const s = r.scores[k];
        return el("tr", { "data-student": r.student, "data-kind": k },
          ...(i === 0 ? [el("th", { scope: "rowgroup", rowspan: String(KINDS.length) }, r.student)] : []),
          el("td", {}, str.kind(k)), el("td", {}, String(r.marks.filter((m) => m.kind === k).length)),
          ...metrics.map((m) => el("td", { class: m }, percent(s[m]))));
      }))));
    const spans = el("table", { class: "class", id: "class-spans" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, str.t("keySpanCol")), el("th", { scope: "col" }, str.t("foundCol", this.#rows.size)))),
      el("tbody", {}, ...this.#spans().map((s) => el("tr", {},
        el("td", {}, str.t("listItem", str.kind(s.k.kind), this.text.slice(s.k.start, s.k.end))), el("td", {}, String(s.found))))));
    place.replaceChildren(el("div", { class: "wide-table", tabindex: "0", role: "region", "aria-label": str.t("studentCol") }, students),
      el("div", { class: "wide-table", tabindex: "0", role: "region", "aria-label": str.t("keySpanCol") }, spans));
  }
}

if (!customElements.get("class-table")) customElements.define("class-table", ClassTable);
