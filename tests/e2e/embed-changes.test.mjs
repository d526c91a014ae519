// Pages that change (issue 15, defect 1): a single-page app whose article arrives late,
// is replaced on navigation, is updated in place and is folded behind 展开全文. The widget
// notices each change, drops the stale highlights at once and analyses the new text.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { SHOTS, KINDS, assertHighlightsRead, inWidget, nextAnalysis, readerText, spans, startHosts, waitForAnalysis } from "./embed-hosts.mjs";
import { watchedPage } from "./harness.mjs";

let env;
before(async () => { env = await startHosts(); });
after(async () => { await env?.close(); });

/** The app's articles, held back until `release()`: the network is slow. */
async function slowArticles(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route("**/spa-articles.json", async (route) => { await held; await route.continue(); });
  return () => release();
}

/** Asserts that the highlights show `analysis` and lie in the element `#story` of now. */
async function assertHighlightsInStory(page, analysis, message) {
  await assertHighlightsRead(page, analysis);
  const outside = await page.evaluate((kinds) => kinds.flatMap((k) => [...(CSS.highlights.get(`policy-lens-${k}`) ?? [])])
    .filter((r) => !document.getElementById("story").contains(r.startContainer)).length, KINDS);
  assert.equal(outside, 0, message);
}

const findings = (page) => page.locator(inWidget("button.finding")).allTextContents();

test("a single-page app: a press before the article, a navigation, an update in place, 展开全文, close and reopen", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await watchedPage(context, env.base);
  const release = await slowArticles(page);
  const url = `${env.base}spa.html`;
  await page.goto(url);

  // Pressed while the app still shows its skeleton: the widget waits for the article.
  await page.locator("policy-lens-widget").click();
  await page.waitForFunction(() => /等待文章/.test(document.querySelector("policy-lens-widget").shadowRoot.querySelector(".status").textContent));
  assert.equal(await page.evaluate(() => document.querySelector("policy-lens-widget").analysis), null);
  const first = await nextAnalysis(page, async () => release());
  assert.equal(first.text, await readerText(context, url, "#story", "button"), "the article that arrived is analysed (its 展开全文 button is no text)");
  await waitForAnalysis(page);
  await assertHighlightsInStory(page, first.analysis, "the highlights are the article's");

  // Navigation: the app replaces <article id="story"> with another.
  const second = await nextAnalysis(page, () => page.evaluate(() => window.newsApp.show(1)));
  assert.ok(second.text.startsWith("全省启动城乡居民医保参保缴费"), second.text.slice(0, 40));
  assert.equal(second.text, await readerText(context, url, "#story", "button", (p) => p.evaluate(() => window.newsApp.show(1))));
  await page.waitForFunction(() => CSS.highlights.has("policy-lens-directive"));
  await assertHighlightsInStory(page, second.analysis, "the highlights are the new article's");
  const listed = await findings(page);
  assert.ok(listed.some((f) => f.includes("各级医保部门要会同税务部门")) && !listed.some((f) => f.includes("防汛")), "the panel lists the new article");

  // An update in place: no old range may paint the new text, not even before the new analysis.
  const stale = await page.evaluate(() => new Promise((resolve) => {
    window.newsApp.update("记者从省医疗保障局获悉，省医疗保障局要求各地医保部门即日起开通线上参保缴费渠道。");
    requestAnimationFrame(() => resolve([...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => r.startContainer.parentElement?.classList.contains("update")).map((r) => r.toString())));
  }));
  assert.deepEqual(stale, [], "the stale ranges are dropped at once");
  const updated = await page.evaluate(() => new Promise((r) => document.querySelector("policy-lens-widget").addEventListener("policy-lens-analysed", (e) => r(e.detail), { once: true })));
  assert.ok(updated.text.includes("即日起开通线上参保缴费渠道"));
  await page.waitForFunction(() => CSS.highlights.has("policy-lens-directive"));
  await assertHighlightsInStory(page, updated.analysis, "the highlights read the updated text");

  // Back to the first article, folded: 展开全文 brings the rest, which is analysed.
  await nextAnalysis(page, () => page.evaluate(() => window.newsApp.show(0)));
  const expanded = await nextAnalysis(page, () => page.getByRole("button", { name: "展开全文" }).click());
  assert.ok(expanded.text.includes("各市县要对病险水库、山洪灾害危险区逐一落实转移避险责任人"), "the expanded part is analysed");
  assert.ok(spans(expanded.analysis, "directive").some((d) => d.text.startsWith("各市县要对病险水库")));

  // Closed, the app navigates; reopened, the panel shows the article of now.
  await page.locator(inWidget("button.close")).click();
  await page.evaluate(() => window.newsApp.show(1));
  const reopened = await nextAnalysis(page, () => page.locator("policy-lens-widget").click());
  assert.ok(reopened.text.startsWith("全省启动城乡居民医保参保缴费"));
  await waitForAnalysis(page);
  assert.ok((await findings(page)).every((f) => !f.includes("防汛")));
  assert.equal((await page.evaluate(() => document.querySelector("policy-lens-widget").reanalyse())).length, reopened.analysis.length,
    "reanalyse() analyses the article of now");
  await page.screenshot({ path: `${SHOTS}/embed-spa.png` });
  assert.deepEqual(problems, []);
  await context.close();
});
