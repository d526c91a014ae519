// The compact analysis (typed arrays from the worker) read back by www/compact.js equals the
// plain analysis, on texts with shared actor lists, markers, astral characters and every kind.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { initSync, Analyzer } from "../../www/pkg/policy_lens.js";
import { expand } from "../../www/compact.js";

initSync({ module: readFileSync(new URL("../../www/pkg/policy_lens_bg.wasm", import.meta.url)) });
const analyzer = new Analyzer();

test("a compact analysis expands to exactly the plain one", () => {
  const texts = [
    "𠀀各县要建设农村冷链物流设施。要开展技能培训，关心困难职工。\n（县民政局负责）",
    "县关于做好秋冬季防火工作的通知\n各乡镇人民政府：\n一、加强巡山护林。严禁野外用火。\n鼓励各村组建护林队。",
  ];
  const dev = new URL("../../../shared/corpus/dev/", import.meta.url);
  for (const f of readdirSync(dev).filter((f) => f.endsWith(".txt"))) texts.push(readFileSync(new URL(f, dev), "utf8"));
  for (const text of texts) {
    const plain = analyzer.analyze(text, {});
    const back = expand(analyzer.analyzeCompact(text, {}), text);
    assert.deepEqual(back, plain, text.slice(0, 20));
  }
});

test("measures asked for without their directives expand alike, linked to none", () => {
  const text = "各县要建设农村冷链物流设施，开展技能培训。";
  const options = { kinds: ["measure"] };
  const plain = analyzer.analyze(text, options);
  assert.deepEqual(plain.measures.map((m) => [m.text, m.directive]), [["建设农村冷链物流设施", null], ["开展技能培训", null]]);
  assert.deepEqual(expand(analyzer.analyzeCompact(text, options), text), plain);
});
