// The panel and going to a spot (issue 15, defects 4, 5 and 8): two widgets on one page keep
// their own highlights and do not cover each other's button; the panel sits in the top
// layer, clear of its own button at 200 % zoom and on phones; going to a spot brings the
// spot itself into the part of the view the panel leaves free, selects it, moves the
// keyboard there and says so; focus, Esc and the finding buttons work for keyboard and
// screen-reader users; axe finds nothing in the panel.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SHOTS, highlightTexts, inWidget, press, spans, startHosts } from "./embed-hosts.mjs";
import { watchedPage } from "./harness.mjs";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let env;
before(async () => { env = await startHosts(); });
after(async () => { await env?.close(); });

/** The rectangles of a widget's button (its host element) and of its panel. */
const boxes = (page, widget = "policy-lens-widget") => page.evaluate((sel) => {
  const w = document.querySelector(sel);
  const plain = (r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height });
  return { button: plain(w.getBoundingClientRect()), panel: plain(w.shadowRoot.querySelector(".panel").getBoundingClientRect()), viewport: { width: innerWidth, height: innerHeight } };
}, widget);

const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether a click at the centre of `widget`'s button reaches it. */
const reachable = (page, widget) => page.evaluate((sel) => {
  const w = document.querySelector(sel);
  const r = w.getBoundingClientRect();
  return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === w;
}, widget);

/** Goes to directive `i` from its finding button with the keyboard and waits until the spot is in the free part of the view. */
async function goToDirective(page, i) {
  await page.locator(inWidget("button.finding")).nth(i).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => {
    const selection = getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return false;
    const r = selection.getRangeAt(0).getBoundingClientRect();
    const p = document.querySelector("policy-lens-widget").shadowRoot.querySelector(".panel").getBoundingClientRect();
    const covered = r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom;
    return r.top >= 0 && r.bottom <= innerHeight && !covered;
  }, null, { timeout: 10_000 });
}

/** axe's violations inside the widget's shadow root, as "rule: targets" lines. */
async function panelViolations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run({ include: [{ fromShadowDom: ["policy-lens-widget", ".panel"] }] }, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    resultTypes: ["violations"],
  }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}

test("two widgets on one page: each its own highlights and panel, neither covering the other's button", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}two.html`);
  await press(page, "#lead-widget");
  const lead = await page.evaluate(() => document.querySelector("#lead-widget").analysis);
  assert.ok(await reachable(page, "#qa-widget"), "the lead's panel (asked for on the left) leaves the other button free");
  await press(page, "#qa-widget");
  const qa = await page.evaluate(() => document.querySelector("#qa-widget").analysis);
  const texts = (analysis) => spans(analysis, "actor").map((s) => s.text);
  const shown = async () => (await highlightTexts(page)).actor;
  assert.deepEqual(await shown(), [...texts(lead), ...texts(qa)], "the second press adds its highlights to the first's");
  assert.ok(await reachable(page, "#lead-widget"), "the second panel leaves the first button free");
  const [a, b] = [await boxes(page, "#lead-widget"), await boxes(page, "#qa-widget")];
  assert.ok(!overlap(a.panel, b.panel), "the two panels lie side by side");
  await page.screenshot({ path: `${SHOTS}/embed-two.png` });

  await page.locator(inWidget("button.close", "#qa-widget")).click();
  assert.deepEqual(await shown(), texts(lead), "closing one removes its highlights only");
  assert.equal(await page.evaluate(() => document.querySelector("#qa-widget").shadowRoot.activeElement?.className), "launch", "focus goes back to its button");
  await page.locator(inWidget("button.close", "#lead-widget")).click();
  assert.deepEqual(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith("policy-lens-"))), [], "closing both leaves no highlight");
  assert.deepEqual(problems, []);
  await context.close();
});

test("keyboard and screen reader: focus moves in, findings go to their spots, Esc closes, focus returns", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 }, reducedMotion: "reduce" });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}people.html`);
  await page.locator(inWidget("button.launch")).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("policy-lens-widget").analysis);
  const focusInPanel = () => page.evaluate(() => {
    const root = document.querySelector("policy-lens-widget").shadowRoot;
    return document.activeElement === root.host && root.querySelector(".panel").contains(root.activeElement);
  });
  assert.ok(await focusInPanel(), "focus moves into the panel on open");
  const analysis = await page.evaluate(() => document.querySelector("policy-lens-widget").analysis);
  const directives = spans(analysis, "directive");
  assert.ok(directives.length >= 5);

  for (let i = 0; i < directives.length; i++) {
    await goToDirective(page, i);
    const state = await page.evaluate(() => ({
      selected: getSelection().toString(),
      status: document.querySelector("policy-lens-widget").shadowRoot.querySelector(".status").textContent,
      inPanel: document.activeElement === document.querySelector("policy-lens-widget"),
    }));
    assert.equal(state.selected.replace(/\s+/g, ""), directives[i].text.replace(/\s+/g, ""), `directive ${i + 1} is selected`);
    assert.match(state.status, /^已跳到：/, "the move is announced");
    assert.ok(!state.inPanel, "focus leaves the panel for the spot");
  }
  // Tab goes on from the spot, not from the panel.
  await goToDirective(page, 0);
  await page.keyboard.press("Tab");
  assert.ok(await page.evaluate(() => {
    const spot = getSelection().getRangeAt(0).startContainer;
    const active = document.activeElement;
    return active !== document.querySelector("policy-lens-widget") && Boolean(spot.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
  }), "the next Tab stop follows the spot");

  // Back in the panel, Esc closes it and focus returns to the button.
  await page.locator(inWidget("button.finding")).first().focus();
  await page.keyboard.press("Escape");
  assert.deepEqual(await page.evaluate(() => {
    const w = document.querySelector("policy-lens-widget");
    return [w.open, document.activeElement === w && w.shadowRoot.activeElement.className];
  }), [false, "launch"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("finding buttons: at least 24 px, their number beside their first line; axe finds nothing in the panel (zh, en)", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}people.html`);
  await press(page);
  const geometry = await page.evaluate(() => [...document.querySelector("policy-lens-widget").shadowRoot.querySelectorAll("button.finding")].map((b) => {
    const [number, text] = b.children;
    const lines = text.getClientRects().length > 1 || text.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(text).lineHeight);
    return { height: b.getBoundingClientRect().height, lines, offset: Math.abs(number.getBoundingClientRect().top - text.getBoundingClientRect().top) };
  }));
  assert.ok(geometry.every((g) => g.height >= 24), JSON.stringify(geometry));
  assert.ok(geometry.some((g) => g.lines), "some finding wraps");
  assert.ok(geometry.every((g) => g.offset < 4), "each number is beside its button's first line");
  // An actor of 谁要做什么 lights up what it must do in the page's focus highlight.
  await page.locator(inWidget(".actor-link")).first().click();
  const analysis = await page.evaluate(() => document.querySelector("policy-lens-widget").analysis);
  const focused = await page.evaluate(() => [...(CSS.highlights.get("policy-lens-focus") ?? [])].map((r) => r.toString()));
  const tasks = [...spans(analysis, "directive"), ...spans(analysis, "measure")].map((s) => s.text.replace(/\s+/g, ""));
  assert.ok(focused.length > 0 && focused.every((t) => tasks.some((task) => task.includes(t.replace(/\s+/g, "")))), JSON.stringify(focused));
  await page.evaluate(() => document.querySelectorAll("policy-lens-widget")[0].shadowRoot.querySelectorAll("details").forEach((d) => { d.open = true; }));
  assert.deepEqual(await panelViolations(page), [], "zh");
  await page.evaluate(() => { document.querySelector("policy-lens-widget").lang = "en"; });
  await page.waitForFunction(() => document.querySelector("policy-lens-widget").shadowRoot.querySelector("h2").textContent === "Policy Lens");
  assert.deepEqual(await panelViolations(page), [], "en");
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [name, options] of [
  ["200 % zoom", { viewport: { width: 650, height: 450 }, deviceScaleFactor: 2 }],
  ["a 375 px phone", { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
]) {
  test(`${name}: the sheet leaves its button free, and every spot lands above it`, async () => {
    const context = await env.browser.newContext({ ...options, reducedMotion: "reduce" });
    const { page, problems } = await watchedPage(context, env.base);
    await page.goto(`${env.base}people.html`);
    await page.evaluate(() => scrollTo(0, document.querySelector("policy-lens-widget").getBoundingClientRect().top + scrollY - innerHeight + 60));
    await press(page);
    const { button, panel, viewport } = await boxes(page);
    assert.equal(panel.bottom, viewport.height, "a bottom sheet");
    assert.ok(!overlap(button, panel), `the sheet leaves the button free: ${JSON.stringify({ button, panel })}`);
    const directives = spans(await page.evaluate(() => document.querySelector("policy-lens-widget").analysis), "directive");
    for (let i = 0; i < directives.length; i++) await goToDirective(page, i);
    await page.screenshot({ path: `${SHOTS}/embed-people-${viewport.width}.png` });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("in a transformed card the panel stays in the top layer: on the viewport's edge, not scrolled away", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 600 } });
  const { page, problems } = await watchedPage(context, env.base);
  await page.goto(`${env.base}components.html`);
  await press(page);
  const before = await boxes(page);
  assert.deepEqual([before.panel.top, before.panel.bottom], [0, 600], "the panel spans the viewport's height");
  assert.ok(before.panel.left === 0 || before.panel.right === 1300, "on an edge of the viewport");
  await page.mouse.wheel(0, 400);
  await page.waitForFunction(() => scrollY > 0);
  assert.deepEqual((await boxes(page)).panel, before.panel, "scrolling leaves it in place");
  assert.deepEqual(problems, []);
  await context.close();
});
