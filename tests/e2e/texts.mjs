// Invented policy texts for the end-to-end tests (never strings of the dev corpora): a
// numbered document of any length, whose headings include noun-phrase points that are no
// directive, with actors, measures and targets in every point.

const COUNTIES = ["东山县", "西河县", "南岭县", "北川县", "青石县", "白杨县", "红柳县", "金沙县"];
const WORKS = ["建设乡村文化广场", "设立农家书屋", "开展送戏下乡活动", "完善公共文化服务网络", "培训基层文化骨干", "修缮历史文化街区"];
const PEOPLE = ["留守儿童", "困难老人", "残疾人", "返乡青年"];
const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** The n-th Chinese ordinal, for headings past ten too (十一, 十二 …). @param {number} n */
function numeral(n) {
  if (n <= 10) return NUMERALS[n - 1];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? NUMERALS[tens - 1] : ""}十${n % 10 ? NUMERALS[(n % 10) - 1] : ""}`;
}

/**
 * A document of `sections` numbered points: each opens with a noun-phrase heading (no
 * directive), then `points` directives with a responsible county, a measure and a target.
 * @param {number} sections @param {number} [points]
 */
export function policyText(sections, points = 3) {
  const lines = ["关于推进乡村文化振兴的实施意见", "各县人民政府，市直各有关部门：", "现就推进乡村文化振兴提出如下意见。"];
  for (let s = 1; s <= sections; s++) {
    lines.push(`${numeral(s)}、第${s}方面的工作安排`);
    for (let p = 0; p < points; p++) {
      const county = COUNTIES[(s + p) % COUNTIES.length];
      const work = WORKS[(s * points + p) % WORKS.length];
      const people = PEOPLE[(s + 2 * p) % PEOPLE.length];
      lines.push(`${county}要${work}，为${people}提供便利，并于年底前完成第${s}批任务。`);
    }
    lines.push(`市文化和旅游局要加强督促检查，严禁弄虚作假。`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `length` characters that compress as badly as real prose: common CJK characters drawn by a
 * fixed pseudo-random sequence, a full stop every 20 and a line break every 100.
 * @param {number} length
 */
export function proseLike(length) {
  let seed = 12345;
  let out = "";
  while (out.length < length) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const n = out.length + 1;
    out += n % 100 === 0 ? "\n" : n % 20 === 0 ? "。" : String.fromCharCode(0x4e00 + (seed % 3000));
  }
  return out;
}
