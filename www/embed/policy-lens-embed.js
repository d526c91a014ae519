// Policy Lens embed loader: the one script a site adds. It defines <policy-lens-widget>,
// which shows a small button; only when a reader presses it is the analyzer loaded
// (./widget.js and the wasm), and the article is analysed and highlighted in place.
//
//   <script type="module" src="/policy-lens/embed/policy-lens-embed.js"></script>
//   <policy-lens-widget for="article-body"></policy-lens-widget>
//
// Attributes: for (id of the article's container; default: the widget's parent),
// kinds (comma-separated: directive,actor,measure,target), lang (zh or en),
// position (right or left), base (URL of the folder holding policy_lens.js and its wasm).

const LABELS = { zh: "政策透镜", en: "Analyze" };

const BUTTON_CSS = `
:host { all: initial !important; display: inline-block !important; }
button.launch {
  all: initial; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center; gap: .35em;
  font: 600 14px/1.4 system-ui, "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif;
  color: var(--policy-lens-button-text, #fff); background: var(--policy-lens-accent, #1a4fa0);
  border-radius: 999px; padding: 6px 14px;
}
button.launch:focus-visible { outline: 3px solid var(--policy-lens-focus, #c2185b); outline-offset: 2px; }
button.launch[aria-busy="true"] { opacity: .7; cursor: progress; }
`;

class PolicyLensWidget extends HTMLElement {
  #button = null;
  #widget = null;

  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(BUTTON_CSS);
    root.adoptedStyleSheets = [sheet];
    this.#button = document.createElement("button");
    this.#button.type = "button";
    this.#button.className = "launch";
    this.#button.part = "button";
    this.#button.textContent = LABELS[this.getAttribute("lang") === "en" ? "en" : "zh"];
    this.#button.addEventListener("click", () => this.#toggle());
    root.append(this.#button);
  }

  /** The analysis of the article, once the reader has asked for it (for scripts and tests). */
  get analysis() {
    return this.#widget?.analysis ?? null;
  }

  /** The article's visible text that was analysed. */
  get text() {
    return this.#widget?.visible.text ?? null;
  }

  async #toggle() {
    if (this.#widget) {
      this.#widget.toggle();
      return;
    }
    this.#button.setAttribute("aria-busy", "true");
    try {
      const { Widget } = await import("./widget.js");
      this.#widget = await Widget.open(this, this.shadowRoot, this.#button);
    } catch (e) {
      this.#button.title = e.message;
      console.warn(`Policy Lens: ${e.message}`);
    } finally {
      this.#button.removeAttribute("aria-busy");
    }
  }
}

if (!customElements.get("policy-lens-widget")) {
  customElements.define("policy-lens-widget", PolicyLensWidget);
}
