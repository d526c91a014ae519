// The texts the bench analyses, chosen once per run and written to target/bench/input/, so
// that criterion (benches/analyze.rs), Node and Chromium all read the same bytes:
//   dev.json            the dev corpus, [{ name, text }] in name order
//   unlabeled-1mb.txt   whole texts of ../shared/corpus/unlabeled in name order, joined by
//                       a line break, up to the first that reaches 1 MiB (real text: no
//                       text twice)
//   widget-host.html    a page whose article is the unlabeled text nearest to 6,000
//                       characters, with the widget above it

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const MIB = 1 << 20;
/** Where the texts go, from the project's root (benches/analyze.rs reads them there too). */
export const INPUT = "target/bench/input";
/** The files written there. */
export const FILES = { dev: "dev.json", big: "unlabeled-1mb.txt", host: "widget-host.html" };
/** The length of the widget's article, in characters. */
const ARTICLE_CHARS = 6000;

/** The `.txt` files of `dir`, in name order, as `{ name, text }`. */
function textsOf(dir) {
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}

/** `s` as HTML text. @param {string} s */
const html = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A host page for the widget: the text as its article, the first line its heading. */
function hostPage(text) {
  const [title, ...body] = text.split("\n").map((l) => l.trim()).filter(Boolean);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>${html(title)}</title>
<script type="module" src="/www/embed/policy-lens-embed.js"></script>
</head><body>
<p class="byline"><policy-lens-widget for="article"></policy-lens-widget></p>
<article id="article">
<h1>${html(title)}</h1>
${body.map((line) => `<p>${html(line)}</p>`).join("\n")}
</article>
</body></html>
`;
}

/**
 * Chooses the texts and writes them to INPUT (see above). Returns what the report says of
 * them: the dev corpus's size, the 1 MB text's, and the name of the widget's article.
 * @param {string} root the project's root
 */
export function writeTexts(root) {
  const out = join(root, INPUT);
  const dev = textsOf(join(root, "..", "shared", "corpus", "dev"));
  const unlabeled = textsOf(join(root, "..", "shared", "corpus", "unlabeled"));
  const taken = [];
  let bytes = 0;
  for (const t of unlabeled) {
    if (bytes >= MIB) break;
    taken.push(t.text);
    bytes += Buffer.byteLength(t.text) + 1;
  }
  const big = taken.join("\n");
  const article = unlabeled.reduce((a, b) => (Math.abs(b.text.length - ARTICLE_CHARS) < Math.abs(a.text.length - ARTICLE_CHARS) ? b : a));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, FILES.dev), JSON.stringify(dev));
  writeFileSync(join(out, FILES.big), big);
  writeFileSync(join(out, FILES.host), hostPage(article.text));
  return {
    dev: { texts: dev.length, bytes: dev.reduce((n, d) => n + Buffer.byteLength(d.text), 0) },
    big: { texts: taken.length, bytes: Buffer.byteLength(big) },
    article: article.name,
  };
}
