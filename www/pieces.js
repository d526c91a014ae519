// @ts-check
// The text cut at span edges: the pieces between consecutive span boundaries, each with
// the spans that cover it. The classroom sheet draws its marks from these; the widget's
// <mark> fallback wraps them.

/**
 * @template {{ start: number, end: number }} S
 * @typedef {object} Piece
 * @property {number} start
 * @property {number} end
 * @property {S[]} spans the spans that cover the whole piece, in the order given
 */

/**
 * Cuts `0..length` at every start and end of `spans` (clamped to the text); returns the
 * pieces in order, empty ones left out, each with the spans covering it.
 * @template {{ start: number, end: number }} S
 * @param {number} length
 * @param {S[]} spans
 * @returns {Piece<S>[]}
 */
export function cutAtSpanEdges(length, spans) {
  const clamp = (/** @type {number} */ x) => Math.max(0, Math.min(length, x));
  const points = [...new Set([0, length, ...spans.flatMap((s) => [clamp(s.start), clamp(s.end)])])].sort((a, b) => a - b);
  // Sweep: spans sorted by start enter, and leave once their end is passed.
  const order = spans.map((s, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  /** @type {Set<number>} */
  const open = new Set();
  let next = 0;
  /** @type {Piece<S>[]} */
  const pieces = [];
  for (let p = 0; p + 1 < points.length; p++) {
    const [start, end] = [points[p], points[p + 1]];
    while (next < order.length && spans[order[next]].start <= start) open.add(order[next++]);
    for (const i of open) if (spans[i].end <= start) open.delete(i);
    const covering = [...open].filter((i) => spans[i].end >= end).sort((a, b) => a - b).map((i) => spans[i]);
    pieces.push({ start, end, spans: covering });
  }
  return pieces;
}
