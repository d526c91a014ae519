// The Chromium side of the bench, each run in a new browser context (an empty HTTP cache,
// so no code cache either):
//   subjects  bench/page.html measures each subject of bench/measure.js
//   page      www/ from navigation to its first highlight, split by the Resource Timing
//             API and the wasm's instantiation; then a second analysis in the same page
//   widget    the pointer on the widget's button (pressing it) to its highlights on a
//             6,000-character article (bench/texts.mjs's host page); then `reanalyse()`
// Any console error, page error or request outside the server fails the bench: a broken
// page must not be reported as a number.

import { watchedPage } from "../tests/e2e/harness.mjs";
import { SUBJECTS } from "./measure.js";
import { rotated } from "./stats.js";
import { FILES, INPUT } from "./texts.mjs";

/** Opens `url` in a new context and page; `measure(page)` gives the figures. */
async function inFreshContext(browser, base, url, measure, init = null) {
  const context = await browser.newContext();
  if (init) await context.addInitScript(init);
  try {
    const { page, problems } = await watchedPage(context, base);
    await page.goto(`${base}${url}`);
    const figures = await measure(page);
    if (problems.length) throw new Error(`${url}: ${problems.join("; ")}`);
    return figures;
  } finally {
    await context.close();
  }
}

/** One subject on the bench page. */
function subjectOnce(browser, base, subject) {
  return inFreshContext(browser, base, "bench/page.html", async (page) => {
    await page.waitForSelector("body[data-ready]");
    return page.evaluate(([s, dev, big]) => window.runBenchmark(s, dev, big), [subject, `/${INPUT}/${FILES.dev}`, `/${INPUT}/${FILES.big}`]);
  });
}

/**
 * Run in the page before its scripts: marks when the glue asks for the wasm's compilation
 * (`bench:wasm-called`) and when its instance is ready (`bench:wasm-instantiated`).
 */
function markInstantiation() {
  const once = (name) => { if (!performance.getEntriesByName(name).length) performance.mark(name); };
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      once("bench:wasm-called");
      return original.apply(this, args).then((result) => {
        once("bench:wasm-instantiated");
        return result;
      });
    };
  }
}

/** The page cold, then warm. Times are milliseconds from navigation; `paths` what it loaded. */
function pageOnce(browser, base) {
  return inFreshContext(browser, base, "www/", async (page) => {
    await page.waitForSelector("body[data-analysed]");
    const cold = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType("navigation");
      const resources = performance.getEntriesByType("resource");
      const received = (ending) => Math.max(...resources.filter((r) => r.name.endsWith(ending)).map((r) => r.responseEnd));
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return {
        firstMs: mark("policy-lens:first-result"),
        htmlMs: navigation.responseEnd,
        modulesMs: received(".js"),
        wasmMs: received(".wasm"),
        calledMs: mark("bench:wasm-called"),
        instantiatedMs: mark("bench:wasm-instantiated"),
        paths: [...new Set([navigation, ...resources].map((r) => new URL(r.name).pathname))],
      };
    });
    const warmMs = await page.evaluate(() => {
      const view = /** @type {HTMLElement} */ (document.getElementById("view"));
      const before = view.firstChild;
      const began = performance.now();
      document.getElementById("analyze")?.click();
      const ms = performance.now() - began;
      if (view.firstChild === before) throw new Error("the second analysis did not redraw at once: did the sample go to the worker?");
      return ms;
    });
    return { ...cold, warmMs };
  }, markInstantiation);
}

/** The widget pressed cold, then `reanalyse()`. */
function widgetOnce(browser, base) {
  return inFreshContext(browser, base, `${INPUT}/${FILES.host}`, async (page) => {
    await page.evaluate(() => {
      const widget = /** @type {any} */ (document.querySelector("policy-lens-widget"));
      window.__pressed = new Promise((resolve) => {
        let began = NaN;
        widget.addEventListener("pointerover", (e) => { if (Number.isNaN(began)) began = e.timeStamp; });
        // The highlights are set right after the event, in the same task.
        widget.addEventListener("policy-lens-analysed", () => queueMicrotask(() => resolve({ began, done: performance.now() })), { once: true });
      });
      return customElements.whenDefined("policy-lens-widget");
    });
    await page.locator("policy-lens-widget").click();
    return page.evaluate(async () => {
      const { began, done } = await window.__pressed;
      const widget = /** @type {any} */ (document.querySelector("policy-lens-widget"));
      if (!widget.analysis.directives.length || !CSS.highlights.has("policy-lens-directive")) throw new Error("the widget drew no highlights");
      const fetched = performance.getEntriesByType("resource").filter((r) => r.startTime >= began);
      const warmBegan = performance.now();
      await widget.reanalyse();
      return {
        pressMs: done - began,
        warmMs: performance.now() - warmBegan,
        chars: widget.text.length,
        files: new Set(fetched.map((r) => r.name)).size,
        bytes: fetched.reduce((n, r) => n + r.transferSize, 0),
      };
    });
  });
}

/**
 * `runs` rounds of every Chromium measurement, the subjects' order rotating: `{ subjects:
 * { analyze: [figures…], … }, page: [figures…], widget: [figures…] }`.
 * @param {import("playwright-core").Browser} browser
 * @param {string} base the bench server's root URL
 * @param {number} runs
 */
export async function browserRuns(browser, base, runs) {
  const names = Object.keys(SUBJECTS);
  const subjects = Object.fromEntries(names.map((s) => [s, []]));
  const page = [];
  const widget = [];
  for (let i = 0; i < runs; i++) {
    for (const subject of rotated(names, i)) subjects[subject].push(await subjectOnce(browser, base, subject));
    page.push(await pageOnce(browser, base));
    widget.push(await widgetOnce(browser, base));
  }
  return { subjects, page, widget };
}
