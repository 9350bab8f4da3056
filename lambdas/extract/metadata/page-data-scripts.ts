/**
 * The texts of the page's inline scripts, JSON-LD aside: the data layers and app states in which rules "publication in
 * the page's data" (page-data-dates.ts) and "writer in the page's data" (page-data-authors.ts) find the article's
 * record. Read once per page, whoever asks first.
 *
 * ```ts
 * pageDataScripts(page); // ['window.dataLayer = [{"author":"Dana Whitfield"}];', …]
 * ```
 */
import { type IndexedPage, textContent } from './regions';

export function pageDataScripts(page: IndexedPage): string[] {
  return page.once(findPageDataScripts);
}

function findPageDataScripts(page: IndexedPage): string[] {
  return page.tagged('script').filter((script) => !JSON_LD_TYPE.test(script.attribs.type ?? '')).map((script) => textContent(script));
}
const JSON_LD_TYPE = /ld\+json/i;
