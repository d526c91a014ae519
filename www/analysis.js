// @ts-check
// Reading an analysis (the schema in README): its spans by kind as one flat list of marks,
// and the responsible actors of a directive.

import { FIELDS, KINDS } from "./pkg/vocabulary.js";

/** @typedef {import("./pkg/policy_lens.js").Analysis} Analysis */
/** @typedef {import("./pkg/policy_lens.js").Directive} Directive */
/** @typedef {import("./pkg/policy_lens.js").Responsibility} Responsibility */

/**
 * A span as the page, the exports and the classroom handle it: its kind, its UTF-16
 * offsets, and its attribute fields (those of FIELDS[kind]) in `attributes`.
 * @typedef {object} Mark
 * @property {string} kind
 * @property {number} start
 * @property {number} end
 * @property {Record<string, string>} attributes
 * @property {string} [rule] the rule that produced it, for a machine analysis
 */

/**
 * The spans of `kind` in `analysis`.
 * @param {Analysis} analysis
 * @param {string} kind
 * @returns {{ start: number, end: number, text: string, rule: string }[]}
 */
export function spansOf(analysis, kind) {
  const list = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (analysis))[`${kind}s`];
  return Array.isArray(list) ? list : [];
}

/**
 * The indices of the actors responsible for directive `index`: its own list, or the list of
 * the directive it shares (`actors_from`). Every reader of a directive's actors goes
 * through here.
 * @param {Analysis} analysis
 * @param {number} index
 * @returns {number[]}
 */
export function responsibleActors(analysis, index) {
  const d = analysis.directives[index];
  if (!d) return [];
  const owner = d.actors_from === undefined ? d : analysis.directives[d.actors_from];
  return owner?.actors ?? [];
}

/**
 * The directives addressed to a who-must-do-what row: those whose own list names its
 * actor (`row.lists`) and those that share one of these lists. Found on demand, since the
 * summary only counts them.
 * @param {Analysis} analysis
 * @param {Responsibility} row
 * @returns {number[]}
 */
export function rowDirectives(analysis, row) {
  const lists = new Set(row.lists);
  const out = [];
  analysis.directives.forEach((d, i) => {
    if (lists.has(i) || (d.actors_from !== undefined && lists.has(d.actors_from))) out.push(i);
  });
  return out;
}

/**
 * The measures of the directives addressed to a who-must-do-what row, in text order.
 * @param {Analysis} analysis
 * @param {Responsibility} row
 * @returns {number[]}
 */
export function rowMeasures(analysis, row) {
  const directives = new Set(rowDirectives(analysis, row));
  const out = [];
  analysis.measures.forEach((m, i) => { if (m.directive !== null && directives.has(m.directive)) out.push(i); });
  return out;
}

/**
 * Every span of `analysis` as a mark, kind by kind in the vocabulary's order, each list in
 * text order.
 * @param {Analysis} analysis
 * @returns {Mark[]}
 */
export function marksOf(analysis) {
  return KINDS.flatMap((kind) => spansOf(analysis, kind).map((span) => {
    const fields = /** @type {Record<string, string[]>} */ (/** @type {Record<string, unknown>} */ (FIELDS)[kind]);
    const source = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (span));
    /** @type {Record<string, string>} */
    const attributes = {};
    for (const field of Object.keys(fields)) {
      if (typeof source[field] === "string") attributes[field] = /** @type {string} */ (source[field]);
    }
    return { kind, start: span.start, end: span.end, attributes, rule: span.rule };
  }));
}

/**
 * The part of `analysis` that `draw` needs for the first `length` characters: each span list
 * cut after the last span that starts before `length`. The lists are in text order, so each
 * part is a prefix and every span keeps its index (its `data-id`); the core skips the spans
 * that end past the text. For a 10 MB analysis this spares handing the core hundreds of
 * thousands of spans it would not draw.
 * @param {Analysis} analysis
 * @param {number} length
 * @returns {Analysis}
 */
export function drawablePart(analysis, length) {
  /** @template {{ start: number }} T @param {T[]} list */
  const before = (list) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < length) lo = mid + 1;
      else hi = mid;
    }
    return list.slice(0, lo);
  };
  return {
    ...analysis,
    directives: before(analysis.directives), actors: before(analysis.actors),
    measures: before(analysis.measures), targets: before(analysis.targets),
  };
}

/**
 * The title of a text, for file names and report headings: its first non-blank line, cut
 * to `max` characters.
 * @param {string} text
 * @param {number} [max]
 */
export function titleOf(text, max = 40) {
  const line = text.split("\n").map((l) => l.trim()).find((l) => l) ?? "";
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
