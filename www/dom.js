// @ts-check
// Building DOM nodes from data: elements, attributes, listeners and text children only —
// text is never parsed as HTML.

/**
 * A new `tag` element. `attrs`: `class` sets the class name, `onX` adds a listener for
 * event X, anything else is an attribute. `children` are nodes or strings (as text).
 * @param {string} tag
 * @param {Record<string, any>} [attrs]
 * @param {...(Node | string)} children
 * @returns {HTMLElement}
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}
