// @ts-check
// The page's highlights, shared by every widget on it. `CSS.highlights` is the one registry
// per page: each highlight has its documented name (policy-lens-directive … and
// policy-lens-focus), and each widget adds and removes only its own ranges in it, so that
// two widgets (even of two versions of this file) never wipe each other's.
//
// The default styles sit in the cascade layer `policy-lens`, below any unlayered rule of
// the host: a host's own `::highlight(policy-lens-actor)` rule wins. A document or shadow
// root adopts them while it holds ranges of ours.

import { KINDS } from "../pkg/vocabulary.js";

/** The name of the highlight of `kind` in `CSS.highlights` (and in `::highlight()`). */
export const highlightName = (/** @type {string} */ kind) => `policy-lens-${kind}`;

/** The highlight of what a who-must-do-what row must do, above the others. */
export const FOCUS = "policy-lens-focus";

/** Light and dark defaults; a host overrides them with the custom properties. */
const COLOURS = {
  light: { directive: "#1a4fa0", actor: "#ffe08a", measure: "#00695c", target: "#6a1b9a", focus: "#f8bbd0" },
  dark: { directive: "#8ab4f8", actor: "#735800", measure: "#4db6ac", target: "#ce93d8", focus: "#7b2950" },
};

/** The default styles for `theme`: the highlights and the `<mark>` fallback. */
function css(/** @type {"light" | "dark"} */ theme) {
  const c = COLOURS[theme];
  const lines = {
    directive: `text-decoration: overline 2px var(--policy-lens-directive, ${c.directive})`,
    actor: `background-color: var(--policy-lens-actor, ${c.actor})`,
    measure: `text-decoration: underline 2px var(--policy-lens-measure, ${c.measure})`,
    target: `text-decoration: underline dotted 2px var(--policy-lens-target, ${c.target})`,
  };
  const rules = KINDS.flatMap((k) => [
    `::highlight(${highlightName(k)}) { ${lines[/** @type {keyof typeof lines} */ (k)]}; }`,
    `mark[data-policy-lens~="${k}"] { ${lines[/** @type {keyof typeof lines} */ (k)]}; }`,
  ]);
  return `@layer policy-lens {
mark[data-policy-lens] { background: none; color: inherit; }
${rules.join("\n")}
::highlight(${FOCUS}) { background-color: var(--policy-lens-focus-background, ${c.focus}); }
}`;
}

/** One sheet per theme, built on first use and adopted wherever ranges of ours lie. */
const sheets = { light: /** @type {CSSStyleSheet | null} */ (null), dark: /** @type {CSSStyleSheet | null} */ (null) };
function sheet(/** @type {"light" | "dark"} */ theme) {
  let s = sheets[theme];
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(css(theme));
    sheets[theme] = s;
  }
  return s;
}

/**
 * How many layers of this page use each root, by theme, so that the last one out removes the sheet.
 * @type {Map<Document | ShadowRoot, { light: number, dark: number }>}
 */
const users = new Map();

function adopt(/** @type {Document | ShadowRoot} */ root, /** @type {"light" | "dark"} */ theme) {
  const count = users.get(root) ?? { light: 0, dark: 0 };
  if (count[theme]++ === 0) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet(theme)];
  users.set(root, count);
}

function release(/** @type {Document | ShadowRoot} */ root, /** @type {"light" | "dark"} */ theme) {
  const count = users.get(root);
  if (!count || count[theme] === 0) return;
  if (--count[theme] === 0) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheets[theme]);
}

/** Whether this browser has the CSS Custom Highlight API. */
export const supported = () => typeof CSS !== "undefined" && "highlights" in CSS;

/**
 * One widget's share of the page's highlights: the ranges it added under each name, and
 * the roots (the document, open shadow roots in the article) that adopted the styles for it.
 */
export class HighlightLayer {
  /** @type {Map<string, Range[]>} */
  #ranges = new Map();
  /** @type {Set<Document | ShadowRoot>} */
  #roots = new Set();
  /** @type {"light" | "dark"} */
  #theme = "light";

  /**
   * Shows `ranges` under `name` in place of this layer's earlier ones there.
   * @param {string} name
   * @param {Range[]} ranges
   */
  set(name, ranges) {
    this.clear(name);
    if (!ranges.length) return;
    let highlight = CSS.highlights.get(name);
    if (!highlight) {
      highlight = new Highlight();
      if (name === FOCUS) highlight.priority = 1;
      CSS.highlights.set(name, highlight);
    }
    for (const r of ranges) {
      highlight.add(r);
      const root = /** @type {Document | ShadowRoot} */ (r.startContainer.getRootNode());
      if (!this.#roots.has(root)) { this.#roots.add(root); adopt(root, this.#theme); }
    }
    this.#ranges.set(name, ranges);
  }

  /** Removes this layer's ranges under `name` (the name goes once no widget has any). */
  clear(/** @type {string} */ name) {
    const mine = this.#ranges.get(name);
    if (!mine) return;
    this.#ranges.delete(name);
    const highlight = CSS.highlights.get(name);
    if (!highlight) return;
    for (const r of mine) highlight.delete(r);
    if (highlight.size === 0) CSS.highlights.delete(name);
  }

  /** Removes all of this layer's ranges and styles. */
  clearAll() {
    for (const name of [...this.#ranges.keys()]) this.clear(name);
    for (const root of this.#roots) release(root, this.#theme);
    this.#roots.clear();
  }

  /**
   * The default colours for a light or a dark page, in every root this layer styles (and,
   * for the `<mark>` fallback, in `document`, which `useStylesIn` adds).
   * @param {"light" | "dark"} theme
   */
  setTheme(theme) {
    if (theme === this.#theme) return;
    for (const root of this.#roots) { release(root, this.#theme); adopt(root, theme); }
    this.#theme = theme;
  }

  /** Adopts the default styles in `root` for this layer (the `<mark>` fallback needs them there). */
  useStylesIn(/** @type {Document | ShadowRoot} */ root) {
    if (!this.#roots.has(root)) { this.#roots.add(root); adopt(root, this.#theme); }
  }
}
