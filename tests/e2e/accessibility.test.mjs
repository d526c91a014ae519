// axe-core finds no violation on the reader's page and the classroom, in Chinese and in
// English, in the states a reader, a student and a teacher reach; and screenshots of them at
// desktop width and at 375 px go to target/screenshots/ to be looked at.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ROOT, start, watchedPage } from "./harness.mjs";
import { policyText } from "./texts.mjs";
import { answersFile, exerciseFile, exerciseFragment, newExercise } from "../../www/classroom/exercise.js";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const SHOTS = `${ROOT}/target/screenshots`;
const TEXT = "东山县要建设乡村文化广场，为留守儿童提供便利。\n市文化和旅游局要加强督促检查。";
const KEY = [
  { kind: "directive", start: 0, end: 24, force: "obligation" },
  { kind: "actor", start: 0, end: 3, role: "responsible", level: "county" },
  { kind: "measure", start: 4, end: 12, instrument: "supply" },
  { kind: "target", start: 13, end: 17 },
];
let env;
before(async () => { env = await start(); mkdirSync(SHOTS, { recursive: true }); });
after(async () => { await env?.close(); });

/** axe's violations on the page as it is now, as "rule: targets" lines. */
async function violations(page) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function context(lang, viewport) {
  const ctx = await env.browser.newContext({ viewport, acceptDownloads: true });
  await ctx.addInitScript((l) => localStorage.setItem("policy-lens:lang", l), lang);
  return ctx;
}

for (const lang of ["zh", "en"]) {
  test(`the reader's page has no axe violation (${lang}), analysed, with details open and a tooltip`, async () => {
    const ctx = await context(lang, { width: 1400, height: 900 });
    await ctx.addInitScript((t) => localStorage.setItem("policy-lens:text", t), policyText(6));
    const { page, problems } = await watchedPage(ctx, env.base);
    await page.goto(`${env.base}www/`);
    await page.waitForSelector("body[data-analysed]");
    assert.deepEqual(await violations(page), [], "as loaded");
    await page.click("#rule-ids summary");
    await page.evaluate(() => document.querySelectorAll("#summary details").forEach((d) => { d.open = true; }));
    await page.click("#summary .actor-link");
    await page.hover('#view [data-kind="actor"]');
    assert.deepEqual(await violations(page), [], "with everything open");
    await page.screenshot({ path: `${SHOTS}/page-${lang}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    assert.deepEqual(await violations(page), [], "at 375 px");
    await page.screenshot({ path: `${SHOTS}/page-${lang}-375.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await ctx.close();
  });

  test(`the classroom has no axe violation (${lang}): student before and after Check, teacher with a class, help, no exercise`, async () => {
    const ctx = await context(lang, { width: 1300, height: 900 });
    const { page, problems } = await watchedPage(ctx, env.base);
    await page.goto(`${env.base}www/classroom.html`);
    await page.waitForSelector("body[data-ready]");
    assert.deepEqual(await violations(page), [], "with no exercise");

    const exercise = { ...newExercise(TEXT, KEY, "找出指令与主体。"), keyHidden: false };
    await page.goto(`${env.base}www/classroom.html${await exerciseFragment({ ...exercise, teacher: false })}`);
    await page.reload();
    await page.waitForSelector("body[data-ready]");
    await page.click("#sheet");
    await page.keyboard.press("Home");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("a");
    assert.deepEqual(await violations(page), [], "a student with a mark and the key open");
    await page.click("#check");
    assert.deepEqual(await violations(page), [], "after Check");
    await page.screenshot({ path: `${SHOTS}/classroom-${lang}-student.png`, fullPage: true });
    await page.keyboard.press("?");
    assert.deepEqual(await violations(page), [], "with help open");
    await page.keyboard.press("Escape");

    await page.setInputFiles("#import-exercise", { name: "t.json", mimeType: "application/json", buffer: Buffer.from(exerciseFile(exercise, "teacher")) });
    await page.waitForSelector("body.teacher");
    await page.setInputFiles("#class-files", [
      { name: "a.json", mimeType: "application/json", buffer: Buffer.from(answersFile(exercise.hash, "甲", KEY)) },
      { name: "b.json", mimeType: "application/json", buffer: Buffer.from(answersFile(exercise.hash, "乙", KEY.slice(1))) },
    ]);
    await page.waitForSelector("#class-students");
    await page.click("#make-link");
    await page.waitForSelector("#link-box:not([hidden])");
    await page.click("#marks button.pick");
    assert.deepEqual(await violations(page), [], "a teacher with a class table");
    await page.screenshot({ path: `${SHOTS}/classroom-${lang}-teacher.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    assert.deepEqual(await violations(page), [], "at 375 px");
    await page.screenshot({ path: `${SHOTS}/classroom-${lang}-375.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await ctx.close();
  });
}
