// Classroom mode as a class uses it: a student marks by mouse and by keyboard alone, keeps
// the work across a reload and checks it; a student's view never reaches the key; a teacher
// makes an exercise from pasted text, a file or the reader page, corrects the key and shares
// it; bad files and links get a message in the page's language and load nothing; the class
// table; exports that a CSV parser reads back; a phone. Invented texts only.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { start, watchedPage } from "./harness.mjs";
import { policyText, proseLike } from "./texts.mjs";
import { answersFile, exerciseFile, exerciseFragment, newExercise } from "../../www/classroom/exercise.js";

const TEXT = "东山县要建设乡村文化广场。\n市财政局要加大资金投入。";
const at = (s, text = TEXT) => [text.indexOf(s), text.indexOf(s) + s.length];
const mark = (kind, s, attrs = {}) => { const [start, end] = at(s); return { kind, start, end, ...attrs }; };
const KEY = [
  mark("directive", "东山县要建设乡村文化广场。", { force: "obligation" }),
  mark("directive", "市财政局要加大资金投入。", { force: "obligation" }),
  mark("actor", "东山县", { role: "responsible", level: "county" }),
  mark("actor", "市财政局", { role: "responsible", level: "municipal" }),
  mark("measure", "建设乡村文化广场", { instrument: "demand" }),
  mark("measure", "加大资金投入", { instrument: "supply" }),
];
const EXERCISE = newExercise(TEXT, KEY, "找出指令与主体。");
const HASH = EXERCISE.hash;
let env;
let link;

before(async () => {
  env = await start();
  link = `${env.base}www/classroom.html${await exerciseFragment({ ...EXERCISE, teacher: false })}`;
});
after(async () => { await env?.close(); });

async function open(context, url = link) {
  const watched = await watchedPage(context, env.base);
  await watched.page.goto(url);
  await watched.page.waitForSelector("body[data-ready]");
  return watched;
}

const json = (name, content) => ({ name, mimeType: "application/json", buffer: Buffer.from(content) });
const listed = (page) => page.$$eval("#marks button.pick", (b) => b.map((x) => x.textContent));

/** Opens the teacher's own file of `exercise`. */
async function asTeacher(page, exercise = EXERCISE) {
  await page.setInputFiles("#import-exercise", json("mine.teacher.json", exerciseFile(exercise, "teacher")));
  await page.waitForSelector("body.teacher");
}

/** Drags the mouse across `s` in the sheet. */
async function dragAcross(page, s, text = TEXT) {
  const [from, to] = at(s, text);
  const box = await page.evaluate(([a, b]) => {
    const spans = [...document.querySelectorAll("#sheet .sheet-text span")];
    const point = (offset, end) => {
      const o = end ? offset - 1 : offset;
      const span = spans.findLast((x) => Number(x.dataset.start) <= o);
      const r = document.createRange();
      r.setStart(span.firstChild, o - Number(span.dataset.start));
      r.setEnd(span.firstChild, o - Number(span.dataset.start) + 1);
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

/** Tabs forward until `selector` has the focus (no mouse). */
async function tabTo(page, selector) {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

test("a student marks with the mouse, keeps the work across a reload, and checks it; the text shows the result", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await open(context);
  await dragAcross(page, "东山县");
  await page.keyboard.press("a");
  await dragAcross(page, "建设乡村文化广场");
  await page.keyboard.press("m");
  assert.equal(await page.inputValue("mark-editor select[name=instrument]"), "supply", "a new measure starts as supply");
  await dragAcross(page, "东山县要建设乡村文化广场。");
  await page.keyboard.press("d");
  await page.keyboard.press("Control+z");
  assert.equal((await listed(page)).length, 2, "undo removes the last mark");
  await page.keyboard.press("Control+y");
  assert.equal((await listed(page)).length, 3, "redo brings it back");
  await page.fill("#student", "张三");

  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.deepEqual(await listed(page), ["指令：东山县要建设乡村文化广场。", "责任主体：东山县", "举措：建设乡村文化广场"]);
  assert.equal(await page.inputValue("#student"), "张三");

  await page.click("#check");
  const f1 = await page.$$eval("#results tr[data-kind]", (rows) => Object.fromEntries(rows.map((r) => [r.dataset.kind, r.querySelector(".f1").textContent])));
  assert.deepEqual(f1, { directive: "67%", actor: "67%", measure: "67%", target: "0%" });
  const items = await page.$$eval("#results li", (l) => l.map((x) => x.textContent));
  assert.ok(items.some((x) => x.includes("工具类型不同：你标“供给型”，答案是“需求型”")), items.join("\n"));
  assert.ok(items.some((x) => x.startsWith("漏标 · 责任主体：市财政局")));
  const inText = await page.$$eval("#sheet .sheet-text span", (s) => s.map((x) => [x.textContent, x.className]));
  assert.ok(inText.some(([t, c]) => t.includes("市财政局") && c.includes("r-missed")), "a missed span shows in the text");
  assert.ok(inText.some(([t, c]) => t.includes("东山县") && c.includes("r-agreed")), "an agreed one too");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a keyboard-only student: a visible caret, word, line and sentence moves, D for the whole sentence, three attributes set without losing focus", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  const { page, problems } = await open(context);
  await tabTo(page, "#sheet");
  const caret = await page.$eval("#sheet .caret", (c) => ({ hidden: c.hidden, height: c.getBoundingClientRect().height }));
  assert.ok(!caret.hidden && caret.height > 8, "the caret shows where the keys act");
  const caretAt = () => page.$eval("#sheet", (s) => s.caret);
  await page.keyboard.press("End");
  assert.equal(await caretAt(), TEXT.indexOf("\n"), "End goes to the end of the line");
  await page.keyboard.press("Home");
  assert.equal(await caretAt(), 0);
  await page.keyboard.press("Control+ArrowRight");
  const word = await caretAt();
  assert.ok(word > 1 && word < 8, `Ctrl+→ moves a word (to ${word})`);
  await page.keyboard.press("ArrowDown");
  assert.equal(await caretAt(), TEXT.indexOf("市财政局"), "↓ goes to the next sentence");
  await page.keyboard.press("d");
  assert.deepEqual(await listed(page), ["指令：市财政局要加大资金投入。"], "D with nothing selected marks the sentence");

  await page.keyboard.press("Home");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("a");
  // Into the mark editor with the keyboard: its selects come before the sheet.
  const setBy = async (field, key, presses) => {
    await page.focus("#sheet");
    for (let i = 0; i < 6 && !(await page.evaluate((f) => document.activeElement?.name === f, field)); i++) await page.keyboard.press("Shift+Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.name), field, `Shift+Tab reaches ${field}`);
    for (let i = 0; i < presses; i++) await page.keyboard.press(key);
    assert.equal(await page.evaluate(() => document.activeElement?.name), field, `${field} keeps the focus after the change`);
  };
  await setBy("level", "ArrowUp", 5);
  await setBy("role", "ArrowDown", 2);
  const actor = await page.$eval("mark-editor", (e) => ({ role: e.querySelector("[name=role]").value, level: e.querySelector("[name=level]").value }));
  assert.deepEqual(actor, { role: "other", level: "municipal" });
  await page.focus("#sheet");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.name), "kind");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement?.name), "kind", "changing the kind keeps the focus on it");
  assert.deepEqual((await listed(page)).sort(), ["举措：市财政局", "指令：市财政局要加大资金投入。"]);

  await page.focus("#check");
  await page.keyboard.press("Backspace");
  assert.equal((await listed(page)).length, 2, "Backspace on a button deletes nothing");
  await page.focus("#sheet");
  await page.keyboard.press("Delete");
  assert.equal((await listed(page)).length, 1, "Delete in the text removes the current mark");

  await page.keyboard.press("?");
  assert.ok(await page.$eval("#help", (d) => d.open && d.matches(":modal")), "help opens as a modal dialog");
  for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
  assert.ok(await page.evaluate(() => document.getElementById("help").contains(document.activeElement)), "focus stays in the help");
  await page.keyboard.press("Escape");
  assert.ok(!(await page.$eval("#help", (d) => d.open)), "Esc closes it");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a student's view has no way to the key before Check, and the teacher is told a link's key is hidden, not secret", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await open(context);
  assert.ok(await page.$eval("#switch-role", (b) => b.hidden), "no teacher switch for a link's exercise");
  const visibleText = await page.evaluate(() => document.body.innerText);
  assert.ok(!visibleText.includes("市财政局（"), "no key entry is shown");
  assert.equal(await page.$$eval("#key-list li", (l) => l.length), 0, "nor is the key in the page");
  assert.equal(await page.$$eval("mark-list button.pick", (l) => l.length), 0, "the student's list is empty");
  await page.click("#check");
  assert.equal(await page.$$eval("#key-list li", (l) => l.length), KEY.length, "after Check the key is listed");
  assert.ok((await page.$$eval("#key-list li", (l) => l.map((x) => x.textContent))).includes("责任主体：市财政局（负责 · 市级）"), "with its values in words");

  await asTeacher(page);
  const note = await page.$eval('[data-i18n="keyNotSecret"]', (p) => [p.checkVisibility(), p.textContent]);
  assert.ok(note[0] && /隐藏，并非保密/.test(note[1]), note[1]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a teacher pastes a text, corrects the machine's key after being asked, and the link opens it for a student in a fresh browser", async () => {
  const context = await env.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const { page, problems } = await open(context, `${env.base}www/classroom.html`);
  await page.click("#new-exercise summary");
  await page.fill("#paste-text", TEXT);
  await page.click("#from-paste");
  await page.waitForSelector("body.teacher");
  assert.equal(await page.$eval("#sheet .sheet-text", (s) => s.textContent), TEXT);
  const machine = await listed(page);
  assert.ok(machine.length > 2, "the key starts from the machine");
  await page.click("#marks button.pick >> nth=0");
  await page.keyboard.press("Delete");
  assert.equal((await listed(page)).length, machine.length - 1, "the teacher corrects it");
  await page.click("#machine-key");
  await page.waitForSelector("#ask[open]");
  await page.click("#ask button[value=cancel]");
  assert.equal((await listed(page)).length, machine.length - 1, "cancelling keeps the corrections");
  await page.fill("#instructions-edit", "请标出全部责任主体。");

  await page.click("#make-link");
  await page.waitForSelector("#link-box:not([hidden])");
  const shared = await page.textContent("#link");
  assert.match(shared, /classroom\.html#e=/);
  assert.match(await page.textContent("#link-note"), new RegExp(`链接长 ${shared.length} 个字符`));
  await page.click("#copy-link");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shared, "Copy puts the link on the clipboard");
  assert.deepEqual(problems, []);
  await context.close();

  const fresh = await env.browser.newContext();
  const opened = await open(fresh, shared);
  assert.equal(await opened.page.$eval("#sheet .sheet-text", (s) => s.textContent), TEXT);
  assert.equal(await opened.page.textContent("#instructions"), "请标出全部责任主体。");
  assert.equal((await listed(opened.page)).length, 0, "the student starts with no marks");
  assert.ok(await opened.page.$eval("#switch-role", (b) => b.hidden));
  assert.deepEqual(opened.problems, []);
  await fresh.close();
});

test("a teacher who opens the students' link in the same browser keeps the teacher exercise aside", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await open(context, `${env.base}www/classroom.html`);
  await asTeacher(page);
  await page.click("#marks button.pick >> nth=0");
  await page.keyboard.press("Delete");
  await page.click("#make-link");
  await page.waitForSelector("#link-box:not([hidden])");
  const shared = await page.textContent("#link");
  await page.goto(shared);
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.ok(!(await page.$eval("body", (b) => b.classList.contains("teacher"))), "the link opens the students' view");
  await page.click("#back-to-teacher");
  await page.waitForSelector("body.teacher");
  assert.equal((await listed(page)).length, KEY.length - 1, "the teacher's corrected key is back");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a long text's link says it is too long for chat and QR codes and recommends the file", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await open(context, `${env.base}www/classroom.html`);
  await page.click("#new-exercise summary");
  const text = proseLike(1500);
  await page.fill("#paste-text", text);
  await page.click("#from-paste");
  await page.waitForSelector("body.teacher");
  await page.click("#make-link");
  await page.waitForSelector("#link-box:not([hidden])");
  const length = Number(await page.getAttribute("#link-box", "data-length"));
  console.log(`# link of a ${text.length}-character text: ${length} characters`);
  assert.ok(length > 2000);
  assert.match(await page.textContent("#link-note"), /超过多数聊天软件和二维码.*请改发学生练习文件/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a teacher starts an exercise from the reader page's sample, untouched", async () => {
  const context = await env.browser.newContext();
  const watched = await watchedPage(context, env.base);
  await watched.page.goto(`${env.base}www/`);
  await watched.page.waitForSelector("body[data-analysed]");
  const sample = await watched.page.inputValue("#text");
  await watched.page.click("#to-classroom");
  await watched.page.waitForSelector("body[data-ready].teacher");
  assert.equal(await watched.page.$eval("#sheet .sheet-text", (s) => s.textContent), sample);
  assert.deepEqual(watched.problems, []);
  await context.close();
});

test("a teacher starts an exercise from the reader page's text", async () => {
  const context = await env.browser.newContext();
  const watched = await watchedPage(context, env.base);
  await watched.page.goto(`${env.base}www/`);
  await watched.page.waitForSelector("body[data-analysed]");
  await watched.page.fill("#text", TEXT);
  await watched.page.click("#to-classroom");
  await watched.page.waitForSelector("body[data-ready].teacher");
  assert.equal(await watched.page.$eval("#sheet .sheet-text", (s) => s.textContent), TEXT);
  assert.ok((await listed(watched.page)).length > 2, "with the machine's key");
  assert.equal(new URL(watched.page.url()).hash, "", "a reload will not start it again");
  assert.deepEqual(watched.problems, []);
  await context.close();
});

test("a GBK text file is read as GBK and says so; an empty one is refused and the exercise kept", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await open(context);
  const gbk = Buffer.from([0xb8, 0xf7, 0xcf, 0xd8, 0xd2, 0xaa, 0xbc, 0xd3, 0xc7, 0xbf, 0xce, 0xc4, 0xbb, 0xaf, 0xbd, 0xa8, 0xc9, 0xe8, 0xa1, 0xa3]); // 各县要加强文化建设。
  await page.click("#new-exercise summary");
  await page.setInputFiles("#import-text", { name: "通知.txt", mimeType: "text/plain", buffer: gbk });
  await page.waitForSelector("body.teacher");
  assert.equal(await page.$eval("#sheet .sheet-text", (s) => s.textContent), "各县要加强文化建设。");
  assert.match(await page.textContent("#message"), /“通知.txt”不是 UTF-8 编码，已按 GBK/);
  await page.setInputFiles("#import-text", { name: "空.txt", mimeType: "text/plain", buffer: Buffer.from(" \n") });
  await page.waitForFunction(() => /空文件/.test(document.getElementById("message").textContent));
  assert.match(await page.textContent("#message"), /当前练习没有改变/);
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.equal(await page.$eval("#sheet .sheet-text", (s) => s.textContent), "各县要加强文化建设。", "a reload keeps the exercise");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a truncated link says so in the page's language and loads nothing, not even the last exercise", async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await open(context);
  const cut = link.slice(0, link.length - 25);
  await page.goto(cut);
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.match(await page.textContent("#message"), /链接不完整或已损坏/);
  assert.equal(await page.$eval("#sheet .sheet-text", (s) => s.textContent), "", "no text underneath");
  assert.ok(await page.$eval("body", (b) => b.classList.contains("no-exercise")));
  await page.click("#lang");
  assert.match(await page.textContent("#message"), /This link is incomplete or damaged/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("bad files get a message that names the problem in the page's language, and nothing is lost", async () => {
  const context = await env.browser.newContext();
  const { page } = await open(context);
  await dragAcross(page, "东山县");
  await page.keyboard.press("a");
  const good = answersFile(HASH, "丁", [KEY[2]]);
  const cases = [
    ["broken.json", "{\"format\": \"policy-lens-answers\", ", /不是完整的 JSON 文件/, /is not a complete JSON file/],
    ["cut.json", good.slice(0, good.length / 2), /不是完整的 JSON 文件/, /is not a complete JSON file/],
    ["foreign.json", JSON.stringify({ hello: "world" }), /不是政策透镜的文件/, /is not a Policy Lens file/],
    ["exercise.json", exerciseFile(EXERCISE, "student"), /是学生练习文件，不是答案文件/, /is a students' exercise file, not an answer file/],
    ["other.json", answersFile(newExercise("另一篇文本。", [], "").hash, "戊", []), /为另一篇文本做的答案/, /answers to another text/],
    ["level.json", answersFile(HASH, "己", [{ ...KEY[2], level: "galactic" }]), /层级值“galactic”未知/, /unknown Level “galactic”/],
    ["huge.json", "x".repeat(6 * 1024 * 1024), /太大/, /too large/],
  ];
  for (const lang of ["zh", "en"]) {
    for (const [name, content, zh, en] of cases) {
      await page.evaluate(() => { const m = document.getElementById("message"); m.textContent = ""; m.hidden = true; });
      await page.setInputFiles("#import-answers", json(name, content));
      await page.waitForSelector("#message:not([hidden])");
      assert.match(await page.textContent("#message"), lang === "zh" ? zh : en, `${lang} ${name}`);
      assert.deepEqual(await listed(page), [lang === "zh" ? "责任主体：东山县" : "Actor: 东山县"], `${name}: the marks are kept`);
    }
    await page.click("#lang");
  }
  await context.close();
});

test("in English the classroom's labels, values and Check reasons are English", async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => localStorage.setItem("policy-lens:lang", "en"));
  const { page, problems } = await open(context);
  assert.equal(await page.textContent("#check"), "Check");
  await dragAcross(page, "市财政局");
  await page.keyboard.press("a");
  await page.click("#check");
  const items = await page.$$eval("#results li", (l) => l.map((x) => x.textContent));
  assert.ok(items.some((x) => x.includes("Level differs: you said unspecified, the key says municipal")), items.join("\n"));
  const options = await page.$$eval("mark-editor [name=level] option", (o) => o.map((x) => x.textContent));
  assert.ok(options.includes("all levels"), options.join(","));
  assert.deepEqual(problems, []);
  await context.close();
});

test("teacher tools: marks told apart, picked from the text or the list, a wide class table that counts a student once and empties for a new text", async () => {
  const text = policyText(12);
  const county = "北川县";
  const key = [];
  for (let i = text.indexOf(county); i >= 0; i = text.indexOf(county, i + 1)) key.push({ kind: "actor", start: i, end: i + county.length, role: "responsible", level: "county" });
  const exercise = newExercise(text, key, "");
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 800 } });
  const { page, problems } = await open(context, `${env.base}www/classroom.html`);
  await asTeacher(page, exercise);
  const entries = await page.$$eval("#marks li", (l) => l.map((x) => x.textContent));
  assert.ok(entries.length > 5);
  assert.equal(new Set(entries).size, entries.length, "namesakes are told apart");

  await page.click("#marks li:last-child button.pick");
  const last = key.at(-1);
  assert.ok(await page.evaluate((s) => {
    const span = [...document.querySelectorAll("#sheet .sheet-text span")].find((x) => Number(x.dataset.start) === s);
    const r = span.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, last.start), "picking in the list brings the mark into view");
  await page.evaluate(() => scrollTo(0, 0));
  const second = key[1];
  await page.evaluate((s) => [...document.querySelectorAll("#sheet .sheet-text span")].find((x) => Number(x.dataset.start) === s).scrollIntoView({ block: "center" }), second.start);
  await page.click(`#sheet .sheet-text span[data-start="${second.start}"]`);
  assert.equal(await page.$eval("mark-editor .quote", (q) => q.textContent), `“${county}”`);
  assert.equal(await page.getAttribute("#marks li.current button", "data-id") !== null, true, "a click in the text picks the mark");

  const answers = answersFile(exercise.hash, "甲", key.slice(0, 3));
  await page.setInputFiles("#class-files", [json("a.json", answers), json("b.json", answersFile(exercise.hash, "乙", key))]);
  await page.waitForSelector("#class-students");
  await page.setInputFiles("#class-files", [json("a.json", answers)]);
  await page.waitForFunction(() => /之前已载入/.test(document.getElementById("message").textContent));
  const students = await page.$$eval("#class-students tbody th", (t) => t.map((x) => x.textContent));
  assert.deepEqual(students, ["甲", "乙"], "a file loaded twice counts once");
  const header = await page.$$eval("#class-students thead th", (t) => t.map((x) => x.textContent));
  assert.deepEqual(header, ["学生", "类别", "标注数", "精确率", "召回率", "F1", "属性一致"]);
  const row = await page.$$eval('#class-students tr[data-student="甲"][data-kind="actor"] td', (t) => t.map((x) => x.textContent));
  assert.deepEqual(row, ["责任主体", "3", "100%", `${Math.round((300 / key.length))}%`, `${Math.round(100 * (2 * 3 / key.length) / (1 + 3 / key.length))}%`, "100%"]);
  assert.ok(await page.$eval("#class-students", (t) => t.getBoundingClientRect().width) > 600, "the table has the wide column");

  await page.click("#new-exercise summary");
  await page.fill("#paste-text", TEXT);
  page.once("dialog", () => {});
  await page.click("#from-paste");
  await page.waitForSelector("#ask[open]");
  await page.click("#ask button[value=ok]");
  await page.waitForFunction(() => document.querySelector("#sheet .sheet-text").textContent.startsWith("东山县"));
  assert.equal(await page.$$eval("#class-students", (t) => t.length), 0, "a new text starts an empty class table");
  assert.deepEqual(problems, []);
  await context.close();
});

test("exports: answers and class CSVs read back through a CSV parser, named after the student or the text", async () => {
  const text = "东山县要建设“文化广场”，\n并设立“书屋, 阅览室”。";
  const exercise = newExercise(text, [{ kind: "measure", start: 4, end: 12, instrument: "supply" }], "");
  const context = await env.browser.newContext({ acceptDownloads: true });
  const { page, problems } = await open(context, `${env.base}www/classroom.html${await exerciseFragment({ ...exercise, teacher: false })}`);
  await dragAcross(page, "建设“文化广场”，\n并设立“书屋, 阅览室”", text);
  await page.keyboard.press("m");
  await page.fill("#student", "李四");
  const save = async (selector) => {
    const [d] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
    return { name: d.suggestedFilename(), body: readFileSync(await d.path(), "utf8") };
  };
  const csv = await save("#export-answers-csv");
  assert.equal(csv.name, "李四.csv");
  assert.ok(csv.body.startsWith("\uFEFF"));
  const rows = parse(csv.body, { bom: true, columns: true });
  assert.equal(rows[0].text, "建设“文化广场”，\n并设立“书屋, 阅览室”");
  assert.equal((await save("#export-answers")).name, "李四.json");
  const annotations = JSON.parse((await save("#export-answers-annotations")).body);
  assert.equal(annotations[0].target.selector[0].exact, rows[0].text);
  assert.equal(annotations[0].creator.name, "李四");

  await asTeacher(page, { ...exercise, teacher: true });
  await page.setInputFiles("#class-files", [json("x.json", answersFile(exercise.hash, "王\"五\", 班长", exercise.key))]);
  await page.waitForSelector("#class-students");
  const scores = await save("#class-csv");
  const back = parse(scores.body, { bom: true, columns: true });
  assert.equal(back[0].student, "王\"五\", 班长");
  assert.equal(back.length, 4, "one row per kind");
  const spans = parse((await save("#spans-csv")).body, { bom: true, columns: true });
  assert.equal(spans[0].text, text.slice(4, 12));
  assert.ok(scores.name.startsWith("东山县要建设“文化广场”"), scores.name);
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a phone the toolbar and the current mark stay on screen, and a tap selects a sentence", async () => {
  const text = policyText(6);
  const context = await env.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const { page, problems } = await open(context, `${env.base}www/classroom.html${await exerciseFragment({ ...newExercise(text, [], ""), teacher: false })}`);
  await page.evaluate(() => scrollTo(0, 900));
  const y = await page.evaluate(() => Math.max(document.getElementById("tools").getBoundingClientRect().bottom + 40, 420));
  await page.touchscreen.tap(120, y);
  const selected = await page.evaluate(() => getSelection().toString());
  assert.ok(selected.length > 10 && /[。：]$/.test(selected.trim()), `a tap selects its sentence: ${selected}`);
  await page.tap('[data-label="actor"]');
  const onScreen = await page.evaluate(() => ["tools", "editor"].map((id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }));
  assert.deepEqual(onScreen, [true, true], "the toolbar and the mark's attributes are on screen");
  assert.equal(await page.$eval("mark-editor .quote", (q) => q.textContent), `“${selected.trim()}”`);
  assert.deepEqual(problems, []);
  await context.close();
});
