// The reader's page as issue 14 found it: long texts then short ones, Cancel, a worker that
// dies; tooltips after scrolling; summary links that land in view or say why not; the
// collapsed who-must-do-what table; jump links on a phone; the status line after a
// language switch; clearing the box and getting the sample back. Invented texts only.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, watchedPage } from "./harness.mjs";
import { policyText } from "./texts.mjs";
import { RULES } from "../../www/pkg/vocabulary.js";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The page, analysed, in a fresh context. */
async function openPage(viewport = { width: 1300, height: 800 }, options = {}) {
  const context = await env.browser.newContext({ viewport, ...options });
  const watched = await watchedPage(context, env.base);
  await watched.page.goto(`${env.base}www/`);
  await watched.page.waitForSelector("body[data-analysed]");
  return { context, ...watched };
}

/** Puts `text` into the box as a paste would; `wait` waits for its analysis. */
async function paste(page, text, wait = true) {
  await page.evaluate((t) => {
    delete document.body.dataset.analysed;
    const area = document.getElementById("text");
    area.value = t;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  if (wait) await page.waitForSelector("body[data-analysed]");
}

const viewText = (page) => page.$eval("#view", (v) => v.textContent);
const status = (page) => page.textContent("#status");

/** Whether `selector`'s first match (or the focused element) lies inside the window and, for the view's content, inside the view's scroll box. */
function inView(page, selector) {
  return page.evaluate((sel) => {
    const node = sel ? document.querySelector(sel) : document.activeElement;
    if (!node) return false;
    const r = node.getBoundingClientRect();
    const v = document.getElementById("view").getBoundingClientRect();
    const inWindow = r.bottom > 0 && r.top < innerHeight;
    const inBox = !node.closest("#view") || (r.bottom > v.top && r.top < v.bottom);
    return inWindow && inBox;
  }, selector);
}

test("after a long text, later texts are analysed too, also after Cancel, and a long text is never analysed on the page", async () => {
  const { context, page, problems } = await openPage();
  await page.evaluate(async () => {
    const glue = await import("/www/pkg/policy_lens.js");
    window.mainThreadAnalyses = 0;
    for (const name of ["analyze", "render"]) {
      const original = glue.Analyzer.prototype[name];
      glue.Analyzer.prototype[name] = function (...args) { window.mainThreadAnalyses++; return original.apply(this, args); };
    }
  });
  // Cancel first, against a worker that never answers, so that Cancel always meets a running job.
  await page.route("**/www/worker.js", (route) => route.fulfill({ contentType: "text/javascript", body: "self.onmessage = () => {};" }));
  await paste(page, policyText(41), false);
  await page.waitForSelector("#progress:not([hidden])");
  await page.click("#cancel");
  await page.waitForFunction(() => document.getElementById("status").textContent === "已取消");
  assert.ok(await page.$eval("#progress", (p) => p.hidden));
  await paste(page, "丙县要开展送戏下乡活动。");
  assert.equal(await viewText(page), "丙县要开展送戏下乡活动。", "a text after Cancel is analysed");
  await page.unroute("**/www/worker.js");

  const long = policyText(40);
  assert.ok(long.length > 5000);
  await page.evaluate(() => { window.mainThreadAnalyses = 0; });
  await paste(page, long);
  assert.equal(await viewText(page), long, "a long text after Cancel is analysed, by a fresh worker");
  assert.equal(await page.evaluate(() => window.mainThreadAnalyses), 0, "the long text was analysed in the worker only");
  assert.ok(await page.$$eval("#view [data-kind]", (n) => n.length) > 100);
  for (const short of ["甲县要建设文化站。", "乙县要设立农家书屋。"]) {
    await paste(page, short);
    assert.equal(await viewText(page), short, "the view follows the box");
    assert.ok(!(await page.textContent("#summary")).includes("市文化和旅游局"), "the summary no longer shows the long text's actors");
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("a worker that crashes leaves a message in the page's language, and the page goes on working", async () => {
  const { context, page, problems } = await openPage();
  await page.route("**/www/worker.js", (route) => route.fulfill({
    contentType: "text/javascript",
    body: "self.onmessage = () => { throw new RangeError('simulated: out of memory'); };",
  }));
  await paste(page, policyText(30), false);
  await page.waitForFunction(() => /后台分析意外中止/.test(document.getElementById("status").textContent));
  assert.match(await status(page), /out of memory/);
  assert.ok(await page.$eval("#progress", (p) => p.hidden), "no progress bar is left spinning");
  await page.unroute("**/www/worker.js");
  await paste(page, "丁县要培训基层文化骨干。");
  assert.equal(await viewText(page), "丁县要培训基层文化骨干。");
  await paste(page, policyText(31));
  assert.equal(await viewText(page), policyText(31), "a fresh worker takes the next long text");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the tooltip sits beside its span, inside the window, after the view and the page are scrolled", async () => {
  const { context, page, problems } = await openPage({ width: 1300, height: 700 });
  await paste(page, policyText(20));
  await page.evaluate(() => { const v = document.getElementById("view"); v.scrollTop = v.scrollHeight / 2; scrollBy(0, 120); });
  // An actor and a directive in the middle of what is on screen.
  for (const kind of ["actor", "directive"]) {
    const id = await page.evaluate((k) => {
      const v = document.getElementById("view").getBoundingClientRect();
      const mid = (Math.max(v.top, 0) + Math.min(v.bottom, innerHeight)) / 2;
      const spans = [...document.querySelectorAll(`#view [data-kind="${k}"]`)];
      const best = spans.reduce((a, b) => (Math.abs(b.getBoundingClientRect().top - mid) < Math.abs(a.getBoundingClientRect().top - mid) ? b : a));
      return best.dataset.id;
    }, kind);
    await page.hover(`#view [data-id="${id}"]`);
    await page.waitForSelector("#tip:not([hidden])");
    const { tip, span, height, width } = await page.evaluate((i) => {
      const r = document.getElementById("tip").getBoundingClientRect();
      const s = [...document.querySelector(`#view [data-id="${i}"]`).getClientRects()].map((x) => [x.left, x.top, x.right, x.bottom]);
      return { tip: [r.left, r.top, r.right, r.bottom], span: s, height: innerHeight, width: innerWidth };
    }, id);
    assert.ok(tip[1] >= 0 && tip[3] <= height && tip[0] >= 0 && tip[2] <= width, `${kind}: the tip ${tip} lies inside the window`);
    for (const s of span) {
      const overlap = tip[0] < s[2] && s[0] < tip[2] && tip[1] < s[3] && s[1] < tip[3];
      assert.ok(!overlap, `${kind}: the tip ${tip} does not cover its span's line ${s}`);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("the tooltip names an actor's role by its value and a rule by its description; ids on request", async () => {
  const { context, page, problems } = await openPage();
  await paste(page, "东山县要建设乡村文化广场。");
  await page.hover('#view [data-kind="actor"]');
  await page.waitForSelector("#tip:not([hidden])");
  const lines = await page.$$eval("#tip div", (d) => d.map((x) => x.textContent));
  assert.ok(lines.includes("角色：负责"), lines.join(" | "));
  assert.ok(!lines.some((l) => l.includes("角色：责任主体")));
  const rule = await page.getAttribute('#view [data-kind="actor"]', "data-rule");
  const ruleLine = lines.find((l) => l.startsWith("规则："));
  if (RULES[rule]) assert.equal(ruleLine, `规则：${RULES[rule].zh}`);
  assert.ok(!ruleLine.includes(rule) || !RULES[rule], "no bare id before the reader asks for ids");
  await page.click("#rule-ids summary");
  await page.hover("#view", { position: { x: 2, y: 2 } });
  await page.hover('#view [data-kind="actor"]');
  assert.ok((await page.textContent("#tip")).includes(rule), "with ids shown, the tip names the rule's id");
  assert.ok((await page.textContent("#rule-ids")).includes(rule), "and the list of rules holds it");
  assert.deepEqual(problems, []);
  await context.close();
});

test("summary links land in view: outline points without a directive, and each click on an actor the next of its places", async () => {
  const { context, page, problems } = await openPage({ width: 1300, height: 800 });
  await paste(page, policyText(20));
  const points = await page.$$("#summary .outline button");
  assert.equal(points.length, 20);
  await points[16].click();
  assert.match(await status(page), /已跳到：十七 第17方面的工作安排/);
  const selected = await page.evaluate(() => {
    const r = getSelection().getRangeAt(0);
    const box = r.getBoundingClientRect();
    const v = document.getElementById("view").getBoundingClientRect();
    return { text: r.toString(), inside: box.top >= v.top && box.bottom <= v.bottom && box.top >= 0 && box.bottom <= innerHeight };
  });
  assert.equal(selected.text.startsWith("十七、第17方面的工作安排"), true, selected.text);
  assert.ok(selected.inside, "the point is inside the view and the window");

  const actor = page.locator("#summary .actor-link", { hasText: "北川县" });
  const seen = [];
  for (let i = 0; i < 3; i++) {
    await actor.click();
    assert.ok(await inView(page, null), `click ${i + 1} brings its place into view`);
    seen.push(await page.evaluate(() => document.activeElement.dataset.id));
  }
  assert.equal(new Set(seen).size, 3, `three clicks, three places: ${seen}`);
  const row = page.locator("#summary tr").filter({ has: page.locator(".actor-link", { hasText: "北川县" }) });
  assert.match(await row.locator(".step").textContent(), /第 3\/\d+ 处/);
  assert.ok(await page.$$eval("#view .pl-focus", (n) => n.length) > 3, "all its places are highlighted");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an outline point past the drawn part of a long text says so instead of doing nothing", async () => {
  const { context, page, problems } = await openPage();
  const long = policyText(50, 40);
  assert.ok(long.length > 60000);
  await paste(page, long);
  assert.match(await status(page), /标注显示前 \d+ 字/);
  const last = page.locator("#summary .outline button").last();
  await last.click();
  assert.match(await status(page), /在标注显示范围（前 \d+ 字）之外/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a wide screen the reading pane stays in view while the summary scrolls", async () => {
  const { context, page, problems } = await openPage({ width: 1400, height: 800 });
  await paste(page, policyText(20));
  await page.evaluate(() => document.querySelectorAll("#summary details").forEach((d) => { d.open = true; }));
  const scrolled = await page.evaluate(() => { scrollTo(0, document.body.scrollHeight); return scrollY; });
  assert.ok(scrolled > 300, "the page scrolls");
  const view = await page.$eval("#view", (v) => { const r = v.getBoundingClientRect(); return [r.top, r.bottom]; });
  assert.ok(view[0] < 800 && view[1] > 300, `the view ${view} is still on screen`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a phone, jump links lead between the text and the summary", async () => {
  const { context, page, problems } = await openPage({ width: 375, height: 740 }, { isMobile: true, hasTouch: true });
  await paste(page, policyText(10));
  const summaryTop = await page.$eval("#summary-h", (h) => h.getBoundingClientRect().top + scrollY);
  console.log(`# phone: the summary starts ${Math.round(summaryTop)} px down`);
  await page.tap('a[href="#summary-h"]');
  await page.waitForFunction(() => { const r = document.getElementById("summary-h").getBoundingClientRect(); return r.top > -2 && r.top < innerHeight; });
  await page.tap('a[href="#reading-h"]');
  await page.waitForFunction(() => { const r = document.getElementById("reading-h").getBoundingClientRect(); return r.top > -2 && r.top < innerHeight; });
  assert.deepEqual(problems, []);
  await context.close();
});

test("who-must-do-what rows show counts that expand, not every measure", async () => {
  const { context, page, problems } = await openPage({ width: 1400, height: 900 });
  const text = policyText(36);
  await paste(page, text);
  const rows = await page.$$eval("#summary table.who tbody tr", (trs) => trs.map((tr) => ({
    measures: Number(tr.querySelector("details summary")?.textContent ?? 0),
    open: tr.querySelector("details")?.open ?? false,
    shown: [...tr.querySelectorAll("li")].filter((li) => li.checkVisibility()).length,
  })));
  assert.ok(rows.some((r) => r.measures > 5), "some actor has many measures");
  assert.ok(rows.every((r) => !r.open && r.shown === 0), "all rows start collapsed");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`# ${text.length}-character text: page ${height} px tall at 1400 px`);
  await page.click("#summary table.who summary");
  assert.ok(await page.$eval("#summary table.who details", (d) => d.open && d.querySelectorAll("li").length > 0));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the status line follows the language switch", async () => {
  const { context, page, problems } = await openPage();
  await paste(page, "东山县要建设乡村文化广场。");
  assert.match(await status(page), /已标注 \d+ 处/);
  await page.click("#lang");
  assert.match(await status(page), /^\d+ spans marked in \d+ ms$/);
  await page.click("#lang");
  assert.match(await status(page), /已标注 \d+ 处/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("clearing the box leaves a placeholder and a way back to the sample", async () => {
  const { context, page, problems } = await openPage();
  const sample = await (await fetch(`${env.base}www/pkg/sample.txt`)).text();
  await page.evaluate(() => { delete document.body.dataset.analysed; });
  await page.click("#clear");
  await page.waitForSelector("body[data-analysed]");
  assert.equal(await page.inputValue("#text"), "");
  assert.ok((await page.getAttribute("#text", "placeholder")).length > 10);
  assert.equal(await viewText(page), "");
  await page.reload();
  await page.waitForSelector("body[data-analysed]");
  assert.equal(await page.inputValue("#text"), "", "an emptied box stays empty");
  await page.evaluate(() => { delete document.body.dataset.analysed; });
  await page.click("#sample");
  await page.waitForSelector("body[data-analysed]");
  assert.equal(await page.inputValue("#text"), sample);
  assert.equal(await viewText(page), sample);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a chart bar of no measures has no width", async () => {
  const { context, page, problems } = await openPage();
  await paste(page, "东山县要修缮历史文化街区。");
  const widths = await page.$$eval("#summary .chart .row", (rows) => rows.map((r) => [r.querySelector(".label").textContent, r.querySelector(".bar").getBoundingClientRect().width]));
  const zero = widths.filter(([label]) => / 0$/.test(label));
  assert.ok(zero.length > 0, JSON.stringify(widths));
  for (const [label, w] of zero) assert.equal(w, 0, `${label}: ${w} px`);
  assert.deepEqual(problems, []);
  await context.close();
});
