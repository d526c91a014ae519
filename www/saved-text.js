// @ts-check
// The reader's text, autosaved by the page; the classroom starts an exercise from it.

/** The localStorage key of the page's text. */
export const SAVED_TEXT = "policy-lens:text";

/** The text the reader left on the page, or null when there is none or no storage. */
export function readSavedText() {
  try {
    return localStorage.getItem(SAVED_TEXT);
  } catch {
    return null;
  }
}
