// The text a reader sees in a part of the page, with a map from each of its UTF-16 code
// units back to the DOM position it came from, so that analysis offsets become Ranges.

/** Elements whose content starts and ends on a line of its own. */
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION",
  "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN",
  "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
]);
/** Elements whose content is not text for the reader. */
const SKIPPED = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "INPUT", "SELECT", "OPTION", "BUTTON",
  "SVG", "CANVAS", "IFRAME", "OBJECT", "VIDEO", "AUDIO", "POLICY-LENS-WIDGET",
]);

function hidden(el) {
  if (SKIPPED.has(el.tagName.toUpperCase()) || el.hidden || el.getAttribute("aria-hidden") === "true") return true;
  const style = getComputedStyle(el);
  return style.display === "none" || style.visibility === "hidden" || style.visibility === "collapse";
}

/**
 * The visible text under `root`: white space collapsed as HTML renders it (kept where
 * `white-space` keeps it), a line break for `<br>` and around each block. Returns
 * `{ text, nodes, offsets }`: code unit `i` of `text` comes from `nodes[i]` at `offsets[i]`
 * (`nodes[i]` is null for a line break the layout adds).
 */
export function visibleText(root) {
  const parts = [];
  const nodes = [];
  const offsets = [];
  let last = "\n"; // as if a line ended before the root: leading white space is dropped
  const emit = (ch, node, offset) => {
    parts.push(ch);
    nodes.push(node);
    offsets.push(offset);
    last = ch;
  };
  const lineBreak = () => {
    if (last === " " && parts.length) {
      // A space before a line break is not rendered: drop it.
      parts.pop(); nodes.pop(); offsets.pop();
      last = parts.length ? parts[parts.length - 1] : "\n";
    }
    if (last !== "\n") emit("\n", null, -1);
  };
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = node.data;
      const ws = getComputedStyle(node.parentElement ?? root).whiteSpace;
      const keepSpaces = ws.startsWith("pre") || ws === "break-spaces";
      const keepBreaks = keepSpaces || ws === "pre-line";
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (ch === "\n" && keepBreaks) { emit("\n", node, i); continue; }
        if (!keepSpaces && (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f")) {
          if (last !== " " && last !== "\n") emit(" ", node, i);
          continue;
        }
        emit(ch, node, i);
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || hidden(node)) return;
    const tag = node.tagName.toUpperCase();
    if (tag === "BR") { lineBreak(); return; }
    const block = BLOCKS.has(tag);
    if (block) lineBreak();
    for (const child of node.childNodes) walk(child);
    if (block) lineBreak();
  };
  for (const child of root.childNodes) walk(child);
  while (parts.length && (last === " " || last === "\n")) {
    parts.pop(); nodes.pop(); offsets.pop();
    last = parts.length ? parts[parts.length - 1] : "\n";
  }
  return { text: parts.join(""), nodes, offsets };
}

/**
 * The DOM Range of UTF-16 units `start..end` of a `visibleText` result, or null when the
 * stretch holds only line breaks the layout added.
 */
export function rangeOf(visible, start, end) {
  const { nodes, offsets } = visible;
  let s = start;
  while (s < end && nodes[s] === null) s++;
  let e = end - 1;
  while (e >= s && nodes[e] === null) e--;
  if (s > e) return null;
  const range = document.createRange();
  range.setStart(nodes[s], offsets[s]);
  range.setEnd(nodes[e], offsets[e] + 1);
  return range;
}
