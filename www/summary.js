// @ts-check
// The summary panel, built from DOM nodes and text only (never HTML strings). Its styles are
// summary.css, scoped to `.pl-summary`, which the page links and a shadow root can adopt.

import { el } from "./dom.js";
import { KINDS } from "./pkg/vocabulary.js";
import { rowDirectives, rowMeasures, spansOf } from "./analysis.js";

/** @typedef {import("./pkg/policy_lens.js").Analysis} Analysis */
/** @typedef {import("./pkg/policy_lens.js").Responsibility} Responsibility */
/** @typedef {import("./i18n.js").Strings} Strings */

/**
 * How the summary moves the reader to the text.
 * @typedef {object} SummaryLinks
 * @property {(kind: string, index: number) => void} show brings span `index` of `kind` into view
 * @property {(row: Responsibility | null) => void} focus highlights all a who-must-do-what row must do, or clears that
 * @property {(start: number, end: number, label: string) => void} [showText] brings a stretch that is no span into view
 */

/** How many items a list of the summary shows before it says how many more there are. */
const LIST_LIMIT = 50;

/**
 * A list of at most LIST_LIMIT items made by `item`, then a line saying how many are left.
 * @template T
 * @param {string} tag
 * @param {Record<string, any>} attrs
 * @param {T[]} items
 * @param {(x: T) => Node} item
 * @param {Strings} str
 */
function capped(tag, attrs, items, item, str) {
  const list = el(tag, attrs, ...items.slice(0, LIST_LIMIT).map((x) => el("li", {}, item(x))));
  if (items.length > LIST_LIMIT) list.append(el("li", { class: "more" }, str.t("more", items.length - LIST_LIMIT)));
  return list;
}

/** @param {string} title @param {...(Node | string)} content */
function section(title, ...content) {
  return el("section", { class: "card" }, el("h3", {}, title), ...content);
}

/** @param {string} text @param {() => void} onclick */
function linkButton(text, onclick) {
  return el("button", { type: "button", class: "link", onclick }, text);
}

/**
 * The places an actor click steps through: its directives and those of its mentions that
 * lie outside them, in text order.
 * @param {Analysis} analysis
 * @param {Responsibility} row
 */
function placesOf(analysis, row) {
  const directives = rowDirectives(analysis, row).map((i) => ({ kind: "directive", index: i, span: analysis.directives[i] }))
    .sort((a, b) => a.span.start - b.span.start);
  /** Whether a directive holds `span`: the last one starting at or before it is the only candidate, as directives do not overlap. */
  const inside = (/** @type {{ start: number, end: number }} */ span) => {
    let lo = 0;
    let hi = directives.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (directives[mid].span.start <= span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && span.end <= directives[lo - 1].span.end;
  };
  const mentions = row.mentions.map((i) => ({ kind: "actor", index: i, span: analysis.actors[i] })).filter((m) => !inside(m.span));
  return [...directives, ...mentions].sort((a, b) => a.span.start - b.span.start);
}

/**
 * A row's measure count that expands into the list, built when first opened.
 * @param {Analysis} analysis
 * @param {Responsibility} row
 * @param {SummaryLinks} links
 * @param {Strings} str
 */
function measureList(analysis, row, links, str) {
  const details = /** @type {HTMLDetailsElement} */ (el("details", {}, el("summary", {}, String(row.measure_count))));
  details.addEventListener("toggle", () => {
    if (!details.open || details.querySelector("ul")) return;
    details.append(capped("ul", {}, rowMeasures(analysis, row),
      (i) => linkButton(analysis.measures[i].text, () => links.show("measure", i)), str));
  });
  return details;
}

/**
 * The who-must-do-what table: one row per actor with its counts; the measures expand.
 * @param {Analysis} analysis
 * @param {SummaryLinks} links
 * @param {Strings} str
 */
function whoTable(analysis, links, str) {
  const table = el("table", { class: "who" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, str.t("actorCol")),
      el("th", { scope: "col" }, str.t("directivesCol")), el("th", { scope: "col" }, str.t("measuresCol")))));
  const body = el("tbody");
  for (const row of analysis.summary.responsibilities.slice(0, LIST_LIMIT)) {
    /** @type {ReturnType<typeof placesOf> | null} */
    let places = null;
    const step = el("small", { class: "step", "aria-live": "polite" });
    let at = -1;
    const button = el("button", { type: "button", class: "link actor-link", "aria-pressed": "false" }, row.actor);
    button.addEventListener("click", () => {
      const active = button.getAttribute("aria-pressed") === "true";
      if (!active) {
        for (const b of table.querySelectorAll("button[aria-pressed=true]")) b.setAttribute("aria-pressed", "false");
        for (const s of table.querySelectorAll(".step")) s.textContent = "";
        button.setAttribute("aria-pressed", "true");
        links.focus(row);
        at = -1;
      }
      places ??= placesOf(analysis, row);
      if (!places.length) return;
      at = (at + 1) % places.length;
      step.textContent = ` ${str.t("step", at + 1, places.length)}`;
      links.show(places[at].kind, places[at].index);
    });
    const measures = row.measure_count ? measureList(analysis, row, links, str) : "0";
    body.append(el("tr", {},
      el("td", {}, button, el("small", {}, ` ${str.value("level", row.level)}`), step),
      el("td", {}, String(row.directive_count)),
      el("td", {}, measures)));
  }
  table.append(body);
  return table;
}

/**
 * The outline: each point moves to its directive or, when it is none, to its text.
 * @param {Analysis} analysis
 * @param {SummaryLinks} links
 * @param {Strings} str
 */
function outline(analysis, links, str) {
  return capped("ol", { class: "outline" }, analysis.outline, (o) => {
    const label = `${o.number} ${o.title.text}`;
    const go = () => (o.directive === null ? links.showText?.(o.start, o.end, label) : links.show("directive", o.directive));
    const button = linkButton(label, go);
    button.classList.add(`depth-${o.depth}`);
    return button;
  }, str);
}

/**
 * The measures by instrument: a bar chart and, per instrument, the list of its measures.
 * @param {Analysis} analysis
 * @param {SummaryLinks} links
 * @param {Strings} str
 */
function instruments(analysis, links, str) {
  const total = Math.max(1, analysis.measures.length);
  const chart = el("div", { class: "chart" });
  const groups = el("div", { class: "groups" });
  for (const [inst, ids] of Object.entries(analysis.summary.measures_by_instrument)) {
    const name = str.value("instrument", inst);
    const fill = el("span", { class: `bar inst-${inst}` });
    fill.style.setProperty("--share", `${(100 * ids.length) / total}%`);
    chart.append(el("div", { class: "row" }, el("span", { class: "label" }, `${name} ${ids.length}`),
      el("span", { class: "track", "aria-hidden": "true" }, fill)));
    groups.append(el("details", {}, el("summary", {}, `${name} (${ids.length})`),
      capped("ul", {}, ids, (i) => linkButton(analysis.measures[i].text, () => links.show("measure", i)), str)));
  }
  return [chart, groups];
}

/**
 * Draws the summary of `analysis` into `root` in the language of `str`.
 * @param {HTMLElement} root
 * @param {Analysis} analysis
 * @param {SummaryLinks} links
 * @param {Strings} str the interface strings, in the page's or the widget's language
 */
export function renderSummary(root, analysis, links, str) {
  const s = analysis.summary;
  const parts = [];
  root.classList.add("pl-summary");

  parts.push(section(str.t("counts"), el("dl", { class: "counts" },
    ...KINDS.flatMap((k) => [el("dt", {}, str.kind(k)), el("dd", {}, String(spansOf(analysis, k).length))]))));

  if (s.issuers.length || s.dates.length || s.sources.length) {
    const meta = el("dl", { class: "meta" });
    if (s.issuers.length) meta.append(el("dt", {}, str.t("issuers")), el("dd", {}, s.issuers.join("、")));
    if (s.dates.length) meta.append(el("dt", {}, str.t("dates")), el("dd", {}, s.dates.map((d) => d.text).join("、")));
    if (s.sources.length) meta.append(el("dt", {}, str.t("sources")), el("dd", {}, s.sources.map((d) => d.text).join("、")));
    parts.push(section(`${str.t("issuers")} · ${str.t("dates")}`, meta));
  }

  if (analysis.outline.length) parts.push(section(str.t("outline"), outline(analysis, links, str)));

  parts.push(section(str.t("who"), el("p", { class: "hint" }, str.t("focusHint")),
    s.responsibilities.length ? whoTable(analysis, links, str) : el("p", {}, str.t("none"))));

  parts.push(section(str.t("instruments"), ...instruments(analysis, links, str)));

  if (s.slogans.length) {
    parts.push(section(str.t("slogans"), capped("ul", { class: "chips" }, s.slogans,
      (x) => document.createTextNode(`“${x.text}”${x.count > 1 ? ` ×${x.count}` : ""}`), str)));
  }
  if (s.keywords.length) {
    parts.push(section(str.t("keywords"), el("ul", { class: "chips" }, ...s.keywords.map((k) => el("li", {}, `${k.word} ${k.count}`)))));
  }
  root.replaceChildren(...parts);
}
