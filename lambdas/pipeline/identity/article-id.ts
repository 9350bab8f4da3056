/**
 * Article identifiers. One article, one id, however its URL was spelled:
 * - `u` + 26 base32 characters: from the URL identity key (canonical URL, https, no `www.`), for pages with a URL;
 * - `c` + 26 base32 characters: from the normalised title and body, for pages that arrived without any URL.
 * The prefixes keep the two spaces apart and tell an operator at a glance how an id was made.
 */
import type { ArticleRecord } from '../../extract/record';
import { urlIdentityKey } from './canonical-url';
import { shortDigest } from './digest';
import { normalizeText } from './text-normalize';

/**
 * Id for an article with a URL. The argument is expected to be a canonical URL already, but is canonicalised
 * again (idempotent), so that any spelling of the address gives the same id.
 * Throws when the argument is not an absolute http(s) URL: the caller must use `articleIdForContent` then.
 */
export function articleIdForUrl(canonicalUrl: string): string {
  const identityKey = urlIdentityKey(canonicalUrl);
  if (identityKey === null) throw new Error(`articleIdForUrl: not an absolute http(s) URL: ${canonicalUrl}`);
  return `u${shortDigest(identityKey)}`;
}

/** Id for an article without a URL: the same text (up to whitespace, quote style, invisible marks) gives the same id. */
export function articleIdForContent(record: Pick<ArticleRecord, 'title' | 'body'>): string {
  // The title is length-prefixed so that ("ab", "c") and ("a", "bc") cannot give the same input.
  const title = normalizeText(record.title ?? '');
  return `c${shortDigest(`${title.length}:${title}\n${normalizeText(record.body)}`)}`;
}
