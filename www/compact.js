// @ts-check
// The analysis as typed arrays (the core's `analyzeCompact`, src/compact.rs) turned back
// into the plain analysis that `analyze` returns. A worker hands the arrays over without a
// copy (they are transferable) and the span texts are sliced from the text here, so a long
// text's analysis crosses from the worker as a few buffers instead of a graph of objects.

import { FIELDS, RULE_IDS } from "./pkg/vocabulary.js";

/** @typedef {import("./pkg/policy_lens.js").Analysis} Analysis */
/** @typedef {import("./pkg/policy_lens.js").CompactAnalysis} CompactAnalysis */
/** @typedef {import("./pkg/policy_lens.js").Rule} Rule */

/** The marker and shared-list index that stand for "none". */
const NONE = 0xffffffff;

/**
 * The buffers of a compact analysis, for `postMessage`'s transfer list.
 * @param {CompactAnalysis} compact
 * @returns {ArrayBuffer[]}
 */
export function buffersOf(compact) {
  const arrays = [compact.directives, compact.directiveCodes, compact.actorLists, compact.actors,
    compact.actorCodes, compact.measures, compact.measureCodes, compact.targets, compact.targetCodes];
  return arrays.map((a) => /** @type {ArrayBuffer} */ (a.buffer));
}

/**
 * The plain analysis of `text` from its compact form.
 * @param {CompactAnalysis} c
 * @param {string} text the text that was analysed
 * @returns {Analysis}
 */
export function expand(c, text) {
  const at = (/** @type {number} */ start, /** @type {number} */ end) => ({ start, end, text: text.slice(start, end) });
  const rule = (/** @type {number} */ code) => /** @type {Rule} */ (RULE_IDS[code]);
  const directives = [];
  for (let i = 0; 7 * i < c.directives.length; i++) {
    const [start, end, ms, me, from, first, count] = c.directives.subarray(7 * i, 7 * i + 7);
    /** @type {Record<string, unknown>} */
    const d = {
      ...at(start, end),
      rule: rule(c.directiveCodes[2 * i]),
      force: FIELDS.directive.force[c.directiveCodes[2 * i + 1]],
      implicit: ms === NONE,
      marker: ms === NONE ? null : at(ms, me),
      actors: [...c.actorLists.subarray(first, first + count)],
    };
    if (from !== NONE) d.actors_from = from;
    directives.push(d);
  }
  const actors = [];
  for (let i = 0; 2 * i < c.actors.length; i++) {
    const codes = c.actorCodes.subarray(4 * i, 4 * i + 4);
    actors.push({
      ...at(c.actors[2 * i], c.actors[2 * i + 1]),
      rule: rule(codes[0]),
      role: FIELDS.actor.role[codes[1]],
      level: FIELDS.actor.level[codes[2]],
      kind: FIELDS.actor.kind[codes[3]],
    });
  }
  const measures = [];
  for (let i = 0; 3 * i < c.measures.length; i++) {
    measures.push({
      ...at(c.measures[3 * i], c.measures[3 * i + 1]),
      rule: rule(c.measureCodes[2 * i]),
      instrument: FIELDS.measure.instrument[c.measureCodes[2 * i + 1]],
      directive: c.measures[3 * i + 2] === NONE ? null : c.measures[3 * i + 2],
    });
  }
  const targets = [];
  for (let i = 0; 2 * i < c.targets.length; i++) {
    targets.push({ ...at(c.targets[2 * i], c.targets[2 * i + 1]), rule: rule(c.targetCodes[i]) });
  }
  return /** @type {Analysis} */ (/** @type {unknown} */ ({
    length: c.length, directives, actors, measures, targets, outline: c.outline, summary: c.summary,
  }));
}
