// Shared by the end-to-end tests: serves the project on a free loopback port and launches
// Debian's Chromium through playwright-core, recording console errors and any request
// that leaves the page's origin.

import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, tries = 100) {
  for (let i = 0; i < tries; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the static server at ${url} did not start`);
}

/** Starts the server and the browser; `close()` stops both. `base` is the project's root
 * URL: the page is `${base}www/`, the embed demos `${base}www/demo/`. */
export async function start() {
  const port = await freePort();
  const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1"], {
    cwd: ROOT,
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}/`;
  await waitForServer(`${base}www/`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      server.kill();
    },
  };
}

/** A new page that records console errors, page errors and foreign requests. */
export async function watchedPage(context, base) {
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(base).origin;
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol !== "blob:" && url.protocol !== "data:" && url.origin !== origin) {
      problems.push(`request outside the origin: ${r.url()}`);
    }
  });
  return { page, problems };
}
