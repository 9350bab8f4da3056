/**
 * Visible bylines: the last source for authors, after JSON-LD and meta tags. Reads the author line nearest the
 * headline (themes mark it with classes such as `byline`, `author`, hCard `fn`), and otherwise a short line that
 * starts with a byline word ("By …", "Von …", "بقلم …").
 */
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { elementsInOrder, isInForeignRegion, shortText } from './regions';

/** Author-line elements by role or by the class names themes give them. */
const BYLINE_SELECTOR = [
  'a[rel~="author"]', '[itemprop~="author"]', '[class*="byline" i]', '[class*="author" i]', '.fn', '.writer',
  '[class*="kateb" i]', '[class*="writer" i]',
].join(', ');
/** Inside a byline, the elements that hold just the name. */
const NAME_SELECTOR = '[itemprop~="name"], .fn, [class*="name" i], a[rel~="author"], a[href*="/author" i], a[href*="/autor" i]';
/** A byline is short; long author-class blocks are bios. */
const MAX_BYLINE_CHARS = 100;
const BYLINE_START = /^(?:by|von|par|por|door|di|av|af|بقلم|كتب|كتبت)[\s:]/iu;

export function readBylines($: CheerioAPI): string[] {
  const all = elementsInOrder($);
  const headline = $('h1').first().get(0);
  const headlineIndex = headline ? all.indexOf(headline) : -1;
  const position = new Map<AnyNode, number>(all.map((node, index) => [node, index]));

  const elements = $(BYLINE_SELECTOR).toArray().filter((element) => Boolean(shortText(element, MAX_BYLINE_CHARS)) && !isInForeignRegion(element));
  // The article's byline follows its headline; author elements before it belong to the site header or teasers.
  const first = elements.find((element) => (position.get(element) ?? 0) > headlineIndex) ?? elements[0];
  if (first) {
    const container = $(first).parent().parent();
    const siblings = elements.filter((element) => element === first || container.has(element as Element).length > 0);
    return unique(outermost(siblings).flatMap((element) => bylineTexts($(element))));
  }
  const lines: string[] = [];
  $('p, span, div, address').each((_, element) => {
    const text = shortText(element, MAX_BYLINE_CHARS);
    if (text && BYLINE_START.test(text) && !isInForeignRegion(element)) lines.push(text);
    return lines.length === 0;
  });
  return lines;
}

/** The names inside a byline element when it marks them, else its whole text. */
function bylineTexts(node: Cheerio<AnyNode>): string[] {
  const names = node.find(NAME_SELECTOR).toArray().map((element) => shortText(element, MAX_BYLINE_CHARS) ?? '').filter(Boolean);
  return names.length > 0 ? names : [shortText(node, MAX_BYLINE_CHARS) ?? ''];
}

/** Drops elements nested in another selected element, so that one byline is read once. */
function outermost(elements: AnyNode[]): AnyNode[] {
  const selected = new Set(elements);
  const hasSelectedAncestor = (element: AnyNode) => {
    for (let current = element.parent; current; current = current.parent) if (selected.has(current)) return true;
    return false;
  };
  return elements.filter((element) => !hasSelectedAncestor(element));
}

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}
