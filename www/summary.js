// The summary panel, built from DOM nodes and text only (never HTML strings).

import { t } from "./i18n.js";

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

function section(title, ...content) {
  return el("section", { class: "card" }, el("h3", {}, title), ...content);
}

/** Scrolls the reading view to the element of `kind` that starts at UTF-16 offset `start`. */
function scrollToSpan(view, kind, start) {
  const target = view.querySelector(`[data-kind="${kind}"][data-start="${start}"]`);
  if (target) {
    target.scrollIntoView({ behavior: "smooth", block: "center" });
    target.focus({ preventScroll: true });
  }
}

/** Highlights everything actor row `row` must do; clicking again clears it. */
function toggleFocus(view, row, button) {
  const on = !button.classList.contains("active");
  for (const n of view.querySelectorAll(".pl-focus")) n.classList.remove("pl-focus");
  for (const b of button.closest("table").querySelectorAll("button.active")) b.classList.remove("active");
  if (!on) return;
  button.classList.add("active");
  for (const d of row.directives) view.querySelector(`[data-id="d${d}"]`)?.classList.add("pl-focus");
  for (const m of row.measures) view.querySelector(`[data-id="m${m}"]`)?.classList.add("pl-focus");
  for (const a of row.mentions) view.querySelector(`[data-id="a${a}"]`)?.classList.add("pl-focus");
}

/** Draws the summary of `analysis` into `root`; `view` is the reading view it links into. */
export function renderSummary(root, view, analysis) {
  const s = analysis.summary;
  const c = s.counts;
  const parts = [];

  parts.push(section(t("counts"), el("dl", { class: "counts" },
    ...["directive", "actor", "measure", "target"].flatMap((k) => [
      el("dt", { class: `key-${k}` }, t(k)), el("dd", {}, String(c[`${k}s`]))]))));

  if (s.issuers.length || s.dates.length || s.sources.length) {
    const meta = el("dl", { class: "meta" });
    if (s.issuers.length) meta.append(el("dt", {}, t("issuers")), el("dd", {}, s.issuers.join("、")));
    if (s.dates.length) meta.append(el("dt", {}, t("dates")), el("dd", {}, s.dates.map((d) => d.text).join("、")));
    if (s.sources.length) meta.append(el("dt", {}, t("sources")), el("dd", {}, s.sources.map((d) => d.text).join("、")));
    parts.push(section(`${t("issuers")} · ${t("dates")}`, meta));
  }

  if (analysis.outline.length) {
    const list = el("ol", { class: "outline" });
    for (const o of analysis.outline) {
      const target = o.directive === null ? null : analysis.directives[o.directive];
      const go = () => target && scrollToSpan(view, "directive", target.start);
      list.append(el("li", { class: `depth-${o.depth}` },
        el("button", { type: "button", class: "link", onclick: go }, `${o.number} ${o.title.text}`)));
    }
    parts.push(section(t("outline"), list));
  }

  const table = el("table", { class: "who" },
    el("thead", {}, el("tr", {}, el("th", {}, t("actorCol")), el("th", {}, t("directivesCol")), el("th", {}, t("measuresCol")))));
  const body = el("tbody");
  for (const row of s.responsibilities) {
    const button = el("button", { type: "button", class: "link actor-link", "aria-pressed": "false" }, row.actor);
    button.addEventListener("click", () => {
      toggleFocus(view, row, button);
      button.setAttribute("aria-pressed", String(button.classList.contains("active")));
    });
    const measures = el("ul", {}, ...row.measures.map((i) => el("li", {}, analysis.measures[i].text)));
    body.append(el("tr", {}, el("td", {}, button, el("small", {}, ` ${t(row.level)}`)), el("td", {}, String(row.directives.length)), el("td", {}, measures)));
  }
  table.append(body);
  parts.push(section(t("who"), el("p", { class: "hint" }, t("focusHint")), s.responsibilities.length ? table : el("p", {}, t("none"))));

  const total = Math.max(1, analysis.measures.length);
  const chart = el("div", { class: "chart", role: "img", "aria-label": t("instruments") });
  const groups = el("div", { class: "groups" });
  for (const [inst, ids] of Object.entries(s.measures_by_instrument)) {
    const bar = el("span", { class: `bar inst-${inst}` });
    bar.style.setProperty("--share", `${(100 * ids.length) / total}%`);
    chart.append(el("div", { class: "row" }, el("span", { class: "label" }, `${t(inst)} ${ids.length}`), el("span", { class: "track" }, bar)));
    const items = el("ul", {}, ...ids.map((i) => el("li", {},
      el("button", { type: "button", class: "link", onclick: () => scrollToSpan(view, "measure", analysis.measures[i].start) }, analysis.measures[i].text))));
    groups.append(el("details", {}, el("summary", {}, `${t(inst)} (${ids.length})`), items));
  }
  parts.push(section(t("instruments"), chart, groups));

  if (s.slogans.length) {
    parts.push(section(t("slogans"), el("ul", { class: "chips" }, ...s.slogans.map((x) =>
      el("li", {}, `“${x.text}”${x.count > 1 ? ` ×${x.count}` : ""}`)))));
  }
  if (s.keywords.length) {
    parts.push(section(t("keywords"), el("ul", { class: "chips" }, ...s.keywords.map((k) => el("li", {}, `${k.word} ${k.count}`)))));
  }
  root.replaceChildren(...parts);
}
