// @ts-check
// <mark-editor>: the current mark's text, kind and fields as selects. A change dispatches
// "mark-change" { id, field, value }; when the store hands back the same mark, the selects
// are updated in place, so that keyboard focus stays where it was.

import { el } from "../dom.js";
import { KINDS } from "../pkg/vocabulary.js";
import { markFields } from "./mark-fields.js";

/** @typedef {import("./marks-store.js").StoredMark} StoredMark */
/** @typedef {import("../i18n.js").Strings} Strings */

export class MarkEditor extends HTMLElement {
  /** @type {StoredMark | null} */
  mark = null;
  text = "";
  /** @type {Strings | null} */
  str = null;
  /** The id, kind and language the selects were built for. */
  #built = "";

  /** Shows `this.mark`. */
  render() {
    const { mark, str } = this;
    if (!str) return;
    if (!mark) {
      this.#built = "";
      this.replaceChildren(el("p", { class: "hint" }, str.t("noCurrent")));
      return;
    }
    const shape = `${mark.id}:${mark.kind}:${str.lang}`;
    if (shape !== this.#built) this.#build(mark, str, shape);
    for (const select of this.querySelectorAll("select")) select.value = mark[select.name];
    const quote = /** @type {HTMLElement} */ (this.querySelector(".quote"));
    quote.textContent = `“${this.text.slice(mark.start, mark.end)}”`;
  }

  /** @param {StoredMark} mark @param {Strings} str @param {string} shape */
  #build(mark, str, shape) {
    const focused = /** @type {HTMLSelectElement | null} */ (this.querySelector("select:focus"))?.name;
    /** @param {string} field @param {string} label @param {[string, string][]} options */
    const select = (field, label, options) => {
      const s = el("select", { name: field, "data-field": field }, ...options.map(([v, text]) => el("option", { value: v }, text)));
      s.addEventListener("change", () => {
        this.dispatchEvent(new CustomEvent("mark-change", { bubbles: true, detail: { id: this.mark?.id, field, value: /** @type {HTMLSelectElement} */ (s).value } }));
      });
      return el("label", {}, `${label} `, s);
    };
    this.replaceChildren(
      el("span", { class: "quote", lang: "zh-CN" }),
      select("kind", str.t("kindField"), KINDS.map((k) => [k, str.kind(k)])),
      ...markFields(mark.kind).map(([field, values]) => select(field, str.field(field), values.map((v) => [v, str.value(field, v)]))),
    );
    this.#built = shape;
    if (focused) /** @type {HTMLElement | null} */ (this.querySelector(`select[name="${focused}"]`))?.focus();
  }
}

if (!customElements.get("mark-editor")) customElements.define("mark-editor", MarkEditor);
