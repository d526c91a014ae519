// @ts-check
// Going to a spot of the article: its text scrolled to the middle of what the reader can
// see (each scrolling box around it, then the viewport less the part the panel covers),
// selected, and the keyboard's place moved there, without changing the host's DOM.

/** The element around `node` in the composed tree (a shadow root's host, past the root). */
function parentOf(/** @type {Node} */ node) {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The boxes that scroll `node`, innermost first, up to (not including) the viewport. */
function scrollingBoxes(/** @type {Node} */ node) {
  const boxes = [];
  for (let el = parentOf(node); el && el !== document.documentElement && el !== document.body; el = parentOf(el)) {
    const s = getComputedStyle(el);
    const scrolls = (/** @type {string} */ overflow, /** @type {number} */ size, /** @type {number} */ client) => /auto|scroll|overlay/.test(overflow) && size > client;
    if (scrolls(s.overflowY, el.scrollHeight, el.clientHeight) || scrolls(s.overflowX, el.scrollWidth, el.clientWidth)) boxes.push(el);
  }
  return boxes;
}

/**
 * How far to scroll so that the stretch `from..to` sits in the middle of `min..max`, or at
 * its start when it is longer.
 * @param {number} from @param {number} to @param {number} min @param {number} max
 */
function offset(from, to, min, max) {
  if (to - from > max - min) return from - min;
  return (from + to) / 2 - (min + max) / 2;
}

/**
 * Scrolls `ranges` (the pieces of one span, in order) into the middle of the visible area:
 * the viewport less `covered` (the panel's box, when it lies over the page).
 * @param {Range[]} ranges
 * @param {DOMRect | null} covered
 * @param {ScrollBehavior} behavior
 */
export function scrollToRanges(ranges, covered, behavior) {
  if (!ranges.length) return;
  const box = () => {
    const rects = ranges.map((r) => r.getBoundingClientRect()).filter((r) => r.width || r.height);
    if (!rects.length) return null;
    return { top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)),
      left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) };
  };
  for (const el of scrollingBoxes(ranges[0].startContainer)) {
    const b = box();
    if (!b) return;
    const frame = el.getBoundingClientRect();
    const top = frame.top + el.clientTop;
    const left = frame.left + el.clientLeft;
    el.scrollBy({ top: offset(b.top, b.bottom, top, top + el.clientHeight),
      left: offset(b.left, b.right, left, left + el.clientWidth), behavior: "instant" });
  }
  const b = box();
  if (!b) return;
  const view = { top: 0, bottom: innerHeight, left: 0, right: innerWidth };
  if (covered && covered.width >= innerWidth * 0.9) {
    // A bottom sheet (or top): the visible part is the band beside it.
    if (covered.top > innerHeight / 2) view.bottom = covered.top;
    else view.top = covered.bottom;
  } else if (covered) {
    if (covered.left > innerWidth / 2) view.right = covered.left;
    else view.left = covered.right;
  }
  scrollBy({ top: offset(b.top, b.bottom, view.top, view.bottom),
    left: offset(b.left, b.right, view.left, view.right), behavior });
}

/**
 * Selects `range` and moves the keyboard's place (where Tab goes on from, and what a
 * screen reader reads next) to its text: the element around it is focused for a moment,
 * with a tabindex that is taken away at once where it had none, so the DOM ends as it was.
 * @param {Range} range
 */
export function selectAndFocus(range) {
  const el = parentOf(range.startContainer);
  if (el instanceof HTMLElement || el instanceof SVGElement) {
    if (el.hasAttribute("tabindex")) {
      el.focus({ preventScroll: true });
    } else {
      el.setAttribute("tabindex", "-1");
      el.focus({ preventScroll: true });
      el.removeAttribute("tabindex");
    }
  }
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
