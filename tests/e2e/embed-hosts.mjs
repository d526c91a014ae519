// Shared by the embed tests: the host pages of tests/e2e/hosts/ served with the built
// folder dist/policy-lens/ at /policy-lens/ (as a site would install it), and what the
// tests ask of a page: press a widget, read the highlights, read the article as Chromium's
// innerText gives it, compare with the native analysis.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { ROOT, start } from "./harness.mjs";
import { serve } from "./embed-server.mjs";

export const SHOTS = `${ROOT}/target/screenshots`;
export const DIST = `${ROOT}/dist/policy-lens`;
const PLURAL = { directive: "directives", actor: "actors", measure: "measures", target: "targets" };
export const KINDS = Object.keys(PLURAL);

/** The browser (from the shared harness) and a server of the hosts and the built folder. */
export async function startHosts() {
  if (!existsSync(`${DIST}/policy-lens-embed.js`)) throw new Error("dist/policy-lens/ is missing: run `make dist` first");
  mkdirSync(SHOTS, { recursive: true });
  const env = await start();
  const site = await serve([["/policy-lens/", `${DIST}/`], ["/", `${ROOT}/tests/e2e/hosts/`]]);
  return {
    browser: env.browser,
    base: site.base,
    sent: site.sent,
    async close() { await site.close(); await env.close(); },
  };
}

/** The analysis of `text` by the native command line. */
export function nativeAnalysis(text) {
  return JSON.parse(execFileSync(`${ROOT}/target/release/policy-lens`, ["analyze", "-"], { input: text, encoding: "utf8", maxBuffer: 1 << 28 }));
}

/** The spans of `kind` in an analysis. */
export const spans = (analysis, kind) => analysis[PLURAL[kind]];

/**
 * Presses the widget (a CSS selector) and waits for its analysis and its highlights;
 * resolves to the milliseconds from the press to the highlights.
 */
export async function press(page, widget = "policy-lens-widget") {
  const began = Date.now();
  await page.locator(widget).click();
  await waitForAnalysis(page, widget);
  return Date.now() - began;
}

/** Waits until the widget has an analysis and shows it. */
export function waitForAnalysis(page, widget = "policy-lens-widget") {
  return page.waitForFunction((sel) => {
    const w = document.querySelector(sel);
    return w?.analysis && w.open && (w.analysis.directives.length === 0 || CSS.highlights === undefined || CSS.highlights.has("policy-lens-directive"));
  }, widget);
}

/** Resolves with the next `policy-lens-analysed` event's detail of the widget, after `action`. */
export async function nextAnalysis(page, action, widget = "policy-lens-widget") {
  await page.evaluate((sel) => {
    window.__nextAnalysis = new Promise((resolve) => {
      document.querySelector(sel).addEventListener("policy-lens-analysed", (e) => resolve(e.detail), { once: true });
    });
  }, widget);
  await action();
  return page.evaluate(() => window.__nextAnalysis);
}

/** For each kind, the texts of its highlight's ranges, in order. */
export function highlightTexts(page) {
  return page.evaluate((kinds) => Object.fromEntries(kinds.map((k) =>
    [k, [...(CSS.highlights.get(`policy-lens-${k}`) ?? [])].map((r) => r.toString())])), KINDS);
}

/**
 * Asserts that the highlights show the analysis: the ranges of each kind, in order, read
 * its spans' texts (white space aside), and none reads any of the strings `hidden`.
 */
export async function assertHighlightsRead(page, analysis, hidden = []) {
  const got = await highlightTexts(page);
  const squeeze = (s) => s.replace(/\s+/g, "");
  for (const k of KINDS) {
    assert.equal(squeeze(got[k].join("")), squeeze(spans(analysis, k).map((s) => s.text).join("")), `${k}: the ranges read the spans`);
    for (const h of hidden) assert.ok(!got[k].some((r) => r.includes(h)), `${k}: no range reads the hidden “${h}”`);
  }
}

/** The element's shadow-root selector for Playwright: `widget >> inner`. */
export const inWidget = (inner, widget = "policy-lens-widget") => `${widget} >> ${inner}`;

/**
 * The article as a reader sees it, by Chromium's own innerText of a fresh load of `url`
 * (no widget pressed), with what the test knows a reader cannot see (`hidden`, a selector)
 * hidden, ruby annotations hidden, and the CSS Text segment-break rule applied: a line
 * break between two wide (Han or full-width) characters, with the spaces around it, removed.
 * `prepare(page)` brings the fresh page to the state to read (a navigation of an app).
 */
export async function readerText(context, url, article, hidden = "", prepare = async () => {}) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(article, { state: "attached" });
  await prepare(page);
  const text = await page.evaluate(({ article, hidden }) => {
    const style = document.createElement("style");
    style.textContent = `rt, rp${hidden ? `, ${hidden}` : ""} { display: none !important; }`;
    document.head.append(style);
    const root = document.querySelector(article);
    const nodes = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.checkVisibility()) nodes.push(n);
    }
    const WIDE = /[\p{sc=Han}\u3000-\u303f\uff00-\uffef]/u;
    const visibleChar = (i, step) => {
      for (let j = i; j >= 0 && j < nodes.length; j += step) {
        const m = nodes[j].data.match(step < 0 ? /(\S)\s*$/u : /^\s*(\S)/u);
        if (m) return m[1];
      }
      return "";
    };
    const joined = nodes.map((node, i) => node.data.replace(/[ \t]*\n[ \t\n]*/g, (run, at, data) => {
      const before = at > 0 ? data[at - 1] : visibleChar(i - 1, -1);
      const after = at + run.length < data.length ? data[at + run.length] : visibleChar(i + 1, 1);
      return WIDE.test(before) && WIDE.test(after) ? "" : run;
    }));
    nodes.forEach((node, i) => { node.data = joined[i]; });
    return root.innerText;
  }, { article, hidden });
  await page.close();
  return text;
}

/** WCAG's contrast ratio of two CSS colours (rgb() or rgba() over `under`). */
export function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
