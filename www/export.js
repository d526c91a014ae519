// Exports of an analysis: JSON, CSV (one row per span) and a Markdown report.

import { t } from "./i18n.js";

const CSV_COLUMNS = ["kind", "start", "end", "text", "force", "role", "level", "instrument", "rule"];

function csvField(value) {
  const s = String(value ?? "");
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The analysis as CSV: one row per directive, actor, measure and target. */
export function toCsv(analysis) {
  const rows = [CSV_COLUMNS.join(",")];
  const add = (kind, span, attrs) => {
    const row = { kind, start: span.start, end: span.end, text: span.text, rule: span.rule, ...attrs };
    rows.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(","));
  };
  for (const d of analysis.directives) add("directive", d, { force: d.force });
  for (const a of analysis.actors) add("actor", a, { role: a.role, level: a.level });
  for (const m of analysis.measures) add("measure", m, { instrument: m.instrument });
  for (const x of analysis.targets) add("target", x, {});
  return rows.join("\n") + "\n";
}

/** A Markdown report: counts, who must do what, measures by instrument, the directives. */
export function toMarkdown(analysis) {
  const s = analysis.summary;
  const c = s.counts;
  const line = (text) => text.replaceAll("\n", " ").replaceAll("|", "\\|");
  const out = [`# ${t("title")}`, ""];
  if (s.issuers.length) out.push(`${t("issuers")}: ${s.issuers.join("、")}`, "");
  out.push(`## ${t("counts")}`, "",
    `- ${t("directive")}: ${c.directives}`, `- ${t("actor")}: ${c.actors}`,
    `- ${t("measure")}: ${c.measures}`, `- ${t("target")}: ${c.targets}`, "");
  out.push(`## ${t("who")}`, "", `| ${t("actorCol")} | ${t("directivesCol")} | ${t("measuresCol")} |`, "| --- | --- | --- |");
  for (const r of s.responsibilities) {
    const measures = r.measures.map((i) => analysis.measures[i].text).join("；");
    out.push(`| ${line(r.actor)} | ${r.directives.length} | ${line(measures)} |`);
  }
  out.push("", `## ${t("instruments")}`, "");
  for (const [inst, ids] of Object.entries(s.measures_by_instrument)) {
    out.push(`### ${t(inst)} (${ids.length})`, "");
    for (const i of ids) out.push(`- ${line(analysis.measures[i].text)}`);
    out.push("");
  }
  out.push(`## ${t("directive")}`, "");
  for (const d of analysis.directives) out.push(`- **${t(d.force)}** ${line(d.text)}`);
  return out.join("\n") + "\n";
}

/** Offers `content` as a file download; a blob URL, so nothing leaves the browser. */
export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
