// @ts-check
// Noticing that the article may read differently: its text or markup changed, an ancestor's
// class or style changed (a 展开全文 button, a tab), a <details> opened, or the page put
// another element under the article's id (a single-page app's navigation). The first
// change of a burst is told at once (`stale`: stop painting old ranges over new text), the
// burst's end after a quiet `delay` (`changed`: read and analyse again).

/** Attributes that can change what a reader sees. */
const ATTRIBUTES = ["class", "style", "hidden", "open", "id", "aria-hidden", "dir"];

export class ArticleWatch {
  /** @type {MutationObserver} */
  #observer;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #timer;
  #stale = false;

  /**
   * @param {object} options
   * @param {() => Element | null} options.article the element read now (null while there is none)
   * @param {() => Element | null} options.resolve the element the widget's `for` names now
   * @param {Element} options.ignore the widget itself, whose own changes do not count
   * @param {() => void} options.stale called at the first change of a burst
   * @param {() => void} options.changed called once a burst has ended
   * @param {number} [options.delay] the quiet time that ends a burst, in milliseconds
   */
  constructor({ article, resolve, ignore, stale, changed, delay = 250 }) {
    this.options = { article, resolve, ignore, stale, changed, delay };
    this.#observer = new MutationObserver((records) => {
      if (records.some((r) => this.#matters(r))) this.#poke();
    });
  }

  /** Whether a mutation can change the article's text or which element it is. */
  #matters(/** @type {MutationRecord} */ record) {
    const { article, resolve, ignore } = this.options;
    const target = record.target;
    if (ignore === target || ignore.contains(target)) return false;
    const current = article();
    if (!current || resolve() !== current) return true;
    if (current.contains(target) || (current.getRootNode() !== target.getRootNode())) return true;
    return record.type === "attributes" && target.contains(current);
  }

  #poke() {
    if (!this.#stale) {
      this.#stale = true;
      this.options.stale();
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#stale = false;
      this.options.changed();
    }, this.options.delay);
  }

  /**
   * Watches `roots` (the article's document or shadow root, and the open shadow roots its
   * text was read from), in place of what was watched before.
   * @param {Iterable<Node>} roots
   */
  watch(roots) {
    this.#observer.disconnect();
    for (const root of new Set(roots)) {
      this.#observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
    }
  }

  /** Forgets the changes made until now (the widget's own <mark>s). */
  forget() {
    this.#observer.takeRecords();
  }

  /** Stops watching; a burst under way is dropped. */
  stop() {
    this.#observer.disconnect();
    clearTimeout(this.#timer);
    this.#stale = false;
  }
}
