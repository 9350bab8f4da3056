/**
 * Visible bylines: the last source for authors, after JSON-LD and meta tags. Reads the author line nearest the
 * headline (themes mark it with classes such as `byline`, `author`, hCard `fn`), and otherwise a short line that
 * starts with a byline word ("By …", "Von …", "بقلم …").
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { attributeContains, hasToken, IndexedPage } from './regions';

/** A byline is short; long author-class blocks are bios. */
const MAX_BYLINE_CHARS = 100;
/**
 * Leading dashes and dots are typographic decoration ("— by Jane Doe"); "Autor", "Autorin", "Autoren" and "Author"
 * are how German, Spanish and English pages label the line.
 */
const BYLINE_START = /^[\s\-–—.·]*(?:by|von|par|por|door|di|av|af|autor(?:in|en|es)?|authors?|بقلم|كتب|كتبت)[\s:]/iu;
/** Class names (parts of them, any case) themes give author lines; "autor" is the German, Spanish and Polish spelling. */
const BYLINE_CLASS_PARTS = ['byline', 'author', 'autor', 'kateb', 'writer'];
const AUTHOR_TOKEN = new Set(['author']);
const NAME_TOKEN = new Set(['name']);
const FN_TOKEN = new Set(['fn']);
/** Tags of the loose lines that may start with a byline word. */
const LINE_TAGS = new Set(['p', 'span', 'div', 'address']);

/** Author-line elements by role or by the class names themes give them. */
function isBylineElement(element: Element): boolean {
  const { class: classes, rel, itemprop } = element.attribs;
  return (element.name === 'a' && hasToken(rel?.toLowerCase(), AUTHOR_TOKEN)) || hasToken(itemprop, AUTHOR_TOKEN)
    || attributeContains(classes, BYLINE_CLASS_PARTS) || hasToken(classes, FN_TOKEN);
}

/** Inside a byline, the elements that hold just the name. */
function isNameElement(element: Element): boolean {
  const { class: classes, rel, itemprop, href } = element.attribs;
  return hasToken(itemprop, NAME_TOKEN) || hasToken(classes, FN_TOKEN) || attributeContains(classes, ['name'])
    || (element.name === 'a' && (hasToken(rel?.toLowerCase(), AUTHOR_TOKEN) || attributeContains(href, ['/author', '/autor'])));
}

/** Author classes inside a figure credit the photographer ("Foto: …"), not the article's author. */
function isInFigure(element: Element): boolean {
  for (let current = element.parent; current && current.type === 'tag'; current = current.parent) {
    if (FIGURE_TAGS.has((current as Element).name)) return true;
  }
  return false;
}
const FIGURE_TAGS = new Set(['figure', 'figcaption']);

export function readBylines($: CheerioAPI, page: IndexedPage = IndexedPage.of($)): string[] {
  const { elements: all, parentIndex, position, subtreeEnd } = page.walk;
  const elements = all.filter((element) => isBylineElement(element) && Boolean(page.shortText(element, MAX_BYLINE_CHARS))
    && !page.isForeign(element) && !isInFigure(element));
  // The article's byline follows its headline; author elements before it belong to the site header or teasers.
  const first = elements.find((element) => page.followsHeadline(element)) ?? elements[0];
  // Themes that leave their own byline unmarked ("Von <a>Jane Doe</a>") still mark the bylines of the teasers
  // further down: a byline-word line between the headline and the first marked element is the article's.
  if (first && page.followsHeadline(first)) {
    const line = firstBylineLine(page, position.get(first)!, true);
    if (line) return [line];
  }
  if (first) {
    const parent = parentIndex[position.get(first)!];
    const container = parent >= 0 ? parentIndex[parent] : -1;
    const isInContainer = (element: Element) => {
      const index = position.get(element)!;
      return container >= 0 && index > container && index < subtreeEnd[container];
    };
    const siblings = elements.filter((element) => element === first || isInContainer(element));
    return unique(outermost(siblings).flatMap((element) => bylineTexts(page, element)));
  }
  const line = firstBylineLine(page, all.length, false);
  return line ? [line] : [];
}

/**
 * The first short line that starts with a byline word ("By …", "Von …", "بقلم …") and ends before `end` (a walk
 * position), optionally only among those after the headline.
 */
function firstBylineLine(page: IndexedPage, end: number, afterHeadline: boolean): string | null {
  const { elements, subtreeEnd } = page.walk;
  for (let index = 0; index < end; index++) {
    const element = elements[index];
    if (!LINE_TAGS.has(element.name) || subtreeEnd[index] > end || (afterHeadline && !page.followsHeadline(element))) continue;
    const text = page.shortText(element, MAX_BYLINE_CHARS);
    if (text && BYLINE_START.test(text) && !page.isForeign(element)) return text;
  }
  return null;
}

/** The names inside a byline element when it marks them, else its whole text. */
function bylineTexts(page: IndexedPage, element: Element): string[] {
  const { elements, position, subtreeEnd } = page.walk;
  const index = position.get(element)!;
  const names: string[] = [];
  for (let descendant = index + 1; descendant < subtreeEnd[index]; descendant++) {
    if (!isNameElement(elements[descendant])) continue;
    const name = page.shortText(elements[descendant], MAX_BYLINE_CHARS);
    if (name) names.push(name);
  }
  return names.length > 0 ? names : [page.shortText(element, MAX_BYLINE_CHARS) ?? ''];
}

/** Drops elements nested in another selected element, so that one byline is read once. */
function outermost(elements: Element[]): Element[] {
  const selected = new Set<AnyNode>(elements);
  const hasSelectedAncestor = (element: Element) => {
    for (let current = element.parent; current; current = current.parent) if (selected.has(current)) return true;
    return false;
  };
  return elements.filter((element) => !hasSelectedAncestor(element));
}

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}
