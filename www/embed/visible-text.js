// @ts-check
// The text a reader sees in a part of the page, with a map from each of its UTF-16 code
// units back to the DOM position it came from, so that analysis offsets become Ranges.
//
// It follows the rendering, as `innerText` does, over the composed tree (open shadow roots
// and their slots included): line breaks from the computed `display` (2 around a <p>, 1
// around any other block-level box, a tab between table cells and a line feed between
// rows), white space collapsed as `white-space-collapse` says, and a line break in the
// source between two East Asian wide characters removed, by the CSS Text segment-break
// rule that browsers do not implement yet (so hard-wrapped Chinese is not cut by spaces).
// Beyond `innerText`, it leaves out what a reader cannot see or read as the article: ruby
// annotations, text of zero font size, boxes clipped to a pixel or less (screen-reader-only
// text), `aria-hidden` decoration, form controls and buttons, and any widget of ours.

/**
 * @typedef {object} VisibleText
 * @property {string} text the text as a reader sees it
 * @property {(Text | null)[]} nodes code unit `i` of `text` comes from `nodes[i]` (null for a
 *   line break or tab that the layout adds)
 * @property {number[]} offsets … at `offsets[i]` in that node's data (-1 where it is null)
 * @property {ShadowRoot[]} shadowRoots the open shadow roots whose text was read, so that a
 *   watcher can observe them too
 */

/** Elements whose content is no text of the article. */
const SKIPPED = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "INPUT", "SELECT", "BUTTON", "IMG",
  "SVG", "MATH", "CANVAS", "IFRAME", "OBJECT", "EMBED", "VIDEO", "AUDIO", "RT", "RP", "POLICY-LENS-WIDGET",
]);

/** The computed `display` values of block-level boxes, which start and end on a line of their own. */
const BLOCK_LEVEL = new Set(["block", "flow-root", "flex", "grid", "table", "list-item", "table-caption", "block math", "block ruby"]);

/** Whether code point `c` is East Asian wide (F, W or H) and no Hangul: the segment-break rule. */
function wide(/** @type {number} */ c) {
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0xa960 && c <= 0xa97f)
    || (c >= 0xac00 && c <= 0xd7ff) || (c >= 0xffa0 && c <= 0xffdc)) return false; // Hangul
  return (c >= 0x2e80 && c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf)
    || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) || (c >= 0xf900 && c <= 0xfaff)
    || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xffee) || (c >= 0x20000 && c <= 0x3fffd);
}

/** Whether a box this small, with its overflow hidden, or clipped to nothing, shows no text. */
function clippedAway(/** @type {Element} */ el, /** @type {CSSStyleDeclaration} */ style) {
  if (style.display.startsWith("inline") && style.display !== "inline-block") return false;
  const clip = style.clip.match(/^rect\(([-\d.]+)px,? ([-\d.]+)px,? ([-\d.]+)px,? ([-\d.]+)px\)$/);
  if (clip && /absolute|fixed/.test(style.position)) {
    const [top, right, bottom, left] = clip.slice(1).map(Number);
    if ((right - left) <= 1 || (bottom - top) <= 1) return true;
  }
  const inset = style.clipPath.match(/^inset\(([\d.]+)%\)$/);
  if (inset && Number(inset[1]) >= 50) return true;
  if (style.overflowX === "visible" && style.overflowY === "visible") return false;
  const box = el.getBoundingClientRect();
  return box.width <= 1 || box.height <= 1;
}

/** The children of `node` in the composed tree: a shadow root's, a slot's assigned nodes. */
function composedChildren(/** @type {Element} */ node, /** @type {ShadowRoot[]} */ roots) {
  if (node.shadowRoot) {
    roots.push(node.shadowRoot);
    return node.shadowRoot.childNodes;
  }
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes();
    return assigned.length ? assigned : node.childNodes;
  }
  return node.childNodes;
}

/** Whether a later sibling of `el` is laid out with `display`. */
function laterSibling(/** @type {Element} */ el, /** @type {string} */ display) {
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
    if (getComputedStyle(s).display === display) return true;
  }
  return false;
}

/** Whether another table row follows `row` in its table (in its group or a later one). */
function laterRow(/** @type {Element} */ row) {
  if (laterSibling(row, "table-row")) return true;
  const group = row.parentElement;
  if (!group || !/^table-(row|header|footer)-group$/.test(getComputedStyle(group).display)) return false;
  for (let g = group.nextElementSibling; g; g = g.nextElementSibling) {
    if ([...g.children].some((r) => getComputedStyle(r).display === "table-row")) return true;
  }
  return false;
}

/**
 * The visible text under `root` (see the module's comment), with its map to the DOM.
 * @param {Element} root
 * @returns {VisibleText}
 */
export function visibleText(root) {
  /** @type {string[]} */
  const parts = [];
  /** @type {(Text | null)[]} */
  const nodes = [];
  /** @type {number[]} */
  const offsets = [];
  /** @type {ShadowRoot[]} */
  const shadowRoots = [];
  let breaks = 0; // the required line breaks pending before the next character
  /** @type {{ node: Text, offset: number, segmentBreak: boolean } | null} */
  let space = null; // a collapsed space pending before the next character
  let lineStart = true; // nothing but line breaks or tabs since the last line ended
  let previous = 0; // the code point of the last character written

  const push = (/** @type {string} */ ch, /** @type {Text | null} */ node, /** @type {number} */ offset) => {
    const high = parts[parts.length - 1]?.charCodeAt(0) ?? 0;
    const low = ch.charCodeAt(0);
    previous = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
      ? 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00) : low;
    parts.push(ch);
    nodes.push(node);
    offsets.push(offset);
  };
  /** A character the reader sees: first the pending breaks or space, as the rules say. */
  const emit = (/** @type {string} */ ch, /** @type {Text} */ node, /** @type {number} */ offset) => {
    if (breaks && parts.length) {
      for (let i = 0; i < breaks; i++) push("\n", null, -1);
    } else if (space) {
      const next = node.data.codePointAt(offset) ?? 0;
      const removed = space.segmentBreak && ((wide(previous) && wide(next)) || previous === 0x200b || next === 0x200b);
      if (!removed) push(" ", space.node, space.offset);
    }
    breaks = 0;
    space = null;
    lineStart = false;
    push(ch, node, offset);
  };
  /** A line feed or tab that the layout writes (a <br>, between table cells or rows). */
  const layoutCharacter = (/** @type {string} */ ch, /** @type {Text | null} */ node = null, offset = -1) => {
    if (breaks && parts.length) for (let i = 0; i < breaks; i++) push("\n", null, -1);
    breaks = 0;
    space = null;
    lineStart = true;
    push(ch, node, offset);
  };
  const requireBreaks = (/** @type {number} */ n) => {
    breaks = Math.max(breaks, n);
    space = null;
    lineStart = true;
  };

  const text = (/** @type {Text} */ node, /** @type {CSSStyleDeclaration} */ style) => {
    if (style.visibility !== "visible" || parseFloat(style.fontSize) === 0) return;
    const collapse = style.whiteSpaceCollapse;
    const keepSpaces = collapse === "preserve" || collapse === "break-spaces" || collapse === "preserve-spaces";
    const keepBreaks = collapse === "preserve" || collapse === "break-spaces" || collapse === "preserve-breaks";
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (ch === "\n" && keepBreaks) { layoutCharacter("\n", node, i); continue; }
      const collapsible = !keepSpaces && (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f");
      if (!collapsible) { emit(ch, node, i); continue; }
      if (lineStart) continue;
      space ??= { node, offset: i, segmentBreak: false };
      if (ch === "\n") space.segmentBreak = true;
    }
  };

  /** @type {Map<Element, CSSStyleDeclaration>} */
  const styles = new Map();
  const styleOf = (/** @type {Element} */ el) => {
    let s = styles.get(el);
    if (!s) { s = getComputedStyle(el); styles.set(el, s); }
    return s;
  };

  /** Walks `node`, a child of `parent` in the composed tree (a slot, for slotted nodes). */
  const walk = (/** @type {Node} */ node, /** @type {Element} */ parent) => {
    if (node.nodeType === Node.TEXT_NODE) {
      text(/** @type {Text} */ (node), styleOf(parent));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = /** @type {Element} */ (node);
    if (SKIPPED.has(el.tagName.toUpperCase()) || el.getAttribute("aria-hidden") === "true") return;
    const style = styleOf(el);
    const display = style.display;
    if (display === "none") return;
    if (el.tagName === "BR") { layoutCharacter("\n"); return; }
    if (display !== "contents" && clippedAway(el, style)) return;
    const boxed = style.visibility === "visible" && display !== "contents";
    const lines = !boxed ? 0 : el.tagName === "P" ? 2 : BLOCK_LEVEL.has(display) ? 1 : 0;
    if (lines) requireBreaks(lines);
    if (style.contentVisibility !== "hidden") {
      const children = el.tagName === "DETAILS" && !(/** @type {HTMLDetailsElement} */ (el)).open
        ? [...el.children].filter((c) => c.tagName === "SUMMARY").slice(0, 1)
        : composedChildren(el, shadowRoots);
      for (const child of children) walk(child, el);
    }
    if (lines) requireBreaks(lines);
    if (boxed && display === "table-cell" && laterSibling(el, "table-cell")) layoutCharacter("\t");
    if (boxed && display === "table-row" && laterRow(el)) layoutCharacter("\n");
  };

  const rendered = root.checkVisibility() || getComputedStyle(root).display === "contents";
  if (rendered) for (const child of composedChildren(root, shadowRoots)) walk(child, root);
  return { text: parts.join(""), nodes, offsets, shadowRoots };
}

/**
 * The Ranges that show code units `start..end` of a `visibleText` result: one per text node
 * the stretch passes through, so that none spans a hidden node or a shadow boundary. Empty
 * when the stretch holds only breaks the layout added.
 * @param {VisibleText} visible
 * @param {number} start
 * @param {number} end
 * @returns {Range[]}
 */
export function rangesOf(visible, start, end) {
  const { nodes, offsets } = visible;
  /** @type {Range[]} */
  const ranges = [];
  let i = Math.max(0, start);
  const stop = Math.min(end, nodes.length);
  while (i < stop) {
    const node = nodes[i];
    if (!node) { i++; continue; }
    let j = i + 1;
    while (j < stop && nodes[j] === node) j++;
    const range = new Range();
    range.setStart(node, offsets[i]);
    range.setEnd(node, offsets[j - 1] + 1);
    ranges.push(range);
    i = j;
  }
  return ranges;
}
