// @ts-check
// <mark-list>: the marks in text order, each told apart by its attributes, its line and
// the words after it. Picking one dispatches "mark-pick" { id }; Delete or Backspace on
// one dispatches "mark-delete" { id }.

import { el } from "../dom.js";
import { markFields } from "./mark-fields.js";

/** @typedef {import("./marks-store.js").StoredMark} StoredMark */
/** @typedef {import("../i18n.js").Strings} Strings */

/** How many characters after a mark tell it apart from its namesakes. */
const CONTEXT = 8;

export class MarkList extends HTMLElement {
  /** @type {readonly StoredMark[]} */
  marks = [];
  text = "";
  /** @type {number | null} */
  current = null;
  /** @type {Strings | null} */
  str = null;

  connectedCallback() {
    this.addEventListener("keydown", this.#onKey);
  }

  disconnectedCallback() {
    this.removeEventListener("keydown", this.#onKey);
  }

  /** Lists `this.marks`; an entry that had the focus keeps it. */
  render() {
    const { str, text } = this;
    if (!str) return;
    const focused = this.contains(document.activeElement) ? document.activeElement?.getAttribute("data-id") : null;
    const lineStarts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
    /** @param {number} offset */
    const lineOf = (offset) => lineStarts.findLastIndex((s) => s <= offset) + 1;
    const items = this.marks.map((m) => {
      const attrs = markFields(m.kind).map(([f]) => str.value(f, m[f])).join(" · ");
      const after = text.slice(m.end, m.end + CONTEXT).split("\n")[0];
      const button = el("button", { type: "button", class: "pick", "data-id": String(m.id), "aria-current": String(m.id === this.current) },
        str.t("listItem", str.kind(m.kind), text.slice(m.start, m.end)));
      button.addEventListener("click", () => this.dispatchEvent(new CustomEvent("mark-pick", { bubbles: true, detail: { id: m.id } })));
      const where = el("small", {}, `${attrs ? `${attrs} · ` : ""}${str.t("lineNo", lineOf(m.start))}${after ? ` · ${str.t("before", after)}` : ""}`);
      return el("li", { class: m.id === this.current ? "current" : "" }, button, " ", where);
    });
    this.replaceChildren(items.length ? el("ol", {}, ...items) : el("p", { class: "hint" }, str.t("noMarks")));
    if (focused) /** @type {HTMLElement | null} */ (this.querySelector(`button[data-id="${focused}"]`))?.focus();
  }

  /** Brings the current mark's entry into view in the list. */
  revealCurrent() {
    this.querySelector("li.current")?.scrollIntoView({ block: "nearest" });
  }

  /** @param {KeyboardEvent} e */
  #onKey = (e) => {
    const id = /** @type {HTMLElement} */ (e.target).closest?.("button.pick")?.getAttribute("data-id");
    if (!id || (e.key !== "Delete" && e.key !== "Backspace")) return;
    e.preventDefault();
    this.dispatchEvent(new CustomEvent("mark-delete", { bubbles: true, detail: { id: Number(id) } }));
  };
}

if (!customElements.get("mark-list")) customElements.define("mark-list", MarkList);
