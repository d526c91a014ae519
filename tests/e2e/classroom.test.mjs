// Classroom mode as a class uses it: a student labels by keyboard and by mouse, reloads,
// checks against the key and sees the scores; a teacher corrects the key and shares it as
// a link that opens in a fresh browser; the class table of three answer files; bad files
// get a message and lose nothing.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, watchedPage } from "./harness.mjs";
import { answersFile, exerciseFragment, textHash } from "../../www/classroom/exercise.js";

const TEXT = "各地要建设扶贫产业园区。\n省财政厅要加大资金投入。";
const HASH = textHash(TEXT);
const at = (s) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length];
const mark = (kind, s, attrs = {}) => { const [start, end] = at(s); return { kind, start, end, ...attrs }; };
const KEY = [
  mark("directive", "各地要建设扶贫产业园区。", { force: "obligation" }),
  mark("directive", "省财政厅要加大资金投入。", { force: "obligation" }),
  mark("actor", "各地", { role: "responsible", level: "unspecified" }),
  mark("actor", "省财政厅", { role: "responsible", level: "provincial" }),
  mark("measure", "建设扶贫产业园区", { instrument: "demand" }),
  mark("measure", "加大资金投入", { instrument: "supply" }),
];
const EXERCISE = { text: TEXT, hash: HASH, key: KEY, instructions: "找出指令与主体。", keyHidden: true };
let env;
let link;

before(async () => {
  env = await start();
  link = `${env.base}www/classroom.html${await exerciseFragment(EXERCISE)}`;
});
after(async () => { await env?.close(); });

async function open(context, url = link) {
  const watched = await watchedPage(context, env.base);
  await watched.page.goto(url);
  await watched.page.waitForSelector("body[data-ready]");
  return watched;
}

/** Drags the mouse across `s` in the sheet. */
async function dragAcross(page, s) {
  const [from, to] = at(s);
  const box = await page.evaluate(([a, b]) => {
    const spans = [...document.querySelectorAll("#sheet span")];
    const point = (offset, end) => {
      const span = spans.findLast((x) => Number(x.dataset.start) <= (end ? offset - 1 : offset));
      const r = document.createRange();
      const o = (end ? offset - 1 : offset) - Number(span.dataset.start);
      r.setStart(span.firstChild, o);
      r.setEnd(span.firstChild, o + 1);
      const rect = r.getBoundingClientRect();
      return end ? [rect.right - 1, rect.top + rect.height / 2] : [rect.left + 1, rect.top + rect.height / 2];
    };
    return [point(a, false), point(b, true)];
  }, [from, to]);
  await page.mouse.move(...box[0]);
  await page.mouse.down();
  await page.mouse.move(...box[1], { steps: 5 });
  await page.mouse.up();
}

test("a student labels by keyboard and mouse, keeps the work across a reload, and checks it", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await open(context);
  await page.click("#sheet");
  await page.evaluate(() => getSelection().collapse(document.querySelector("#sheet span").firstChild, 0));
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("a");
  await dragAcross(page, "建设扶贫产业园区");
  await page.keyboard.press("m");
  assert.equal(await page.inputValue("#attr-instrument"), "supply", "a new measure starts as supply");
  await dragAcross(page, "各地要建设扶贫产业园区。");
  await page.keyboard.press("d");
  await page.keyboard.press("Control+z");
  assert.equal(await page.$$eval("#marks li", (l) => l.length), 2, "undo removes the last mark");
  await page.keyboard.press("Control+y");
  assert.equal(await page.$$eval("#marks li", (l) => l.length), 3, "redo brings it back");
  await page.fill("#student", "张三");

  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.deepEqual(await page.$$eval("#marks li", (l) => l.map((x) => x.textContent)),
    ["指令：各地要建设扶贫产业园区。", "主体：各地", "举措：建设扶贫产业园区"]);
  assert.equal(await page.inputValue("#student"), "张三");

  await page.click("#check");
  const f1 = await page.$$eval("#results tr[data-kind]", (rows) => Object.fromEntries(rows.map((r) => [r.dataset.kind, r.querySelector(".f1").textContent])));
  assert.deepEqual(f1, { directive: "67%", actor: "67%", measure: "67%", target: "0%" });
  const items = await page.$$eval("#results li", (l) => l.map((x) => x.textContent));
  assert.ok(items.some((x) => x.includes("instrument differs: you said supply, the key says demand")), items.join("\n"));
  assert.ok(items.some((x) => x.startsWith("漏标 missed · 主体：省财政厅")));
  assert.deepEqual(problems, []);
  await context.close();
});

test("a teacher corrects the key and the link opens the same exercise in a fresh browser", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await open(context);
  await page.click("#mode-teacher");
  await page.click("#marks button:has-text('主体：各地')");
  await page.selectOption("#attr-level", "all");
  await page.fill("#instructions-edit", "请标出全部责任主体。");
  await page.click("#make-link");
  await page.waitForFunction(() => document.getElementById("link").textContent !== "");
  const shared = await page.textContent("#link");
  assert.match(shared, /classroom\.html#exercise=/);
  await context.close();

  const fresh = await env.browser.newContext();
  const opened = await open(fresh, shared);
  assert.equal(await opened.page.$eval("#sheet", (s) => s.textContent), TEXT);
  assert.equal(await opened.page.textContent("#instructions"), "请标出全部责任主体。");
  assert.equal(await opened.page.$$eval("#marks li", (l) => l.length), 0, "the student starts with no marks");
  await opened.page.click("#mode-teacher");
  await opened.page.click("#marks button:has-text('主体：各地')");
  assert.equal(await opened.page.inputValue("#attr-level"), "all", "the corrected key travelled with the link");
  assert.deepEqual([...problems, ...opened.problems], []);
  await fresh.close();
});

test("the class table from three answer files", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await open(context);
  await page.click("#mode-teacher");
  const file = (name, student, marks) => ({ name, mimeType: "application/json", buffer: Buffer.from(answersFile(HASH, student, marks)) });
  await page.setInputFiles("#class-files", [
    file("a.json", "甲", KEY),
    file("b.json", "乙", [KEY[0], KEY[2], KEY[4]]),
    file("c.json", "丙", [KEY[2]]),
  ]);
  await page.waitForSelector("#class-students");
  const students = await page.$$eval("#class-students tr", (r) => r.slice(1).map((x) => [...x.children].map((c) => c.textContent)));
  assert.deepEqual(students, [
    ["甲", "100%", "100%", "100%", "0%"],
    ["乙", "67%", "67%", "67%", "0%"],
    ["丙", "0%", "67%", "0%", "0%"],
  ]);
  const spans = await page.$$eval("#class-spans tr", (r) => r.slice(1).map((x) => [...x.children].map((c) => c.textContent)));
  assert.deepEqual(spans.slice(0, 3).map((s) => s[1]), ["1", "1", "1"], "the most-missed spans come first");
  assert.deepEqual(spans.at(-1), ["主体：各地", "3"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("bad files get a message that names the problem, and nothing is lost", async () => {
  const context = await env.browser.newContext();
  const { page } = await open(context);
  await page.click("#sheet");
  await page.evaluate(() => getSelection().collapse(document.querySelector("#sheet span").firstChild, 0));
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("a");
  const good = answersFile(HASH, "丁", [KEY[2]]);
  const cases = [
    ["broken.json", "{\"format\": \"policy-lens-answers\", ", /not a complete JSON file/],
    ["cut.json", good.slice(0, good.length / 2), /not a complete JSON file/],
    ["foreign.json", JSON.stringify({ hello: "world" }), /not a Policy Lens file/],
    ["exercise.json", JSON.stringify({ format: "policy-lens-exercise", version: 1 }), /is not an answer file: it is an exercise/],
    ["other.json", answersFile(textHash("另一篇文本。"), "戊", []), /made for another text/],
    ["huge.json", "x".repeat(6 * 1024 * 1024), /too large/],
  ];
  for (const [name, content, message] of cases) {
    await page.evaluate(() => { const m = document.getElementById("message"); m.textContent = ""; m.hidden = true; });
    await page.setInputFiles("#import-answers", { name, mimeType: "application/json", buffer: Buffer.from(content) });
    await page.waitForSelector("#message:not([hidden])");
    assert.match(await page.textContent("#message"), message, name);
    assert.deepEqual(await page.$$eval("#marks li", (l) => l.map((x) => x.textContent)), ["主体：各地"], `${name}: the marks are kept`);
  }
  await context.close();
});

test("the key shows before Check only when the teacher does not hide it, and students open exercise files", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await open(context);
  assert.ok(await page.$eval("#key", (k) => k.hidden), "a hidden key stays hidden before Check");
  await page.click("#check");
  assert.ok(!(await page.$eval("#key", (k) => k.hidden)), "after Check the key is listed");
  const open_ = { ...EXERCISE, keyHidden: false, instructions: "可参考答案。" };
  const { exerciseFile } = await import("../../www/classroom/exercise.js");
  await page.setInputFiles("#import-exercise", { name: "ex.json", mimeType: "application/json", buffer: Buffer.from(exerciseFile(open_)) });
  await page.waitForFunction(() => document.getElementById("instructions").textContent === "可参考答案。");
  const key = await page.$$eval("#key li", (l) => l.map((x) => x.textContent));
  assert.equal(key.length, KEY.length, "an open key is listed before Check");
  assert.ok(key.includes("主体：省财政厅（responsible · provincial）"), key.join("\n"));
  assert.deepEqual(problems, []);
  await context.close();
});
