/**
 * Content identity of an article revision: a hash over the fields a reader would call "the article", after
 * normalisation, so that re-fetching an unchanged page never creates a revision and a real edit always does.
 *
 * Semantic fields: title, description, authors, publishedAt, body, leadImage and images (address + caption),
 * tags, categories, section.
 *
 * Left out on purpose:
 * - `modifiedAt`: many CMSes bump it on every republish, cache refresh or template deploy without touching the
 *   text; a real edit shows up in the text fields anyway. (It is still stored with each revision.)
 * - counters (volatile), `url` / `canonicalUrl` (identity, not content), `extraction` diagnostics, `wordCount` and
 *   `bodyHtml` (derived from `body`), raw date strings (`publishedAt` covers them), `language`, `direction`,
 *   `siteName`, `wireSource`, `isAccessibleForFree` (page metadata, not the article's text).
 *
 * Normalisation: text through `normalizeText` (NFC, invisible marks removed, typographic punctuation folded,
 * whitespace collapsed, paragraph breaks included); dates as UTC instants (`+00:00` and `Z` are one instant);
 * tags and categories as case-folded sorted sets (their order and case are template noise); authors in byline
 * order without duplicates; image addresses without scheme, `www.` and query string (CDNs append resize
 * parameters and cache-busters that change between fetches).
 */
import type { ArticleImage, ArticleRecord } from '../../extract/record';
import { canonicalizeUrl, urlIdentityKey } from './canonical-url';
import { sha256 } from './digest';
import { normalizeOptionalText, normalizeText } from './text-normalize';

export const SEMANTIC_FIELDS = [
  'title',
  'description',
  'authors',
  'publishedAt',
  'body',
  'leadImage',
  'images',
  'tags',
  'categories',
  'section',
] as const satisfies readonly (keyof ArticleRecord)[];

export type SemanticField = (typeof SEMANTIC_FIELDS)[number];

export type SemanticRecord = Pick<ArticleRecord, SemanticField>;

/** SHA-256 (hex) of the normalised semantic fields. */
export function contentHash(record: SemanticRecord): string {
  const fields = normalizedSemanticFields(record);
  return sha256(JSON.stringify(SEMANTIC_FIELDS.map((field) => [field, fields[field]]))).toString('hex');
}

/**
 * The semantic fields whose normalised value differs between two revisions, in `SEMANTIC_FIELDS` order; empty
 * exactly when the two content hashes are equal. This is `changedFields` of ArticleUpdated.
 */
export function semanticFieldsChanged(previous: SemanticRecord, next: SemanticRecord): SemanticField[] {
  const before = normalizedSemanticFields(previous);
  const after = normalizedSemanticFields(next);
  return SEMANTIC_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

interface NormalizedImage {
  address: string;
  caption: string | null;
}

type NormalizedSemanticFields = Record<SemanticField, unknown>;

function normalizedSemanticFields(record: SemanticRecord): NormalizedSemanticFields {
  return {
    title: normalizeOptionalText(record.title),
    description: normalizeOptionalText(record.description),
    authors: uniqueInOrder(normalizedList(record.authors)),
    publishedAt: normalizedInstant(record.publishedAt),
    body: normalizeText(record.body),
    leadImage: record.leadImage === null ? null : normalizedImage(record.leadImage),
    images: record.images.map(normalizedImage),
    tags: normalizedLabelSet(record.tags),
    categories: normalizedLabelSet(record.categories),
    section: normalizeOptionalText(record.section),
  };
}

function normalizedList(values: readonly string[]): string[] {
  return values.map(normalizeText).filter((value) => value !== '');
}

function uniqueInOrder(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function normalizedLabelSet(values: readonly string[]): string[] {
  return uniqueInOrder(normalizedList(values).map((value) => value.toLowerCase())).sort();
}

function normalizedInstant(value: string | null): string | null {
  if (value === null) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? normalizeOptionalText(value) : new Date(time).toISOString();
}

function normalizedImage(image: ArticleImage): NormalizedImage {
  return { address: imageAddress(image.url), caption: normalizeOptionalText(image.caption) };
}

function imageAddress(url: string): string {
  const canonical = canonicalizeUrl(url);
  if (canonical === null) return normalizeText(url);
  const withoutQuery = canonical.replace(/\?.*$/, '');
  return urlIdentityKey(withoutQuery) ?? withoutQuery;
}
