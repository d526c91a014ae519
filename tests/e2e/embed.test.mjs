// The demos of www/demo/ in the layout of www/ (as `make serve` shows them): only the loader
// before the click; the highlights read exactly the analysis's spans; the host DOM is
// unchanged; the strict-CSP and hostile-CSS pages work; without the Highlight API it falls
// back to <mark>; the offset mapping holds on nested markup, entities, hidden text, <br>,
// astral text, tables, ruby and hidden parents. (The built folder and the host pages that
// imitate real sites are tested in embed-*.test.mjs.)

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { ROOT, start, watchedPage } from "./harness.mjs";
import { assertHighlightsRead, highlightTexts, nativeAnalysis, press, spans, KINDS } from "./embed-hosts.mjs";

let env;

before(async () => {
  env = await start();
  mkdirSync(`${ROOT}/target/screenshots`, { recursive: true });
});
after(async () => { await env?.close(); });


test("before the click only the loader is fetched; after it the highlights read the analysis", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await watchedPage(context, env.base);
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${env.base}www/demo/news.html`);
  await page.waitForLoadState("networkidle");
  assert.deepEqual(requests.filter((p) => p.endsWith(".js") || p.endsWith(".wasm")), ["/www/embed/policy-lens-embed.js"]);
  const before = await page.evaluate(() => document.documentElement.outerHTML);

  await press(page);
  const after = await page.evaluate(() => document.documentElement.outerHTML);
  assert.equal(after, before, "the host's DOM serialisation is unchanged");
  assert.ok(requests.some((p) => p.endsWith("policy_lens_bg.wasm")), "the wasm is fetched after the click");

  const { text, analysis } = await page.evaluate(() => {
    const w = document.querySelector("policy-lens-widget");
    return { text: w.text, analysis: w.analysis };
  });
  assert.ok(!text.includes("隐藏文字") && !text.includes("广告") && !text.includes("analytics"), "hidden text is not analysed");
  assert.ok(text.includes("确保今年底前解决\u00a012\u00a0万农村人口") && text.includes("92%&以上"), "entities and spaces read as rendered");
  assert.deepEqual(analysis, nativeAnalysis(text), "the widget's analysis is the native one");
  for (const k of KINDS) assert.ok(spans(analysis, k).length > 0, `${k}: the demo article has some`);
  await assertHighlightsRead(page, analysis);
  const kept = await page.evaluate(async () => [localStorage.length, sessionStorage.length, document.cookie, (await indexedDB.databases()).length]);
  assert.deepEqual(kept, [0, 0, "", 0], "the widget stores nothing on the reader's machine");
  await page.screenshot({ path: `${ROOT}/target/screenshots/embed-news.png` });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${ROOT}/target/screenshots/embed-news-phone.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test("the strict-CSP page works", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 700 } });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}www/demo/strict.html`);
  await press(page);
  const got = await highlightTexts(page);
  assert.ok(got.directive.length >= 2 && got.measure.length >= 2, JSON.stringify(got));
  assert.ok(got.actor.includes("市生态环境局"));
  assert.match(await page.evaluate(() => document.querySelector("policy-lens-widget").shadowRoot.textContent), /Who must do what/);
  await page.screenshot({ path: `${ROOT}/target/screenshots/embed-strict-csp.png` });
  assert.deepEqual(problems, [], "no CSP violation or other error");
  await context.close();
});

test("hostile host CSS breaks neither the button nor the panel, and none of ours leaks", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 700 } });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}www/demo/hostile.html`);
  const hostStyle = () => page.evaluate(() => {
    const s = getComputedStyle(document.querySelector("#hostile-story span"));
    return [s.color, s.fontSize, s.fontFamily, document.styleSheets.length, document.querySelectorAll("style").length];
  });
  const before = await hostStyle();
  const button = await page.evaluate(() => {
    const b = document.querySelector("policy-lens-widget").shadowRoot.querySelector("button");
    const s = getComputedStyle(b);
    return { display: s.display, fontSize: s.fontSize, visible: b.getBoundingClientRect().width > 20 };
  });
  assert.deepEqual(button, { display: "inline-flex", fontSize: "14px", visible: true });
  await press(page);
  const panel = await page.evaluate(() => {
    const p = document.querySelector("policy-lens-widget").shadowRoot.querySelector(".panel");
    const h = p.querySelector("h2");
    return { visibility: getComputedStyle(h).visibility, color: getComputedStyle(h).color, width: p.getBoundingClientRect().width };
  });
  assert.equal(panel.visibility, "visible");
  assert.notEqual(panel.color, "rgb(255, 0, 255)");
  assert.ok(panel.width > 200);
  assert.deepEqual(await hostStyle(), before, "the host's own styles are as they were");
  assert.ok((await highlightTexts(page)).actor.includes("县财政局"));
  await page.screenshot({ path: `${ROOT}/target/screenshots/embed-hostile.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test("without the Highlight API the widget wraps the spans in <mark>", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => { delete CSS.highlights; });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}www/demo/news.html`);
  const text = await page.evaluate(() => document.getElementById("article-body").textContent);
  await press(page);
  const marks = await page.evaluate(() => [...document.querySelectorAll("mark[data-policy-lens=actor]")].map((m) => m.textContent));
  const analysis = await page.evaluate(() => document.querySelector("policy-lens-widget").analysis);
  assert.ok(marks.length >= analysis.actors.length && marks.includes("各级政府"), JSON.stringify(marks));
  assert.equal(await page.evaluate(() => document.getElementById("article-body").textContent), text, "no text is lost or moved");
  assert.deepEqual(problems, []);
  await context.close();
});

test("offsets map to the right DOM positions across markup", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}tests/e2e/fixtures/blank.html`);
  const SR_ONLY = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap";
  const cases = [
    ["<p>各级<strong>党委<a href='#'>政府</a></strong>要加强</p><p>第二段</p>", "各级党委政府要加强\n\n第二段"],
    ["<p>A&amp;B&nbsp;C &lt;要&gt;</p>", "A&B\u00a0C <要>"],
    ["<p>可见<span style='display:none'>隐藏</span><span aria-hidden='true'>也隐藏</span><script>x=1</script><style>p{}</style>文字</p>", "可见文字"],
    ["<p>第一行<br>第二行<br><br>第三行</p>", "第一行\n第二行\n\n第三行"],
    ["<p>  多个   空格\n  与换行  </p><pre>保留  空格\n换行</pre>", "多个 空格与换行\n\n保留  空格\n换行"],
    ["<p>𠀀😀<em>各地</em>要建设𪚥产业园区</p>", "𠀀😀各地要建设𪚥产业园区"],
    ["<div>各地要\n<b>加快</b>\n建设，word\nbreak，１\n２</div>", "各地要加快建设，word break，１２"],
    ["<center>标题</center><span style='display:block'>块</span><div style='display:inline'>行</div>内", "标题\n块\n行内"],
    ["<table><tr><td>索引号：</td><td>001</td></tr><tr><td>发文字号：</td><td>湖政办发〔2024〕12号</td></tr></table>", "索引号：\t001\n发文字号：\t湖政办发〔2024〕12号"],
    ["<details><summary>附件</summary>内容清单</details><p>正文</p>", "附件\n\n正文"],
    ["<p><ruby>赓<rp>(</rp><rt>gēng</rt><rp>)</rp></ruby>续</p>", "赓续"],
    ["<div style='visibility:hidden'>藏<span style='visibility:visible'>露</span></div>", "露"],
    [`<p>各地<span style='font-size:0'>水印</span>要<span style='${SR_ONLY}'>（读屏）</span>落实</p>`, "各地要落实"],
  ];
  for (const [html, want] of cases) {
    const result = await page.evaluate(async (markup) => {
      const { visibleText, rangesOf } = await import("/www/embed/visible-text.js");
      const root = document.getElementById("root");
      root.innerHTML = markup;
      const visible = visibleText(root);
      const bad = [];
      const t = visible.text;
      for (let i = 0; i < t.length; i++) {
        for (let j = i + 1; j <= Math.min(t.length, i + 4); j++) {
          const piece = t.slice(i, j);
          // Skip stretches that split a surrogate pair, cross a line or a cell, or start or end
          // with a collapsible space (a lone space at an edge reads as nothing).
          if (/[\n\t]/.test(piece) || /[\uDC00-\uDFFF]/.test(t[i]) || /[\uD800-\uDBFF]/.test(t[j - 1])) continue;
          if (piece.startsWith(" ") || piece.endsWith(" ")) continue;
          // What the reader sees of the ranges: their contents without the hidden parts.
          const box = document.createElement("div");
          for (const range of rangesOf(visible, i, j)) box.append(range.cloneContents());
          document.body.append(box);
          const got = visibleText(box).text.replace(/\s+/g, "");
          box.remove();
          if (got !== piece.replace(/\s+/g, "")) bad.push([i, j, piece, got]);
        }
      }
      return { text: t, bad };
    }, html);
    assert.equal(result.text, want, html);
    assert.deepEqual(result.bad, [], `${html}: every short stretch maps back to the same text`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
