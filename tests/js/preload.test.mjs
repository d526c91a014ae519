// The page preloads every module it imports, so that they load in one round trip instead
// of one round trip per level of imports.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const www = new URL("../../www/", import.meta.url);

/** Every module reachable from `entry` by static imports, as paths relative to www/. */
function graph(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(new URL(entry, www), "utf8");
  for (const m of source.matchAll(/^import\s[^;]*?from\s+"(\.[^"]+)";/gms)) {
    graph(new URL(m[1], new URL(entry, www)).href.slice(www.href.length), seen);
  }
  return seen;
}

test("index.html preloads every module app.js imports and the wasm glue, and nothing else", () => {
  const html = readFileSync(new URL("index.html", www), "utf8");
  const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]));
  // analyzer.js imports the wasm glue dynamically (its folder is a parameter).
  const imported = graph("app.js").add("pkg/policy_lens.js");
  assert.deepEqual([...imported].sort(), [...preloaded].sort());
});
