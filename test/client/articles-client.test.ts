import { BatchGetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoArticleStore } from '../../lambdas/adapters/dynamodb/article-store';
import { INDEX_SUMMARY_ATTRIBUTES } from '../../lambdas/adapters/dynamodb/articles-table-schema';
import { ArticlesClient, type ArticleSummary } from '../../lambdas/client/articles-client';
import { articleIdForUrl } from '../../lambdas/pipeline/identity/article-id';
import { canonicalizeUrl } from '../../lambdas/pipeline/identity/canonical-url';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';
import { storedArticle } from '../support/articles';
import { startEmbeddedDynamoDb } from '../support/embedded-dynamodb';

const DAY = '2026-03-14';

function article(host: string, index: number, publishedAt: string | null, revision = 1): StoredArticle {
  const url = `https://${host}/news/${index}`;
  return storedArticle(revision, `story ${index} from ${host}`, {
    contentHash: `hash:${host}:${index}:${revision}`,
    articleId: articleIdForUrl(canonicalizeUrl(url)!),
    url,
    canonicalUrl: url,
    publishedAt,
    firstSeenAt: '2026-03-14T23:00:00.000Z',
  });
}

async function drain<T>(list: (cursor: string | null) => Promise<{ items: T[]; cursor: string | null }>) {
  const seen: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await list(cursor);
    seen.push(...page.items);
    cursor = page.cursor;
    pages += 1;
  } while (cursor && pages < 100);
  return { seen, pages };
}

describe('ArticlesClient against dynalite', () => {
  let dynamo: Awaited<ReturnType<typeof startEmbeddedDynamoDb>>;
  let client: ArticlesClient;
  const sameDay: StoredArticle[] = [];

  beforeAll(async () => {
    dynamo = await startEmbeddedDynamoDb();
    client = new ArticlesClient(dynamo.client, dynamo.tableName);
    const store = new DynamoArticleStore(dynamo.client, dynamo.tableName);
    for (let index = 0; index < 23; index += 1) {
      const host = index % 2 === 0 ? 'even.example' : 'odd.example';
      // Offsets vary on purpose: index keys must order instants, not strings as the page wrote them.
      const publishedAt = `${DAY}T${String(index).padStart(2, '0')}:30:00+00:00`;
      sameDay.push(article(host, index, publishedAt));
    }
    const otherDay = article('even.example', 99, '2026-03-13T12:00:00+02:00');
    for (const item of [...sameDay, otherDay]) {
      await store.putRevision(item);
      await store.putLatest(item, 0);
    }
    const revised = { ...sameDay[0], body: 'corrected', revision: 2, contentHash: 'hash:revised' };
    await store.putRevision(revised);
    await store.putLatest(revised, 1);
    sameDay[0] = revised;
  });
  afterAll(() => dynamo.stop());

  it('gets an article by id and by any spelling of its URL', async () => {
    expect((await client.get(sameDay[3].articleId))?.body).toBe(sameDay[3].body);
    expect((await client.getByUrl('HTTPS://Odd.Example/news/3?utm_source=x#top'))?.articleId).toBe(sameDay[3].articleId);
    expect(await client.getByUrl('https://odd.example/news/404')).toBeNull();
  });

  it('lists one site newest first across pages, with a since bound', async () => {
    const { seen, pages } = await drain((cursor) => client.listBySite('even.example', { limit: 5, cursor }));
    expect(pages).toBeGreaterThan(2);
    expect(seen).toHaveLength(13);
    const times = seen.map((item) => Date.parse(item.publishedAt!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const recent = await drain((cursor) => client.listBySite('even.example', { since: `${DAY}T20:00:00Z`, cursor }));
    expect(recent.seen.map((item) => item.canonicalUrl)).toEqual(['https://even.example/news/22', 'https://even.example/news/20']);
  });

  it('lists summaries from the index: the projected attributes, no body, no keys, at the current revision', async () => {
    const { seen } = await drain((cursor) => client.listBySite('even.example', { cursor }));
    const revised = seen.find((item) => item.articleId === sameDay[0].articleId)!;
    expect(revised).toEqual(Object.fromEntries(INDEX_SUMMARY_ATTRIBUTES.map((name) => [name, sameDay[0][name]])));
    expect(revised.revision).toBe(2);
    for (const item of seen) expect(Object.keys(item).sort()).toEqual([...INDEX_SUMMARY_ATTRIBUTES].sort());
  });

  it('hydrates a page of summaries into full records, in the same order, keeping the cursor', async () => {
    const page = await client.listBySite('even.example', { limit: 5 });
    const full = await client.hydrate(page);
    expect(full.cursor).toBe(page.cursor);
    expect(full.items.map((item) => item.articleId)).toEqual(page.items.map((item) => item.articleId));
    const byId = new Map([...sameDay].map((item) => [item.articleId, item]));
    for (const item of full.items) expect(item.body).toBe(byId.get(item.articleId)?.body ?? 'story 99 from even.example');
  });

  it('gets many articles by id in the order asked, across BatchGetItem calls, leaving out ids with no article', async () => {
    const ids = [...sameDay].reverse().map((item) => item.articleId);
    // 23 real ids among 120 (more than one call's 100 keys), one of them twice.
    const asked = [...Array.from({ length: 97 }, (_, n) => `u-missing-${n}`), ...ids, ids[0]];
    const found = await client.getMany(asked);
    expect(found.map((item) => item.articleId)).toEqual([...ids, ids[0]]);
    expect(found[found.length - 2].body).toBe('corrected');
    expect(await client.getMany([])).toEqual([]);
  });

  it('lists one day across all shards, each article exactly once, newest first, page by page', async () => {
    const { seen, pages } = await drain((cursor) => client.listByDay(DAY, { limit: 4, cursor }));
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(seen.map((item) => item.articleId).sort()).toEqual(sameDay.map((item) => item.articleId).sort());
    const times = seen.map((item) => Date.parse(item.publishedAt!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('lists every article of one story in the order they were first seen', async () => {
    const store = new DynamoArticleStore(dynamo.client, dynamo.tableName);
    const members = ['wire-a.example', 'wire-b.example', 'wire-c.example'].map((host, index) =>
      storedArticle(1, `wire story as carried by ${host}`, {
        articleId: articleIdForUrl(canonicalizeUrl(`https://${host}/story`)!),
        url: `https://${host}/story`,
        canonicalUrl: `https://${host}/story`,
        storyId: 's-wire',
        firstSeenAt: `2026-03-15T0${3 - index}:00:00.000Z`,
      }),
    );
    for (const member of members) {
      await store.putRevision(member);
      await store.putLatest(member, 0);
    }
    const { seen } = await drain((cursor) => client.listStory('s-wire', { limit: 2, cursor }));
    expect(seen.map((item) => item.canonicalUrl)).toEqual(['https://wire-c.example/story', 'https://wire-b.example/story', 'https://wire-a.example/story']);
    expect(seen.map((item: ArticleSummary) => item.storyId)).toEqual(['s-wire', 's-wire', 's-wire']);
  });

  it('returns the revision history oldest first', async () => {
    const history = await client.history(sameDay[0].articleId);
    expect(history.items.map((item) => [item.revision, item.body])).toEqual([
      [1, 'story 0 from even.example'],
      [2, 'corrected'],
    ]);
  });
});

describe('ArticlesClient.getMany under throttling', () => {
  /** A DynamoDB client whose BatchGetItem leaves the last key of each call unprocessed, as a throttled table does. */
  function throttlingClient(rows: Map<string, StoredArticle>) {
    const calls: number[] = [];
    const send = jest.fn(async (command: BatchGetItemCommand) => {
      const keys = command.input.RequestItems!.articles.Keys!;
      calls.push(keys.length);
      const served = keys.length > 1 ? keys.slice(0, -1) : keys;
      const items = served.flatMap((key) => {
        const article = rows.get(key.pk.S!);
        return article ? [{ pk: key.pk, sk: key.sk, articleId: { S: article.articleId }, body: { S: article.body }, revision: { N: '1' } }] : [];
      });
      return {
        Responses: { articles: items },
        UnprocessedKeys: keys.length > 1 ? { articles: { Keys: keys.slice(-1) } } : {},
      };
    });
    return { client: { send } as unknown as DynamoDBClient, calls };
  }

  it('asks again for the keys left unprocessed until every one is read', async () => {
    const articles = ['a', 'b', 'c'].map((id) => storedArticle(1, `body ${id}`, { articleId: `u-${id}` }));
    const { client, calls } = throttlingClient(new Map(articles.map((item) => [`A#${item.articleId}`, item])));
    const found = await new ArticlesClient(client, 'articles').getMany(['u-c', 'u-a', 'u-b']);
    expect(found.map((item) => item.body)).toEqual(['body c', 'body a', 'body b']);
    expect(calls).toEqual([3, 1]);
  });
});
