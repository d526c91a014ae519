// @ts-check
// Analyses long texts off the main thread, so that the page stays responsive. Messages in:
// { id, text }; out: { id, compact } (the analysis as typed arrays, their buffers
// transferred: compact.js turns it back) or { id, error }. The page cancels a run, and
// discards a worker that failed, by terminating it.

import { loadAnalyzer } from "./analyzer.js";
import { buffersOf } from "./compact.js";

const ready = loadAnalyzer();

self.onmessage = async ({ data: { id, text } }) => {
  try {
    const analyzer = await ready;
    const compact = analyzer.analyzeCompact(text);
    self.postMessage({ id, compact }, { transfer: buffersOf(compact) });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
