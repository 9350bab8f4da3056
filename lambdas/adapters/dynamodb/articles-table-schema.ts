/**
 * The articles table's keys and indexes: one definition, used by the CDK construct and by the local runtime's
 * CreateTable, so the two can never drift.
 *
 * Items (single-table design, see docs/TABLE.md):
 * - latest:  pk `A#<articleId>`, sk `LATEST`: the current revision, the only item the GSIs index.
 * - history: pk `A#<articleId>`, sk `R#<revision, 10 digits>`: every revision, including the current one.
 * - source:  pk `S#<ingest object key>`, sk `SOURCE`: which article an ingest object produced (for withdrawal).
 * - band:    pk `B#<MinHash band key>`, sk `BAND`: the key's owner, for story grouping (see DynamoStoryIndex).
 */
import type { StoredArticle } from '../../pipeline/stored-article';

export const ARTICLES_TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;

export interface GlobalIndexDefinition {
  indexName: string;
  partitionKey: string;
  sortKey: string;
}

/**
 * The attributes every index copies from the latest item, besides the keys: what a listing shows (the CLI's
 * `gazette list`, a site's or a day's headlines, a story's copies) and what tells a caller whether its copy of
 * the full record is current (`revision`). Not the body, its HTML, images or diagnostics: with ALL projected,
 * each of the three indexes re-wrote the whole ~17 KB item, as many write units as the table itself. Nor `url`:
 * the pipeline fills `canonicalUrl` whenever the page had a URL, and a second copy of a long percent-encoded
 * address could push an entry past the 1 KB one write unit buys; nor `contentHash`, which `revision` stands for
 * within one article. A reader that needs the full record fetches it by id (`ArticlesClient.hydrate`).
 */
export const INDEX_SUMMARY_ATTRIBUTES = [
  'articleId',
  'revision',
  'title',
  'canonicalUrl',
  'siteName',
  'language',
  'publishedAt',
  'firstSeenAt',
  'storyId',
  'withdrawnAt',
] as const satisfies readonly (keyof StoredArticle)[];

export const ARTICLES_TABLE_INDEXES = {
  /** Articles of one site, newest first: `SITE#<host>` / `<publishedAt or firstSeenAt>#<articleId>`. */
  bySite: { indexName: 'bySite', partitionKey: 'sitePk', sortKey: 'siteSk' },
  /** Articles of one day, spread over shards to avoid a hot partition: `DAY#<yyyy-mm-dd>#<shard>`. */
  byDay: { indexName: 'byDay', partitionKey: 'dayPk', sortKey: 'daySk' },
  /** Articles of one story (the same wire story on several sites): `STORY#<storyId>`. */
  byStory: { indexName: 'byStory', partitionKey: 'storyPk', sortKey: 'storySk' },
} as const satisfies Record<string, GlobalIndexDefinition>;

/** How many partitions one day's articles are spread across in the byDay index. */
export const DAY_SHARDS = 8;

export const LATEST_SORT_KEY = 'LATEST';

export function articlePartitionKey(articleId: string): string {
  return `A#${articleId}`;
}

export const SOURCE_SORT_KEY = 'SOURCE';

export function sourcePartitionKey(sourceKey: string): string {
  return `S#${sourceKey}`;
}

export const BAND_SORT_KEY = 'BAND';

export function bandPartitionKey(bandKey: string): string {
  return `B#${bandKey}`;
}

export function revisionSortKey(revision: number): string {
  return `R#${String(revision).padStart(10, '0')}`;
}
