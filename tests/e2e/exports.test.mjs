// The reader's exports: files named after the document's title; CSV that a real parser
// reads back (quotes, commas, line breaks, formula-like cells); a Markdown report with the
// title, issuers, dates, sources, outline, slogans and keywords; Web Annotations whose
// selectors find each span's text.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { start, watchedPage } from "./harness.mjs";
import { policyText } from "./texts.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const TITLE = "关于推进乡村文化振兴的实施意见";
/** A dated text with a source, a slogan in quotes and a quoted, comma'd, formula-like measure. */
const TEXT = `${policyText(3)}来源：东山日报 日期：2024-05-06\n各县要落实“三送一帮”要求。\n各县要建立“=SUM”，“一站式”服务机制。\n`;

async function exported(page, kind) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-export="${kind}"]`)]);
  return { name: download.suggestedFilename(), body: readFileSync(await download.path(), "utf8") };
}

async function analysed(text) {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const watched = await watchedPage(context, env.base);
  await watched.page.addInitScript((t) => localStorage.setItem("policy-lens:text", t), text);
  await watched.page.goto(`${env.base}www/`);
  await watched.page.waitForSelector("body[data-analysed]");
  const analysis = await watched.page.evaluate(async (t) => (await (await import("/www/analyzer.js")).loadAnalyzer()).analyze(t, {}), text);
  return { context, analysis, ...watched };
}

test("every export is named after the document's title", async () => {
  const { context, page, problems } = await analysed(TEXT);
  for (const [kind, ext] of [["json", "json"], ["csv", "csv"], ["md", "md"], ["annotations", "jsonld"]]) {
    assert.equal((await exported(page, kind)).name, `${TITLE}.${ext}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("the CSV reads back through a real CSV parser, span for span", async () => {
  const { context, page, analysis, problems } = await analysed(TEXT);
  const { body } = await exported(page, "csv");
  assert.ok(body.startsWith("\uFEFF"));
  const rows = parse(body, { bom: true, columns: true });
  const spans = ["directives", "actors", "measures", "targets"].flatMap((k) => analysis[k]);
  assert.equal(rows.length, spans.length);
  for (const span of spans) {
    const row = rows.find((r) => Number(r.start) === span.start && Number(r.end) === span.end && r.rule === span.rule);
    assert.ok(row, `${span.start}..${span.end}`);
    const shown = /^[=+\-@]/.test(span.text) ? `'${span.text}` : span.text;
    assert.equal(row.text, shown, "the text survives quotes, commas and line breaks; formulas stay text");
  }
  assert.ok(rows.some((r) => r.text.includes("“") && r.text.includes("，")), "some row has quotes and a comma");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the Markdown report holds the title, dates, sources, outline, slogans and keywords", async () => {
  const { context, page, analysis, problems } = await analysed(TEXT);
  const { body } = await exported(page, "md");
  assert.ok(body.startsWith(`# ${TITLE}\n`));
  const s = analysis.summary;
  for (const d of s.dates) assert.ok(body.includes(d.text), `date ${d.text}`);
  for (const d of s.sources) assert.ok(body.includes(d.text), `source ${d.text}`);
  for (const o of analysis.outline) assert.ok(body.includes(o.title.text), `outline ${o.title.text}`);
  for (const x of s.slogans) assert.ok(body.includes(x.text), `slogan ${x.text}`);
  for (const k of s.keywords) assert.ok(body.includes(k.word), `keyword ${k.word}`);
  assert.ok(s.dates.length && analysis.outline.length && s.keywords.length, "the text has them to report");
  for (const heading of ["## 提纲", "## 谁要做什么", "## 关键词"]) assert.ok(body.includes(heading), heading);
  assert.deepEqual(problems, []);
  await context.close();
});

test("Web Annotations: one per span, each selector finding its span's text", async () => {
  const { context, page, analysis, problems } = await analysed(TEXT);
  const annotations = JSON.parse((await exported(page, "annotations")).body);
  const spans = ["directives", "actors", "measures", "targets"].flatMap((k) => analysis[k]);
  assert.equal(annotations.length, spans.length);
  const chars = [...TEXT];
  for (const a of annotations) {
    assert.equal(a["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert.equal(a.type, "Annotation");
    const quote = a.target.selector.find((x) => x.type === "TextQuoteSelector");
    const position = a.target.selector.find((x) => x.type === "TextPositionSelector");
    assert.equal(chars.slice(position.start, position.end).join(""), quote.exact);
    assert.ok(TEXT.includes(quote.prefix + quote.exact + quote.suffix));
    assert.ok(["directive", "actor", "measure", "target"].includes(a.body[0].value));
  }
  assert.deepEqual(problems, []);
  await context.close();
});
