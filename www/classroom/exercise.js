// Exercise and answer files: their format, validation with messages a teacher or student
// can act on, the text hash that ties answers to their text, and the link encoding.

export const KINDS = ["directive", "actor", "measure", "target"];
export const ATTRIBUTES = {
  directive: { force: ["obligation", "prohibition", "encouragement"] },
  actor: {
    role: ["responsible", "issuer", "other"],
    level: ["central", "provincial", "municipal", "county", "township", "village", "all", "unspecified"],
  },
  measure: { instrument: ["supply", "environment", "demand"] },
  target: {},
};
/** Largest file accepted, in bytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
const EXERCISE = "policy-lens-exercise";
const ANSWERS = "policy-lens-answers";
const VERSION = 1;

/** A 64-bit FNV-1a hash of the text's UTF-16 code units, as 16 hex digits. */
export function textHash(text) {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, "0");
}

/** A mark with only the fields its kind has, defaults filled in. */
export function normaliseMark(m) {
  const mark = { kind: m.kind, start: m.start, end: m.end };
  for (const [attr, values] of Object.entries(ATTRIBUTES[m.kind])) {
    mark[attr] = values.includes(m[attr]) ? m[attr] : values[attr === "level" ? values.length - 1 : 0];
  }
  return mark;
}

function checkMarks(marks, textLength, what) {
  if (!Array.isArray(marks)) throw new Error(`${what} has no list of marks`);
  return marks.map((m, i) => {
    if (!m || !KINDS.includes(m.kind)) throw new Error(`mark ${i + 1} has an unknown kind "${m?.kind}"`);
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > textLength || m.start >= m.end) {
      throw new Error(`mark ${i + 1} lies outside the text (${m.start}..${m.end})`);
    }
    for (const [attr, values] of Object.entries(ATTRIBUTES[m.kind])) {
      if (m[attr] !== undefined && !values.includes(m[attr])) throw new Error(`mark ${i + 1} has an unknown ${attr} "${m[attr]}"`);
    }
    return normaliseMark(m);
  });
}

function parseJson(raw, name) {
  if (raw.length > MAX_FILE_BYTES) throw new Error(`${name} is too large (${Math.round(raw.length / 1024)} KB; at most ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new Error(`${name} is not a complete JSON file (${e.message}); it may be truncated or corrupted`);
  }
}

function checkFormat(data, format, name) {
  if (!data || typeof data !== "object" || data.format !== format) {
    const other = data?.format === EXERCISE ? "an exercise" : data?.format === ANSWERS ? "an answer file" : "a Policy Lens file";
    throw new Error(`${name} is not ${format === EXERCISE ? "an exercise" : "an answer file"}: it is ${other === "a Policy Lens file" ? "not a Policy Lens file" : other}`);
  }
  if (data.version !== VERSION) throw new Error(`${name} has version ${data.version}; this page reads version ${VERSION}`);
}

/** Reads an exercise file's text: `{ text, key, instructions, keyHidden, hash }`. */
export function parseExercise(raw, name = "the exercise") {
  const data = parseJson(raw, name);
  checkFormat(data, EXERCISE, name);
  if (typeof data.text !== "string" || !data.text) throw new Error(`${name} holds no text`);
  if (data.textHash !== textHash(data.text)) throw new Error(`${name} is damaged: its text does not match its hash`);
  return {
    text: data.text,
    hash: data.textHash,
    key: checkMarks(data.key ?? [], data.text.length, name),
    instructions: typeof data.instructions === "string" ? data.instructions : "",
    keyHidden: data.keyHidden !== false,
  };
}

/** The file of an exercise. */
export function exerciseFile(ex) {
  return JSON.stringify({ format: EXERCISE, version: VERSION, textHash: ex.hash, text: ex.text, instructions: ex.instructions, keyHidden: ex.keyHidden, key: ex.key }, null, 1);
}

/** Reads an answer file made for the exercise whose text hash is `hash`. */
export function parseAnswers(raw, hash, textLength, name = "the answer file") {
  const data = parseJson(raw, name);
  checkFormat(data, ANSWERS, name);
  if (data.textHash !== hash) throw new Error(`${name} was made for another text than this exercise's`);
  return { student: typeof data.student === "string" ? data.student : "", marks: checkMarks(data.marks, textLength, name) };
}

/** The file of a student's answers. */
export function answersFile(hash, student, marks) {
  return JSON.stringify({ format: ANSWERS, version: VERSION, textHash: hash, student, marks }, null, 1);
}

function toBase64Url(bytes) {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const s = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

async function pipe(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

/** The exercise as a URL fragment (`#exercise=…`), deflated: no server holds it. */
export async function exerciseFragment(ex) {
  const packed = await pipe(new TextEncoder().encode(exerciseFile(ex)), new CompressionStream("deflate-raw"));
  return `#exercise=${toBase64Url(packed)}`;
}

/** The exercise a fragment carries, or null when it carries none. */
export async function exerciseFromFragment(hash) {
  const m = /^#exercise=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!m) return null;
  let raw;
  try {
    raw = new TextDecoder().decode(await pipe(fromBase64Url(m[1]), new DecompressionStream("deflate-raw")));
  } catch {
    throw new Error("the link's exercise is damaged or cut short");
  }
  return parseExercise(raw, "the link's exercise");
}
