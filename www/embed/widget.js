// @ts-check
// One <policy-lens-widget> once a reader has shown interest in it: it reads the article's
// visible text, analyses it with the shared analyzer, highlights it in place (in the page's
// shared highlights, or with <mark>s where the Highlight API is missing), shows the panel,
// and, while the panel is open, reads and analyses the article again whenever it changes.
// The element (policy-lens-embed.js) hands it its options as values.

import { rowDirectives, rowMeasures, spansOf } from "../analysis.js";
import { loadAnalyzer } from "../analyzer.js";
import { strings } from "../i18n.js";
import { KINDS } from "../pkg/vocabulary.js";
import { ArticleWatch } from "./article-watch.js";
import { ANALYZER_FOLDER } from "./assets.js";
import { FOCUS, HighlightLayer, highlightName, supported as highlightsSupported } from "./highlights.js";
import { unwrap, wrap } from "./mark-fallback.js";
import { Panel } from "./panel.js";
import { onProgress, panelStyles, prefetch, wasmDownloaded } from "./prefetch.js";
import { scrollToRanges, selectAndFocus } from "./reveal.js";
import { widgetSentences } from "./strings.js";
import { rangesOf, visibleText } from "./visible-text.js";

export { prefetch };

/** @typedef {import("../pkg/policy_lens.js").Analysis} Analysis */
/** @typedef {import("../pkg/policy_lens.js").Kind} Kind */
/** @typedef {import("../pkg/policy_lens.js").Responsibility} Responsibility */
/** @typedef {import("./visible-text.js").VisibleText} VisibleText */
/** @typedef {import("./mark-fallback.js").Step} Step */

/**
 * What the element tells the widget, as values (see policy-lens-embed.js for each).
 * @typedef {object} WidgetOptions
 * @property {string} for
 * @property {string[]} kinds
 * @property {"zh" | "en"} lang
 * @property {"right" | "left"} position
 * @property {"auto" | "light" | "dark"} theme
 */

/** How much of a span's text the status line repeats after going to it. */
const JUMP_LABEL_LENGTH = 40;

/** The kinds of `names` that the vocabulary knows (all of them when none is named). */
function knownKinds(/** @type {string[]} */ names) {
  const known = /** @type {Kind[]} */ (names.filter((k) => KINDS.includes(k)));
  const unknown = names.filter((k) => !KINDS.includes(k));
  if (unknown.length) console.warn(`Policy Lens: unknown kinds ${unknown.join(", ")} (known: ${KINDS.join(", ")})`);
  return known.length ? known : /** @type {Kind[]} */ ([...KINDS]);
}

/** Whether a CSS colour is light (relative luminance over 0.4): the text of a dark page. */
function isLight(/** @type {string} */ colour) {
  const rgb = colour.match(/[\d.]+/g)?.slice(0, 3).map(Number);
  if (!rgb || rgb.length < 3) return false;
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4;
}

export class Widget {
  /** The last analysis, or null. @type {Analysis | null} */
  analysis = null;
  /** The text the last analysis is of, or null. @type {string | null} */
  text = null;

  #host;
  #button;
  #panel;
  #layer = new HighlightLayer();
  #watch;
  /** @type {WidgetOptions} */
  #options;
  /** The element read last, or null while the `for` names none. @type {Element | null} */
  #article = null;
  /** @type {VisibleText | null} */
  #visible = null;
  /** For each kind, each span's Ranges (null while they are stale). @type {Map<string, Range[][]> | null} */
  #ranges = null;
  /** What the <mark> fallback did, to be undone. @type {Step[]} */
  #marks = [];
  /** Counts the reads, so that a slow one finishing after a newer one is dropped. */
  #reads = 0;
  /** The status line of the last analysis, shown again when the panel reopens on the same text. */
  #done = "";
  /** The panel's stylesheets adopted by the shadow root, once. @type {Promise<void> | null} */
  #styled = null;
  #onResize = () => { if (this.isOpen) this.#panel.place(this.#button); };
  #darkScheme = matchMedia("(prefers-color-scheme: dark)");
  #onScheme = () => this.#applyTheme();

  /**
   * @param {HTMLElement} host the <policy-lens-widget>
   * @param {ShadowRoot} shadow its shadow root, which the panel joins
   * @param {HTMLButtonElement} button its button, which focus returns to
   * @param {WidgetOptions} options
   */
  constructor(host, shadow, button, options) {
    this.#host = host;
    this.#button = button;
    this.#options = options;
    this.#panel = new Panel(shadow, { position: options.position, onClose: () => this.close() });
    this.#panel.label(strings(options.lang));
    this.#watch = new ArticleWatch({
      article: () => this.#article,
      resolve: () => this.#resolve(),
      ignore: host,
      stale: () => this.#unpaint(),
      changed: () => { this.#read(false).catch((e) => this.#failed(e)); },
    });
    this.#style().catch(() => { /* open() tries again and reports it */ });
  }

  /** Adopts the panel's stylesheets in the shadow root (once they have come). */
  #style() {
    this.#styled ??= panelStyles().then((sheets) => {
      const shadow = /** @type {ShadowRoot} */ (this.#host.shadowRoot);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, ...sheets];
    });
    this.#styled.catch(() => { this.#styled = null; });
    return this.#styled;
  }

  /** Whether the panel shows. */
  get isOpen() {
    return this.#panel.isOpen;
  }

  /** The element the `for` option names now (the widget's parent without one). */
  #resolve() {
    if (!this.#options.for) return this.#host.parentElement;
    const root = /** @type {Document | ShadowRoot} */ (this.#host.getRootNode());
    return root.getElementById(this.#options.for);
  }

  /** Opens the panel, then analyses (after the download, the first time) and highlights. */
  async open() {
    try {
      await this.#style();
      const sentences = widgetSentences(this.#options.lang);
      this.#applyTheme();
      this.#panel.open(this.#button);
      this.#button.setAttribute("aria-expanded", "true");
      addEventListener("resize", this.#onResize);
      this.#darkScheme.addEventListener("change", this.#onScheme);
      if (!this.#done) this.#panel.status(sentences.downloading);
      const stop = onProgress(({ received, total, done }) => {
        if (received && !done) this.#panel.progress(total ? received / total : null, sentences.downloaded(received, total));
      });
      try {
        await wasmDownloaded();
      } finally {
        stop();
        this.#panel.progress(null, null);
      }
      if (!this.isOpen) return;
      this.#panel.status(this.#done || strings(this.#options.lang).t("loading"));
      await this.#read(false);
    } catch (e) {
      this.#failed(e);
    }
  }

  /**
   * Closes the panel and removes the highlights, unless a `policy-lens-close` listener
   * cancels it; focus returns to the button when it was in the panel.
   */
  close() {
    if (!this.isOpen) return;
    const event = new CustomEvent("policy-lens-close", { bubbles: true, composed: true, cancelable: true });
    if (!this.#host.dispatchEvent(event)) return;
    const active = this.#host.shadowRoot?.activeElement;
    const focusWasInPanel = (active && this.#panel.element.contains(active)) || document.activeElement === document.body;
    this.#hide();
    if (focusWasInPanel) this.#button.focus();
  }

  #hide() {
    this.#panel.close();
    this.#button.setAttribute("aria-expanded", "false");
    removeEventListener("resize", this.#onResize);
    this.#darkScheme.removeEventListener("change", this.#onScheme);
    this.#watch.stop();
    this.#unpaint();
  }

  /** Reads the article again and analyses it now. @returns {Promise<Analysis | null>} */
  async reanalyse() {
    await wasmDownloaded();
    return this.#read(true);
  }

  /** Takes new options from the element. @param {WidgetOptions} options */
  update(options) {
    const before = this.#options;
    this.#options = options;
    this.#panel.position = options.position;
    if (options.lang !== before.lang) {
      this.#panel.label(strings(options.lang));
      if (this.analysis) this.#panel.show(this.analysis, this.#links(), strings(options.lang), widgetSentences(options.lang));
    }
    if (!this.isOpen) return;
    if (options.theme !== before.theme) this.#applyTheme();
    if (options.position !== before.position) this.#panel.place(this.#button);
    const kindsChanged = options.kinds.join() !== before.kinds.join();
    if (options.for !== before.for || kindsChanged) this.#read(kindsChanged).catch((e) => this.#failed(e));
  }

  /** Removes everything of this widget from the page (the element left the document). */
  destroy() {
    this.#reads++;
    this.#hide();
    this.#panel.element.remove();
  }

  /**
   * Reads the article and analyses its text when it changed (or when `force`); draws the
   * panel and, while it is open, the highlights. Resolves to the analysis, or null while
   * the article is missing or empty.
   * @param {boolean} force
   * @returns {Promise<Analysis | null>}
   */
  async #read(force) {
    const read = ++this.#reads;
    const str = strings(this.#options.lang);
    const sentences = widgetSentences(this.#options.lang);
    const analyzer = await loadAnalyzer(ANALYZER_FOLDER);
    if (read !== this.#reads) return this.analysis;
    this.#unpaint();
    const article = this.#resolve();
    this.#article = article;
    const visible = article ? visibleText(article) : null;
    if (this.isOpen) {
      this.#watch.watch([this.#host.getRootNode(), ...(visible?.shadowRoots ?? [])]);
      this.#applyTheme();
    }
    if (!visible || !visible.text.trim()) {
      this.analysis = null;
      this.text = null;
      this.#done = "";
      this.#panel.clear();
      this.#panel.status(sentences.waiting);
      return null;
    }
    if (force || visible.text !== this.text || !this.analysis) {
      this.#panel.status(str.t("analysing"));
      const began = performance.now();
      const analysis = analyzer.analyze(visible.text, { kinds: knownKinds(this.#options.kinds) });
      const ms = Math.round(performance.now() - began);
      this.analysis = analysis;
      this.text = visible.text;
      this.#panel.show(analysis, this.#links(), str, sentences);
      this.#done = str.t("done", KINDS.reduce((n, k) => n + spansOf(analysis, k).length, 0), ms);
      this.#host.dispatchEvent(new CustomEvent("policy-lens-analysed", { bubbles: true, composed: true, detail: { analysis, text: visible.text } }));
    }
    this.#visible = visible;
    if (this.isOpen) this.#paint();
    this.#panel.status(this.#done);
    return this.analysis;
  }

  /** Highlights the last analysis in the article read last. */
  #paint() {
    const analysis = /** @type {Analysis} */ (this.analysis);
    let visible = /** @type {VisibleText} */ (this.#visible);
    if (!highlightsSupported()) {
      const spans = KINDS.flatMap((kind) => spansOf(analysis, kind).map((s) => ({ kind, start: s.start, end: s.end })));
      this.#marks = wrap(visible, spans);
      this.#watch.forget();
      this.#layer.useStylesIn(document);
      // The text nodes moved into marks: read the map again, so that the Ranges hold.
      visible = visibleText(/** @type {Element} */ (this.#article));
      this.#visible = visible;
    }
    this.#ranges = new Map(KINDS.map((kind) => [kind, spansOf(analysis, kind).map((s) => rangesOf(visible, s.start, s.end))]));
    if (highlightsSupported()) {
      for (const [kind, ranges] of this.#ranges) this.#layer.set(highlightName(kind), ranges.flat());
    }
  }

  /** Takes this widget's highlights (or marks) away: they would paint stale text. */
  #unpaint() {
    this.#layer.clearAll();
    this.#ranges = null;
    if (this.#marks.length) {
      unwrap(this.#marks);
      this.#marks = [];
      this.#watch.forget();
    }
  }

  /** The panel's light or dark colours, and the highlights' defaults, for the page as it looks. */
  #applyTheme() {
    const { theme } = this.#options;
    const article = this.#resolve();
    const dark = theme === "dark" || (theme === "auto" && article !== null && isLight(getComputedStyle(article).color));
    this.#panel.setTheme(dark ? "dark" : "light");
    this.#layer.setTheme(dark ? "dark" : "light");
  }

  /** How the panel's lists move the reader to the text. @returns {import("../summary.js").SummaryLinks} */
  #links() {
    return {
      show: (kind, index) => this.#goTo(this.#ranges?.get(kind)?.[index] ?? [], spansOf(/** @type {Analysis} */ (this.analysis), kind)[index]?.text ?? ""),
      focus: (row) => this.#focusRow(row),
      showText: (start, end, label) => this.#goTo(this.#visible ? rangesOf(this.#visible, start, end) : [], label),
    };
  }

  /** Scrolls to `ranges`, selects them, moves the keyboard there and says so. */
  #goTo(/** @type {Range[]} */ ranges, /** @type {string} */ label) {
    if (!ranges.length) return;
    this.#panel.peek(true);
    const reduced = matchMedia("(prefers-reduced-motion: reduce)").matches;
    scrollToRanges(ranges, this.#panel.covered(), reduced ? "instant" : "smooth");
    const first = ranges[0];
    const last = ranges.filter((r) => r.startContainer.getRootNode() === first.startContainer.getRootNode()).at(-1) ?? first;
    const whole = new Range();
    whole.setStart(first.startContainer, first.startOffset);
    whole.setEnd(last.endContainer, last.endOffset);
    selectAndFocus(whole);
    const short = label.length > JUMP_LABEL_LENGTH ? `${label.slice(0, JUMP_LABEL_LENGTH)}…` : label;
    this.#panel.status(strings(this.#options.lang).t("jumped", short));
  }

  /** Highlights all that `row` must do (its directives and measures), or nothing. @param {Responsibility | null} row */
  #focusRow(row) {
    if (!highlightsSupported()) return;
    const ranges = this.#ranges;
    if (!row || !ranges) { this.#layer.clear(FOCUS); return; }
    const analysis = /** @type {Analysis} */ (this.analysis);
    const of = (/** @type {string} */ kind, /** @type {number[]} */ list) => list.flatMap((i) => ranges.get(kind)?.[i] ?? []);
    this.#layer.set(FOCUS, [...of("directive", rowDirectives(analysis, row)), ...of("measure", rowMeasures(analysis, row))]);
  }

  #failed(/** @type {unknown} */ e) {
    const message = e instanceof Error ? e.message : String(e);
    this.#panel.status(strings(this.#options.lang).t("failed", message));
    console.warn(`Policy Lens: ${message}`);
  }
}
