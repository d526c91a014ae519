// @ts-check
// The widget's panel: a non-modal dialog in the top layer (a manual popover), so that no
// `transform`, `overflow` or `z-index` of the host holds it, placed beside the page on wide
// screens (on the side that covers neither its own button nor another widget's) and as a
// bottom sheet on phones. Focus goes into it on open; Esc and × ask to close it. It shows
// the status, the directives as a numbered list of buttons, and the shared summary.

import { el } from "../dom.js";
import { renderSummary } from "../summary.js";

/** @typedef {import("../i18n.js").Strings} Strings */
/** @typedef {ReturnType<typeof import("./strings.js").widgetSentences>} Sentences */
/** @typedef {import("../pkg/policy_lens.js").Analysis} Analysis */
/** @typedef {import("../summary.js").SummaryLinks} SummaryLinks */

/** The narrowest viewport, in CSS pixels, that shows the panel beside the page (widget.css says the same). */
const SIDE_PANEL_MIN_WIDTH = 760;
/** How long a directive's text runs in the list before it is cut. */
const FINDING_LENGTH = 60;
/** How many directives the list shows. */
const FINDINGS_LIMIT = 200;

let panels = 0;

export class Panel {
  /**
   * @param {ShadowRoot} shadow the widget's shadow root, which the panel joins
   * @param {object} options
   * @param {"right" | "left"} options.position the side asked for on wide screens
   * @param {() => void} options.onClose called when the reader asks to close (Esc, ×)
   */
  constructor(shadow, { position, onClose }) {
    const id = `policy-lens-title-${++panels}`;
    this.position = position;
    this.title = el("h2", { id });
    this.closeButton = el("button", { type: "button", class: "close", onclick: onClose }, "×");
    this.statusLine = el("p", { class: "status", role: "status" });
    // The download's progress: a bar and its amount, outside the status line, so that a
    // screen reader announces the stage once rather than every percent.
    this.bar = /** @type {HTMLProgressElement} */ (el("progress", { max: "1" }));
    this.amount = el("span", { class: "amount" });
    this.download = el("p", { class: "download", hidden: "" }, this.bar, this.amount);
    this.findings = el("section", { class: "findings" });
    this.summary = el("div", { class: "summary" });
    this.element = el("section", { class: "panel", popover: "manual", role: "dialog", "aria-labelledby": id, tabindex: "-1" },
      el("header", {}, this.title, this.closeButton), this.statusLine, this.download, this.findings, this.summary);
    // A reader coming back to a sheet that stepped down for a spot gets it whole again.
    for (const type of ["focusin", "pointerdown"]) this.element.addEventListener(type, () => this.peek(false));
    this.element.addEventListener("keydown", (e) => {
      if (e.key !== "Escape") return;
      e.preventDefault();
      e.stopPropagation();
      onClose();
    });
    shadow.append(this.element);
  }

  /** Whether the panel is showing. */
  get isOpen() {
    return this.element.matches(":popover-open");
  }

  /**
   * Labels the panel in the language of `str`.
   * @param {Strings} str
   */
  label(str) {
    this.title.textContent = str.t("title");
    this.bar.setAttribute("aria-label", str.t("loading"));
    this.closeButton.setAttribute("aria-label", str.t("close"));
    this.element.lang = str.htmlLang;
  }

  /** Sets the panel's colours for a light or a dark page. @param {"light" | "dark"} theme */
  setTheme(theme) {
    this.element.dataset.theme = theme;
  }

  /**
   * Shows the panel where it hides neither `button` nor another widget's, and moves focus
   * into it.
   * @param {HTMLElement} button
   */
  open(button) {
    if (!this.isOpen) this.element.showPopover();
    this.element.focus({ preventScroll: true });
    this.place(button);
  }

  close() {
    if (this.isOpen) this.element.hidePopover();
  }

  /**
   * Picks the side (or the bottom sheet on narrow screens) for the panel: on a wide screen
   * the side asked for, unless the other covers less of this widget's button (counting
   * twice), other widgets' buttons and other widgets' open panels (counting three times);
   * on a phone the page scrolls so that `button` stays above the sheet (or, where it cannot
   * scroll so far, the sheet steps down).
   * @param {HTMLElement} button
   */
  place(button) {
    if (innerWidth < SIDE_PANEL_MIN_WIDTH) {
      this.element.dataset.side = "bottom";
      const covered = () => button.getBoundingClientRect().bottom > this.element.getBoundingClientRect().top;
      if (covered()) scrollBy({ top: button.getBoundingClientRect().bottom - this.element.getBoundingClientRect().top + 12, behavior: "instant" });
      // Near the end of a short page scrolling is not enough: the sheet steps down.
      if (covered()) this.peek(true);
      return;
    }
    const width = this.element.getBoundingClientRect().width;
    const own = button.getBoundingClientRect();
    const widgets = [...document.querySelectorAll("policy-lens-widget")].filter((w) => !w.shadowRoot?.contains(this.element));
    const buttons = widgets.map((w) => w.getBoundingClientRect()).filter((r) => r.width);
    const panels = widgets.map((w) => w.shadowRoot?.querySelector(".panel:popover-open")?.getBoundingClientRect())
      .filter((r) => r !== undefined);
    const cost = (/** @type {"left" | "right"} */ side) => {
      const [from, to] = side === "left" ? [0, width] : [innerWidth - width, innerWidth];
      const covers = (/** @type {DOMRect} */ r) => r.right > from && r.left < to;
      return (covers(own) ? 2 : 0) + buttons.filter(covers).length + 3 * panels.filter(covers).length;
    };
    const other = this.position === "left" ? "right" : "left";
    this.element.dataset.side = cost(other) < cost(this.position) ? other : this.position;
  }

  /**
   * Steps the bottom sheet down (or back up), so that more of the article shows while the
   * reader looks at a spot; a side panel stays as it is.
   * @param {boolean} on
   */
  peek(on) {
    if (on && this.element.dataset.side === "bottom") this.element.dataset.peek = "";
    else delete this.element.dataset.peek;
  }

  /** The part of the viewport the panel covers, or null when it is closed. */
  covered() {
    return this.isOpen ? this.element.getBoundingClientRect() : null;
  }

  /** Says `text` in the status line, which screen readers announce. @param {string} text */
  status(text) {
    this.statusLine.textContent = text;
  }

  /**
   * Shows how far the download is (`fraction` of it, when the total is known), or hides the
   * bar when `amount` is null.
   * @param {number | null} fraction
   * @param {string | null} amount
   */
  progress(fraction, amount) {
    this.download.hidden = amount === null;
    if (fraction === null) this.bar.removeAttribute("value");
    else this.bar.value = fraction;
    this.amount.textContent = amount ?? "";
  }

  /**
   * Lists the directives of `analysis` and draws the summary.
   * @param {Analysis} analysis
   * @param {SummaryLinks} links how the lists move the reader to the text
   * @param {Strings} str
   * @param {Sentences} sentences
   */
  show(analysis, links, str, sentences) {
    const list = el("ol", { class: "findings-list" });
    analysis.directives.slice(0, FINDINGS_LIMIT).forEach((d, i) => {
      const text = d.text.length > FINDING_LENGTH ? `${d.text.slice(0, FINDING_LENGTH)}…` : d.text;
      list.append(el("li", {}, el("button", { type: "button", class: "finding", onclick: () => links.show("directive", i) },
        el("span", { class: "number", "aria-hidden": "true" }, `${i + 1}.`), el("span", {}, text))));
    });
    if (analysis.directives.length > FINDINGS_LIMIT) list.append(el("li", { class: "more" }, str.t("more", analysis.directives.length - FINDINGS_LIMIT)));
    this.findings.replaceChildren(el("h3", {}, sentences.findings), list);
    renderSummary(this.summary, analysis, links, str);
  }

  /** Empties the lists (while the article is read again). */
  clear() {
    this.findings.replaceChildren();
    this.summary.replaceChildren();
  }
}
