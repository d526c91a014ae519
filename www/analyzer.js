// @ts-check
// The one analyzer loader. The page, the worker, the classroom and the embedded widget get
// their analyzer here: the wasm module is fetched, compiled and its dictionary built once
// per folder, however many callers ask.

/** @typedef {import("./pkg/policy_lens.js").Analyzer} Analyzer */
/** @typedef {typeof import("./pkg/policy_lens.js")} Glue */

/** @type {Map<string, Promise<Analyzer>>} */
const loading = new Map();

/**
 * The analyzer whose module lies in `folder` (by default www/pkg/ beside this file). A
 * failed load is forgotten, so that a later call tries again.
 * @param {URL | string} [folder] the folder holding policy_lens.js and policy_lens_bg.wasm
 * @returns {Promise<Analyzer>}
 */
export function loadAnalyzer(folder = new URL("./pkg/", import.meta.url)) {
  const href = new URL(folder, import.meta.url).href;
  let analyzer = loading.get(href);
  if (!analyzer) {
    analyzer = (async () => {
      const glue = /** @type {Glue} */ (await import(new URL("policy_lens.js", href).href));
      await glue.default({ module_or_path: new URL("policy_lens_bg.wasm", href) });
      return new glue.Analyzer();
    })();
    analyzer.catch(() => loading.delete(href));
    loading.set(href, analyzer);
  }
  return analyzer;
}
