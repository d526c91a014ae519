// @ts-check
// The fallback where the CSS Custom Highlight API is missing: the article's text nodes are
// cut at the spans' edges (the shared cut of www/pieces.js) and each piece is wrapped in one
// <mark data-policy-lens="kind"> per kind covering it, nested. Every change is logged so
// that `unwrap` restores the host's DOM node for node: the same text nodes, the same data.

import { cutAtSpanEdges } from "../pieces.js";

/** @typedef {import("./visible-text.js").VisibleText} VisibleText */
/** @typedef {{ kind: string, start: number, end: number }} KindSpan */

/**
 * What `wrap` did, to be undone in reverse: a text node split into two, or a piece moved
 * into a mark.
 * @typedef {{ split: Text, tail: Text } | { mark: HTMLElement }} Step
 */

/**
 * Wraps the spans in marks; returns the log that `unwrap` takes. Works from the text map,
 * not from live Ranges (moving a text node into a mark would move their boundaries): the
 * caller reads the text again afterwards to make its Ranges.
 * @param {VisibleText} visible
 * @param {KindSpan[]} spans
 * @returns {Step[]}
 */
export function wrap(visible, spans) {
  /** @type {Map<Text, { from: number, to: number, kinds: string[] }[]>} */
  const cuts = new Map();
  for (const piece of cutAtSpanEdges(visible.text.length, spans)) {
    const kinds = [...new Set(piece.spans.map((s) => s.kind))];
    if (!kinds.length) continue;
    for (let i = piece.start; i < piece.end;) {
      const node = visible.nodes[i];
      if (!node) { i++; continue; }
      let j = i + 1;
      while (j < piece.end && visible.nodes[j] === node) j++;
      const list = cuts.get(node) ?? [];
      list.push({ from: visible.offsets[i], to: visible.offsets[j - 1] + 1, kinds });
      cuts.set(node, list);
      i = j;
    }
  }
  /** @type {Step[]} */
  const log = [];
  for (const [node, marks] of cuts) {
    // Cut from the end, so that the offsets before each cut stay those of `node`.
    for (const { from, to, kinds } of marks.sort((a, b) => b.from - a.from)) {
      let piece = node;
      if (to < piece.data.length) log.push({ split: piece, tail: piece.splitText(to) });
      if (from > 0) {
        const tail = piece.splitText(from);
        log.push({ split: piece, tail });
        piece = tail;
      }
      /** @type {Node} */
      let inner = piece;
      const parent = piece.parentNode;
      const next = piece.nextSibling;
      for (const kind of [...kinds].reverse()) {
        const mark = document.createElement("mark");
        mark.dataset.policyLens = kind;
        mark.append(inner);
        log.push({ mark });
        inner = mark;
      }
      parent?.insertBefore(inner, next);
    }
  }
  return log;
}

/**
 * Undoes `wrap`: marks give back their content, split text nodes join again. A step whose
 * nodes the host has moved or removed since is left alone.
 * @param {Step[]} log
 */
export function unwrap(log) {
  for (const step of [...log].reverse()) {
    if ("mark" in step) {
      step.mark.replaceWith(...step.mark.childNodes);
    } else if (step.split.nextSibling === step.tail) {
      step.split.appendData(step.tail.data);
      step.tail.remove();
    }
  }
}
