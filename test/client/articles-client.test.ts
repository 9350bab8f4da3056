import { DynamoArticleStore } from '../../lambdas/adapters/dynamodb/article-store';
import { ArticlesClient } from '../../lambdas/client/articles-client';
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

async function drain(list: (cursor: string | null) => Promise<{ items: StoredArticle[]; cursor: string | null }>) {
  const seen: StoredArticle[] = [];
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
    expect(recent.seen.map((item) => item.url)).toEqual(['https://even.example/news/22', 'https://even.example/news/20']);
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
    expect(seen.map((item) => item.url)).toEqual(['https://wire-c.example/story', 'https://wire-b.example/story', 'https://wire-a.example/story']);
  });

  it('returns the revision history oldest first', async () => {
    const history = await client.history(sameDay[0].articleId);
    expect(history.items.map((item) => [item.revision, item.body])).toEqual([
      [1, 'story 0 from even.example'],
      [2, 'corrected'],
    ]);
  });
});
