// @ts-check
// The widget's files fetched ahead of the press (from the first hover or focus of a
// button), once per page: the panel's stylesheets, and the wasm, whose progress is told as
// it comes. The wasm's bytes go to the browser's HTTP cache, from which the shared loader
// (www/analyzer.js) takes them when it builds the analyzer.

import { ANALYZER_FOLDER, STYLESHEETS, WASM_BYTES } from "./assets.js";

/**
 * How far the wasm's download is: bytes received, the total when it is known, and whether
 * it has ended.
 * @typedef {{ received: number, total: number | null, done: boolean }} Progress
 */

/** @type {Set<(p: Progress) => void>} */
const listeners = new Set();
/** @type {Progress} */
let progress = { received: 0, total: null, done: false };
/** @type {Promise<CSSStyleSheet[]> | null} */
let sheets = null;
/** @type {Promise<void> | null} */
let wasm = null;

async function fetchOk(/** @type {URL} */ url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response;
}

/**
 * The panel's stylesheets, ready to adopt. Their rem lengths are read as em (of the
 * panel's own 15 px), so that a host's root font size cannot shrink the panel.
 * @returns {Promise<CSSStyleSheet[]>}
 */
export function panelStyles() {
  if (!sheets) {
    sheets = Promise.all(STYLESHEETS.map(async (url) => {
      const text = await (await fetchOk(url)).text();
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text.replace(/(\d*\.?\d+)rem\b/g, "$1em"));
      return sheet;
    }));
    sheets.catch(() => { sheets = null; }); // a failed download is tried again next time
  }
  return sheets;
}

/**
 * The wasm fetched to its end, telling the listeners of `onProgress` as bytes come.
 * @returns {Promise<void>}
 */
export function wasmDownloaded() {
  wasm ??= (async () => {
    const response = await fetchOk(new URL("policy_lens_bg.wasm", ANALYZER_FOLDER));
    // With a Content-Encoding the length is the compressed one, and the body comes decompressed.
    const length = response.headers.get("content-encoding") ? null : Number(response.headers.get("content-length")) || null;
    progress = { received: 0, total: WASM_BYTES ?? length, done: false };
    const reader = /** @type {ReadableStream<Uint8Array>} */ (response.body).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      progress = { received: progress.received + (value?.byteLength ?? 0), total: progress.total, done };
      for (const listen of listeners) listen(progress);
      if (done) break;
    }
  })();
  wasm.catch(() => { wasm = null; }); // a failed download is tried again next time
  return wasm;
}

/** Starts both downloads (a hover or focus on a button calls it). */
export function prefetch() {
  return Promise.all([panelStyles(), wasmDownloaded()]);
}

/**
 * Calls `listen` with the wasm's progress as bytes come, and once now; returns the call
 * that stops it.
 * @param {(p: Progress) => void} listen
 * @returns {() => void}
 */
export function onProgress(listen) {
  listeners.add(listen);
  listen(progress);
  return () => { listeners.delete(listen); };
}
