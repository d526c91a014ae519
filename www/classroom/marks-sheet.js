// @ts-check
// <marks-sheet>: the exercise's text with the marks being edited (and, after Check, each
// mark as agreed, extra or missed), a visible caret, and selection by mouse, keyboard or a
// tap on a sentence. It never changes the marks itself: it dispatches
//   "label-request" { kind, start, end }  a stretch to label (D, A, M, T keys),
//   "mark-pick"     { id }                a mark clicked or picked with Enter,
//   "mark-delete"   { id }                Delete or Backspace on the current mark.

import { cutAtSpanEdges } from "../pieces.js";
import { units } from "./compare.js";

/** @typedef {import("./marks-store.js").StoredMark} StoredMark */
/** @typedef {import("./compare.js").Item} Item */

/** The labelling keys. */
const LABEL_KEYS = /** @type {Record<string, string>} */ ({ d: "directive", a: "actor", m: "measure", t: "target" });

/** Word starts and ends of `text`, ascending. @param {string} text */
function wordEdges(text) {
  const edges = new Set([0, text.length]);
  for (const s of new Intl.Segmenter("zh", { granularity: "word" }).segment(text)) {
    if (s.isWordLike) { edges.add(s.index); edges.add(s.index + s.segment.length); }
  }
  return [...edges].sort((a, b) => a - b);
}

export class MarksSheet extends HTMLElement {
  text = "";
  /** @type {readonly StoredMark[]} */
  marks = [];
  /** @type {number | null} */
  current = null;
  /** @type {Item[] | null} */
  results = null;
  anchor = 0;
  caret = 0;
  /** @type {number[] | null} */
  #words = null;
  /** @type {[number, number][]} */
  #units = [];
  #caret = document.createElement("div");
  #body = document.createElement("div");
  #pointer = { x: 0, y: 0, type: "" };
  #picked = { offset: -1, id: /** @type {number | null} */ (null) };

  connectedCallback() {
    if (!this.#body.isConnected) {
      this.#caret.className = "caret";
      this.#caret.setAttribute("aria-hidden", "true");
      this.#body.className = "sheet-text";
      this.append(this.#body, this.#caret);
    }
    this.tabIndex = 0;
    this.addEventListener("keydown", this.#onKey);
    this.addEventListener("pointerdown", this.#onPointerDown);
    this.addEventListener("pointerup", this.#onPointerUp);
    this.addEventListener("focus", this.#showCaret);
    this.addEventListener("blur", this.#showCaret);
    document.addEventListener("selectionchange", this.#readSelection);
  }

  disconnectedCallback() {
    this.removeEventListener("keydown", this.#onKey);
    this.removeEventListener("pointerdown", this.#onPointerDown);
    this.removeEventListener("pointerup", this.#onPointerUp);
    this.removeEventListener("focus", this.#showCaret);
    this.removeEventListener("blur", this.#showCaret);
    document.removeEventListener("selectionchange", this.#readSelection);
  }

  /** Sets a new text: the caret goes to its start. @param {string} text */
  setText(text) {
    this.text = text;
    this.#words = null;
    this.#units = units(text);
    this.anchor = this.caret = 0;
  }

  /** The selected stretch without white space at its edges, or null when it is empty. */
  selection() {
    let s = Math.min(this.anchor, this.caret);
    let e = Math.max(this.anchor, this.caret);
    while (s < e && !this.text[s].trim()) s++;
    while (e > s && !this.text[e - 1].trim()) e--;
    return s < e ? { start: s, end: e } : null;
  }

  /** The sentence (unit) at the caret, or null. */
  sentence() {
    return this.#units.find(([s, e]) => s <= this.caret && this.caret <= e) ?? null;
  }

  /** Selects the sentence at the caret. */
  selectSentence() {
    const u = this.sentence();
    if (u) this.#select(u[0], u[1]);
  }

  /** Draws the text with its marks, the results after Check, and the selection. */
  render() {
    const results = (this.results ?? []).map((r) => ({ ...r, id: -1 }));
    const pieces = cutAtSpanEdges(this.text.length, [...this.marks, ...results]);
    this.#body.replaceChildren(...pieces.map((p) => {
      const span = document.createElement("span");
      span.dataset.start = String(p.start);
      span.textContent = this.text.slice(p.start, p.end);
      const classes = new Set();
      for (const s of p.spans) {
        if ("status" in s) classes.add(`r-${s.status}`);
        else classes.add(`m-${s.kind}`);
        if (!("status" in s) && s.id === this.current) classes.add("current");
      }
      if (classes.size) span.className = [...classes].join(" ");
      return span;
    }));
    this.#applySelection();
  }

  /** Scrolls the mark `id` into view. @param {number} id */
  reveal(id) {
    const mark = this.marks.find((m) => m.id === id);
    if (!mark) return;
    const [node] = this.#domPosition(mark.start);
    const target = node.nodeType === Node.TEXT_NODE ? node.parentElement : /** @type {Element} */ (node);
    target?.scrollIntoView({ block: "center" });
  }

  /** @param {number} offset @returns {[Node, number]} */
  #domPosition(offset) {
    for (const span of /** @type {HTMLElement[]} */ ([...this.#body.children])) {
      const start = Number(span.dataset.start);
      const len = span.textContent?.length ?? 0;
      if (offset <= start + len) return [span.firstChild ?? span, offset - start];
    }
    return [this.#body, this.#body.childNodes.length];
  }

  /** @param {Node | null} node @param {number} offset */
  #textOffset(node, offset) {
    if (!node || !this.#body.contains(node)) return null;
    const span = node.nodeType === Node.TEXT_NODE ? node.parentElement : /** @type {HTMLElement} */ (node);
    if (span === this.#body) return offset === 0 ? 0 : this.text.length;
    if (!span?.dataset.start) return null;
    return Number(span.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  }

  #readSelection = () => {
    const sel = getSelection();
    if (!sel?.rangeCount || !this.#body.contains(sel.anchorNode)) return;
    const a = this.#textOffset(sel.anchorNode, sel.anchorOffset);
    const f = this.#textOffset(sel.focusNode, sel.focusOffset);
    if (a === null || f === null) return;
    this.anchor = a;
    this.caret = f;
    this.#showCaret();
  };

  /** @param {number} anchor @param {number} focus */
  #select(anchor, focus) {
    this.anchor = anchor;
    this.caret = focus;
    this.#applySelection();
  }

  #applySelection() {
    const sel = getSelection();
    if (sel && this.isConnected && this.#body.childNodes.length) {
      const [an, ao] = this.#domPosition(this.anchor);
      const [fn, fo] = this.#domPosition(this.caret);
      if (this.anchor === this.caret) {
        if (this.#body.contains(sel.anchorNode)) sel.collapse(fn, fo);
      } else {
        sel.setBaseAndExtent(an, ao, fn, fo);
      }
    }
    this.#showCaret();
  }

  #showCaret = () => {
    const caret = this.#caret;
    if (document.activeElement !== this || !this.#body.childNodes.length) { caret.hidden = true; return; }
    const [node, offset] = this.#domPosition(this.caret);
    const range = document.createRange();
    range.setStart(node, offset);
    const rect = range.getClientRects()[0] ?? (node.nodeType === Node.TEXT_NODE ? node.parentElement : /** @type {Element} */ (node))?.getBoundingClientRect();
    if (!rect) { caret.hidden = true; return; }
    const box = this.getBoundingClientRect();
    caret.hidden = false;
    caret.style.setProperty("--x", `${rect.left - box.left + this.scrollLeft}px`);
    caret.style.setProperty("--y", `${rect.top - box.top + this.scrollTop}px`);
    caret.style.setProperty("--h", `${rect.height || 20}px`);
    caret.classList.remove("blink");
    void caret.offsetWidth;
    caret.classList.add("blink");
  };

  /** @param {string} type @param {Record<string, unknown>} detail */
  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
  }

  /** Where the caret goes for a movement key, or null for other keys. @param {KeyboardEvent} e */
  #moveTarget(e) {
    const f = this.caret;
    const word = e.ctrlKey || e.altKey || e.metaKey;
    const edges = () => (this.#words ??= wordEdges(this.text));
    switch (e.key) {
      case "ArrowRight": return word ? (edges().find((x) => x > f) ?? this.text.length) : Math.min(this.text.length, f + 1);
      case "ArrowLeft": return word ? (edges().findLast((x) => x < f) ?? 0) : Math.max(0, f - 1);
      case "ArrowDown": return this.#units.find(([s]) => s > f)?.[0] ?? this.text.length;
      case "ArrowUp": {
        const here = this.#units.findLastIndex(([s]) => s < f);
        return here < 0 ? 0 : this.#units[here][0];
      }
      case "Home": return word ? 0 : this.text.lastIndexOf("\n", f - 1) + 1;
      case "End": {
        if (word) return this.text.length;
        const nl = this.text.indexOf("\n", f);
        return nl < 0 ? this.text.length : nl;
      }
      default: return null;
    }
  }

  /** @param {KeyboardEvent} e */
  #onKey = (e) => {
    const to = this.#moveTarget(e);
    if (to !== null) {
      e.preventDefault();
      this.#select(e.shiftKey ? this.anchor : to, to);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    if (LABEL_KEYS[key]) {
      e.preventDefault();
      const sel = this.selection();
      const unit = !sel && key === "d" ? this.sentence() : null;
      this.#emit("label-request", { kind: LABEL_KEYS[key], ...(sel ?? (unit ? { start: unit[0], end: unit[1] } : { start: this.caret, end: this.caret })) });
    } else if (key === "s") {
      e.preventDefault();
      this.selectSentence();
    } else if (e.key === "Enter") {
      e.preventDefault();
      const id = this.#markAt(this.caret);
      if (id !== null) this.#emit("mark-pick", { id });
    } else if ((e.key === "Delete" || e.key === "Backspace") && this.current !== null) {
      e.preventDefault();
      this.#emit("mark-delete", { id: this.current });
    }
  };

  /** The innermost mark at `offset`; at the same offset again, the next one outwards. @param {number} offset */
  #markAt(offset) {
    const here = this.marks.filter((m) => m.start <= offset && offset < m.end).sort((a, b) => (a.end - a.start) - (b.end - b.start));
    if (!here.length) return null;
    const last = this.#picked.offset === offset ? here.findIndex((m) => m.id === this.#picked.id) : -1;
    const next = here[(last + 1) % here.length];
    this.#picked = { offset, id: next.id };
    return next.id;
  }

  /** @param {PointerEvent} e */
  #onPointerDown = (e) => {
    this.#pointer = { x: e.clientX, y: e.clientY, type: e.pointerType };
  };

  /** A tap or click that selected nothing: a tap selects its sentence, a click picks the mark under it. @param {PointerEvent} e */
  #onPointerUp = (e) => {
    if (Math.hypot(e.clientX - this.#pointer.x, e.clientY - this.#pointer.y) > 4) return;
    const offset = this.#offsetAt(e.clientX, e.clientY);
    if (offset === null) return;
    this.caret = this.anchor = offset;
    if (this.#pointer.type === "touch" || this.#pointer.type === "pen") {
      this.selectSentence();
      return;
    }
    const id = this.#markAt(offset);
    if (id !== null) this.#emit("mark-pick", { id });
    this.#applySelection();
  };

  /** The text offset under a point of the viewport. @param {number} x @param {number} y */
  #offsetAt(x, y) {
    const pos = document.caretPositionFromPoint?.(x, y);
    if (pos) return this.#textOffset(pos.offsetNode, pos.offset);
    const range = document.caretRangeFromPoint?.(x, y);
    return range ? this.#textOffset(range.startContainer, range.startOffset) : null;
  }
}

if (!customElements.get("marks-sheet")) customElements.define("marks-sheet", MarksSheet);
