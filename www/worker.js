// @ts-check
// Analyses long texts off the main thread, so that the page stays responsive. Messages in:
// { id, text }; out: { id, analysis } or { id, error }. The page cancels a run, and
// discards a worker that failed, by terminating it.

import { loadAnalyzer } from "./analyzer.js";

const ready = loadAnalyzer();

self.onmessage = async ({ data: { id, text } }) => {
  try {
    const analyzer = await ready;
    self.postMessage({ id, analysis: analyzer.analyze(text, {}) });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
