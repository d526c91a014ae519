// The summary panel, built from DOM nodes and text only (never HTML strings).

import { el } from "./dom.js";
import { t } from "./i18n.js";

/** How many items a list of the summary shows before it says how many more there are. */
const LIST_LIMIT = 50;

/** A list of at most LIST_LIMIT items made by `item`, then a line saying how many are left. */
function capped(tag, attrs, items, item) {
  const list = el(tag, attrs, ...items.slice(0, LIST_LIMIT).map(item));
  if (items.length > LIST_LIMIT) list.append(el("li", { class: "more" }, t("more", items.length - LIST_LIMIT)));
  return list;
}

function section(title, ...content) {
  return el("section", { class: "card" }, el("h3", {}, title), ...content);
}

/**
 * Draws the summary of `analysis` into `root`. `links` moves the reader to the text:
 * `links.show(kind, index)` brings span `index` of `kind` ("directive", "measure") into
 * view, and `links.focus(row)` highlights everything a who-must-do-what row must do, or
 * clears that with `null`.
 */
export function renderSummary(root, analysis, links) {
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
    const list = capped("ol", { class: "outline" }, analysis.outline, (o) => {
      const go = () => o.directive !== null && links.show("directive", o.directive);
      return el("li", { class: `depth-${o.depth}` },
        el("button", { type: "button", class: "link", onclick: go }, `${o.number} ${o.title.text}`));
    });
    parts.push(section(t("outline"), list));
  }

  const table = el("table", { class: "who" },
    el("thead", {}, el("tr", {}, el("th", {}, t("actorCol")), el("th", {}, t("directivesCol")), el("th", {}, t("measuresCol")))));
  const body = el("tbody");
  for (const row of s.responsibilities.slice(0, LIST_LIMIT)) {
    const button = el("button", { type: "button", class: "link actor-link", "aria-pressed": "false" }, row.actor);
    button.addEventListener("click", () => {
      const on = !button.classList.contains("active");
      for (const b of table.querySelectorAll("button.active")) {
        b.classList.remove("active");
        b.setAttribute("aria-pressed", "false");
      }
      button.classList.toggle("active", on);
      button.setAttribute("aria-pressed", String(on));
      links.focus(on ? row : null);
    });
    const measures = capped("ul", {}, row.measures, (i) => el("li", {}, analysis.measures[i].text));
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
    const items = capped("ul", {}, ids, (i) => el("li", {},
      el("button", { type: "button", class: "link", onclick: () => links.show("measure", i) }, analysis.measures[i].text)));
    groups.append(el("details", {}, el("summary", {}, `${t(inst)} (${ids.length})`), items));
  }
  parts.push(section(t("instruments"), chart, groups));

  if (s.slogans.length) {
    parts.push(section(t("slogans"), capped("ul", { class: "chips" }, s.slogans, (x) =>
      el("li", {}, `“${x.text}”${x.count > 1 ? ` ×${x.count}` : ""}`))));
  }
  if (s.keywords.length) {
    parts.push(section(t("keywords"), el("ul", { class: "chips" }, ...s.keywords.map((k) => el("li", {}, `${k.word} ${k.count}`)))));
  }
  root.replaceChildren(...parts);
}
