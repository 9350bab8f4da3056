/**
 * The typed read client downstream services import to read the articles table.
 *
 * ```ts
 * import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
 * import { S3Client } from '@aws-sdk/client-s3';
 * import { ArticlesClient, S3BlobStore } from 'gazette/lambdas/client';
 *
 * const articles = new ArticlesClient(new DynamoDBClient({}), 'Gazette-Articles...', {
 *   archive: new S3BlobStore(new S3Client({}), 'gazette-archive-...'), // optional: reads back very long bodies
 * });
 * const page = await articles.listBySite('news.example', { limit: 20 });   // summaries, from the index
 * for (const summary of page.items) console.log(summary.publishedAt, summary.title);
 * const full = await articles.hydrate(page);                               // the same page, full records
 * const next = page.cursor ? await articles.listBySite('news.example', { cursor: page.cursor }) : null;
 * ```
 *
 * The listings (`listBySite`, `listByDay`, `listStory`) read the indexes, which hold an {@link ArticleSummary}
 * of each article rather than the whole record (docs/TABLE.md, "Indexes"): a listing costs a fraction of a read
 * unit per article, and a caller that needs bodies fetches just the records it shows, with `hydrate` or `getMany`.
 */
import { GetItemCommand, QueryCommand, ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { fromIndexItem, fromItem, type ArticleSummary } from '../adapters/dynamodb/article-item';
import { batchGetItems } from '../adapters/dynamodb/batch-requests';
import {
  ARTICLES_TABLE_INDEXES as INDEXES,
  DAY_SHARDS,
  LATEST_SORT_KEY,
  articlePartitionKey,
} from '../adapters/dynamodb/articles-table-schema';
import { articleIdForUrl } from '../pipeline/identity/article-id';
import { canonicalizeUrl } from '../pipeline/identity/canonical-url';
import type { BlobStore } from '../pipeline/ports';
import type { StoredArticle } from '../pipeline/stored-article';
import { restoreLargeBody } from '../adapters/dynamodb/large-body';

export type { StoredArticle } from '../pipeline/stored-article';
export type { ArticleSummary } from '../adapters/dynamodb/article-item';

export interface Page<T> {
  items: T[];
  /** Pass back to get the next page; null on the last page. Opaque. */
  cursor: string | null;
}

export interface ListOptions {
  /** Items per page (default 50). */
  limit?: number;
  cursor?: string | null;
  /** Only articles listed at or after this ISO 8601 instant (publishedAt, or first-seen time when undated). */
  since?: string;
}

type Key = Record<string, AttributeValue>;

const DEFAULT_LIMIT = 50;

export interface ArticlesClientOptions {
  /**
   * The archive bucket. Bodies too long for a DynamoDB item live there; with it, reads return full bodies, and
   * without it such articles come back with a preview `body` and a `bodyRef` key.
   */
  archive?: BlobStore;
}

export class ArticlesClient {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly options: ArticlesClientOptions = {},
  ) {}

  /** The latest revision of an article. */
  async get(articleId: string): Promise<StoredArticle | null> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: articlePartitionKey(articleId) }, sk: { S: LATEST_SORT_KEY } } }),
    );
    return Item ? this.toArticle(Item) : null;
  }

  /** The article at a URL, through the same canonicalisation the pipeline uses to derive ids. */
  async getByUrl(url: string): Promise<StoredArticle | null> {
    const canonical = canonicalizeUrl(url);
    return canonical ? this.get(articleIdForUrl(canonical)) : null;
  }

  /**
   * The latest revisions of several articles, in the order asked, through eventually consistent BatchGetItem
   * calls of up to 100 keys; ids with no article are left out. Keys DynamoDB leaves unprocessed (throttling) are
   * asked again after a growing pause.
   */
  async getMany(articleIds: readonly string[]): Promise<StoredArticle[]> {
    const keys = [...new Set(articleIds)].map((id) => ({ pk: { S: articlePartitionKey(id) }, sk: { S: LATEST_SORT_KEY } }));
    const batch = await batchGetItems(this.client, this.tableName, keys, { owner: 'articles client', things: 'articles' });
    const found = new Map(batch.map((item) => [item.pk!.S!, item]));
    const items = articleIds.map((id) => found.get(articlePartitionKey(id))).filter((item): item is Key => item !== undefined);
    return this.toArticles(items);
  }

  /**
   * A listing's page with the full record of each article, same order and same cursor. Each record is the
   * article's latest revision when read, which can be newer than the summary the index still held.
   */
  async hydrate(page: Page<ArticleSummary>): Promise<Page<StoredArticle>> {
    return { items: await this.getMany(page.items.map((summary) => summary.articleId)), cursor: page.cursor };
  }

  /** Summaries of one host's articles, newest first. */
  listBySite(host: string, options: ListOptions = {}): Promise<Page<ArticleSummary>> {
    return this.queryIndex(INDEXES.bySite, `SITE#${host.toLowerCase()}`, options);
  }

  /** Summaries of one story's articles (the same wire story on several sites), in the order they were seen. */
  listStory(storyId: string, options: ListOptions = {}): Promise<Page<ArticleSummary>> {
    return this.queryIndex(INDEXES.byStory, `STORY#${storyId}`, options, true);
  }

  /** Every revision of an article, oldest first. */
  async history(articleId: string, options: ListOptions = {}): Promise<Page<StoredArticle>> {
    const response = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :revision)',
        ExpressionAttributeValues: { ':pk': { S: articlePartitionKey(articleId) }, ':revision': { S: 'R#' } },
        Limit: options.limit ?? DEFAULT_LIMIT,
        ExclusiveStartKey: decodeCursor<Key>(options.cursor),
      }),
    );
    return { items: await this.toArticles(response.Items), cursor: encodeCursor(response.LastEvaluatedKey) };
  }

  /**
   * Summaries of one UTC day's articles (`YYYY-MM-DD`), newest first. The day is spread over DAY_SHARDS
   * partitions so a busy news day has no hot key; this merges the shards, and the cursor remembers each shard's
   * position.
   */
  async listByDay(day: string, options: ListOptions = {}): Promise<Page<ArticleSummary>> {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const positions = decodeCursor<(Key | null)[]>(options.cursor) ?? Array.from({ length: DAY_SHARDS }, () => ({}) as Key);
    const shardPages = await Promise.all(
      positions.map(async (position, shard) => {
        if (position === null) return { items: [] as Key[], exhausted: true };
        const response = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: INDEXES.byDay.indexName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': INDEXES.byDay.partitionKey },
            ExpressionAttributeValues: { ':pk': { S: `DAY#${day}#${shard}` } },
            ScanIndexForward: false,
            Limit: limit,
            ExclusiveStartKey: Object.keys(position).length > 0 ? position : undefined,
          }),
        );
        return { items: response.Items ?? [], exhausted: !response.LastEvaluatedKey };
      }),
    );

    const merged = shardPages
      .flatMap((page, shard) => page.items.map((item) => ({ item, shard })))
      .sort((a, b) => (sortKeyOf(b.item) < sortKeyOf(a.item) ? -1 : sortKeyOf(b.item) > sortKeyOf(a.item) ? 1 : 0))
      .slice(0, limit);

    const next = positions.map((position, shard) => {
      const taken = merged.filter((entry) => entry.shard === shard);
      const page = shardPages[shard];
      if (taken.length === 0) return page.items.length === 0 && page.exhausted ? null : position;
      if (taken.length === page.items.length && page.exhausted) return null;
      return indexKeyOf(taken[taken.length - 1].item);
    });
    return { items: merged.map((entry) => fromIndexItem(entry.item)), cursor: next.every((p) => p === null) ? null : encodeCursor(next) };
  }

  /** Every latest item, full records: a table scan, for admin tools and the local runtime, not for request paths. */
  async *scanLatest(): AsyncGenerator<StoredArticle> {
    let startKey: Key | undefined;
    do {
      const response = await this.client.send(
        new ScanCommand({
          TableName: this.tableName,
          FilterExpression: 'sk = :latest',
          ExpressionAttributeValues: { ':latest': { S: LATEST_SORT_KEY } },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of response.Items ?? []) yield await this.toArticle(item);
      startKey = response.LastEvaluatedKey;
    } while (startKey);
  }

  private async queryIndex(
    index: { indexName: string; partitionKey: string; sortKey: string },
    partition: string,
    options: ListOptions,
    oldestFirst = false,
  ): Promise<Page<ArticleSummary>> {
    const since = options.since ? ' AND #sk >= :since' : '';
    const response = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.indexName,
        KeyConditionExpression: `#pk = :pk${since}`,
        ExpressionAttributeNames: { '#pk': index.partitionKey, ...(since ? { '#sk': index.sortKey } : {}) },
        ExpressionAttributeValues: { ':pk': { S: partition }, ...(options.since ? { ':since': { S: options.since } } : {}) },
        ScanIndexForward: oldestFirst,
        Limit: options.limit ?? DEFAULT_LIMIT,
        ExclusiveStartKey: decodeCursor<Key>(options.cursor),
      }),
    );
    return { items: (response.Items ?? []).map(fromIndexItem), cursor: encodeCursor(response.LastEvaluatedKey) };
  }

  private toArticle(item: Key): Promise<StoredArticle> {
    return restoreLargeBody(fromItem(item), this.options.archive);
  }

  private toArticles(items: Key[] | undefined): Promise<StoredArticle[]> {
    return Promise.all((items ?? []).map((item) => this.toArticle(item)));
  }
}

/** Unprocessed keys mean the partition is throttled: wait 50 ms, then twice as long each round. */
function sortKeyOf(item: Key): string {
  return item[INDEXES.byDay.sortKey]?.S ?? '';
}

function indexKeyOf(item: Key): Key {
  return {
    pk: item.pk,
    sk: item.sk,
    [INDEXES.byDay.partitionKey]: item[INDEXES.byDay.partitionKey],
    [INDEXES.byDay.sortKey]: item[INDEXES.byDay.sortKey],
  };
}

function encodeCursor(value: unknown): string | null {
  return value ? Buffer.from(JSON.stringify(value)).toString('base64url') : null;
}

function decodeCursor<T>(cursor: string | null | undefined): T | undefined {
  if (!cursor) return undefined;
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as T;
}
