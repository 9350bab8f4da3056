import { DynamoArticleStore } from '../../lambdas/adapters/dynamodb/article-store';
import { ArticlesClient } from '../../lambdas/client/articles-client';
import { upsertArticle } from '../../lambdas/pipeline/upsert-article';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';
import { candidate, storedArticle } from '../support/articles';
import { startEmbeddedDynamoDb } from '../support/embedded-dynamodb';
import { MemoryBlobStore } from '../support/memory-blob-store';

const stored = (revision: number, body: string): StoredArticle => storedArticle(revision, body);

describe('DynamoArticleStore against dynalite', () => {
  let dynamo: Awaited<ReturnType<typeof startEmbeddedDynamoDb>>;
  let store: DynamoArticleStore;

  beforeAll(async () => {
    dynamo = await startEmbeddedDynamoDb();
    store = new DynamoArticleStore(dynamo.client, dynamo.tableName);
  });
  afterAll(() => dynamo.stop());

  it('round-trips a full record, nulls and nested images included', async () => {
    const article = {
      ...stored(1, 'نص الخبر'),
      articleId: 'u-roundtrip',
      images: [{ url: 'https://img.example/a.jpg', caption: 'تعليق', alt: null, credit: 'AFP' }],
      counters: { views: 1116, comments: 0 },
    };
    expect(await store.putRevision(article)).toBe('written');
    expect(await store.putLatest(article, 0)).toBe('written');
    expect(await store.getLatest('u-roundtrip')).toEqual(article);
    expect(await store.getRevision('u-roundtrip', 1)).toEqual(article);
  });

  it('refuses a second history item for one revision and a latest write from a stale revision', async () => {
    const first = { ...stored(1, 'a'), articleId: 'u-conditions' };
    expect(await store.putRevision(first)).toBe('written');
    expect(await store.putRevision({ ...first, body: 'other' })).toBe('conflict');
    expect(await store.putLatest(first, 0)).toBe('written');
    expect(await store.putLatest(first, 0)).toBe('conflict');
    expect(await store.putLatest({ ...first, revision: 2 }, 1)).toBe('written');
    expect(await store.putLatest({ ...first, revision: 3 }, 1)).toBe('conflict');
  });

  it('serialises concurrent upserts of different content into consecutive revisions', async () => {
    const bodies = ['one', 'two', 'three', 'four', 'five'];
    await Promise.all(
      bodies.map((body, index) =>
        upsertArticle(store, {
          ...candidate({ body, contentHash: `hash:${body}` }),
          articleId: 'u-race',
          provenance: { ...candidate().provenance, observedAt: '2026-01-01T00:00:00.000Z' },
          revisedAt: `2026-01-01T00:00:0${index}.000Z`,
        }),
      ),
    );
    const latest = await store.getLatest('u-race');
    const revisions = await Promise.all(Array.from({ length: latest!.revision }, (_, index) => store.getRevision('u-race', index + 1)));
    expect(revisions.every(Boolean)).toBe(true);
    expect(new Set(revisions.map((revision) => revision!.body)).size).toBe(latest!.revision);
    expect(latest!.revision).toBe(5);
  });
});

describe('DynamoArticleStore with bodies too long for an item', () => {
  let dynamo: Awaited<ReturnType<typeof startEmbeddedDynamoDb>>;
  const archive = new MemoryBlobStore();
  const longBody = Array.from({ length: 4_000 }, (_, index) => `Paragraph ${index} of a very long report, with enough words to weigh something.`).join('\n\n');

  beforeAll(async () => {
    dynamo = await startEmbeddedDynamoDb();
  });
  afterAll(() => dynamo.stop());

  it('keeps the full body in the archive and a preview plus bodyRef in the item, and reads it back whole', async () => {
    const store = new DynamoArticleStore(dynamo.client, dynamo.tableName, archive);
    const article = { ...stored(1, longBody), articleId: 'u-long', contentHash: 'hash-long', bodyHtml: `<p>${longBody}</p>` };
    expect(await store.putRevision(article)).toBe('written');
    expect(await store.putLatest(article, 0)).toBe('written');

    expect([...archive.objects.keys()]).toEqual([`bodies/${article.contentHash}.json`]);
    expect(await store.getLatest('u-long')).toEqual(article);

    const withoutArchive = await new ArticlesClient(dynamo.client, dynamo.tableName).get('u-long');
    expect(withoutArchive?.bodyRef).toBe(`bodies/${article.contentHash}.json`);
    expect(withoutArchive!.body.length).toBeLessThan(longBody.length);
    expect(longBody.startsWith(withoutArchive!.body)).toBe(true);
    expect((await new ArticlesClient(dynamo.client, dynamo.tableName, { archive }).get('u-long'))?.body).toBe(longBody);
  });

  it('refuses, rather than truncates, an oversized article when no archive is configured', async () => {
    const store = new DynamoArticleStore(dynamo.client, dynamo.tableName);
    await expect(store.putRevision({ ...stored(1, longBody), articleId: 'u-long-2', contentHash: 'hash-long-2' })).rejects.toThrow('over the item budget');
  });
});
