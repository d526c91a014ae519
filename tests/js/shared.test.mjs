// The shared modules of www/: the CSV writer read back by a real CSV parser, the cut at
// span edges, the Web Annotation export, the link encoding of an exercise, and the
// text-file reader's encodings.

import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { toCsv } from "../../www/csv.js";
import { cutAtSpanEdges } from "../../www/pieces.js";
import { toWebAnnotations } from "../../www/web-annotation.js";
import { strings } from "../../www/i18n.js";
import { decodeTextFile, exerciseFragment, exerciseFromFragment, newExercise } from "../../www/classroom/exercise.js";

test("CSV: quotes, commas and line breaks survive a real parser; a byte-order mark leads", () => {
  const rows = [["他说“要”, \"落实\"", 1], ["两行\n文字", -2], ["=1+1", "+86"], ["@SUM(A1)", "-x"]];
  const csv = toCsv(["text", "n"], rows);
  assert.ok(csv.startsWith("\uFEFF"));
  const back = parse(csv, { bom: true, columns: true });
  assert.deepEqual(back.map((r) => r.text), ["他说“要”, \"落实\"", "两行\n文字", "'=1+1", "'@SUM(A1)"]);
  assert.deepEqual(back.map((r) => r.n), ["1", "-2", "'+86", "'-x"], "numbers stay numbers; text that a spreadsheet would run does not");
});

test("the cut at span edges gives every piece with the spans covering it", () => {
  const spans = [{ start: 0, end: 6, id: "d" }, { start: 0, end: 2, id: "a" }, { start: 4, end: 9, id: "m" }];
  const pieces = cutAtSpanEdges(10, spans);
  assert.deepEqual(pieces.map((p) => [p.start, p.end, p.spans.map((s) => s.id).join("")]),
    [[0, 2, "da"], [2, 4, "d"], [4, 6, "dm"], [6, 9, "m"], [9, 10, ""]]);
  assert.deepEqual(cutAtSpanEdges(3, [{ start: 1, end: 99 }]).map((p) => [p.start, p.end]), [[0, 1], [1, 3]], "spans are clamped to the text");
});

test("Web Annotations: one per mark, quote and position selectors in code points, kind and fields as tags", () => {
  const text = "𠀀甲省要加强监管。";
  const marks = [{ kind: "actor", start: 2, end: 4, attributes: { role: "responsible", level: "provincial" }, rule: "actor-subject" }];
  const [a] = toWebAnnotations(text, marks, { creator: { type: "Software", name: "Policy Lens" }, str: strings("en") });
  assert.equal(a["@context"], "http://www.w3.org/ns/anno.jsonld");
  assert.equal(a.type, "Annotation");
  const [quote, position] = a.target.selector;
  assert.deepEqual(quote, { type: "TextQuoteSelector", exact: "甲省", prefix: "𠀀", suffix: "要加强监管。" });
  assert.deepEqual(position, { type: "TextPositionSelector", start: 1, end: 3 }, "the astral character counts once");
  assert.deepEqual(a.body.filter((b) => b.purpose === "tagging").map((b) => b.value), ["actor", "role:responsible", "level:provincial"]);
});

test("a link carries the exercise exactly, and a cut or altered link is refused whole", async () => {
  const text = "第一行：各地要建设扶贫产业园区。\n第二行：省财政厅要加大资金投入。";
  const ex = { ...newExercise(text, [{ kind: "actor", start: 4, end: 6, role: "responsible", level: "all" },
    { kind: "directive", start: 4, end: 16, force: "prohibition" }], "找出主体。"), teacher: false };
  const fragment = await exerciseFragment(ex);
  assert.match(fragment, /^#e=[A-Za-z0-9_-]+$/);
  const back = await exerciseFromFragment(fragment);
  assert.equal(back?.text, text);
  assert.equal(back?.instructions, "找出主体。");
  assert.deepEqual(back?.key, [...ex.key].sort((a, b) => a.start - b.start));
  assert.equal(back?.teacher, false, "a link opens the students' view");
  for (const bad of [fragment.slice(0, fragment.length - 10), fragment.slice(0, 20), `${fragment.slice(0, 30)}A${fragment.slice(31)}`]) {
    await assert.rejects(exerciseFromFragment(bad), (e) => e.code === "linkDamaged", bad.length);
  }
  assert.equal(await exerciseFromFragment("#top"), null);
});

test("a text file in GBK is read as GBK and says so; an empty one is refused", () => {
  const gbk = Uint8Array.from([0xb8, 0xf7, 0xb5, 0xd8, 0xd2, 0xaa, 0xbc, 0xd3, 0xc7, 0xbf, 0xa1, 0xa3]); // 各地要加强。
  assert.deepEqual(decodeTextFile(gbk.buffer, "a.txt"), { text: "各地要加强。", encoding: "gb18030" });
  const utf8 = new TextEncoder().encode("各地要加强。");
  assert.deepEqual(decodeTextFile(utf8.buffer, "b.txt"), { text: "各地要加强。", encoding: "utf-8" });
  assert.throws(() => decodeTextFile(new Uint8Array([0x20, 0x0a]).buffer, "c.txt"), (e) => e.code === "emptyText");
});

test("the drawable part of an analysis keeps every span that starts in the prefix, at its index", async () => {
  const { drawablePart } = await import("../../www/analysis.js");
  const span = (start, end) => ({ start, end, text: "", rule: "" });
  const analysis = {
    length: 100, directives: [span(0, 10), span(10, 40), span(40, 100)], actors: [span(0, 2), span(12, 14), span(45, 47)],
    measures: [span(20, 30)], targets: [], outline: [], summary: {},
  };
  const part = drawablePart(analysis, 42);
  assert.deepEqual(part.directives, analysis.directives.slice(0, 3), "the one crossing the cut stays: the core skips it");
  assert.deepEqual(part.actors, analysis.actors.slice(0, 2));
  assert.deepEqual(part.measures, analysis.measures);
  assert.equal(part.summary, analysis.summary);
});
