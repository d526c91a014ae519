// @ts-check
// What a classroom mark is: a kind, offsets, and the attribute fields ANNOTATION.md §5
// scores for that kind, from the core's vocabulary. The actor's own `kind` (government,
// person …) is not scored, and as a field it would clash with the mark's kind.

import { FIELDS, KINDS } from "../pkg/vocabulary.js";

/**
 * A mark as files hold it: `{ kind, start, end }` and one entry per field of its kind.
 * @typedef {{ kind: string, start: number, end: number } & Record<string, any>} ClassMark
 */

/**
 * The fields a mark of `kind` carries, each with its values in order.
 * @param {string} kind
 * @returns {[string, string[]][]}
 */
export function markFields(kind) {
  const fields = /** @type {Record<string, Record<string, string[]>>} */ (/** @type {unknown} */ (FIELDS))[kind] ?? {};
  return Object.entries(fields).filter(([field]) => field !== "kind");
}

/**
 * The value a new mark starts with in `field`: the first, except `level`, which starts as
 * its last ("unspecified").
 * @param {string} field
 * @param {string[]} values
 */
function initial(field, values) {
  return values[field === "level" ? values.length - 1 : 0];
}

/**
 * A mark with exactly the fields its kind has; a missing or unknown value gets the initial one.
 * @param {{ kind: string, start: number, end: number } & Record<string, any>} m
 * @returns {ClassMark}
 */
export function normaliseMark(m) {
  /** @type {ClassMark} */
  const mark = { kind: m.kind, start: m.start, end: m.end };
  for (const [field, values] of markFields(m.kind)) mark[field] = values.includes(m[field]) ? m[field] : initial(field, values);
  return mark;
}

/** Whether `kind` is one of the vocabulary's kinds. @param {unknown} kind */
export function isKind(kind) {
  return typeof kind === "string" && KINDS.includes(kind);
}
