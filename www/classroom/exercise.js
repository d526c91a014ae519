// @ts-check
// Exercise and answer files: their formats, validation that names each problem (as a code
// with its details, which the page words in its language), reading a text file in UTF-8 or
// GBK, and the compact link encoding.

import { KINDS } from "../pkg/vocabulary.js";
import { textHash } from "../text-hash.js";
import { isKind, markFields, normaliseMark } from "./mark-fields.js";

/** @typedef {import("./mark-fields.js").ClassMark} ClassMark */

/**
 * An exercise: its text, the key, the teacher's instructions and whether students see the
 * key before Check. `teacher` is true for the teacher's own file, which opens the editing
 * view; students get the same exercise without it.
 * @typedef {object} Exercise
 * @property {string} text
 * @property {string} hash
 * @property {ClassMark[]} key
 * @property {string} instructions
 * @property {boolean} keyHidden
 * @property {boolean} teacher
 */

/** Largest file accepted, in bytes. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const EXERCISE = "policy-lens-exercise";
const TEACHER = "policy-lens-teacher";
const ANSWERS = "policy-lens-answers";
const VERSION = 1;
/** The link format's version, the first entry of its header. */
const LINK_VERSION = 2;

/**
 * A problem with a file or link. `code` names it (the page has a sentence for each) and
 * `details` holds what that sentence needs: `name` (the file), and per code the rest.
 */
export class FileProblem extends Error {
  /** @param {string} code @param {Record<string, string | number>} details */
  constructor(code, details) {
    super(`${code}: ${JSON.stringify(details)}`);
    this.code = code;
    this.details = details;
  }
}

/**
 * @param {unknown} marks
 * @param {number} textLength
 * @param {string} name
 * @returns {ClassMark[]}
 */
function checkMarks(marks, textLength, name) {
  if (!Array.isArray(marks)) throw new FileProblem("noMarks", { name });
  return marks.map((m, i) => {
    const n = i + 1;
    if (!m || !isKind(m.kind)) throw new FileProblem("badKind", { name, n, kind: String(m?.kind) });
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > textLength || m.start >= m.end) {
      throw new FileProblem("outside", { name, n, start: String(m.start), end: String(m.end) });
    }
    for (const [field, values] of markFields(m.kind)) {
      if (m[field] !== undefined && !values.includes(m[field])) throw new FileProblem("badValue", { name, n, field, value: String(m[field]) });
    }
    return normaliseMark(m);
  });
}

/** @param {string} raw @param {string} name */
function parseJson(raw, name) {
  if (raw.length > MAX_FILE_BYTES) throw new FileProblem("tooLarge", { name, kb: Math.round(raw.length / 1024), mb: MAX_FILE_BYTES / 1024 / 1024 });
  try {
    return JSON.parse(raw);
  } catch {
    throw new FileProblem("notJson", { name });
  }
}

/**
 * @param {any} data
 * @param {string[]} formats the formats accepted
 * @param {string} name
 */
function checkFormat(data, formats, name) {
  const format = data && typeof data === "object" ? data.format : undefined;
  if (!formats.includes(format)) {
    const known = [EXERCISE, TEACHER, ANSWERS].includes(format);
    throw new FileProblem(known ? "wrongFormat" : "notPolicyLens", { name, expected: formats[0], actual: String(format) });
  }
  if (data.version !== VERSION) throw new FileProblem("version", { name, version: String(data.version), supported: VERSION });
}

/**
 * Reads an exercise file, a student's or the teacher's own.
 * @param {string} raw
 * @param {string} name
 * @returns {Exercise}
 */
export function parseExercise(raw, name) {
  const data = parseJson(raw, name);
  checkFormat(data, [EXERCISE, TEACHER], name);
  if (typeof data.text !== "string" || !data.text.trim()) throw new FileProblem("noText", { name });
  if (data.textHash !== textHash(data.text)) throw new FileProblem("damaged", { name });
  return {
    text: data.text,
    hash: data.textHash,
    key: checkMarks(data.key ?? [], data.text.length, name),
    instructions: typeof data.instructions === "string" ? data.instructions : "",
    keyHidden: data.keyHidden !== false,
    teacher: data.format === TEACHER,
  };
}

/**
 * The file of an exercise: the teacher's own (it opens the editing view) or the students'.
 * @param {Exercise} ex
 * @param {"teacher" | "student"} whose
 */
export function exerciseFile(ex, whose) {
  return JSON.stringify({
    format: whose === "teacher" ? TEACHER : EXERCISE, version: VERSION, textHash: ex.hash, text: ex.text,
    instructions: ex.instructions, keyHidden: ex.keyHidden, key: ex.key,
  }, null, 1);
}

/** A new exercise of `text` with `key`, made by the teacher here. @param {string} text @param {ClassMark[]} key @param {string} instructions */
export function newExercise(text, key, instructions) {
  return { text, hash: textHash(text), key, instructions, keyHidden: true, teacher: true };
}

/**
 * Reads an answer file made for the exercise whose text hash is `hash`.
 * @param {string} raw
 * @param {string} hash
 * @param {number} textLength
 * @param {string} name
 */
export function parseAnswers(raw, hash, textLength, name) {
  const data = parseJson(raw, name);
  checkFormat(data, [ANSWERS], name);
  if (data.textHash !== hash) throw new FileProblem("otherText", { name });
  return { student: typeof data.student === "string" ? data.student : "", marks: checkMarks(data.marks, textLength, name) };
}

/** The file of a student's answers. @param {string} hash @param {string} student @param {ClassMark[]} marks */
export function answersFile(hash, student, marks) {
  return JSON.stringify({ format: ANSWERS, version: VERSION, textHash: hash, student, marks }, null, 1);
}

/**
 * The text of a plain-text file: UTF-8 (a byte-order mark dropped), or else GB18030, which
 * covers GBK; `encoding` says which. An empty file is a problem.
 * @param {ArrayBuffer} bytes
 * @param {string} name
 * @returns {{ text: string, encoding: "utf-8" | "gb18030" }}
 */
export function decodeTextFile(bytes, name) {
  if (bytes.byteLength > MAX_FILE_BYTES) throw new FileProblem("tooLarge", { name, kb: Math.round(bytes.byteLength / 1024), mb: MAX_FILE_BYTES / 1024 / 1024 });
  /** @type {{ text: string, encoding: "utf-8" | "gb18030" }} */
  let read;
  try {
    read = { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    read = { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
  if (!read.text.trim()) throw new FileProblem("emptyText", { name });
  return read;
}

function toBase64Url(/** @type {Uint8Array} */ bytes) {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(/** @type {string} */ text) {
  const s = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** @param {Uint8Array} bytes @param {CompressionStream | DecompressionStream} stream */
async function pipe(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([/** @type {Uint8Array<ArrayBuffer>} */ (bytes)]).stream().pipeThrough(stream)).arrayBuffer());
}

/**
 * The key as one list of small integers: per mark (in text order) its kind's index, its
 * start as the distance from the previous mark's start, its length, and the index of each
 * field's value.
 * @param {ClassMark[]} key
 */
function packKey(key) {
  const out = [];
  let previous = 0;
  for (const m of [...key].sort((a, b) => a.start - b.start)) {
    out.push(KINDS.indexOf(m.kind), m.start - previous, m.end - m.start, ...markFields(m.kind).map(([f, values]) => values.indexOf(m[f])));
    previous = m.start;
  }
  return out;
}

/** @param {number[]} packed @returns {ClassMark[]} */
function unpackKey(packed) {
  const key = [];
  let at = 0;
  let start = 0;
  while (at < packed.length) {
    const kind = KINDS[packed[at++]];
    if (!kind) throw new FileProblem("linkDamaged", {});
    start += packed[at++];
    /** @type {ClassMark} */
    const mark = { kind, start, end: start + packed[at++] };
    for (const [field, values] of markFields(kind)) mark[field] = values[packed[at++]];
    key.push(mark);
  }
  return key;
}

/**
 * The exercise as a URL fragment, for students: a small JSON header (format version,
 * instructions, whether the key is hidden, the packed key), a zero byte, and the text in
 * UTF-16, deflated and in base64url. No server holds it.
 * @param {Exercise} ex
 */
export async function exerciseFragment(ex) {
  const header = new TextEncoder().encode(JSON.stringify([LINK_VERSION, ex.instructions, ex.keyHidden ? 1 : 0, packKey(ex.key)]));
  const text = new Uint8Array(ex.text.length * 2);
  for (let i = 0; i < ex.text.length; i++) {
    const c = ex.text.charCodeAt(i);
    text[2 * i] = c & 0xff;
    text[2 * i + 1] = c >> 8;
  }
  const bytes = new Uint8Array(header.length + 1 + text.length);
  bytes.set(header);
  bytes.set(text, header.length + 1);
  return `#e=${toBase64Url(await pipe(bytes, new CompressionStream("deflate-raw")))}`;
}

/**
 * The exercise a fragment carries (students' view), or null when it carries none. A link
 * cut short or altered is a problem ("linkDamaged"), never a partial exercise.
 * @param {string} fragment
 * @returns {Promise<Exercise | null>}
 */
export async function exerciseFromFragment(fragment) {
  const m = /^#e=([A-Za-z0-9_-]*)$/.exec(fragment);
  if (!m) return /^#e=/.test(fragment) ? Promise.reject(new FileProblem("linkDamaged", {})) : null;
  try {
    const bytes = await pipe(fromBase64Url(m[1]), new DecompressionStream("deflate-raw"));
    const zero = bytes.indexOf(0);
    const [version, instructions, keyHidden, packed] = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, zero)));
    const body = bytes.subarray(zero + 1);
    if (version !== LINK_VERSION || body.length % 2 || !body.length) throw new Error("bad link");
    let text = "";
    for (let i = 0; i < body.length; i += 2) text += String.fromCharCode(body[i] | (body[i + 1] << 8));
    const key = checkMarks(unpackKey(packed), text.length, "");
    return { text, hash: textHash(text), key, instructions: String(instructions), keyHidden: keyHidden !== 0, teacher: false };
  } catch {
    throw new FileProblem("linkDamaged", {});
  }
}
