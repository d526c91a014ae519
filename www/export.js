// @ts-check
// The page's exports of an analysis: CSV (one row per span) and a Markdown report. JSON is
// the analysis itself; Web Annotations are web-annotation.js.

import { toCsv } from "./csv.js";
import { marksOf, responsibleActors, rowMeasures, spansOf, titleOf } from "./analysis.js";
import { KINDS } from "./pkg/vocabulary.js";

/** @typedef {import("./pkg/policy_lens.js").Analysis} Analysis */
/** @typedef {import("./i18n.js").Strings} Strings */

/** The CSV columns, as `policy-lens analyze --format csv` has them (without `file`). */
const CSV_COLUMNS = ["kind", "start", "end", "text", "force", "role", "level", "instrument", "rule"];

/**
 * The analysis of `text` as CSV: one row per directive, actor, measure and target.
 * @param {string} text
 * @param {Analysis} analysis
 */
export function analysisCsv(text, analysis) {
  const rows = marksOf(analysis).map((m) => {
    /** @type {Record<string, unknown>} */
    const row = { kind: m.kind, start: m.start, end: m.end, text: text.slice(m.start, m.end), rule: m.rule, ...m.attributes };
    return CSV_COLUMNS.map((c) => (c === "kind" ? m.kind : row[c]));
  });
  return toCsv(CSV_COLUMNS, rows);
}

/**
 * A Markdown report of `analysis` in the language of `str`: title, issuers, dates and
 * sources, counts, outline, who must do what, measures by instrument, directives, slogans
 * and keywords.
 * @param {string} text
 * @param {Analysis} analysis
 * @param {Strings} str
 */
export function analysisMarkdown(text, analysis, str) {
  const s = analysis.summary;
  const line = (/** @type {string} */ t) => t.replace(/\s+/g, " ").replaceAll("|", "\\|").trim();
  const out = [`# ${line(titleOf(text, 80)) || str.t("title")}`, "", `*${str.t("title")}*`, ""];
  const meta = [
    [str.t("issuers"), s.issuers.join("、")],
    [str.t("dates"), s.dates.map((d) => d.text).join("、")],
    [str.t("sources"), s.sources.map((d) => d.text).join("、")],
  ].filter(([, v]) => v);
  if (meta.length) out.push(...meta.map(([k, v]) => `- ${k}: ${line(v)}`), "");

  out.push(`## ${str.t("counts")}`, "", ...KINDS.map((k) => `- ${str.kind(k)}: ${spansOf(analysis, k).length}`), "");

  if (analysis.outline.length) {
    out.push(`## ${str.t("outline")}`, "");
    for (const o of analysis.outline) out.push(`${"  ".repeat(Math.max(0, Math.min(o.depth, 4) - 1))}- ${line(`${o.number} ${o.title.text}`)}`);
    out.push("");
  }

  out.push(`## ${str.t("who")}`, "", `| ${str.t("actorCol")} | ${str.field("level")} | ${str.t("directivesCol")} | ${str.t("measuresCol")} |`, "| --- | --- | --- | --- |");
  for (const r of s.responsibilities) {
    const measures = rowMeasures(analysis, r).map((i) => line(analysis.measures[i].text)).join("；");
    out.push(`| ${line(r.actor)} | ${str.value("level", r.level)} | ${r.directive_count} | ${measures} |`);
  }
  out.push("", `## ${str.t("instruments")}`, "");
  for (const [inst, ids] of Object.entries(s.measures_by_instrument)) {
    out.push(`### ${str.value("instrument", inst)} (${ids.length})`, "", ...ids.map((i) => `- ${line(analysis.measures[i].text)}`), "");
  }
  out.push(`## ${str.kind("directive")}`, "");
  analysis.directives.forEach((d, i) => {
    const actors = responsibleActors(analysis, i).map((a) => analysis.actors[a].text).join("、");
    out.push(`- **${str.value("force", d.force)}** ${line(d.text)}${actors ? ` — ${line(actors)}` : ""}`);
  });
  out.push("");
  if (s.slogans.length) out.push(`## ${str.t("slogans")}`, "", ...s.slogans.map((x) => `- “${line(x.text)}”${x.count > 1 ? ` ×${x.count}` : ""}`), "");
  if (s.keywords.length) out.push(`## ${str.t("keywords")}`, "", s.keywords.map((k) => `${line(k.word)} (${k.count})`).join("、"), "");
  return out.join("\n");
}
