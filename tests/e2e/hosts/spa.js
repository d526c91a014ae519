// A single-page news app: it fetches its articles, shows one, and replaces the whole
// <article id="story"> on navigation; a live article's paragraphs are updated in place, and
// a long article is folded behind 展开全文 until the reader asks for the rest.

const view = document.getElementById("view");
const nav = document.getElementById("nav");
let articles = [];

/** A new element with text children only. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function render(index) {
  const a = articles[index];
  const story = el("article", { id: "story" }, el("h1", {}, a.title), el("div", { class: "meta" }, a.meta));
  for (const p of a.paragraphs) story.append(el("p", {}, p));
  if (a.folded) {
    const rest = el("div", { class: "rest", hidden: "" }, ...a.folded.map((p) => el("p", {}, p)));
    const more = el("button", { type: "button", class: "more" }, "展开全文");
    more.addEventListener("click", () => { rest.hidden = false; more.remove(); });
    story.append(rest, more);
  }
  view.replaceChildren(story);
  for (const [i, link] of [...nav.children].entries()) {
    if (i === index) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${a.title} - 湖滨新闻`;
}

/** Goes to article `index` as a click on the navigation does. */
function show(index) {
  history.pushState({ index }, "", `#/news/${index}`);
  render(index);
}

/** A live article's update: the first paragraph's text is rewritten in place. */
function update(text) {
  const p = document.querySelector("#story p");
  p.firstChild.data = text;
  p.classList.add("update");
}

window.addEventListener("popstate", (e) => render(e.state?.index ?? 0));

const response = await fetch("spa-articles.json");
articles = await response.json();
for (const [i, a] of articles.entries()) {
  const link = el("a", { href: `#/news/${i}` }, a.short);
  link.addEventListener("click", (e) => { e.preventDefault(); show(i); });
  nav.append(link);
}
render(0);
window.newsApp = { show, update };
