// The tooltip of a highlighted span: its attributes and links, on hover or keyboard focus.

import { t } from "./i18n.js";

function describe(node, analysis) {
  const lines = [];
  const kind = node.dataset.kind;
  const id = Number(node.dataset.id.slice(1));
  lines.push(t(kind));
  if (kind === "directive") {
    const d = analysis.directives[id];
    lines.push(`${t("force")}: ${t(d.force)}`);
    lines.push(`${t("marker")}${d.marker ? d.marker.text : t("implicit")}`);
    if (d.actors.length) lines.push(t("responsible") + d.actors.map((a) => analysis.actors[a].text).join("、"));
  } else if (kind === "actor") {
    const a = analysis.actors[id];
    lines.push(`${t("role")}: ${t(a.role)}`, `${t("level")}: ${t(a.level)}`);
  } else if (kind === "measure") {
    const m = analysis.measures[id];
    const d = analysis.directives[m.directive];
    lines.push(`${t("instrument")}: ${t(m.instrument)}`);
    if (d) lines.push(t("ofDirective") + (d.text.length > 40 ? `${d.text.slice(0, 40)}…` : d.text));
  }
  lines.push(`${t("rule")}: ${node.dataset.rule}`);
  return lines;
}

/** Shows `tip` beside the span under the pointer or focus in `view`. */
export function attachTooltip(view, tip, currentAnalysis) {
  const show = (event) => {
    const node = event.target.closest?.("[data-kind]");
    const analysis = currentAnalysis();
    if (!node || !analysis || !view.contains(node)) return;
    tip.replaceChildren(...describe(node, analysis).map((line) => {
      const p = document.createElement("div");
      p.textContent = line;
      return p;
    }));
    const box = node.getBoundingClientRect();
    const host = view.getBoundingClientRect();
    tip.style.setProperty("--x", `${Math.max(0, box.left - host.left)}px`);
    tip.style.setProperty("--y", `${box.bottom - host.top + view.scrollTop + 4}px`);
    tip.hidden = false;
    node.setAttribute("aria-describedby", "tip");
  };
  const hide = (event) => {
    event.target.closest?.("[data-kind]")?.removeAttribute("aria-describedby");
    tip.hidden = true;
  };
  view.addEventListener("mouseover", show);
  view.addEventListener("focusin", show);
  view.addEventListener("mouseout", hide);
  view.addEventListener("focusout", hide);
  view.addEventListener("keydown", (e) => { if (e.key === "Escape") tip.hidden = true; });
}
