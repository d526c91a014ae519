// The sizes the bench reports: the wasm of each, the page's files (the ones Chromium
// loaded), the embed loader, and dist/policy-lens/ when `make dist` built it. Raw, gzip
// and brotli come from the bench server's compressed copies.

import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { MODULES } from "./measure.js";

/** The embed loader, in www/embed/ and in dist/policy-lens/. */
const LOADER = "policy-lens-embed.js";

/** Raw, gzip and brotli bytes of served files, summed. */
function summed(entries) {
  return entries.reduce((n, e) => ({ raw: n.raw + e.identity.length, gzip: n.gzip + e.gzip.length, br: n.br + e.br.length }),
    { raw: 0, gzip: 0, br: 0 });
}

/** The served, compressed file at each URL path; throws for one the server sent as it is. */
function entriesAt(server, paths) {
  return paths.map((p) => {
    const e = server.entry(p);
    if (!e?.br) throw new Error(`${p}: the bench server has no compressed copy (is it outside the folders it precompresses?)`);
    return e;
  });
}

/** What `make dist` built: its loader, the files with a .br beside them (the ones a browser may fetch), and the whole folder. */
function distSizes(root) {
  const dir = join(root, "dist", "policy-lens");
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile());
  const size = (f) => statSync(join(dir, f)).size;
  const served = files.filter((f) => files.includes(`${f}.br`));
  return {
    loader: { raw: size(LOADER), br: size(`${LOADER}.br`) },
    files: files.length,
    bytes: files.reduce((n, f) => n + size(f), 0),
    served: served.length,
    servedRaw: served.reduce((n, f) => n + size(f), 0),
    servedBr: served.reduce((n, f) => n + size(`${f}.br`), 0),
  };
}

/**
 * The sizes, in bytes.
 * @param {string} root the project's root
 * @param {{ entry: (path: string) => any }} server the bench server (bench/server.mjs)
 * @param {string[]} pagePaths the URL paths the page loaded
 */
export function sizes(root, server, pagePaths) {
  const [policyLens, jieba, loader] = entriesAt(server,
    [`/${MODULES["policy-lens"].wasm}`, `/${MODULES.jieba.wasm}`, `/www/embed/${LOADER}`]);
  return {
    wasm: { policyLens: summed([policyLens]), jieba: summed([jieba]) },
    page: { files: pagePaths.length, ...summed(entriesAt(server, pagePaths)) },
    loader: summed([loader]),
    dist: distSizes(root),
  };
}
