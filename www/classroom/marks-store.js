// @ts-check
// The marks being edited, with undo and redo: a pure store (no DOM) that the classroom's
// views read and change through its methods. Every change dispatches a "change" event.
// Each mark has an id that stays the same while it lives, so that a view can keep
// pointing at it across changes; ids are never written to files.

import { normaliseMark } from "./mark-fields.js";

/** @typedef {import("./mark-fields.js").ClassMark} ClassMark */
/** @typedef {ClassMark & { id: number }} StoredMark */

/** How many steps undo keeps. */
const HISTORY = 200;

export class MarksStore extends EventTarget {
  /** @type {StoredMark[]} */
  #marks = [];
  /** @type {StoredMark[][]} */
  #undo = [];
  /** @type {StoredMark[][]} */
  #redo = [];
  #nextId = 1;

  /** @param {ClassMark[]} [marks] */
  constructor(marks = []) {
    super();
    this.#marks = marks.map((m) => this.#stored(m));
  }

  /** The marks in text order (by start, then longer first), each with its id. @returns {readonly StoredMark[]} */
  get marks() {
    return [...this.#marks].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  }

  /** The marks without their ids, as files hold them. @returns {ClassMark[]} */
  toJSON() {
    return this.marks.map(({ id, ...m }) => m);
  }

  /** The mark with `id`, or undefined. @param {number | null} id */
  get(id) {
    return this.#marks.find((m) => m.id === id);
  }

  get canUndo() { return this.#undo.length > 0; }
  get canRedo() { return this.#redo.length > 0; }

  /**
   * Adds a mark of `kind` over `start..end`, its fields at their initial values; returns its id.
   * @param {string} kind @param {number} start @param {number} end
   */
  add(kind, start, end) {
    const mark = this.#stored({ kind, start, end });
    this.#change(() => { this.#marks = [...this.#marks, mark]; }, "add");
    return mark.id;
  }

  /** Removes the mark with `id`; false when there is none. @param {number} id */
  remove(id) {
    if (!this.get(id)) return false;
    this.#change(() => { this.#marks = this.#marks.filter((m) => m.id !== id); }, "remove");
    return true;
  }

  /**
   * Sets `field` of the mark `id` to `value`; setting `kind` keeps only the new kind's
   * fields. Nothing happens, and no undo step is kept, when the value is already that.
   * @param {number} id @param {string} field @param {string} value
   */
  set(id, field, value) {
    const mark = this.get(id);
    if (!mark || mark[field] === value) return;
    const next = { ...normaliseMark({ ...mark, [field]: value }), id };
    this.#change(() => { this.#marks = this.#marks.map((m) => (m.id === id ? next : m)); }, "set");
  }

  /** Replaces every mark (a machine key, an imported file), as one undo step. @param {ClassMark[]} marks */
  replace(marks) {
    const next = marks.map((m) => this.#stored(m));
    this.#change(() => { this.#marks = next; }, "replace");
  }

  /** Goes back one step; false when there is none. */
  undo() {
    return this.#travel(this.#undo, this.#redo, "undo");
  }

  /** Goes forward one undone step; false when there is none. */
  redo() {
    return this.#travel(this.#redo, this.#undo, "redo");
  }

  /** @param {StoredMark[][]} from @param {StoredMark[][]} to @param {string} reason */
  #travel(from, to, reason) {
    const state = from.pop();
    if (!state) return false;
    to.push(this.#marks);
    this.#marks = state;
    this.#emit(reason);
    return true;
  }

  /** @param {() => void} apply @param {string} reason */
  #change(apply, reason) {
    this.#undo.push(this.#marks);
    if (this.#undo.length > HISTORY) this.#undo.shift();
    this.#redo = [];
    apply();
    this.#emit(reason);
  }

  /** @param {string} reason */
  #emit(reason) {
    this.dispatchEvent(new CustomEvent("change", { detail: { reason } }));
  }

  /** @param {ClassMark} m @returns {StoredMark} */
  #stored(m) {
    return { ...normaliseMark(m), id: this.#nextId++ };
  }
}
