/**
 * Visible bylines: the last source for authors, after JSON-LD and meta tags. Reads the elements themes use for
 * the author line and short lines that start with a byline word ("By …", "Von …", "بقلم …").
 */
import type { CheerioAPI } from 'cheerio/slim';
import { isInForeignRegion } from './regions';

/** Author-line elements by role or by the class names themes give them. */
const BYLINE_SELECTOR = [
  'a[rel~="author"]', '[itemprop~="author"]', '.byline', '.by-line', '.author-name', '.author_name', '.authorName',
  '.post-author', '.entry-author', '.article-author', '.article__author', '.story-author', '.meta-author', '.author',
  '[class*="byline" i]', '[class*="author" i]', '.writer', '.kateb', '[class*="kateb" i]',
].join(', ');
/** A byline is short; long author-class blocks are bios. */
const MAX_BYLINE_CHARS = 100;
const BYLINE_START = /^(?:by|von|par|por|door|di|av|af|بقلم|كتب|كتبت)[\s:]/iu;

export function readBylines($: CheerioAPI): string[] {
  const bylines: string[] = [];
  const push = (text: string) => {
    const cleaned = text.replace(/\s+/g, ' ').trim();
    if (cleaned && cleaned.length <= MAX_BYLINE_CHARS && !bylines.includes(cleaned)) bylines.push(cleaned);
  };
  $(BYLINE_SELECTOR).each((_, element) => {
    const node = $(element);
    if (isInForeignRegion(node)) return;
    const name = node.find('[itemprop~="name"], [class*="name" i], a[rel~="author"]').first();
    push((name.length ? name : node).text());
  });
  if (bylines.length === 0) {
    $('p, span, div, address').each((_, element) => {
      const node = $(element);
      if (node.children().length > 3) return;
      const text = node.text().replace(/\s+/g, ' ').trim();
      if (text.length <= MAX_BYLINE_CHARS && BYLINE_START.test(text)) push(text);
      return bylines.length < 3;
    });
  }
  return bylines;
}
