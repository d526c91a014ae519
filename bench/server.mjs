// The bench's static server: the project's root on a loopback port, as a real site would
// serve it — keep-alive connections, the right MIME types (application/wasm for
// instantiateStreaming), brotli (or gzip) wherever the browser accepts it, and ETags, so
// that a file fetched twice in one page (the widget's prefetched wasm) comes once. The files
// of the folders the bench loads are read and compressed once, at start, so that no timed
// request waits for a compressor; compressed copies are kept in target/bench/compressed/
// by content hash, so that a later run compresses only what changed.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json", ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png",
};
const COMPRESSED = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".txt", ".svg"]);

/** The SHA-256 of `data`, in hex: the cache's key and the ETag. */
const hashOf = (data) => createHash("sha256").update(data).digest("hex");

/**
 * `data` as brotli (quality 11, as `make dist` ships it) and gzip (level 9), from the cache
 * (keyed by `key`, the hash of `data`) when it has them.
 */
function compress(data, key, wasm, cache) {
  const squeeze = {
    br: () => brotliCompressSync(data, { params: {
      [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: wasm ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    } }),
    gzip: () => gzipSync(data, { level: 9 }),
  };
  return Object.fromEntries(Object.entries(squeeze).map(([encoding, f]) => {
    const file = join(cache, `${key}.${encoding}`);
    if (!existsSync(file)) writeFileSync(file, f());
    return [encoding, readFileSync(file)];
  }));
}

/** Every file under `dir`, recursively. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * @typedef {object} Entry one served file
 * @property {string} type its Content-Type
 * @property {Buffer} identity its bytes
 * @property {string=} etag the hash of its bytes, quoted
 * @property {Buffer=} br its brotli
 * @property {Buffer=} gzip its gzip
 */

/**
 * Serves `root` on a free loopback port, with the files under `folders` (paths relative
 * to `root`) read and compressed now; any other file is read at request and sent as it is.
 * Resolves to `{ base, entry, close }`: `entry(path)` is the precompressed file at a URL's
 * path (null for any other), for the report's sizes.
 * @param {string} root
 * @param {string[]} folders
 */
export async function serve(root, folders) {
  const cache = join(root, "target", "bench", "compressed");
  mkdirSync(cache, { recursive: true });
  /** @type {Map<string, Entry>} keyed by the path from the root, with "/" */
  const entries = new Map();
  for (const file of folders.flatMap((f) => filesUnder(join(root, f)))) {
    const ext = extname(file);
    const identity = readFileSync(file);
    const hash = hashOf(identity);
    const entry = { type: TYPES[ext] ?? "application/octet-stream", identity, etag: `"${hash}"` };
    if (COMPRESSED.has(ext)) Object.assign(entry, compress(identity, hash, ext === ".wasm", cache));
    entries.set(relative(root, file).split(sep).join("/"), entry);
  }

  /** A URL's path as a path from the root (a folder's, ending in "/", means its index.html). */
  const fromRoot = (path) => {
    const rel = normalize(path).replace(/^\/+/, "");
    return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
  };
  /** The entry for a request's path, or null. */
  const lookUp = (path) => {
    const rel = fromRoot(path);
    const file = join(root, rel);
    if (entries.has(rel)) return entries.get(rel);
    if (!existsSync(file) || statSync(file).isDirectory()) return null;
    return { type: TYPES[extname(file)] ?? "application/octet-stream", identity: readFileSync(file) };
  };

  const server = createServer((req, res) => {
    const entry = lookUp(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!entry) {
      res.writeHead(404).end();
      return;
    }
    if (entry.etag && req.headers["if-none-match"] === entry.etag) {
      res.writeHead(304, { ETag: entry.etag, "Cache-Control": "no-cache" }).end();
      return;
    }
    const accepts = req.headers["accept-encoding"] ?? "";
    const encoding = ["br", "gzip"].find((e) => entry[e] && accepts.includes(e));
    const body = encoding ? entry[encoding] : entry.identity;
    const headers = { "Content-Type": entry.type, "Content-Length": body.length, "Cache-Control": "no-cache", Vary: "Accept-Encoding" };
    if (encoding) headers["Content-Encoding"] = encoding;
    if (entry.etag) headers.ETag = entry.etag;
    res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    /** @param {string} path a URL's path */
    entry: (path) => entries.get(fromRoot(path)) ?? null,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
