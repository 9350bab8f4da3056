/**
 * Whether a page's Highwire `citation_*` tags (the convention Google Scholar reads) describe the page itself or a
 * paper the page is about.
 */
import { comparable } from '../content/title-anchors';
import type { MetaTags } from './meta-tags';

/**
 * Rule "citation of the page": `citation_*` tags describe one scholarly paper. On a journal's own article page that
 * paper is the page, and its `citation_title` is the page's headline. A news page reporting a study states the
 * study's tags too (under the paper's own title, or with none), and their authors and day are the paper's, not the
 * story's. They describe the page only when `citation_title` is its headline or its document title holds it.
 */
export function citationDescribesPage(tags: MetaTags, pageTitles: ReadonlyArray<string | null>): boolean {
  const cited = tags.all('citation_title').map(comparable).filter((title) => title !== '');
  // Most pages state no citation at all, and then the titles need no reading.
  if (cited.length === 0) return false;
  const titles = [...pageTitles, ...tags.all('og:title')].filter((title): title is string => Boolean(title)).map(comparable);
  return cited.some((citedTitle) => titles.some((title) => title.includes(citedTitle)));
}
