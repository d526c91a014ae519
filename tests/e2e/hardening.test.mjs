// Hostile and heavy input in the page: pasted markup runs nothing; 10 MB is analysed in a
// worker while the page stays responsive, and can be cancelled; odd code points keep
// offsets exact; the page keeps nothing but the text and the language; a full storage
// quota is reported; autosaved text survives a reload; 1,000 analyses leave wasm memory
// where it was.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ROOT, start, watchedPage } from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function openPage(options = {}) {
  const context = await env.browser.newContext();
  if (options.init) await context.addInitScript(options.init);
  const watched = await watchedPage(context, env.base);
  await watched.page.goto(`${env.base}www/`);
  await watched.page.waitForSelector("body[data-analysed]");
  return { context, ...watched };
}

/** Puts `text` into the text area as a paste would, and waits for the analysis to end. */
async function paste(page, text) {
  await page.evaluate((t) => {
    delete document.body.dataset.analysed;
    const area = document.getElementById("text");
    area.value = t;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

test("pasted HTML and script show as text and run nothing", async () => {
  const { context, page, problems } = await openPage();
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  const text = '各地要<img src=x onerror=alert(1)>加强<script>alert(2)</script>基础设施建设，<a href="javascript:alert(3)">点击</a>落实政策。';
  await paste(page, text);
  await page.waitForSelector("body[data-analysed]");
  assert.equal(await page.$eval("#view", (v) => v.textContent), text);
  assert.equal(await page.$$eval("#view img, #view script, #view a", (n) => n.length), 0);
  await page.click("#view [data-kind]");
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("10 MB is analysed in a worker without freezing the page, and can be cancelled", async () => {
  const { context, page, problems } = await openPage();
  const seed = readFileSync(`${ROOT}/../shared/corpus/dev/seed_qinghai_2017.txt`, "utf8");
  const big = seed.repeat(Math.ceil((10 << 20) / Buffer.byteLength(seed)));
  await page.evaluate(() => {
    window.gaps = [];
    let last = performance.now();
    window.heartbeat = setInterval(() => { const now = performance.now(); window.gaps.push(now - last); last = now; }, 50);
  });
  await paste(page, big);
  await page.waitForSelector("#progress:not([hidden])");
  // Count from here: putting 10 MB into a text area is the browser's own cost.
  await page.evaluate(() => { window.gaps = []; });
  await page.waitForSelector("body[data-analysed]", { timeout: 120000 });
  const { gaps, status, drawn } = await page.evaluate(() => ({
    gaps: window.gaps, status: document.getElementById("status").textContent,
    drawn: document.querySelectorAll("#view [data-kind]").length,
  }));
  console.log(`# longest main-thread gap while the worker ran: ${Math.round(Math.max(...gaps.slice(1)))} ms`);
  assert.ok(Math.max(...gaps.slice(1)) < 1500, `the main thread was blocked for ${Math.round(Math.max(...gaps))} ms`);
  assert.match(status, /标注显示前 \d+ 字/);
  assert.ok(drawn > 100);
  assert.ok(await page.$eval("#summary", (s) => s.textContent.includes("谁要做什么")));

  await paste(page, big + "。");
  await page.waitForSelector("#progress:not([hidden])");
  await page.click("#cancel");
  await page.waitForFunction(() => document.getElementById("status").textContent === "已取消");
  assert.ok(await page.$eval("#progress", (p) => p.hidden));
  assert.deepEqual(problems, []);
  await context.close();
});

test("lone surrogates, zero-width, bidi and combining marks keep offsets exact", async () => {
  const { context, page, problems } = await openPage();
  const text = "\uD800各级党委政府要\u200b加强\u202e基础设施建设\u0301，落实\uDC00低保兜底政策。";
  await paste(page, text);
  await page.waitForSelector("body[data-analysed]");
  const spans = await page.$$eval("#view [data-kind]", (ns) => ns.map((n) => [Number(n.dataset.start), Number(n.dataset.end), n.textContent]));
  assert.ok(spans.length >= 3);
  for (const [s, e, shown] of spans) {
    const expected = text.slice(s, e).replace(/[\uD800-\uDFFF]/g, "\uFFFD");
    assert.equal(shown, expected, `${s}..${e}`);
  }
  assert.ok(spans.some(([, , t]) => t === "各级党委政府"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the page keeps only the text and the language, and autosaved text survives a reload", async () => {
  const { context, page, problems } = await openPage();
  await paste(page, "各市州要加强农村公路建设。");
  await page.waitForSelector("body[data-analysed]");
  await page.click("#lang");
  const kept = await page.evaluate(async () => ({
    keys: Object.keys(localStorage).sort(), session: sessionStorage.length, cookie: document.cookie,
    databases: (await indexedDB.databases()).length, caches: (await caches.keys()).length,
  }));
  assert.deepEqual(kept, { keys: ["policy-lens:lang", "policy-lens:text"], session: 0, cookie: "", databases: 0, caches: 0 });
  await page.reload();
  await page.waitForSelector("body[data-analysed]");
  assert.equal(await page.inputValue("#text"), "各市州要加强农村公路建设。");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a full storage quota is reported, not silently dropped", async () => {
  const { context, page } = await openPage({
    init: () => {
      Storage.prototype.setItem = () => { throw new DOMException("quota", "QuotaExceededError"); };
    },
  });
  await paste(page, "各地要落实低保兜底政策。");
  await page.waitForSelector("#warning:not([hidden])");
  assert.match(await page.textContent("#warning"), /存储已满/);
  await context.close();
});

test("1,000 analyses do not grow wasm memory", async () => {
  const { context, page, problems } = await openPage();
  const seed = readFileSync(`${ROOT}/../shared/corpus/dev/seed_qinghai_2017.txt`, "utf8");
  const [warm, after] = await page.evaluate(async (text) => {
    const glue = await import("/www/pkg/policy_lens.js");
    const wasm = await glue.default();
    const analyzer = new glue.Analyzer();
    for (let i = 0; i < 50; i++) analyzer.analyze(text);
    const warm = wasm.memory.buffer.byteLength;
    for (let i = 0; i < 1000; i++) analyzer.analyze(text);
    return [warm, wasm.memory.buffer.byteLength];
  }, seed);
  assert.equal(after, warm, `wasm memory grew from ${warm} to ${after} bytes`);
  assert.deepEqual(problems, []);
  await context.close();
});
