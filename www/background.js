// @ts-check
// Long texts analysed in a Web Worker (worker.js): one job at a time, a new job or a
// cancel drops the running one, and a worker that reports an error, throws or dies is
// discarded, its job rejected, and a fresh worker started for the next job.

import { expand } from "./compact.js";

/** @typedef {import("./pkg/policy_lens.js").Analysis} Analysis */

/**
 * @typedef {object} Job
 * @property {number} id
 * @property {string} text
 * @property {(a: Analysis | null) => void} resolve
 * @property {(e: Error) => void} reject
 */

export class BackgroundAnalysis {
  /** @type {Worker | null} */
  #worker = null;
  /** @type {Job | null} */
  #job = null;
  #jobs = 0;
  #url;

  /** @param {URL} url the worker's module */
  constructor(url) {
    this.#url = url;
  }

  /**
   * Analyses `text` in the worker. Resolves with the analysis, or with null when the job is
   * cancelled or replaced by a newer one; rejects when the worker fails.
   * @param {string} text
   * @returns {Promise<Analysis | null>}
   */
  analyse(text) {
    this.cancel();
    const worker = this.#worker ?? this.#spawn();
    const id = ++this.#jobs;
    return new Promise((resolve, reject) => {
      this.#job = { id, text, resolve, reject };
      worker.postMessage({ id, text });
    });
  }

  /** Drops the running job, if any: its promise resolves with null. */
  cancel() {
    const job = this.#job;
    if (!job) return;
    this.#job = null;
    this.#discard();
    job.resolve(null);
  }

  #spawn() {
    const worker = new Worker(this.#url, { type: "module" });
    worker.onmessage = ({ data }) => {
      const job = this.#job;
      if (!job || data.id !== job.id) return;
      this.#job = null;
      if (data.error === undefined) job.resolve(expand(data.compact, job.text));
      else this.#fail(job, String(data.error));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const job = this.#job;
      this.#job = null;
      if (job) this.#fail(job, e.message ?? "");
      else this.#discard();
    };
    worker.onmessageerror = () => {
      const job = this.#job;
      this.#job = null;
      if (job) this.#fail(job, "");
    };
    this.#worker = worker;
    return worker;
  }

  /** @param {Job} job @param {string} message */
  #fail(job, message) {
    this.#discard();
    job.reject(new Error(message));
  }

  #discard() {
    this.#worker?.terminate();
    this.#worker = null;
  }
}
