// The styling contract and the <mark> fallback (issue 15, defects 6 and 7): a host's own
// ::highlight() rules win over the defaults; the host can space, hide and print-hide the
// widget, and the panel does not print; a 62.5 % root does not shrink the panel (in
// embed-text); dark pages get dark defaults with readable contrast, and `theme` forces
// either; without the Highlight API the <mark>s go to the right text and are all gone,
// node for node, on close.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { SHOTS, contrast, inWidget, press, spans, startHosts } from "./embed-hosts.mjs";
import { watchedPage } from "./harness.mjs";

let env;
before(async () => { env = await startHosts(); });
after(async () => { await env?.close(); });

/** The computed style of `::highlight(policy-lens-KIND)` on the element holding the first range of that kind. */
const highlightStyle = (page, kind) => page.evaluate((k) => {
  const range = [...CSS.highlights.get(`policy-lens-${k}`)][0];
  const el = range.startContainer.parentElement;
  const s = getComputedStyle(el, `::highlight(policy-lens-${k})`);
  return { background: s.backgroundColor, line: s.textDecorationColor, text: getComputedStyle(el).color };
}, kind);

/** The page's background colour (the body's, or the root's when the body has none). */
const pageBackground = (page) => page.evaluate(() => {
  const body = getComputedStyle(document.body).backgroundColor;
  return body === "rgba(0, 0, 0, 0)" ? getComputedStyle(document.documentElement).backgroundColor : body;
});

/** Asserts readable highlights: text on the actor background ≥ 4.5:1, each line against the page ≥ 3:1. */
async function assertReadable(page, label) {
  const background = await pageBackground(page);
  const actor = await highlightStyle(page, "actor");
  assert.ok(contrast(actor.text, actor.background) >= 4.5, `${label}: text on an actor, ${actor.text} on ${actor.background}`);
  for (const kind of ["directive", "measure", "target"]) {
    const { line } = await highlightStyle(page, kind);
    assert.ok(contrast(line, background) >= 3, `${label}: the ${kind} line ${line} on ${background}`);
  }
}

const panelColours = (page) => page.evaluate(() => {
  const panel = document.querySelector("policy-lens-widget").shadowRoot.querySelector(".panel");
  const s = getComputedStyle(panel);
  return { theme: panel.dataset.theme, text: s.color, background: s.backgroundColor };
});

test("the host's own ::highlight rule wins; the host spaces, hides and print-hides the widget; the panel does not print", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}people.html`);
  await page.addStyleTag({ content: "::highlight(policy-lens-actor) { background-color: rgb(10, 200, 30); } policy-lens-widget { margin-inline-start: 24px; }" });
  await press(page);
  assert.equal((await highlightStyle(page, "actor")).background, "rgb(10, 200, 30)", "the host's rule beats the default");
  assert.notEqual((await highlightStyle(page, "measure")).line, "rgba(0, 0, 0, 0)", "the defaults apply where the host says nothing");
  const host = () => page.evaluate(() => {
    const w = document.querySelector("policy-lens-widget");
    return { margin: getComputedStyle(w).marginInlineStart, width: w.getBoundingClientRect().width, panel: getComputedStyle(w.shadowRoot.querySelector(".panel")).display };
  });
  assert.equal((await host()).margin, "24px", "the host spaces the widget");
  await page.evaluate(() => { document.querySelector("policy-lens-widget").hidden = true; });
  assert.equal((await host()).width, 0, "[hidden] hides it");
  await page.evaluate(() => { document.querySelector("policy-lens-widget").hidden = false; });
  await page.emulateMedia({ media: "print" });
  assert.deepEqual([(await host()).width, (await host()).panel], [0, "none"], "neither the button nor the panel prints");
  await page.screenshot({ path: `${SHOTS}/embed-people-print.png` });
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a 360 px phone page in dark mode: dark highlight defaults and a dark panel, all readable", async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: "dark" });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}phone-dark.html`);
  await press(page);
  await assertReadable(page, "dark");
  const panel = await panelColours(page);
  assert.equal(panel.theme, "dark");
  assert.ok(contrast(panel.text, panel.background) >= 7, `the panel's text ${panel.text} on ${panel.background}`);
  await page.screenshot({ path: `${SHOTS}/embed-phone-dark.png` });
  await page.emulateMedia({ colorScheme: "light" });
  await page.waitForFunction(() => document.querySelector("policy-lens-widget").shadowRoot.querySelector(".panel").dataset.theme === "light");
  await assertReadable(page, "the same page turned light");
  await page.screenshot({ path: `${SHOTS}/embed-phone-light.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test("theme: a light page stays light when the reader prefers dark; theme=dark forces dark colours", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 }, colorScheme: "dark" });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}people.html`);
  await press(page);
  assert.equal((await panelColours(page)).theme, "light", "the page does not follow the dark preference, nor does the widget");
  await assertReadable(page, "light page");
  const light = (await highlightStyle(page, "actor")).background;
  await page.evaluate(() => { document.querySelector("policy-lens-widget").theme = "dark"; });
  await page.waitForFunction(() => document.querySelector("policy-lens-widget").shadowRoot.querySelector(".panel").dataset.theme === "dark");
  assert.notEqual((await highlightStyle(page, "actor")).background, light, "the highlights take the dark defaults");
  assert.deepEqual(problems, []);
  await context.close();
});

test("without the Highlight API: <mark>s go to the right text, and closing gives back the host's nodes", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 }, reducedMotion: "reduce" });
  await context.addInitScript(() => { delete CSS.highlights; });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}people.html`);
  const before = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.getElementById("rwb_zw"), NodeFilter.SHOW_TEXT);
    window.__texts = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) window.__texts.push([n, n.data]);
    return document.documentElement.outerHTML;
  });
  await press(page);
  const analysis = await page.evaluate(() => document.querySelector("policy-lens-widget").analysis);
  assert.ok(await page.evaluate(() => document.querySelectorAll("#rwb_zw mark[data-policy-lens]").length) > 0, "the spans are wrapped");
  const directives = spans(analysis, "directive");
  for (let i = 0; i < directives.length; i++) {
    await page.locator(inWidget("button.finding")).nth(i).click();
    assert.equal((await page.evaluate(() => getSelection().toString())).replace(/\s+/g, ""), directives[i].text.replace(/\s+/g, ""), `directive ${i + 1}`);
  }
  await page.locator(inWidget("button.close")).click();
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before, "no mark is left");
  assert.ok(await page.evaluate(() => window.__texts.every(([n, data]) => n.isConnected && n.data === data)), "the same text nodes, with the same text");
  assert.deepEqual(problems, []);
  await context.close();
});
