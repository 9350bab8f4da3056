/**
 * DOM helpers shared by the stages that read visible text (dates, bylines, counters, taxonomy links): where on
 * the page an element sits, and its text when it is short. They walk the parsed tree directly because they run
 * for many elements per page; selector matching and full-text reads there would make the stage quadratic.
 */
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';

/** Regions that hold other items' metadata: navigation, footers, comment threads, sidebars, widgets, teasers lists. */
const FOREIGN_TAGS = new Set(['nav', 'footer']);
const FOREIGN_CLASS_TOKEN = /comment|related|sidebar|widget|recommend|popular/i;
/** Layout classes name the region they frame ("sidebar__main", "lay-sidebar", "has-comments"), not a foreign one. */
const LAYOUT_CLASS_TOKEN = /main|content|article|body|layout|^lay-|^has-|^with-/i;
const FOREIGN_ID = /comment|sidebar/i;
/** Elements whose text is not page text. */
const NON_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template']);

/**
 * True when the element or one of its ancestors below `<body>` holds other items' metadata (dates, bylines and
 * counters found there belong to something else). `<body>` and `<html>` are not examined because themes put
 * page-type classes on them ("pageLayout--related") that say nothing about the element. An `<aside>` is a
 * sidebar, except inside the article, where themes put the article's own meta box.
 */
export function isInForeignRegion(node: AnyNode | Cheerio<AnyNode>): boolean {
  let current: AnyNode | null = isCheerio(node) ? node.get(0) ?? null : node;
  let insideAside = false;
  let asideInsideArticle = false;
  for (; current && current.type !== 'root'; current = current.parent) {
    if (!isElement(current)) continue;
    if (current.name === 'body' || current.name === 'html') break;
    if (FOREIGN_TAGS.has(current.name)) return true;
    if (hasForeignClass(current.attribs.class) || FOREIGN_ID.test(current.attribs.id ?? '')) return true;
    if (current.name === 'aside') insideAside = true;
    if (current.name === 'article' && insideAside) asideInsideArticle = true;
  }
  return insideAside && !asideInsideArticle;
}

function hasForeignClass(classes: string | undefined): boolean {
  if (!classes) return false;
  return classes.split(/\s+/).some((token) => FOREIGN_CLASS_TOKEN.test(token) && !LAYOUT_CLASS_TOKEN.test(token));
}

/**
 * The element's text with whitespace collapsed, or null when it is longer than `limit` characters. Stops reading
 * as soon as the limit is passed, so asking a page-sized container costs no more than asking a short span.
 */
export function shortText(node: AnyNode | Cheerio<AnyNode>, limit: number): string | null {
  const root: AnyNode | undefined = isCheerio(node) ? node.get(0) : node;
  if (!root) return null;
  const parts: string[] = [];
  let visibleChars = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') {
      const data = (current as unknown as { data: string }).data;
      parts.push(data);
      visibleChars += data.replace(/\s+/g, '').length;
      if (visibleChars > limit) return null;
    } else if (isElement(current) && !NON_TEXT_TAGS.has(current.name)) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]);
    } else if (current.type === 'root') {
      const children = (current as unknown as { children: AnyNode[] }).children;
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]);
    }
  }
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text.length <= limit ? text : null;
}

/**
 * Every element of the page body in document order. Without a `<body>` (fragments: the parser adds none),
 * every element of the document.
 */
export function elementsInOrder($: CheerioAPI): AnyNode[] {
  return ($('body').length > 0 ? $('body *') : $('*')).toArray();
}

function isCheerio(node: AnyNode | Cheerio<AnyNode>): node is Cheerio<AnyNode> {
  return typeof (node as Cheerio<AnyNode>).toArray === 'function';
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}
