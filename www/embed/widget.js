// The embedded widget once a reader has pressed its button: loads the analyzer (once per
// page), analyses the article's visible text, highlights it in place with the CSS Custom
// Highlight API (wrapping in <mark> only where that API is missing), and shows the summary
// in a panel inside the widget's shadow root. The host's DOM is left as it was.

import { renderSummary } from "../summary.js";
import { t, useLanguage } from "../i18n.js";
import { rangeOf, visibleText } from "./visible-text.js";

const KINDS = ["directive", "actor", "measure", "target"];
const PLURAL = { directive: "directives", actor: "actors", measure: "measures", target: "targets" };
const FOCUS = "policy-lens-focus";

/** Highlight styles: one named highlight per category; colours from custom properties. */
const HIGHLIGHT_CSS = `
::highlight(policy-lens-directive) { text-decoration: overline 2px var(--policy-lens-directive, #1a4fa0); }
::highlight(policy-lens-actor) { background-color: var(--policy-lens-actor, #ffe08a); color: inherit; }
::highlight(policy-lens-measure) { text-decoration: underline 2px var(--policy-lens-measure, #00695c); }
::highlight(policy-lens-target) { text-decoration: underline dotted 2px var(--policy-lens-target, #6a1b9a); }
::highlight(${FOCUS}) { background-color: var(--policy-lens-focus-background, #f8bbd0); }
mark[data-policy-lens] { background: none; color: inherit; }
mark[data-policy-lens="directive"] { text-decoration: overline 2px var(--policy-lens-directive, #1a4fa0); }
mark[data-policy-lens="actor"] { background-color: var(--policy-lens-actor, #ffe08a); }
mark[data-policy-lens="measure"] { text-decoration: underline 2px var(--policy-lens-measure, #00695c); }
mark[data-policy-lens="target"] { text-decoration: underline dotted 2px var(--policy-lens-target, #6a1b9a); }
`;

let analyzer = null;

/** The analyzer, built once per page from the wasm under `base`. */
function loadAnalyzer(base) {
  analyzer ??= (async () => {
    const glue = await import(new URL("policy_lens.js", base).href);
    await glue.default({ module_or_path: new URL("policy_lens_bg.wasm", base) });
    return new glue.Analyzer();
  })();
  return analyzer;
}

let stylesInstalled = false;

/** Adds the highlight styles to the host document without adding an element to it. */
function installHighlightStyles() {
  if (stylesInstalled) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  stylesInstalled = true;
}

/**
 * The fallback where CSS.highlights is missing: wraps every stretch of the spans in nested
 * <mark data-policy-lens> elements. Works from the text map, not from live Ranges (moving a
 * text node into a <mark> would move the Ranges' boundaries): each text node is split at
 * every span boundary inside it, and each piece is wrapped in the kinds that cover it.
 */
function wrapSpans(visible, spansByKind) {
  const cuts = new Map(); // text node → [{ from, to, kind }]
  for (const kind of KINDS) {
    for (const s of spansByKind[kind]) {
      let current = null;
      for (let i = s.start; i < s.end; i++) {
        const node = visible.nodes[i];
        if (!node) continue;
        const at = visible.offsets[i];
        if (current && current.node === node) {
          current.to = at + 1;
        } else {
          current = { node, from: at, to: at + 1, kind };
          if (!cuts.has(node)) cuts.set(node, []);
          cuts.get(node).push(current);
        }
      }
    }
  }
  for (const [node, marks] of cuts) {
    const length = node.data.length;
    const points = [...new Set(marks.flatMap((m) => [m.from, m.to]))]
      .filter((p) => p > 0 && p < length).sort((a, b) => a - b);
    const pieces = [];
    let rest = node;
    let done = 0;
    for (const p of points) {
      const next = rest.splitText(p - done);
      pieces.push([rest, done, p]);
      rest = next;
      done = p;
    }
    pieces.push([rest, done, length]);
    for (const [piece, from, to] of pieces) {
      const covering = marks.filter((m) => m.from <= from && to <= m.to);
      if (!covering.length) continue;
      const parent = piece.parentNode;
      const next = piece.nextSibling;
      let inner = piece;
      for (const m of covering.reverse()) {
        const mark = document.createElement("mark");
        mark.dataset.policyLens = m.kind;
        mark.append(inner);
        inner = mark;
      }
      parent.insertBefore(inner, next);
    }
  }
}

export class Widget {
  /** Analyses the article `host` points to and opens the panel in `shadow`. */
  static async open(host, shadow, button) {
    const lang = host.getAttribute("lang") === "en" ? "en" : "zh";
    useLanguage(lang);
    const base = new URL(host.getAttribute("base") ?? "../pkg/", host.getAttribute("base") ? document.baseURI : import.meta.url);
    const targetId = host.getAttribute("for");
    const article = targetId ? document.getElementById(targetId) : host.parentElement;
    if (!article) throw new Error(`no element with id "${targetId}" to analyse`);
    const kinds = (host.getAttribute("kinds") ?? KINDS.join(","))
      .split(",").map((k) => k.trim()).filter((k) => KINDS.includes(k));
    const instance = new Widget(host, shadow, button, article, kinds.length ? kinds : KINDS);
    await instance.#analyse(base);
    return instance;
  }

  constructor(host, shadow, button, article, kinds) {
    this.host = host;
    this.article = article;
    this.kinds = kinds;
    this.button = button;
    this.ranges = {};
    this.analysis = null;
    this.visible = null;
    this.#buildPanel(shadow);
  }

  #buildPanel(shadow) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("widget.css", import.meta.url).href;
    this.panel = document.createElement("section");
    this.panel.className = "panel";
    this.panel.dataset.position = this.host.getAttribute("position") === "left" ? "left" : "right";
    this.panel.setAttribute("role", "dialog");
    this.panel.setAttribute("aria-label", t("title"));
    const head = document.createElement("header");
    const title = document.createElement("h2");
    title.textContent = t("title");
    const close = document.createElement("button");
    close.type = "button";
    close.className = "close";
    close.textContent = "×";
    close.setAttribute("aria-label", t("close"));
    close.addEventListener("click", () => this.toggle(false));
    head.append(title, close);
    this.status = document.createElement("p");
    this.status.className = "status";
    this.status.setAttribute("role", "status");
    this.findings = document.createElement("div");
    this.summary = document.createElement("div");
    this.panel.append(head, this.status, this.findings, this.summary);
    shadow.append(link, this.panel);
    this.button.setAttribute("aria-expanded", "true");
  }

  async #analyse(base) {
    this.status.textContent = t("loading");
    const ready = await loadAnalyzer(base);
    this.visible = visibleText(this.article);
    const began = performance.now();
    this.analysis = ready.analyze(this.visible.text, { kinds: this.kinds });
    for (const kind of KINDS) {
      this.ranges[kind] = this.analysis[PLURAL[kind]].map((s) => rangeOf(this.visible, s.start, s.end));
    }
    this.#highlight(true);
    const c = this.analysis.summary.counts;
    this.status.textContent = t("done", c.directives + c.actors + c.measures + c.targets, Math.round(performance.now() - began));
    this.#renderFindings();
    renderSummary(this.summary, this.analysis, {
      show: (kind, i) => this.#goTo(this.ranges[kind][i]),
      focus: (row) => this.#focusRow(row),
    });
  }

  #highlight(on) {
    if ("highlights" in CSS) {
      installHighlightStyles();
      for (const kind of KINDS) {
        const name = `policy-lens-${kind}`;
        if (on && this.ranges[kind].length) CSS.highlights.set(name, new Highlight(...this.ranges[kind].filter(Boolean)));
        else CSS.highlights.delete(name);
      }
      if (!on) CSS.highlights.delete(FOCUS);
    } else if (on && !this.wrapped) {
      installHighlightStyles();
      wrapSpans(this.visible, Object.fromEntries(KINDS.map((k) => [k, this.analysis[PLURAL[k]]])));
      this.wrapped = true;
    }
  }

  /** Directives as a list of links, so that screen-reader users can reach each one. */
  #renderFindings() {
    const heading = document.createElement("h3");
    heading.textContent = t("directive");
    const list = document.createElement("ol");
    list.className = "findings";
    this.analysis.directives.slice(0, 200).forEach((d, i) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "link";
      b.textContent = d.text.length > 60 ? `${d.text.slice(0, 60)}…` : d.text;
      b.addEventListener("click", () => this.#goTo(this.ranges.directive[i]));
      const li = document.createElement("li");
      li.append(b);
      list.append(li);
    });
    this.findings.replaceChildren(heading, list);
  }

  /** Moves the reader to `range`: scrolls it into view and selects it. */
  #goTo(range) {
    if (!range) return;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ behavior: "smooth", block: "center" });
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  #focusRow(row) {
    if (!("highlights" in CSS)) return;
    if (!row) { CSS.highlights.delete(FOCUS); return; }
    const ranges = [...row.directives.map((i) => this.ranges.directive[i]), ...row.measures.map((i) => this.ranges.measure[i])];
    CSS.highlights.set(FOCUS, new Highlight(...ranges.filter(Boolean)));
  }

  /** Shows or hides the panel and the highlights. */
  toggle(show = this.panel.hidden) {
    this.panel.hidden = !show;
    this.button.setAttribute("aria-expanded", String(show));
    this.#highlight(show);
  }
}
