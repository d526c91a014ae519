// @ts-check
// Policy Lens embed loader: the one script a site adds. It defines <policy-lens-widget>, a
// small button; the rest (./widget.js, the analyzer and its wasm) is fetched when a reader
// points at or focuses the button, and used when they press it: the article's visible
// text is analysed and highlighted in place, and a summary panel opens.
//
//   <script type="module" src="/policy-lens/policy-lens-embed.js"></script>
//   <policy-lens-widget for="article-body"></policy-lens-widget>
//
// Attributes (each also a property, and observed: a change takes effect at once):
//   for       id of the article's element, in the widget's document or shadow root
//             (default: the widget's parent)
//   kinds     comma-separated kinds to show: directive,actor,measure,target (default: all)
//   lang      interface language, zh or en (default zh)
//   position  side of the panel on wide screens, right or left (default right)
//   theme     auto, light or dark: the colours of the panel and the highlights' defaults
//             (auto: dark when the article's text is light, as on a page in dark mode)
// Events: policy-lens-analysed (detail: { analysis, text }) after every analysis,
// policy-lens-close (cancelable) before the panel closes.

/** @import { Analysis } from "../pkg/policy_lens.js" */
/** @import { Widget, WidgetOptions } from "./widget.js" */

const BUTTON_LABELS = { zh: "政策透镜", en: "Analyze" };

/** The button's styles. The host element keeps ordinary styling: a site can space it, hide it with [hidden] or in print. */
const BUTTON_CSS = `
:host { display: inline-block; vertical-align: middle; }
:host([hidden]) { display: none; }
@media print { :host { display: none; } }
button.launch {
  all: initial; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center; gap: .35em;
  min-height: 32px; padding: 6px 14px; border-radius: 999px; white-space: nowrap;
  font: 600 14px/1.4 system-ui, "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif;
  color: var(--policy-lens-button-text, #fff); background: var(--policy-lens-accent, #1a4fa0);
}
button.launch:focus-visible { outline: 3px solid var(--policy-lens-focus, #c2185b); outline-offset: 2px; }
button.launch[aria-busy="true"] { cursor: progress; }
`;

/** One sheet for every widget's button. @type {CSSStyleSheet | null} */
let buttonSheet = null;

/** @param {string | null} value @param {readonly string[]} allowed */
const oneOf = (value, allowed) => (value !== null && allowed.includes(value) ? value : allowed[0]);

export class PolicyLensWidget extends HTMLElement {
  static observedAttributes = ["for", "kinds", "lang", "position", "theme"];

  /** @type {HTMLButtonElement | null} */
  #button = null;
  /** @type {Widget | null} */
  #widget = null;
  /** @type {Promise<Widget> | null} */
  #starting = null;

  /** Id of the article's element (empty: the widget's parent). */
  get for() { return this.getAttribute("for") ?? ""; }
  set for(id) { this.setAttribute("for", id); }

  /** The kinds to show, by name; empty for all. */
  get kinds() {
    return (this.getAttribute("kinds") ?? "").split(",").map((k) => k.trim()).filter(Boolean);
  }
  set kinds(list) {
    if (list.length) this.setAttribute("kinds", list.join(","));
    else this.removeAttribute("kinds");
  }

  /** The interface language. @returns {"zh" | "en"} */
  get lang() { return /** @type {"zh" | "en"} */ (oneOf(this.getAttribute("lang"), ["zh", "en"])); }
  set lang(value) { this.setAttribute("lang", value); }

  /** The side of the panel on wide screens. @returns {"right" | "left"} */
  get position() { return /** @type {"right" | "left"} */ (oneOf(this.getAttribute("position"), ["right", "left"])); }
  set position(value) { this.setAttribute("position", value); }

  /** The colour scheme. @returns {"auto" | "light" | "dark"} */
  get theme() { return /** @type {"auto" | "light" | "dark"} */ (oneOf(this.getAttribute("theme"), ["auto", "light", "dark"])); }
  set theme(value) { this.setAttribute("theme", value); }

  /** The last analysis of the article, or null before the first press. @returns {Analysis | null} */
  get analysis() { return this.#widget?.analysis ?? null; }

  /** The article's visible text that was analysed, or null before the first press. */
  get text() { return this.#widget?.text ?? null; }

  /** Whether the panel (and the highlights) are showing. */
  get open() { return this.#widget?.isOpen ?? false; }

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: "open" });
      buttonSheet ??= new CSSStyleSheet();
      if (!buttonSheet.cssRules.length) buttonSheet.replaceSync(BUTTON_CSS);
      root.adoptedStyleSheets = [buttonSheet];
      const button = document.createElement("button");
      button.type = "button";
      button.className = "launch";
      button.part = "button";
      button.setAttribute("aria-expanded", "false");
      button.addEventListener("click", () => { this.toggle(); });
      // Fetch ahead as soon as a reader shows interest.
      button.addEventListener("pointerenter", () => this.#start(), { once: true });
      button.addEventListener("focus", () => this.#start(), { once: true });
      root.append(button);
      this.#button = button;
    }
    this.#label();
  }

  disconnectedCallback() {
    this.#widget?.destroy();
    this.#widget = null;
    this.#starting = null;
    this.#button?.setAttribute("aria-expanded", "false");
  }

  /** @param {string} name @param {string | null} before @param {string | null} after */
  attributeChangedCallback(name, before, after) {
    if (before === after) return;
    if (name === "lang") this.#label();
    this.#widget?.update(this.#options());
  }

  /**
   * Opens the panel and shows the highlights (analysing first, if need be), or closes them.
   * @param {boolean} [open] whether to open; by default the opposite of now
   */
  async toggle(open = !this.open) {
    try {
      const widget = await this.#start();
      if (open) await widget.open();
      else widget.close();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (this.#button) this.#button.title = message;
      console.warn(`Policy Lens: ${message}`);
    }
  }

  /**
   * Reads the article again and analyses it now, without waiting for a change to be
   * noticed; resolves to the analysis (null when the article is empty or missing).
   * @returns {Promise<Analysis | null>}
   */
  async reanalyse() {
    return (await this.#start()).reanalyse();
  }

  #label() {
    if (this.#button) this.#button.textContent = BUTTON_LABELS[this.lang];
  }

  /** @returns {WidgetOptions} */
  #options() {
    return { for: this.for, kinds: this.kinds, lang: this.lang, position: this.position, theme: this.theme };
  }

  /** The widget behind the button, loaded once (its download starting too). */
  #start() {
    const button = /** @type {HTMLButtonElement} */ (this.#button);
    this.#starting ??= (async () => {
      button.setAttribute("aria-busy", "true");
      try {
        const { Widget, prefetch } = await import("./widget.js");
        if (!this.isConnected) throw new Error("the widget left the page before it had loaded");
        prefetch().catch(() => { /* reported by open(), which tries again */ });
        this.#widget = new Widget(this, /** @type {ShadowRoot} */ (this.shadowRoot), button, this.#options());
        return this.#widget;
      } finally {
        button.removeAttribute("aria-busy");
      }
    })();
    this.#starting.catch(() => { this.#starting = null; });
    return this.#starting;
  }
}

if (!customElements.get("policy-lens-widget")) {
  customElements.define("policy-lens-widget", PolicyLensWidget);
}
