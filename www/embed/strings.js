// @ts-check
// The widget's own sentences, beside the shared interface strings of www/i18n.js (which
// hold everything else the panel says).

/** @typedef {import("../i18n.js").Lang} Lang */

const MEGABYTE = 1024 * 1024;

/** @param {number} n */
const megabytes = (n) => (n / MEGABYTE).toFixed(1);

const SENTENCES = {
  zh: {
    /** @param {number} received @param {number | null} total */
    downloading: (received, total) => (total
      ? `正在下载分析器… ${Math.min(99, Math.floor((100 * received) / total))}%`
      : `正在下载分析器… ${megabytes(received)} MB`),
    waiting: "正在等待文章内容；文章出现后自动分析。",
    findings: "指令一览",
  },
  en: {
    /** @param {number} received @param {number | null} total */
    downloading: (received, total) => (total
      ? `Downloading the analyzer… ${Math.min(99, Math.floor((100 * received) / total))}%`
      : `Downloading the analyzer… ${megabytes(received)} MB`),
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
