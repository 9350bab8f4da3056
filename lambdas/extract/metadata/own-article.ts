/**
 * Which JSON-LD node describes this page: pages carry other stories' nodes (the next story loaded on scroll, a "read
 * next" box) and nodes of the whole site pasted into every page's template.
 *
 * ```ts
 * const structured = ownArticle(readJsonLd(page), ownAddress, [tags.first('og:title'), textContent(page.first('h1'))]);
 * ```
 */
import { httpUrl, withoutQuery } from '../url';
import type { JsonLdResult, StructuredArticle } from './json-ld';
import { titleSiteNames } from './page-site-name';
import { isSiteNameOnly } from './title-affixes';

/** The page's own article node: the first-ranked one, unless it is another page's and a later one gives this page's address. */
export function ownArticle(jsonLd: JsonLdResult, ownAddress: string | null, ownHeadlines: ReadonlyArray<string | null>): StructuredArticle | null {
  return jsonLd.article && isAnotherPagesArticle(jsonLd.article, ownAddress, ownHeadlines)
    ? jsonLd.otherArticles().find((article) => givesOwnAddress(article, ownAddress)) ?? null
    : jsonLd.article;
}

/**
 * Rule "another page's article": a page that loads the next story as the reader scrolls appends it with its own
 * JSON-LD, and on a page that declares its own article in meta tags alone, that node is the only article node. A node
 * naming another address than the page's and another headline than the page's declares that other story; its
 * writers, dates and keywords are not this page's.
 */
function isAnotherPagesArticle(article: StructuredArticle, ownAddress: string | null, ownHeadlines: ReadonlyArray<string | null>): boolean {
  const headline = article.headline && comparableHeadline(article.headline);
  const own = ownHeadlines.map((text) => (text ? comparableHeadline(text) : '')).filter(Boolean);
  if (!article.url || !ownAddress || !headline || own.length === 0) return false;
  if (givesOwnAddress(article, ownAddress)) return false;
  return own.every((text) => !text.includes(headline) && !headline.includes(text));
}

/**
 * Rule "the page's own node after another's": a template that declares a related story (the "read next" box, the
 * story the page was promoted from) prints its JSON-LD block before the page's own, both typed NewsArticle. When the
 * first-ranked node is another page's article, the next node that gives this page's address is the article.
 */
function givesOwnAddress(article: StructuredArticle, ownAddress: string | null): boolean {
  return article.url !== null && ownAddress !== null && comparableAddress(article.url, ownAddress) === comparableAddress(ownAddress, ownAddress);
}

/**
 * Rule "the site's own node": site builders let a site paste one JSON-LD block into the template of every page
 * (`{"@type":"BlogPosting","headline":"Example Blog","datePublished":"2023-04-01"}` on each post of Example Blog), so
 * a node headed with the site's name (what `<title>` adds to the page's headline, or the declared site name) and not
 * with the page's headline describes the site. The title reader passes its headline over; its date is the day the
 * block was written, not the article's. A node that gives this page's address is the page's own, whatever it is
 * named (a WordPress plugin's WebPage node, `"url":"…/this-story/","name":"Example Sports"`), and so are its dates.
 */
export function isSitesOwnNode(article: StructuredArticle, ownAddress: string | null, documentTitle: string, title: string | null, siteName: string | null): boolean {
  if (!article.headline || !title || comparableHeadline(article.headline) === comparableHeadline(title)) return false;
  if (article.url && ownAddress && comparableAddress(article.url, ownAddress) === comparableAddress(ownAddress, ownAddress)) return false;
  const added = documentTitle.includes(title) ? titleSiteNames(documentTitle, title) : [];
  return isSiteNameOnly(article.headline, siteName ? [...added, siteName] : added);
}

/** Scheme, `www.`, query, fragment and a closing slash name no other page. */
function comparableAddress(address: string, base: string): string | null {
  const url = httpUrl(address, httpUrl(base, null));
  return url ? withoutQuery(url).replace(/^https?:\/\/(?:www\.)?/i, '').replace(/#.*$/, '').replace(/\/$/, '').toLowerCase() : null;
}

function comparableHeadline(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
