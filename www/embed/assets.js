// @ts-check
// Where the widget's other files are, relative to this module, in the layout of www/.
// `make dist` bundles the widget with a module of the same exports naming the built,
// content-hashed files instead (scripts/dist.mjs).

/** The folder holding the analyzer: policy_lens.js and policy_lens_bg.wasm. */
export const ANALYZER_FOLDER = new URL("../pkg/", import.meta.url);

/** The panel's stylesheets in cascade order: the shared summary's, then the widget's own. */
export const STYLESHEETS = [new URL("../summary.css", import.meta.url), new URL("./widget.css", import.meta.url)];

/** The wasm's size in bytes as it arrives decompressed, for the progress, where the build knows it. */
export const WASM_BYTES = /** @type {number | null} */ (null);
