// @ts-check
// The printed worksheet: the instructions, the text in numbered lines, and an empty
// answer table to fill in by hand.

import { el } from "../dom.js";

/** @typedef {import("../i18n.js").Strings} Strings */

/** Rows of the empty answer table. */
const ANSWER_ROWS = 12;

/**
 * Prints the worksheet of `text` from `root`, an element that print CSS shows alone.
 * @param {HTMLElement} root @param {string} text @param {string} instructions @param {Strings} str
 */
export function printWorksheet(root, text, instructions, str) {
  const table = el("table", {}, el("thead", {}, el("tr", {}, el("th", { scope: "col" }, str.t("kindField")),
    el("th", { scope: "col" }, str.t("inputHeading")), el("th", { scope: "col" }, str.t("fieldsCol")))),
  el("tbody", {}, ...Array.from({ length: ANSWER_ROWS }, () => el("tr", {}, el("td"), el("td"), el("td")))));
  root.replaceChildren(el("h2", {}, str.t("worksheet")), el("p", {}, instructions),
    el("ol", { lang: "zh-CN" }, ...text.split("\n").map((l) => el("li", {}, l))), table);
  document.body.classList.add("printing-worksheet");
  print();
  document.body.classList.remove("printing-worksheet");
}
