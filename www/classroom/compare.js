// @ts-check
// Compares a student's marks with the key as ANNOTATION.md §5 scores an analysis: units
// for directives (a unit counts as marked when marks cover at least half of its
// non-space characters), one-to-one matching at overlap/union >= 0.5 for the other kinds,
// and attribute agreement on what matched.

import { KINDS } from "../pkg/vocabulary.js";
import { markFields } from "./mark-fields.js";

/** @typedef {import("./mark-fields.js").ClassMark} ClassMark */
/** @typedef {{ field: string, mine: string, key: string }} Difference */
/**
 * One line of the result: a student's mark that agrees with the key or is extra, or a key
 * span the student missed; `differences` lists the fields an agreed mark has otherwise.
 * @typedef {{ kind: string, status: "agreed" | "extra" | "missed", start: number, end: number, differences: Difference[] }} Item
 */
/** @typedef {{ tp: number, fp: number, fn: number, precision: number, recall: number, f1: number, agreement: number | null }} Score */

const TERMINATORS = "。！？；!?;\n";
const CLOSERS = "”’」』）)》】";

/**
 * The units of `text` (start, end), as eval/gold.py cuts them.
 * @param {string} text
 * @returns {[number, number][]}
 */
export function units(text) {
  /** @type {[number, number][]} */
  const raw = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (TERMINATORS.includes(text[i])) {
      let j = i + 1;
      while (j < text.length && CLOSERS.includes(text[j])) j++;
      raw.push([start, j]);
      start = j;
      i = j - 1;
    }
  }
  if (start < text.length) raw.push([start, text.length]);
  /** @type {[number, number][]} */
  const out = [];
  for (const [s, e] of raw) {
    const seg = text.slice(s, e);
    if (!seg.trim()) continue;
    out.push([s + seg.length - seg.trimStart().length, s + seg.trimEnd().length]);
  }
  return out;
}

/** @param {number} tp @param {number} fp @param {number} fn */
function prf(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** @param {{ start: number, end: number }} a @param {{ start: number, end: number }} b */
function iou(a, b) {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/**
 * The fields in which two matched marks differ.
 * @param {string} kind @param {ClassMark} mine @param {ClassMark} key
 * @returns {Difference[]}
 */
function differences(kind, mine, key) {
  return markFields(kind).filter(([f]) => mine[f] !== key[f]).map(([field]) => ({ field, mine: mine[field], key: key[field] }));
}

/**
 * Directive units marked by `marks`: unit index → the majority force.
 * @param {string} text @param {[number, number][]} unitList @param {ClassMark[]} marks
 * @returns {Map<number, string>}
 */
function markedUnits(text, unitList, marks) {
  /** @type {(string | null)[]} */
  const force = new Array(text.length).fill(null);
  for (const m of marks.filter((m) => m.kind === "directive")) {
    for (let i = m.start; i < m.end; i++) force[i] ??= m.force;
  }
  const out = new Map();
  unitList.forEach(([s, e], u) => {
    const chars = [];
    for (let i = s; i < e; i++) if (text[i].trim()) chars.push(i);
    const covered = chars.filter((i) => force[i] !== null);
    if (chars.length && covered.length * 2 >= chars.length) {
      /** @type {Record<string, number>} */
      const counts = {};
      for (const i of covered) counts[/** @type {string} */ (force[i])] = (counts[/** @type {string} */ (force[i])] ?? 0) + 1;
      out.set(u, Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0]);
    }
  });
  return out;
}

/**
 * Scores `answers` against `key` on `text`. Returns per kind `{ tp, fp, fn, precision,
 * recall, f1, agreement }` and `items`: each student mark as agreed or extra, and each key
 * span as missed, with the fields where an agreed mark differs.
 * @param {string} text @param {ClassMark[]} key @param {ClassMark[]} answers
 * @returns {{ scores: Record<string, Score>, items: Item[] }}
 */
export function compare(text, key, answers) {
  const unitList = units(text);
  /** @type {Record<string, Score>} */
  const result = {};
  /** @type {Item[]} */
  const items = [];
  const mine = markedUnits(text, unitList, answers);
  const theirs = markedUnits(text, unitList, key);
  let tp = 0, fp = 0, fn = 0, agree = 0;
  for (const [u, force] of mine) {
    const [start, end] = unitList[u];
    if (theirs.has(u)) {
      tp++;
      const same = theirs.get(u) === force;
      if (same) agree++;
      items.push({ kind: "directive", status: "agreed", start, end, differences: same ? [] : [{ field: "force", mine: force, key: /** @type {string} */ (theirs.get(u)) }] });
    } else {
      fp++;
      items.push({ kind: "directive", status: "extra", start, end, differences: [] });
    }
  }
  for (const [u] of theirs) {
    if (!mine.has(u)) {
      fn++;
      items.push({ kind: "directive", status: "missed", start: unitList[u][0], end: unitList[u][1], differences: [] });
    }
  }
  result.directive = { ...prf(tp, fp, fn), agreement: tp ? agree / tp : null };

  for (const kind of KINDS.slice(1)) {
    const gold = key.filter((m) => m.kind === kind);
    const pred = answers.filter((m) => m.kind === kind);
    /** @type {[number, number, number][]} */
    const pairs = [];
    gold.forEach((g, gi) => pred.forEach((p, pi) => { const v = iou(g, p); if (v >= 0.5) pairs.push([v, gi, pi]); }));
    pairs.sort((a, b) => b[0] - a[0]);
    const gm = new Map(), pm = new Map();
    for (const [, gi, pi] of pairs) {
      if (gm.has(gi) || pm.has(pi)) continue;
      gm.set(gi, pi);
      pm.set(pi, gi);
    }
    let agreeCount = 0;
    pred.forEach((p, pi) => {
      if (pm.has(pi)) {
        const diff = differences(kind, p, gold[/** @type {number} */ (pm.get(pi))]);
        if (!diff.length) agreeCount++;
        items.push({ kind, status: "agreed", start: p.start, end: p.end, differences: diff });
      } else {
        items.push({ kind, status: "extra", start: p.start, end: p.end, differences: [] });
      }
    });
    gold.forEach((g, gi) => { if (!gm.has(gi)) items.push({ kind, status: "missed", start: g.start, end: g.end, differences: [] }); });
    result[kind] = { ...prf(gm.size, pred.length - gm.size, gold.length - gm.size), agreement: gm.size ? agreeCount / gm.size : null };
  }
  items.sort((a, b) => a.start - b.start || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  return { scores: result, items };
}

/**
 * Whether key mark `k` is found by `answers` (a unit for directives, overlap >= 0.5 else).
 * @param {string} text @param {ClassMark} k @param {ClassMark[]} answers
 */
export function found(text, k, answers) {
  if (k.kind === "directive") {
    const list = units(text);
    const mine = markedUnits(text, list, answers);
    return list.some(([s, e], u) => mine.has(u) && s < k.end && k.start < e);
  }
  return answers.some((m) => m.kind === k.kind && iou(m, k) >= 0.5);
}
