// @ts-check
// The widget's own sentences, beside the shared interface strings of www/i18n.js (which
// hold everything else the panel says).

/** @typedef {import("../i18n.js").Lang} Lang */

const MEGABYTE = 1024 * 1024;

/** @param {number} n */
const megabytes = (n) => (n / MEGABYTE).toFixed(1);

/** How much of the download has come: a percentage when the total is known, else megabytes. */
const amount = (/** @type {number} */ received, /** @type {number | null} */ total) => (total
  ? `${Math.min(99, Math.floor((100 * received) / total))}%`
  : `${megabytes(received)} MB`);

const SENTENCES = {
  zh: {
    downloading: "正在下载分析器…",
    downloaded: amount,
    waiting: "正在等待文章内容；文章出现后自动分析。",
    findings: "指令一览",
  },
  en: {
    downloading: "Downloading the analyzer…",
    downloaded: amount,
    waiting: "Waiting for the article: it is analysed as soon as it appears.",
    findings: "Directives",
  },
};

/**
 * The widget's own sentences in `lang`.
 * @param {Lang} lang
 */
export function widgetSentences(lang) {
  return SENTENCES[lang];
}
