// @ts-check
// The details of a highlighted span, on hover or keyboard focus: its kind, attributes,
// links and the description of the rule that found it. The tip is fixed to the viewport
// and placed beside the span, never over it.

import { responsibleActors } from "./analysis.js";

/** @typedef {import("./pkg/policy_lens.js").Analysis} Analysis */
/** @typedef {import("./i18n.js").Strings} Strings */

/**
 * What the tooltip reads at the moment it opens.
 * @typedef {object} TooltipContext
 * @property {Analysis | null} analysis
 * @property {Strings} str
 * @property {boolean} ruleIds whether to add the rule's id to its description
 */

const GAP = 6;

/** @param {string} text @param {number} max */
const clip = (text, max) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * The lines describing `node` (an element the core drew) in `analysis`.
 * @param {HTMLElement} node
 * @param {TooltipContext} context
 * @param {Analysis} analysis
 */
function describe(node, { str, ruleIds }, analysis) {
  const kind = node.dataset.kind ?? "";
  const id = Number(node.dataset.id?.slice(1));
  const lines = [str.kind(kind)];
  /** @param {string} field @param {string} value */
  const attr = (field, value) => str.t("pair", str.field(field), str.value(field, value));
  if (kind === "directive") {
    const d = analysis.directives[id];
    lines.push(attr("force", d.force), str.t("pair", str.t("marker"), d.marker ? d.marker.text : str.t("implicit")));
    const actors = responsibleActors(analysis, id);
    if (actors.length) lines.push(str.t("pair", str.t("responsible"), actors.map((a) => analysis.actors[a].text).join("、")));
  } else if (kind === "actor") {
    const a = analysis.actors[id];
    lines.push(attr("role", a.role), attr("level", a.level), attr("kind", a.kind));
  } else if (kind === "measure") {
    const m = analysis.measures[id];
    lines.push(attr("instrument", m.instrument));
    const d = m.directive === null ? undefined : analysis.directives[m.directive];
    if (d) lines.push(str.t("pair", str.t("ofDirective"), clip(d.text, 40)));
  }
  const rule = node.dataset.rule ?? "";
  lines.push(str.t("pair", str.t("rule"), `${str.rule(rule)}${ruleIds && str.rule(rule) !== rule ? ` (${rule})` : ""}`));
  return lines;
}

/**
 * Where the tip goes: below the span if it fits in the viewport, else above it, else below
 * the line nearest `y`; moved left as far as needed to stay on screen.
 * @param {Element} node
 * @param {DOMRect} tip
 * @param {number | null} y the pointer's height, or null for keyboard focus
 */
function place(node, tip, y) {
  const box = node.getBoundingClientRect();
  const lines = [...node.getClientRects()];
  let top = box.bottom + GAP;
  if (top + tip.height > innerHeight) top = box.top - GAP - tip.height;
  if (top < 0) {
    const line = y === null ? lines[0] : lines.reduce((a, b) => (Math.abs(b.top - y) < Math.abs(a.top - y) ? b : a));
    top = Math.min(line.bottom + GAP, innerHeight - tip.height);
  }
  const left = Math.max(0, Math.min(box.left, document.documentElement.clientWidth - tip.width));
  return { left, top };
}

/**
 * Shows `tip` beside the span under the pointer or focus in `view`.
 * @param {HTMLElement} view
 * @param {HTMLElement} tip
 * @param {() => TooltipContext} context
 */
export function attachTooltip(view, tip, context) {
  /** @type {HTMLElement | null} */
  let shown = null;
  /** @param {Event} event @param {number | null} y */
  const show = (event, y) => {
    const node = /** @type {HTMLElement | null} */ (/** @type {Element} */ (event.target).closest?.("[data-kind]"));
    const ctx = context();
    if (!node || !ctx.analysis || !view.contains(node)) return;
    const lines = describe(node, ctx, ctx.analysis);
    tip.replaceChildren(...lines.map((line) => Object.assign(document.createElement("div"), { textContent: line })));
    tip.hidden = false;
    const { left, top } = place(node, tip.getBoundingClientRect(), y);
    tip.style.setProperty("--x", `${left}px`);
    tip.style.setProperty("--y", `${top}px`);
    shown?.removeAttribute("aria-describedby");
    node.setAttribute("aria-describedby", tip.id);
    shown = node;
  };
  const hide = () => {
    shown?.removeAttribute("aria-describedby");
    shown = null;
    tip.hidden = true;
  };
  view.addEventListener("mouseover", (e) => show(e, e.clientY));
  view.addEventListener("focusin", (e) => show(e, null));
  view.addEventListener("mouseout", hide);
  view.addEventListener("focusout", hide);
  view.addEventListener("scroll", hide, { passive: true });
  addEventListener("scroll", hide, { passive: true });
  view.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });
}
