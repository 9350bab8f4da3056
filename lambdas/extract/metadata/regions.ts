/**
 * Page regions that hold other items' metadata: navigation, sidebars, widgets, teasers, related-article lists
 * and comment threads. Dates, bylines and counters found there belong to something else than the article.
 */
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';

const FOREIGN_REGION = [
  'nav', 'footer', '[class*="comment" i]', '[id*="comment" i]', '[class*="related" i]', '[class*="sidebar" i]',
  '[id*="sidebar" i]', '[class*="widget" i]', '[class*="recommend" i]', '[class*="popular" i]',
].join(', ');

/**
 * True when the node or one of its ancestors below `<body>` is such a region. `<body>` and `<html>` are skipped
 * because themes put page-type classes on them ("pageLayout--related") that say nothing about the node.
 */
export function isInForeignRegion(node: Cheerio<AnyNode>): boolean {
  if (node.parentsUntil('body').addBack().filter(FOREIGN_REGION).length > 0) return true;
  // An <aside> is a sidebar, except inside the article, where themes put the article's own meta box.
  const aside = node.closest('aside');
  return aside.length > 0 && aside.closest('article').length === 0;
}

/**
 * Every element of the page body in document order. Without a `<body>` (fragments: the parser adds none),
 * every element of the document.
 */
export function elementsInOrder($: CheerioAPI): AnyNode[] {
  return ($('body').length > 0 ? $('body *') : $('*')).toArray();
}
