// The bench's page in headless Chromium (driven by bench/browser.mjs): one subject of
// bench/measure.js per fresh browser context. Each module is fetched from the bench's
// server and compiled while it streams in (the glue's default export, which uses
// instantiateStreaming), as the page does.

import { MODULES, measure } from "./measure.js";

/** @param {keyof MODULES} module */
async function load(module) {
  const glue = await import(`/${MODULES[module].glue}`);
  const exports = await glue.default({ module_or_path: `/${MODULES[module].wasm}` });
  return { glue, memoryBytes: () => exports.memory.buffer.byteLength };
}

/** The response to `url`; throws when it is not OK. @param {string} url */
async function fetched(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/**
 * Measures `subject` on the texts at the URLs `devUrl` (the dev corpus's JSON) and `bigUrl`
 * (the 1 MB text), fetched first, untimed.
 * @param {string} subject @param {string} devUrl @param {string} bigUrl
 */
window.runBenchmark = async (subject, devUrl, bigUrl) => {
  const dev = await (await fetched(devUrl)).json();
  const big = await (await fetched(bigUrl)).text();
  return measure(subject, load, { dev, big });
};
document.body.dataset.ready = "true";
