// The element as web-component users expect it (issue 15): typed properties that reflect
// their attributes, observed attributes that take effect while open, the analysed and close
// events, cleanup on disconnect, and custom-elements.json saying the same; a strict CSP with
// Trusted Types; and the cost (defect 9): only the loader before the press, the download
// started on hover, precompressed and fetched once, with its progress shown.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { DIST, SHOTS, inWidget, nextAnalysis, press, spans, startHosts, waitForAnalysis } from "./embed-hosts.mjs";
import { ROOT, watchedPage } from "./harness.mjs";

const MANIFEST = JSON.parse(readFileSync(`${ROOT}/custom-elements.json`, "utf8"));
const DECLARATION = MANIFEST.modules[0].declarations[0];
let env;
before(async () => { env = await startHosts(); });
after(async () => { await env?.close(); });

test("custom-elements.json describes the element that is defined", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}people.html`);
  const element = await page.evaluate(() => {
    const Widget = customElements.get("policy-lens-widget");
    const proto = Widget.prototype;
    const kind = (name) => {
      for (let p = proto; p && p !== HTMLElement.prototype; p = Object.getPrototypeOf(p)) {
        const d = Object.getOwnPropertyDescriptor(p, name);
        if (d) return typeof d.value === "function" ? "method" : d.set ? "field" : "readonly";
      }
      return "missing";
    };
    return { observed: Widget.observedAttributes, name: Widget.name, kinds: Object.fromEntries(["for", "kinds", "lang", "position", "theme", "analysis", "text", "open", "toggle", "reanalyse"].map((n) => [n, kind(n)])) };
  });
  assert.deepEqual(element.observed, DECLARATION.attributes.map((a) => a.name), "the observed attributes are the manifest's");
  for (const m of DECLARATION.members) {
    const want = m.kind === "method" ? "method" : m.readonly ? "readonly" : "field";
    assert.equal(element.kinds[m.name], want, `${m.name} is a ${want}`);
  }
  assert.equal(DECLARATION.tagName, "policy-lens-widget");
  assert.deepEqual(problems, []);
  await context.close();
});

test("properties reflect their attributes, changes take effect while open, events fire, disconnecting cleans up", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}people.html`);
  const reflected = await page.evaluate(() => {
    const w = document.querySelector("policy-lens-widget");
    const defaults = [w.lang, w.position, w.theme, w.kinds];
    w.kinds = ["actor", "measure"];
    w.position = "left";
    w.theme = "dark";
    w.lang = "en";
    const set = ["kinds", "position", "theme", "lang"].map((a) => w.getAttribute(a));
    w.setAttribute("kinds", " target , directive ");
    const parsed = w.kinds;
    for (const a of ["kinds", "position", "theme", "lang"]) w.removeAttribute(a);
    return { defaults, set, parsed, label: w.shadowRoot.querySelector("button").textContent };
  });
  assert.deepEqual(reflected, {
    defaults: ["zh", "right", "auto", []], set: ["actor,measure", "left", "dark", "en"], parsed: ["target", "directive"], label: "政策透镜",
  });

  await press(page);
  const actorsOnly = await nextAnalysis(page, () => page.evaluate(() => document.querySelector("policy-lens-widget").setAttribute("kinds", "actor")));
  assert.deepEqual([spans(actorsOnly.analysis, "directive").length, spans(actorsOnly.analysis, "actor").length > 0], [0, true], "kinds=actor analyses actors only");
  await page.waitForFunction(() => CSS.highlights.has("policy-lens-actor") && !CSS.highlights.has("policy-lens-directive"));
  const measuresOnly = await nextAnalysis(page, () => page.evaluate(() => document.querySelector("policy-lens-widget").setAttribute("kinds", "measure")));
  assert.deepEqual([spans(measuresOnly.analysis, "directive").length, spans(measuresOnly.analysis, "measure").length > 0], [0, true], "kinds=measure shows the measures without their directives");
  await page.waitForFunction(() => CSS.highlights.has("policy-lens-measure") && !CSS.highlights.has("policy-lens-actor"));
  await page.evaluate(() => { document.querySelector("policy-lens-widget").lang = "en"; });
  assert.equal(await page.locator(inWidget("h2")).textContent(), "Policy Lens", "lang relabels the open panel");
  await page.evaluate(() => { document.querySelector("policy-lens-widget").position = "left"; });
  assert.equal(await page.evaluate(() => document.querySelector("policy-lens-widget").shadowRoot.querySelector(".panel").dataset.side), "left");
  const other = await nextAnalysis(page, () => page.evaluate(() => { document.querySelector("policy-lens-widget").for = "hot"; }));
  assert.ok(other.text.startsWith("我省启动美丽乡村示范创建"), "for= points the widget at another element");

  // policy-lens-close can be cancelled.
  await page.evaluate(() => document.querySelector("policy-lens-widget").addEventListener("policy-lens-close", (e) => e.preventDefault(), { once: true }));
  await page.locator(inWidget("button.close")).click();
  assert.equal(await page.evaluate(() => document.querySelector("policy-lens-widget").open), true, "a cancelled close keeps the panel");
  await page.locator(inWidget("button.close")).click();
  assert.equal(await page.evaluate(() => document.querySelector("policy-lens-widget").open), false);

  // Disconnected while open: its highlights and its watch go.
  await page.evaluate(() => { const w = document.querySelector("policy-lens-widget"); w.for = "rwb_zw"; });
  await press(page);
  const after = await page.evaluate(async () => {
    const w = document.querySelector("policy-lens-widget");
    const parent = w.parentElement;
    let analysed = 0;
    w.addEventListener("policy-lens-analysed", () => { analysed++; });
    w.remove();
    const left = [...CSS.highlights.keys()].filter((k) => k.startsWith("policy-lens-"));
    document.querySelector("#rwb_zw").append("各县要加快推进改厕工作。");
    await new Promise((r) => setTimeout(r, 1000));
    parent.append(w);
    return { left, analysed, open: w.open };
  });
  assert.deepEqual(after, { left: [], analysed: 0, open: false });
  await press(page);
  assert.ok((await page.evaluate(() => document.querySelector("policy-lens-widget").text)).endsWith("各县要加快推进改厕工作。"), "pressed again after reconnecting, it reads the article of now");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a strict Content-Security-Policy with Trusted Types", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 800 } });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}strict.html`);
  await press(page);
  const analysis = await page.evaluate(() => document.querySelector("policy-lens-widget").analysis);
  assert.ok(spans(analysis, "actor").some((a) => a.text === "市生态环境局"));
  assert.match(await page.locator(inWidget(".panel")).textContent(), /Who must do what/);
  await page.screenshot({ path: `${SHOTS}/embed-strict.png` });
  assert.deepEqual(problems, [], "no CSP or Trusted Types violation, no other error");
  await context.close();
});

test("cost: only the loader before the press; the download starts on hover, comes brotli-compressed and once, with progress", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await watchedPage(context, env.base);
  const from = env.sent.length;
  await page.goto(`${env.base}people.html`);
  await page.waitForLoadState("networkidle");
  const paths = () => env.sent.slice(from).map((s) => s.path);
  assert.deepEqual(paths(), ["/people.html", "/policy-lens/policy-lens-embed.js"], "before any interest only the loader");

  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 40, downloadThroughput: 800_000, uploadThroughput: 200_000 });
  const wasmRequested = page.waitForRequest((r) => r.url().endsWith(".wasm"));
  await page.hover("policy-lens-widget");
  await wasmRequested;
  assert.equal(await page.evaluate(() => document.querySelector("policy-lens-widget").open), false, "the wasm is on its way before the press");

  // What the panel shows while the wasm comes: the status line and the download's amount.
  await page.locator("policy-lens-widget").click();
  await page.waitForSelector(inWidget(".panel:popover-open"));
  await page.evaluate(() => {
    const root = document.querySelector("policy-lens-widget").shadowRoot;
    window.__shown = new Set();
    const note = () => window.__shown.add(`${root.querySelector(".status").textContent} ${root.querySelector(".download").hidden ? "" : root.querySelector(".amount").textContent}`);
    note();
    new MutationObserver(note).observe(root.querySelector(".panel"), { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await waitForAnalysis(page);
  const shown = await page.evaluate(() => [...window.__shown]);
  assert.ok(shown.some((s) => /^正在下载分析器… ([1-9]\d?)%$/.test(s)), `progress is shown: ${shown.join(" | ")}`);
  assert.equal(await page.locator(inWidget("progress")).isVisible(), false, "the bar goes once the download has ended");
  await waitForAnalysis(page);
  const wasm = env.sent.slice(from).filter((s) => s.path.endsWith(".wasm"));
  assert.equal(wasm.length, 1, "the wasm is fetched once (the loader takes it from the cache)");
  const file = `${DIST}/${wasm[0].path.replace("/policy-lens/", "")}`;
  assert.deepEqual([wasm[0].encoding, wasm[0].bytes], ["br", statSync(`${file}.br`).size], "brotli, precompressed");
  assert.ok(env.sent.slice(from).every((s) => s.status === 200 && (s.encoding === "br" || s.path.endsWith(".html"))), "every file of the folder came compressed");
  assert.deepEqual(problems, []);
  await context.close();
});

test("press to highlights, cold, on each host page", async () => {
  const rows = [];
  for (const [host, options] of [
    ["people.html", {}], ["gov.html", {}], ["components.html", {}], ["strict.html", {}],
    ["phone-dark.html", { viewport: { width: 360, height: 740 }, isMobile: true, colorScheme: "dark" }],
  ]) {
    const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 }, ...options });
    const { page, problems } = await watchedPage(context, env.base);
    await page.goto(`${env.base}${host}`);
    const ms = await press(page);
    const length = await page.evaluate(() => document.querySelector("policy-lens-widget").text.length);
    rows.push(`${host}: ${ms} ms for ${length} characters`);
    assert.deepEqual(problems, [], host);
    await context.close();
  }
  console.log(`press to highlights, cold (fresh context, no cache):\n${rows.join("\n")}`);
});
