// Analyses long texts off the main thread, so that the page stays responsive. Messages in:
// { id, text }; out: { id, analysis } or { id, error }. The page cancels a run by
// terminating the worker.

import init, { Analyzer } from "./pkg/policy_lens.js";

const ready = init().then(() => new Analyzer());

self.onmessage = async ({ data: { id, text } }) => {
  try {
    const analyzer = await ready;
    self.postMessage({ id, analysis: analyzer.analyze(text) });
  } catch (e) {
    self.postMessage({ id, error: e.message });
  }
};
