// @ts-check
// The one CSV writer: RFC 4180 (CRLF line ends; a field with a comma, quote or line break
// quoted, its quotes doubled), a UTF-8 byte-order mark so that spreadsheet programs read
// Chinese as UTF-8, and cells that a spreadsheet would run as a formula neutralised.

const BOM = "\uFEFF";

/**
 * One cell: numbers as they are; text starting with =, +, -, @ (or a tab or carriage
 * return, which some spreadsheets skip before those) gets a leading apostrophe so that it
 * stays text; quoted when RFC 4180 needs it.
 * @param {unknown} value
 */
export function csvCell(value) {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value !== "number" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * A CSV document: the header row, then one row per record, with the byte-order mark.
 * @param {string[]} header
 * @param {unknown[][]} rows
 */
export function toCsv(header, rows) {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
