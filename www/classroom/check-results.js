// @ts-check
// <check-results>: the scores of the student's marks against the key (precision, recall,
// F1 and attribute agreement per kind) and each mark as agreed, extra or missed, with the
// fields where an agreed mark differs.

import { el } from "../dom.js";
import { KINDS } from "../pkg/vocabulary.js";

/** @typedef {import("./compare.js").Item} Item */
/** @typedef {import("./compare.js").Score} Score */
/** @typedef {import("./compare.js").Difference} Difference */
/** @typedef {import("../i18n.js").Strings} Strings */

/** A share as a whole percentage, or a dash when there is none. @param {number | null} x */
export const percent = (x) => (x === null ? "–" : `${Math.round(x * 100)}%`);

/**
 * The fields in which a mark differs from the key, in words.
 * @param {Difference[]} differences @param {Strings} str
 */
function differencesText(differences, str) {
  return differences.map((d) => str.t("differs", str.field(d.field), str.value(d.field, d.mine), str.value(d.field, d.key))).join("；");
}

export class CheckResults extends HTMLElement {
  /** @type {{ scores: Record<string, Score>, items: Item[] } | null} */
  result = null;
  text = "";
  /** @type {Strings | null} */
  str = null;

  /** Shows `this.result`, or nothing before Check. */
  render() {
    const { result, str } = this;
    this.hidden = !result;
    if (!result || !str) { this.replaceChildren(); return; }
    const head = el("tr", {}, el("th", { scope: "col" }, str.t("kindField")), ...["precision", "recall", "f1", "agreement"].map((k) =>
      el("th", { scope: "col" }, str.t(/** @type {any} */ (k)))));
    const rows = KINDS.map((k) => {
      const s = result.scores[k];
      return el("tr", { "data-kind": k }, el("th", { scope: "row" }, str.kind(k)),
        el("td", {}, percent(s.precision)), el("td", {}, percent(s.recall)), el("td", { class: "f1" }, percent(s.f1)), el("td", {}, percent(s.agreement)));
    });
    const list = el("ul", { class: "items" }, ...result.items.map((it) => {
      const why = it.differences.length ? str.t("aside", differencesText(it.differences, str)) : "";
      return el("li", { class: it.status, "data-status": it.status },
        `${str.t(it.status)} · ${str.t("listItem", str.kind(it.kind), this.text.slice(it.start, it.end))}${why}`);
    }));
    this.replaceChildren(el("h3", {}, str.t("checkHeading")), el("p", { class: "hint" }, str.t("checkInText")),
      el("table", { class: "scores" }, el("thead", {}, head), el("tbody", {}, ...rows)), list);
  }
}

if (!customElements.get("check-results")) customElements.define("check-results", CheckResults);
