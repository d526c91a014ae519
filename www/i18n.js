// @ts-check
// Interface strings in Chinese and English, as an instance per language: `strings(lang)`.
// The names of kinds, attribute fields, their values and the rules come from the core's
// generated vocabulary; this module holds only the interface's own sentences.

import { LABELS, RULES } from "./pkg/vocabulary.js";

/** @typedef {"zh" | "en"} Lang */

const ZH = {
  title: "政策透镜", subtitle: "看清政策文本：谁要做什么、用什么举措",
  inputHeading: "原文", inputLabel: "粘贴政策文本", analyze: "分析",
  placeholder: "在此粘贴或输入政策文本，例如一篇通知、意见或讲话报道。",
  sample: "载入示例", clear: "清空", toClassroom: "用此文本做课堂练习",
  readingHeading: "标注", legend: "图例（点击切换图层）", summaryHeading: "摘要",
  toSummary: "跳到摘要", toText: "回到原文",
  exportJson: "导出 JSON", exportCsv: "导出 CSV", exportMd: "导出报告", exportAnnotations: "导出 Web 标注", print: "打印",
  privacy: "全部分析在本机浏览器中完成，文本不会发送到任何地方。",
  loading: "正在加载词典…", ready: "就绪", analysing: "正在分析…", empty: "文本为空",
  /** @param {number} n @param {number} ms */
  done: (n, ms) => `已标注 ${n} 处，用时 ${ms} 毫秒`,
  /** @param {number} n @param {string} s */
  working: (n, s) => `正在后台分析 ${n} 字… ${s} 秒`, cancelled: "已取消", cancel: "取消",
  /** @param {number} n @param {number} ms @param {number} d */
  donePart: (n, ms, d) => `已标注 ${n} 处，用时 ${ms} 毫秒（标注显示前 ${d} 字；摘要与导出涵盖全文）`,
  /** @param {string} m */
  failed: (m) => `分析失败：${m}`,
  /** @param {string} m */
  workerDied: (m) => `后台分析意外中止（${m}）。文本可能过长或浏览器内存不足；页面仍可使用，可以删减文本后再试。`,
  workerUnknown: "原因不明",
  saveFailed: "浏览器存储已满，输入未能自动保存",
  counts: "统计", outline: "提纲", who: "谁要做什么", instruments: "政策工具",
  slogans: "口号与提法", keywords: "关键词", issuers: "发布者", dates: "日期", sources: "来源",
  none: "无", actorCol: "主体", directivesCol: "指令", measuresCol: "举措",
  rule: "规则", ruleIds: "显示规则编号", ruleIdsHint: "打开后，悬停提示也显示规则编号。",
  responsible: "责任主体", ofDirective: "所属指令", marker: "标记词", implicit: "隐含",
  focusHint: "点击主体，高亮其全部指令与举措；再点依次跳到下一处",
  /** @param {number} i @param {number} n */
  step: (i, n) => `第 ${i}/${n} 处`,
  /** @param {string} what */
  jumped: (what) => `已跳到：${what}`,
  /** @param {string} what @param {number} n */
  outsideDrawn: (what, n) => `“${what}”在标注显示范围（前 ${n} 字）之外，未能跳转；摘要与导出仍涵盖它。`,
  close: "关闭", classroom: "课堂练习",
  /** @param {number} n */
  more: (n) => `……另有 ${n} 项`,
  switchLanguage: "EN",
  // The classroom.
  classroomTitle: "课堂练习", backToReader: "阅读页", studentView: "学生", teacherView: "教师",
  toTeacher: "编辑答案（教师）", toStudent: "以学生身份试做",
  editingAnswers: "你的标注", editingKey: "答案（教师编辑）", toolbar: "标注工具",
  selectSentence: "选整句", remove: "删除", undo: "撤销", redo: "重做", help: "帮助",
  sheetLabel: "练习原文：选中文字后按 D、A、M 或 T 标注，按 ? 查看全部按键",
  noCurrent: "选中文字后按 D、A、M、T（或点上方按钮）；点击已有标注可修改属性。",
  /** @param {string} kind @param {string} text */
  listItem: (kind, text) => `${kind}：${text}`,
  /** @param {string} s */
  aside: (s) => `（${s}）`,
  /** @param {string} k @param {string} v */
  pair: (k, v) => `${k}：${v}`,
  kindField: "类别", currentMark: "当前标注", marksHeading: "标注列表", noMarks: "还没有标注。",
  /** @param {number} n */
  lineNo: (n) => `第 ${n} 行`,
  /** @param {string} s */
  before: (s) => `后接“${s}”`,
  studentName: "姓名", check: "检查", exportAnswers: "导出答案 JSON", exportAnswersCsv: "导出答案 CSV",
  exportAnswersAnnotations: "导出 Web 标注", importAnswers: "导入答案",
  checkHeading: "检查结果", checkInText: "原文中也标出了结果：绿框一致，黄底多标，红色波浪线漏标。",
  precision: "精确率", recall: "召回率", f1: "F1", agreement: "属性一致", agreed: "一致", extra: "多标", missed: "漏标",
  /** @param {string} f @param {string} mine @param {string} key */
  differs: (f, mine, key) => `${f}不同：你标“${mine}”，答案是“${key}”`,
  keyHeading: "答案", exerciseHeading: "练习（教师）", machineKey: "用机器分析作答案",
  confirmMachineKey: "用机器分析替换当前答案？你对答案的修改会被覆盖（之后可按撤销恢复）。",
  instructionsLabel: "说明", keyHiddenLabel: "检查前隐藏答案",
  keyNotSecret: "注意：答案随练习文件和链接一起发给学生，在学生端只是隐藏，并非保密。",
  exportKeyAnnotations: "导出答案（Web 标注）", exportTeacher: "导出教师文件（可再编辑）", exportStudent: "导出学生练习文件", makeLink: "生成学生链接",
  copyLink: "复制链接", copied: "链接已复制", copyFailed: "无法自动复制，请选中链接后手动复制",
  /** @param {number} n */
  linkLength: (n) => `链接长 ${n} 个字符。`,
  /** @param {number} n */
  linkTooLong: (n) => `链接长 ${n} 个字符，超过多数聊天软件和二维码能承载的长度（约 2,000）；请改发学生练习文件。`,
  linkPreferFile: "文本超过约 1,000 字时，建议发学生练习文件，而不是链接。",
  printWorksheet: "打印练习纸", worksheet: "练习纸", fieldsCol: "属性",
  classHeading: "全班", classFiles: "载入学生答案（可多选）", classEmpty: "尚未载入学生答案。",
  studentCol: "学生", marksCol: "标注数", keySpanCol: "答案中的标注",
  /** @param {number} n */
  foundCol: (n) => `找到的人数 / ${n}`,
  exportClassCsv: "导出成绩 CSV", exportSpansCsv: "导出各标注 CSV",
  /** @param {string} s */
  replacedStudent: (s) => `“${s}”的答案之前已载入，已用新文件替换，不重复计数。`,
  startHeading: "打开或新建练习", openExercise: "打开练习文件", newExercise: "新建练习（教师）",
  pasteLabel: "粘贴练习文本", fromPaste: "用粘贴的文本新建", openTxt: "打开文本文件（.txt）",
  /** @param {string} t */
  myTeacherExercise: (t) => `回到我的教师练习：${t}`,
  /** @param {string} t */
  confirmReplace: (t) => `新练习会替换本浏览器中的教师练习“${t}”。如果还没导出教师文件，请先取消并导出。要继续吗？`,
  ok: "确定",
  helpHeading: "按键", helpSelect: "鼠标拖选，或 Shift + 方向键：选中一段文字", helpLabel: "D A M T：标为指令 / 责任主体 / 举措 / 政策对象（未选中时 D 标出光标所在整句）",
  helpSentence: "S：选中光标所在整句；手机上点一下句子即选中整句", helpMove: "← →：移动一个字；Ctrl + ← →：移动一个词；↑ ↓：上一句 / 下一句；Home End：行首 / 行尾",
  helpPick: "Enter 或点击：选中光标处的标注（再按一次选外层标注）", helpDelete: "Delete 或 Backspace（在原文或标注列表中）：删除当前标注",
  helpUndo: "Ctrl+Z / Ctrl+Y：撤销 / 重做", helpHelp: "?：打开帮助；Esc：关闭",
  /** @param {string} name */
  gbkNotice: (name) => `“${name}”不是 UTF-8 编码，已按 GBK（GB18030）读入；请核对文字是否正确。`,
  readerEmpty: "阅读页没有文本，无法新建练习。", pasteEmpty: "请先粘贴练习文本。",
  selectFirst: "先选中一段文字（或按 S 选中整句）。",
  answersKept: "你的标注没有改变。", exerciseKept: "当前练习没有改变。", noExercise: "没有打开练习。请打开练习文件，或由老师新建练习。",
  formatExercise: "学生练习文件", formatTeacher: "教师文件", formatAnswers: "答案文件",
  /** @param {Record<string, any>} d */
  problem_tooLarge: (d) => `“${d.name}”太大（${d.kb} KB；最多 ${d.mb} MB）。`,
  /** @param {Record<string, any>} d */
  problem_notJson: (d) => `“${d.name}”不是完整的 JSON 文件，可能被截断或已损坏。`,
  /** @param {Record<string, any>} d */
  problem_notPolicyLens: (d) => `“${d.name}”不是政策透镜的文件。`,
  /** @param {Record<string, any>} d */
  problem_wrongFormat: (d) => `“${d.name}”是${d.actual}，不是${d.expected}。`,
  /** @param {Record<string, any>} d */
  problem_version: (d) => `“${d.name}”的格式版本是 ${d.version}，本页只读版本 ${d.supported}。`,
  /** @param {Record<string, any>} d */
  problem_noText: (d) => `“${d.name}”里没有文本。`,
  /** @param {Record<string, any>} d */
  problem_damaged: (d) => `“${d.name}”已损坏：文本与校验值不符。`,
  /** @param {Record<string, any>} d */
  problem_noMarks: (d) => `“${d.name}”没有标注列表。`,
  /** @param {Record<string, any>} d */
  problem_badKind: (d) => `“${d.name}”的第 ${d.n} 个标注类别“${d.kind}”未知。`,
  /** @param {Record<string, any>} d */
  problem_outside: (d) => `“${d.name}”的第 ${d.n} 个标注超出了文本（${d.start}..${d.end}）。`,
  /** @param {Record<string, any>} d */
  problem_badValue: (d) => `“${d.name}”的第 ${d.n} 个标注的${d.field}值“${d.value}”未知。`,
  /** @param {Record<string, any>} d */
  problem_otherText: (d) => `“${d.name}”是为另一篇文本做的答案。`,
  /** @param {Record<string, any>} d */
  problem_emptyText: (d) => `“${d.name}”是空文件，没有可练习的文本。`,
  problem_linkDamaged: () => "这个链接不完整或已损坏（可能在转发时被截断），所以没有打开任何练习。请向老师要完整的链接或学生练习文件。",
  storageFullClass: "浏览器存储已满，未能自动保存。",
};

/** @type {typeof ZH} */
const EN = {
  title: "Policy Lens", subtitle: "See what a policy text orders, by whom, and by which measures",
  inputHeading: "Text", inputLabel: "Paste a policy text", analyze: "Analyze",
  placeholder: "Paste or type a Chinese policy text here, such as a notice, an opinion or a report of a speech.",
  sample: "Load the sample", clear: "Clear", toClassroom: "Make a classroom exercise of this text",
  readingHeading: "Annotated text", legend: "Legend (click to toggle a layer)", summaryHeading: "Summary",
  toSummary: "Skip to the summary", toText: "Back to the text",
  exportJson: "Export JSON", exportCsv: "Export CSV", exportMd: "Export report", exportAnnotations: "Export Web Annotations", print: "Print",
  privacy: "Everything is analysed in this browser; the text is sent nowhere.",
  loading: "Loading the dictionary…", ready: "Ready", analysing: "Analysing…", empty: "The text is empty",
  done: (n, ms) => `${n} spans marked in ${ms} ms`,
  working: (n, s) => `Analysing ${n} characters in the background… ${s} s`, cancelled: "Cancelled", cancel: "Cancel",
  donePart: (n, ms, d) => `${n} spans marked in ${ms} ms (highlights show the first ${d} characters; the summary and exports cover it all)`,
  failed: (m) => `Analysis failed: ${m}`,
  workerDied: (m) => `The background analysis stopped unexpectedly (${m}). The text may be too long or the browser out of memory; the page still works, and you can shorten the text and try again.`,
  workerUnknown: "no reason given",
  saveFailed: "Browser storage is full: your text was not autosaved",
  counts: "Counts", outline: "Outline", who: "Who must do what", instruments: "Policy instruments",
  slogans: "Slogans and formulas", keywords: "Keywords", issuers: "Issuers", dates: "Dates", sources: "Sources",
  none: "none", actorCol: "Actor", directivesCol: "Directives", measuresCol: "Measures",
  rule: "Rule", ruleIds: "Show rule ids", ruleIdsHint: "When open, the hover details show rule ids too.",
  responsible: "Responsible", ofDirective: "Directive", marker: "Marker", implicit: "implicit",
  focusHint: "Click an actor to highlight all it must do; click again to step to the next place",
  step: (i, n) => `place ${i} of ${n}`,
  jumped: (what) => `Moved to: ${what}`,
  outsideDrawn: (what, n) => `“${what}” lies beyond the highlighted part (the first ${n} characters), so the view cannot move there; the summary and exports still cover it.`,
  close: "Close", classroom: "Classroom",
  more: (n) => `… and ${n} more`,
  switchLanguage: "中文",
  classroomTitle: "Classroom", backToReader: "Reader", studentView: "Student", teacherView: "Teacher",
  toTeacher: "Edit the key (teacher)", toStudent: "Try it as a student",
  editingAnswers: "Your marks", editingKey: "The key (teacher editing)", toolbar: "Marking tools",
  selectSentence: "Select sentence", remove: "Delete", undo: "Undo", redo: "Redo", help: "Help",
  sheetLabel: "Exercise text: select a stretch and press D, A, M or T to label it; press ? for all keys",
  noCurrent: "Select a stretch, then press D, A, M or T (or a button above); click a mark to change its attributes.",
  listItem: (kind, text) => `${kind}: ${text}`,
  aside: (s) => ` (${s})`,
  pair: (k, v) => `${k}: ${v}`,
  kindField: "Kind", currentMark: "Current mark", marksHeading: "Marks", noMarks: "No marks yet.",
  lineNo: (n) => `line ${n}`,
  before: (s) => `before “${s}”`,
  studentName: "Name", check: "Check", exportAnswers: "Export answers (JSON)", exportAnswersCsv: "Export answers (CSV)",
  exportAnswersAnnotations: "Export Web Annotations", importAnswers: "Import answers",
  checkHeading: "Check", checkInText: "The text shows the result too: green box agreed, amber background extra, red wavy line missed.",
  precision: "Precision", recall: "Recall", f1: "F1", agreement: "Attributes agree", agreed: "agreed", extra: "extra", missed: "missed",
  differs: (f, mine, key) => `${f} differs: you said ${mine}, the key says ${key}`,
  keyHeading: "Key", exerciseHeading: "Exercise (teacher)", machineKey: "Use the machine analysis as the key",
  confirmMachineKey: "Replace the key with the machine analysis? Your corrections to the key will be overwritten (Undo brings them back).",
  instructionsLabel: "Instructions", keyHiddenLabel: "Hide the key until Check",
  keyNotSecret: "Note: the key travels with the exercise file and the link; in the student view it is hidden, not secret.",
  exportKeyAnnotations: "Export the key (Web Annotations)", exportTeacher: "Export the teacher file (editable)", exportStudent: "Export the students' exercise file", makeLink: "Make a student link",
  copyLink: "Copy the link", copied: "Link copied", copyFailed: "Could not copy automatically: select the link and copy it by hand",
  linkLength: (n) => `The link is ${n} characters long.`,
  linkTooLong: (n) => `The link is ${n} characters long, more than most chat apps and QR codes carry (about 2,000): send the students' exercise file instead.`,
  linkPreferFile: "For a text over about 1,000 characters, send the students' exercise file rather than a link.",
  printWorksheet: "Print a worksheet", worksheet: "Worksheet", fieldsCol: "Attributes",
  classHeading: "Class", classFiles: "Load students' answers (several at once)", classEmpty: "No answers loaded yet.",
  studentCol: "Student", marksCol: "Marks", keySpanCol: "Key span",
  foundCol: (n) => `Found by / ${n}`,
  exportClassCsv: "Export scores (CSV)", exportSpansCsv: "Export key spans (CSV)",
  replacedStudent: (s) => `Answers of “${s}” were loaded before: the new file replaced them, counted once.`,
  startHeading: "Open or make an exercise", openExercise: "Open an exercise file", newExercise: "New exercise (teacher)",
  pasteLabel: "Paste the exercise text", fromPaste: "New exercise from the pasted text", openTxt: "Open a text file (.txt)",
  myTeacherExercise: (t) => `Back to my teacher exercise: ${t}`,
  confirmReplace: (t) => `The new exercise replaces your teacher exercise “${t}” in this browser. If you have not exported its teacher file, cancel and export it first. Go on?`,
  ok: "OK",
  helpHeading: "Keys", helpSelect: "Drag with the mouse, or Shift + arrows: select a stretch", helpLabel: "D A M T: label it directive / actor / measure / target (with nothing selected, D labels the caret's whole sentence)",
  helpSentence: "S: select the caret's whole sentence; on a phone, tap a sentence to select it", helpMove: "← →: one character; Ctrl + ← →: one word; ↑ ↓: previous / next sentence; Home End: start / end of the line",
  helpPick: "Enter or click: pick the mark at the caret (again: the mark around it)", helpDelete: "Delete or Backspace (in the text or the list of marks): remove the current mark",
  helpUndo: "Ctrl+Z / Ctrl+Y: undo / redo", helpHelp: "?: this help; Esc: close it",
  gbkNotice: (name) => `“${name}” is not UTF-8: it was read as GBK (GB18030); check that the text reads right.`,
  readerEmpty: "The reader page holds no text to make an exercise of.", pasteEmpty: "Paste the exercise text first.",
  selectFirst: "Select a stretch first (or press S for the whole sentence).",
  answersKept: "Your marks are unchanged.", exerciseKept: "The current exercise is unchanged.", noExercise: "No exercise is open. Open an exercise file, or make one as the teacher.",
  formatExercise: "a students' exercise file", formatTeacher: "a teacher file", formatAnswers: "an answer file",
  problem_tooLarge: (d) => `“${d.name}” is too large (${d.kb} KB; at most ${d.mb} MB).`,
  problem_notJson: (d) => `“${d.name}” is not a complete JSON file: it may be truncated or corrupted.`,
  problem_notPolicyLens: (d) => `“${d.name}” is not a Policy Lens file.`,
  problem_wrongFormat: (d) => `“${d.name}” is ${d.actual}, not ${d.expected}.`,
  problem_version: (d) => `“${d.name}” has format version ${d.version}; this page reads version ${d.supported}.`,
  problem_noText: (d) => `“${d.name}” holds no text.`,
  problem_damaged: (d) => `“${d.name}” is damaged: its text does not match its hash.`,
  problem_noMarks: (d) => `“${d.name}” has no list of marks.`,
  problem_badKind: (d) => `Mark ${d.n} of “${d.name}” has an unknown kind “${d.kind}”.`,
  problem_outside: (d) => `Mark ${d.n} of “${d.name}” lies outside the text (${d.start}..${d.end}).`,
  problem_badValue: (d) => `Mark ${d.n} of “${d.name}” has an unknown ${d.field} “${d.value}”.`,
  problem_otherText: (d) => `“${d.name}” holds answers to another text.`,
  problem_emptyText: (d) => `“${d.name}” is empty: there is no text to practise on.`,
  problem_linkDamaged: () => "This link is incomplete or damaged (it may have been cut when forwarded), so no exercise was opened. Ask the teacher for the whole link or the students' exercise file.",
  storageFullClass: "Browser storage is full: not autosaved.",
};

/** @typedef {keyof typeof ZH} Key */

/**
 * The interface strings of one language.
 * @typedef {object} Strings
 * @property {Lang} lang the language
 * @property {string} htmlLang its BCP 47 tag for `lang` attributes
 * @property {(key: Key, ...args: any[]) => string} t an interface string; a function entry is called with `args`
 * @property {(kind: string) => string} kind the name of a kind (directive …)
 * @property {(field: string) => string} field the name of an attribute field (force …)
 * @property {(field: string, value: string) => string} value the name of a field's value
 * @property {(rule: string) => string} rule the one-line description of a rule, or its id when the vocabulary has none
 */

/**
 * The interface strings in `lang` ("en" or anything else for Chinese).
 * @param {string | null | undefined} lang
 * @returns {Strings}
 */
export function strings(lang) {
  /** @type {Lang} */
  const code = lang === "en" ? "en" : "zh";
  const messages = code === "en" ? EN : ZH;
  const labels = LABELS[code];
  return {
    lang: code,
    htmlLang: code === "en" ? "en" : "zh-CN",
    t(key, ...args) {
      const s = messages[key];
      return typeof s === "function" ? /** @type {(...a: any[]) => string} */ (s)(...args) : s;
    },
    kind: (kind) => /** @type {Record<string, string>} */ (labels.kind)[kind] ?? kind,
    field: (field) => /** @type {Record<string, string>} */ (labels.field)[field] ?? field,
    value: (field, value) => /** @type {Record<string, Record<string, string>>} */ (labels.value)[field]?.[value] ?? value,
    rule: (rule) => /** @type {Record<string, Record<string, string>>} */ (RULES)[rule]?.[code] ?? rule,
  };
}

const SAVED = "policy-lens:lang";

/** The language the reader chose last time on this site, or Chinese. @returns {Lang} */
export function savedLanguage() {
  try {
    return localStorage.getItem(SAVED) === "en" ? "en" : "zh";
  } catch {
    return "zh";
  }
}

/** Remembers `lang` for the next visit (silently not, where storage is unavailable). @param {Lang} lang */
export function saveLanguage(lang) {
  try { localStorage.setItem(SAVED, lang); } catch { /* not persisted */ }
}

/**
 * Relabels `root`: `data-i18n` sets an element's text, `data-i18n-placeholder` its
 * placeholder, `data-i18n-label` its aria-label; the document's `lang` follows.
 * @param {ParentNode} root
 * @param {Strings} str
 */
export function applyStrings(root, str) {
  /** @param {string} key */
  const text = (key) => str.t(/** @type {Key} */ (key));
  document.documentElement.lang = str.htmlLang;
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = text(/** @type {HTMLElement} */ (el).dataset.i18n ?? "");
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) {
    el.setAttribute("placeholder", text(/** @type {HTMLElement} */ (el).dataset.i18nPlaceholder ?? ""));
  }
  for (const el of root.querySelectorAll("[data-i18n-label]")) {
    el.setAttribute("aria-label", text(/** @type {HTMLElement} */ (el).dataset.i18nLabel ?? ""));
  }
}
