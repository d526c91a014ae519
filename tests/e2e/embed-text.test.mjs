// The text the widget analyses is the text readers see, on host pages that imitate real
// sites (issue 15, defects 2 and 3): it equals Chromium's innerText of the article with the
// CSS segment-break rule for Chinese applied and the reader-invisible parts left out; the
// analysis equals the native one; every highlight range shows visible text only.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { SHOTS, assertHighlightsRead, nativeAnalysis, press, readerText, spans, startHosts } from "./embed-hosts.mjs";
import { watchedPage } from "./harness.mjs";

let env;
before(async () => { env = await startHosts(); });
after(async () => { await env?.close(); });

/** The widget's text and analysis. */
const widgetState = (page, widget = "policy-lens-widget") => page.evaluate((sel) => {
  const w = document.querySelector(sel);
  return { text: w.text, analysis: w.analysis };
}, widget);

test("a 人民网-style article: layout tables, <center>, <font>, <br><br> paragraphs, watermarks, an iframe", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await watchedPage(context, env.base);
  const url = `${env.base}people.html`;
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  const beforeHtml = await page.evaluate(() => document.documentElement.outerHTML);
  const ms = await press(page);
  console.log(`people.html: press to highlights ${ms} ms (cold)`);
  const { text, analysis } = await widgetState(page);
  const want = await readerText(context, url, "#rwb_zw", '.wm, .sr-only, font[style*="font-size:0"]');
  assert.equal(text, want, "the analysed text is the article as a reader sees it");
  assert.deepEqual(analysis, nativeAnalysis(text), "the wasm analysis is the native one");
  assert.ok(spans(analysis, "actor").some((a) => a.text === "省住房城乡建设厅"), "an actor with a hidden watermark inside it reads whole");
  await assertHighlightsRead(page, analysis, ["人民网", "rmw.cn", "来源"]);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), beforeHtml, "the host's DOM is unchanged");
  await page.screenshot({ path: `${SHOTS}/embed-people.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a gov.cn document page: the 发文字号 table, hard-wrapped source, a closed <details>, a 62.5 % root", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await watchedPage(context, env.base);
  const url = `${env.base}gov.html`;
  await page.goto(url);
  await press(page);
  const { text, analysis } = await widgetState(page);
  assert.equal(text, await readerText(context, url, "#gov-doc"), "the analysed text is the document as a reader sees it");
  assert.deepEqual(analysis, nativeAnalysis(text), "the wasm analysis is the native one");
  assert.match(text, /^索 引 号：\t11330000\/2024-00123\t主题分类：/, "the table's cells are apart");
  const brokenByWrap = spans(analysis, "measure").filter((m) => /\p{sc=Han} \p{sc=Han}/u.test(m.text));
  assert.deepEqual(brokenByWrap, [], "no measure is cut by a source line break");
  assert.ok(spans(analysis, "measure").some((m) => m.text.includes("燃气等基础设施改造")), "a measure across a wrapped line reads whole");
  assert.ok(!text.includes("基础类：供水"), "the closed <details> is not analysed");
  await assertHighlightsRead(page, analysis, []);

  const opened = await (async () => {
    await page.evaluate(() => {
      window.__analysed = new Promise((r) => document.querySelector("policy-lens-widget").addEventListener("policy-lens-analysed", (e) => r(e.detail.text), { once: true }));
      document.querySelector("#UCAP-CONTENT details").open = true;
    });
    return page.evaluate(() => window.__analysed);
  })();
  assert.ok(opened.includes("基础类：供水"), "opening it analyses it");

  const sizes = await page.evaluate(() => {
    const root = document.querySelector("policy-lens-widget").shadowRoot;
    const px = (sel) => parseFloat(getComputedStyle(root.querySelector(sel)).fontSize);
    return { title: px("h2"), status: px(".status"), finding: px("button.finding"), card: px(".pl-summary h3"), table: px(".pl-summary table.who") };
  });
  for (const [what, size] of Object.entries(sizes)) assert.ok(size >= 12, `${what}: ${size} px under a 10 px root`);
  await page.screenshot({ path: `${SHOTS}/embed-gov.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a page with its own custom elements (shadow roots), ruby, vertical-rl, RTL, in a transformed card", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await watchedPage(context, env.base);
  const url = `${env.base}components.html`;
  await page.goto(url);
  await press(page);
  const { text, analysis } = await widgetState(page);
  // innerText leaves shadow roots out: the callout's label and the figure live only there.
  const light = await readerText(context, url, "#lesson");
  const callout = "各地要在今年底前完成改造项目的居民意见征询，改什么、怎么改由居民议定。";
  const figure = "今年全省计划新开工改造城镇老旧小区";
  assert.ok(light.includes(callout) && light.includes(figure));
  assert.equal(text, light.replace(callout, `划重点\n${callout}`).replace(figure, `3.2万个\n${figure}`),
    "the text is the article's, with the custom elements' shadow text in place");
  assert.ok(text.includes("要赓续“共同缔造”") && !text.includes("gēng"), "a ruby annotation is not read into the word");
  assert.ok(text.includes("要让老百姓住得更舒心") && text.includes("كونا ئولتۇراق"), "vertical and right-to-left text is read");
  assert.deepEqual(analysis, nativeAnalysis(text), "the wasm analysis is the native one");
  await assertHighlightsRead(page, analysis, ["gēng"]);
  await page.screenshot({ path: `${SHOTS}/embed-components.png` });
  assert.deepEqual(problems, []);
  await context.close();
});
