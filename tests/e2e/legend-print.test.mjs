// The legend explains every style the layers draw, the actor stripes meet the 3:1
// non-text contrast minimum, and print keeps the legend, the backgrounds and a compact
// summary. Screenshots and the PDF go to target/screenshots/.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { ROOT, start, watchedPage } from "./harness.mjs";
import { policyText } from "./texts.mjs";
import { FIELDS } from "../../www/pkg/vocabulary.js";

const SHOTS = `${ROOT}/target/screenshots`;
/** One directive of each force, a measure of each instrument (by the rules' usual cues). */
const ALL_STYLES = "各县要建设乡村文化广场。严禁弄虚作假。鼓励社会力量参与文化建设。各县要安排专项资金。各县要完善考核制度。各县要发展文化旅游产业。";
let env;
before(async () => { env = await start(); mkdirSync(SHOTS, { recursive: true }); });
after(async () => { await env?.close(); });

async function openWith(text, viewport = { width: 1300, height: 900 }) {
  const context = await env.browser.newContext({ viewport });
  const watched = await watchedPage(context, env.base);
  await watched.page.addInitScript((t) => localStorage.setItem("policy-lens:text", t), text);
  await watched.page.goto(`${env.base}www/`);
  await watched.page.waitForSelector("body[data-analysed]");
  return { context, ...watched };
}

/** WCAG relative luminance of an `rgb(r, g, b)` colour. */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };

test("each force and instrument has its own line style, and the legend shows that same style", async () => {
  const { context, page, problems } = await openWith(ALL_STYLES);
  const styles = await page.evaluate((fields) => {
    const style = (sel, prop) => { const n = document.querySelector(sel); return n ? getComputedStyle(n)[prop] : null; };
    return {
      force: fields.force.map((v) => [v, style(`.legend .swatch[data-force="${v}"]`, "borderTopStyle"), style(`#view [data-force="${v}"]`, "borderTopStyle")]),
      instrument: fields.instrument.map((v) => [v, style(`.legend .swatch[data-instrument="${v}"]`, "textDecorationStyle"), style(`#view [data-instrument="${v}"]`, "textDecorationStyle")]),
    };
  }, { force: FIELDS.directive.force, instrument: FIELDS.measure.instrument });
  for (const group of ["force", "instrument"]) {
    for (const [value, legend, drawn] of styles[group]) {
      assert.ok(legend, `the legend has a swatch for ${value}`);
      if (drawn) assert.equal(legend, drawn, `${value}: the legend's style is the layer's`);
    }
    assert.equal(new Set(styles[group].map(([, legend]) => legend)).size, styles[group].length, `${group}: one style per value`);
  }
  assert.ok(styles.force.some(([, , d]) => d) && styles.instrument.some(([, , d]) => d), "the text drew some of them");
  assert.deepEqual(problems, []);
  await context.close();
});

test("actor stripes have at least 3:1 contrast against white, and text on them 4.5:1", async () => {
  const { context, page, problems } = await openWith(ALL_STYLES);
  const { stripes, ink } = await page.$eval('#view [data-kind="actor"]', (a) => ({
    stripes: getComputedStyle(a).backgroundImage.match(/rgba?\([^)]*\)/g), ink: getComputedStyle(a).color,
  }));
  const best = Math.max(...stripes.map((c) => contrast(c, "rgb(255, 255, 255)")));
  assert.ok(best >= 3, `the strongest stripe has ${best.toFixed(2)}:1 against white`);
  for (const c of stripes) assert.ok(contrast(c, ink) >= 4.5, `text on ${c}: ${contrast(c, ink).toFixed(2)}:1`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("print keeps the legend and the actor backgrounds, and the summary compact", async () => {
  const text = policyText(36);
  const { context, page, problems } = await openWith(text);
  await page.emulateMedia({ media: "print" });
  const printed = await page.evaluate(() => ({
    legend: document.getElementById("legend").checkVisibility(),
    swatches: [...document.querySelectorAll(".legend .swatch")].filter((s) => s.checkVisibility()).length,
    adjust: getComputedStyle(document.querySelector('#view [data-kind="actor"]')).printColorAdjust,
    measuresListed: [...document.querySelectorAll("#summary table.who li")].filter((li) => li.checkVisibility()).length,
    input: document.getElementById("text").checkVisibility(),
  }));
  assert.ok(printed.legend, "the legend prints");
  assert.ok(printed.swatches >= 8, `${printed.swatches} swatches print`);
  assert.equal(printed.adjust, "exact", "backgrounds print even with the browser's default settings");
  assert.equal(printed.measuresListed, 0, "the who-must-do-what rows print as counts");
  assert.equal(printed.input, false);
  await page.emulateMedia({ media: null });
  // Chromium's defaults: no background graphics unless the page asks for them.
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  writeFileSync(`${SHOTS}/print.pdf`, pdf);
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`# ${text.length}-character text prints on ${pages} A4 pages`);
  assert.ok(pages > 0);
  assert.deepEqual(problems, []);
  await context.close();
});
