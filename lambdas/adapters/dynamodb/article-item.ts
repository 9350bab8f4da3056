import { createHash } from 'node:crypto';
import { marshall, unmarshall, type NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { hostOf } from '../../pipeline/identity/host';
import type { StoredArticle } from '../../pipeline/stored-article';
import {
  ARTICLES_TABLE_INDEXES as INDEXES,
  DAY_SHARDS,
  INDEX_SUMMARY_ATTRIBUTES,
  LATEST_SORT_KEY,
  articlePartitionKey,
  revisionSortKey,
} from './articles-table-schema';

type Item = Record<string, AttributeValue>;

const KEY_ATTRIBUTES = new Set<string>([
  'pk',
  'sk',
  ...Object.values(INDEXES).flatMap((index) => [index.partitionKey, index.sortKey]),
]);

/** A history item: the revision's full record under `R#<revision>`. Not indexed, so GSIs list only latest items. */
export function toRevisionItem(article: StoredArticle): Item {
  return marshallArticle(article, { pk: articlePartitionKey(article.articleId), sk: revisionSortKey(article.revision) });
}

/** The latest item, with the GSI keys that serve the by-site and by-day access patterns. */
export function toLatestItem(article: StoredArticle): Item {
  // Index sort keys compare as strings, so every instant is written in one form (UTC, `Z`).
  const listedAt = utcInstant(article.publishedAt) ?? utcInstant(article.firstSeenAt) ?? article.firstSeenAt;
  const host = hostOf(article.canonicalUrl ?? article.url);
  const day = listedAt.slice(0, 10);
  return marshallArticle(article, {
    pk: articlePartitionKey(article.articleId),
    sk: LATEST_SORT_KEY,
    ...(host ? { [INDEXES.bySite.partitionKey]: `SITE#${host}`, [INDEXES.bySite.sortKey]: `${listedAt}#${article.articleId}` } : {}),
    [INDEXES.byDay.partitionKey]: `DAY#${day}#${dayShard(article.articleId)}`,
    [INDEXES.byDay.sortKey]: `${listedAt}#${article.articleId}`,
    ...(article.storyId
      ? { [INDEXES.byStory.partitionKey]: `STORY#${article.storyId}`, [INDEXES.byStory.sortKey]: `${article.firstSeenAt}#${article.articleId}` }
      : {}),
  });
}

export function fromItem(item: Item): StoredArticle {
  const plain = unmarshall(item);
  for (const key of KEY_ATTRIBUTES) delete plain[key];
  return plain as StoredArticle;
}

/** What every index item carries besides its keys: the summary attributes of the latest item it indexes. */
export type ArticleSummary = Pick<StoredArticle, (typeof INDEX_SUMMARY_ATTRIBUTES)[number]>;

/** The summary an index item projects, without the table's and the indexes' key attributes. */
export function fromIndexItem(item: Item): ArticleSummary {
  const plain = unmarshall(item);
  const summary: Record<string, unknown> = {};
  for (const name of INDEX_SUMMARY_ATTRIBUTES) summary[name] = plain[name] ?? null;
  return summary as ArticleSummary;
}

function utcInstant(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Spreads one day's writes over DAY_SHARDS partitions; readers query every shard and merge. */
function dayShard(articleId: string): number {
  return createHash('sha256').update(articleId).digest()[0] % DAY_SHARDS;
}

function marshallArticle(article: StoredArticle, keys: Record<string, string>): Item {
  return marshall({ ...article, ...keys } as Record<string, NativeAttributeValue>, {
    removeUndefinedValues: true,
    convertEmptyValues: false,
  });
}
