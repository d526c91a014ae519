// The site's own design-system elements: their labels and figures live in their shadow roots.

class Callout extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    const style = new CSSStyleSheet();
    style.replaceSync(":host { display: block; margin: 16px 0; } aside { background: #fff8e1; border-radius: 8px; padding: 12px 16px; } strong { display: block; color: #b26a00; }");
    root.adoptedStyleSheets = [style];
    const aside = document.createElement("aside");
    const label = document.createElement("strong");
    label.textContent = this.getAttribute("label") ?? "";
    aside.append(label, document.createElement("slot"));
    root.append(aside);
  }
}

class Figure extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: "open" });
    const style = new CSSStyleSheet();
    style.replaceSync(":host { display: block; margin: 16px 0; text-align: center; } .n { font-size: 40px; color: #1f6feb; font-weight: bold; } small { font-size: 16px; }");
    root.adoptedStyleSheets = [style];
    const n = document.createElement("div");
    n.className = "n";
    const unit = document.createElement("small");
    unit.textContent = this.getAttribute("unit") ?? "";
    n.append(this.getAttribute("value") ?? "", unit);
    root.append(n, document.createElement("slot"));
  }
}

customElements.define("hb-callout", Callout);
customElements.define("hb-figure", Figure);
