// Interface strings in Chinese and English; the choice persists in localStorage.

const STRINGS = {
  zh: {
    title: "政策透镜", subtitle: "看清政策文本：谁要做什么、用什么举措",
    inputHeading: "原文", inputLabel: "粘贴政策文本", analyze: "分析",
    readingHeading: "标注", legend: "图例（点击切换）", summaryHeading: "摘要",
    directive: "指令", actor: "责任主体", measure: "举措", target: "政策对象",
    exportJson: "导出 JSON", exportCsv: "导出 CSV", exportMd: "导出报告", print: "打印",
    privacy: "全部分析在本机浏览器中完成，文本不会发送到任何地方。",
    loading: "正在加载词典…", ready: "就绪", analysing: "正在分析…",
    done: (n, ms) => `已标注 ${n} 处，用时 ${ms} 毫秒`,
    working: (n, s) => `正在后台分析 ${n} 字… ${s} 秒`, cancelled: "已取消", cancel: "取消",
    partlyDrawn: (n) => `（标注显示前 ${n} 字；摘要与导出涵盖全文）`,
    failed: (m) => `分析失败：${m}`, saveFailed: "浏览器存储已满，输入未能自动保存",
    counts: "统计", outline: "提纲", who: "谁要做什么", instruments: "政策工具",
    slogans: "口号与提法", keywords: "关键词", issuers: "发布者", dates: "日期", sources: "来源",
    none: "无", actorCol: "主体", directivesCol: "指令", measuresCol: "举措",
    force: "效力", role: "角色", level: "层级", instrument: "工具类型", rule: "规则",
    responsible: "责任主体：", ofDirective: "所属指令：", marker: "标记词：", implicit: "隐含",
    obligation: "义务", prohibition: "禁止", encouragement: "鼓励",
    issuer: "发布者", other: "其他",
    central: "中央", provincial: "省级", municipal: "市级", county: "县级", township: "乡镇",
    village: "村级", all: "各级", unspecified: "未指明",
    supply: "供给型", environment: "环境型", demand: "需求型",
    focusHint: "点击主体，高亮其全部指令与举措",
    close: "关闭", classroom: "课堂练习", more: (n) => `……另有 ${n} 项`,
  },
  en: {
    title: "Policy Lens", subtitle: "See what a policy text orders, by whom, and by which measures",
    inputHeading: "Text", inputLabel: "Paste a policy text", analyze: "Analyze",
    readingHeading: "Annotated text", legend: "Legend (click to toggle)", summaryHeading: "Summary",
    directive: "Directive", actor: "Actor", measure: "Measure", target: "Target",
    exportJson: "Export JSON", exportCsv: "Export CSV", exportMd: "Export report", print: "Print",
    privacy: "Everything is analysed in this browser; the text is sent nowhere.",
    loading: "Loading the dictionary…", ready: "Ready", analysing: "Analysing…",
    done: (n, ms) => `${n} spans marked in ${ms} ms`,
    working: (n, s) => `Analysing ${n} characters in the background… ${s} s`, cancelled: "Cancelled", cancel: "Cancel",
    partlyDrawn: (n) => `(highlights show the first ${n} characters; the summary and exports cover it all)`,
    failed: (m) => `Analysis failed: ${m}`, saveFailed: "Browser storage is full: your text was not autosaved",
    counts: "Counts", outline: "Outline", who: "Who must do what", instruments: "Policy instruments",
    slogans: "Slogans and formulas", keywords: "Keywords", issuers: "Issuers", dates: "Dates", sources: "Sources",
    none: "none", actorCol: "Actor", directivesCol: "Directives", measuresCol: "Measures",
    force: "Force", role: "Role", level: "Level", instrument: "Instrument", rule: "Rule",
    responsible: "Responsible: ", ofDirective: "Directive: ", marker: "Marker: ", implicit: "implicit",
    obligation: "obligation", prohibition: "prohibition", encouragement: "encouragement",
    issuer: "issuer", other: "other",
    central: "central", provincial: "provincial", municipal: "municipal", county: "county", township: "township",
    village: "village", all: "all levels", unspecified: "unspecified",
    supply: "supply", environment: "environment", demand: "demand",
    focusHint: "Click an actor to highlight everything it must do",
    close: "Close", classroom: "Classroom", more: (n) => `… and ${n} more`,
  },
};

const KEY = "policy-lens:lang";
let lang = readLang();

function readLang() {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === "zh" || saved === "en") return saved;
  } catch { /* storage may be unavailable */ }
  return "zh";
}

/** The current language, "zh" or "en". */
export function language() {
  return lang;
}

/** The string `key` in the current language; functions are called with `args`. */
export function t(key, ...args) {
  const s = STRINGS[lang][key] ?? STRINGS.zh[key] ?? key;
  return typeof s === "function" ? s(...args) : s;
}

/** Sets the language, remembers it, and relabels every `[data-i18n]` element. */
export function setLanguage(next) {
  lang = next === "en" ? "en" : "zh";
  try { localStorage.setItem(KEY, lang); } catch { /* not persisted */ }
  applyStrings();
}

/** Uses `next` for this page without remembering it (the embedded widget's `lang`). */
export function useLanguage(next) {
  lang = next === "en" ? "en" : "zh";
}

/** Relabels the static interface. */
export function applyStrings() {
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  for (const el of document.querySelectorAll("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n);
  }
  const button = document.getElementById("lang");
  if (button) button.textContent = lang === "en" ? "中文" : "EN";
}
