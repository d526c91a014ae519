// A static server as a site that installed the widget would run it: each URL prefix maps to
// a folder; a file's .br or .gz is sent in its place where the browser accepts it (with
// Content-Encoding); hashed names may be kept for a year, the rest is revalidated. It
// records every response, so that tests can say what went over the wire.

import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json", ".txt": "text/plain; charset=utf-8",
  ".png": "image/png", ".svg": "image/svg+xml",
};

/**
 * Serves `routes` ([URL prefix, folder] pairs, the longest prefix first) on a free
 * loopback port. Returns `{ base, sent, close }`: `sent` lists `{ path, encoding, bytes }`
 * for each response, in order.
 * @param {[string, string][]} routes
 */
export async function serve(routes) {
  const sent = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const route = routes.find(([prefix]) => path.startsWith(prefix));
    let file = route && normalize(join(route[1], path.slice(route[0].length)));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!route || !file.startsWith(normalize(route[1])) || !existsSync(file)) {
      res.writeHead(404).end();
      sent.push({ path, encoding: null, bytes: 0, status: 404 });
      return;
    }
    const accepts = req.headers["accept-encoding"] ?? "";
    const encoding = ["br", "gzip"].find((e) => accepts.includes(e) && existsSync(`${file}.${e === "br" ? "br" : "gz"}`)) ?? null;
    const body = readFileSync(encoding ? `${file}.${encoding === "br" ? "br" : "gz"}` : file);
    const headers = {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": body.length,
      "Cache-Control": /-[0-9a-f]{10}(\.|\/)/.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
      Vary: "Accept-Encoding",
    };
    if (encoding) headers["Content-Encoding"] = encoding;
    res.writeHead(200, headers).end(body);
    sent.push({ path, encoding, bytes: body.length, status: 200 });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    sent,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
