// @ts-check
// Offering a file to the reader: a blob URL, so nothing leaves the browser, under a name
// made from the document's title or the student's name.

/**
 * A file name from `words` (a title, a name) and `extension`: characters that file systems
 * refuse or that would hide the extension are replaced; empty words give "policy-lens".
 * @param {string} words
 * @param {string} extension without the dot
 */
export function fileName(words, extension) {
  const base = words.replace(/[\\/:*?"<>|\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e]+/g, " ")
    .replace(/\s+/g, " ").trim().replace(/^\.+/, "").slice(0, 60).trim();
  return `${base || "policy-lens"}.${extension}`;
}

/**
 * Offers `content` as a download named `name`.
 * @param {string} name
 * @param {string} type a MIME type
 * @param {string} content
 */
export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
