// Medians and ranges of repeated measurements, for the bench's Node scripts and its
// browser page alike.

/**
 * The median of `xs` (the mean of the middle two for an even count).
 * @param {number[]} xs
 * @returns {number}
 */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The median, minimum and maximum of `xs`.
 * @param {number[]} xs
 * @returns {{ median: number, min: number, max: number }}
 */
export function spread(xs) {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

/**
 * `list` rotated left by `i` places: run i of a side-by-side comparison takes its subjects
 * in this order, so that none is always first (on a cold cache, a cool CPU) or last.
 * @template T
 * @param {T[]} list
 * @param {number} i
 * @returns {T[]}
 */
export function rotated(list, i) {
  const k = i % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}
