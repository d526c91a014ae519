// @ts-check
// The hash that names a text: it ties answer files to their exercise and annotations to
// their source.

/**
 * A 64-bit FNV-1a hash of the text's UTF-16 code units, as 16 hex digits.
 * @param {string} text
 */
export function textHash(text) {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, "0");
}
