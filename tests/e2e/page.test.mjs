// The page as a reader uses it: the seed shows highlights; each dev text pasted in gives as
// many highlights per kind as its analysis; a legend entry hides its layer; the language
// switch persists; the CSV download has one row per span. Any console error or request
// outside the page's origin fails the test. Screenshots go to target/screenshots/.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { ROOT, start, watchedPage } from "./harness.mjs";
import { KINDS } from "../../www/pkg/vocabulary.js";

const DEV = `${ROOT}/../shared/corpus/dev`;
let env;

before(async () => { env = await start(); });
after(async () => { await env?.close(); });

function nativeAnalysis(path) {
  return JSON.parse(execFileSync(`${ROOT}/target/release/policy-lens`, ["analyze", path], { encoding: "utf8" }));
}

async function countKinds(page) {
  return page.evaluate((kinds) => Object.fromEntries(kinds.map((k) =>
    [k, document.querySelectorAll(`#view [data-kind="${k}"]`).length])), KINDS);
}

async function analysedText(page, text) {
  await page.evaluate(() => { delete document.body.dataset.analysed; });
  await page.fill("#text", text);
  await page.waitForSelector("body[data-analysed]");
}

test("the seed article is highlighted on load, and screenshots are taken", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}www/`);
  await page.waitForSelector("body[data-analysed]");
  const counts = await countKinds(page);
  const native = nativeAnalysis(`${DEV}/seed_qinghai_2017.txt`);
  for (const k of KINDS) assert.equal(counts[k], native[`${k}s`].length, `${k} highlights of the seed`);
  assert.ok(counts.directive > 20);
  mkdirSync(`${ROOT}/target/screenshots`, { recursive: true });
  await page.screenshot({ path: `${ROOT}/target/screenshots/desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${ROOT}/target/screenshots/phone.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("each dev text pasted in gives one highlight per span of its analysis", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}www/`);
  await page.waitForSelector("body[data-analysed]");
  for (const name of readdirSync(DEV).filter((f) => f.endsWith(".txt")).sort()) {
    const text = readFileSync(`${DEV}/${name}`, "utf8");
    await analysedText(page, text);
    const counts = await countKinds(page);
    const native = nativeAnalysis(`${DEV}/${name}`);
    for (const k of KINDS) assert.equal(counts[k], native[`${k}s`].length, `${name}: ${k}`);
    const shown = await page.$eval("#view", (v) => v.textContent);
    assert.equal(shown, text, `${name}: the annotated view shows the whole text`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("a legend entry hides its layer", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}www/`);
  await page.waitForSelector("body[data-analysed]");
  const background = () => page.$eval("#view .pl-actor", (a) => getComputedStyle(a).backgroundImage);
  assert.notEqual(await background(), "none");
  await page.click('.key-actor input');
  assert.equal(await background(), "none");
  await page.click('.key-actor input');
  assert.notEqual(await background(), "none");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the language switch relabels the page and persists", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}www/`);
  await page.waitForSelector("body[data-analysed]");
  assert.equal(await page.textContent("h1 [data-i18n=title]"), "政策透镜");
  await page.click("#lang");
  assert.equal(await page.textContent("h1 [data-i18n=title]"), "Policy Lens");
  assert.match(await page.textContent("#summary"), /Who must do what/);
  await page.reload();
  await page.waitForSelector("body[data-analysed]");
  assert.equal(await page.textContent("#analyze"), "Analyze");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the CSV download has one row per span", async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}www/`);
  await page.waitForSelector("body[data-analysed]");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="csv"]')]);
  const csv = readFileSync(await download.path(), "utf8");
  assert.ok(csv.startsWith("\uFEFF"), "a byte-order mark, so that spreadsheets read UTF-8");
  const rows = parse(csv, { bom: true, columns: true });
  assert.deepEqual(Object.keys(rows[0]), ["kind", "start", "end", "text", "force", "role", "level", "instrument", "rule"]);
  const native = nativeAnalysis(`${DEV}/seed_qinghai_2017.txt`);
  const spans = KINDS.reduce((n, k) => n + native[`${k}s`].length, 0);
  assert.equal(rows.length, spans);
  const measure = native.measures[0];
  assert.ok(rows.some((r) => r.kind === "measure" && Number(r.start) === measure.start && r.text === measure.text && r.instrument === measure.instrument));
  assert.deepEqual(problems, []);
  await context.close();
});
