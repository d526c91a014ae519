// @ts-check
// Marks as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/), the
// format annotation tools such as Hypothesis and Recogito read: one annotation per span,
// its target a TextQuoteSelector and a TextPositionSelector, its kind and attributes
// tagging bodies ("directive", "force:obligation"), and the rule that found it, when there
// is one, a describing body.

import { textHash } from "./text-hash.js";

/** @typedef {import("./analysis.js").Mark} Mark */
/** @typedef {import("./i18n.js").Strings} Strings */

/** How many characters of context the quote selector keeps on each side. */
const CONTEXT = 32;

/**
 * Code-point offsets for UTF-16 offsets: the annotation model counts characters.
 * @param {string} text
 */
function codePointOffsets(text) {
  const at = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    at[i] = n;
    const low = /[\uDC00-\uDFFF]/.test(text[i]) && i > 0 && /[\uD800-\uDBFF]/.test(text[i - 1]);
    if (!low) n++;
  }
  at[text.length] = n;
  return at;
}

/**
 * The annotations of `marks` on `text`, as a JSON-LD array.
 * @param {string} text
 * @param {Mark[]} marks
 * @param {{ creator: { type: "Software" | "Person", name: string }, str: Strings }} about who made the marks; rule descriptions in `str`'s language
 * @returns {object[]}
 */
export function toWebAnnotations(text, marks, { creator, str }) {
  const source = `urn:policy-lens:text:${textHash(text)}`;
  const cp = codePointOffsets(text);
  return marks.map((m, i) => {
    const body = [
      { type: "TextualBody", purpose: "tagging", value: m.kind },
      ...Object.entries(m.attributes).map(([field, value]) => ({ type: "TextualBody", purpose: "tagging", value: `${field}:${value}` })),
    ];
    if (m.rule) body.push({ type: "TextualBody", purpose: "describing", value: `${m.rule}: ${str.rule(m.rule)}`, language: str.htmlLang });
    return {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `${source}#${m.kind}-${i}`,
      type: "Annotation",
      motivation: "classifying",
      creator,
      body,
      target: {
        source,
        selector: [
          { type: "TextQuoteSelector", exact: text.slice(m.start, m.end), prefix: text.slice(Math.max(0, m.start - CONTEXT), m.start), suffix: text.slice(m.end, m.end + CONTEXT) },
          { type: "TextPositionSelector", start: cp[m.start], end: cp[m.end] },
        ],
      },
    };
  });
}
