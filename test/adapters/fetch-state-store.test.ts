import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoFetchStateStore } from '../../lambdas/adapters/dynamodb/fetch-state-store';
import { urlStateKey } from '../../lambdas/adapters/dynamodb/fetch-state-table-schema';
import type { UrlFetchState } from '../../lambdas/fetch/fetch-state';
import type { RobotsRecord } from '../../lambdas/fetch/robots';
import { manualClock } from '../fetch/support/in-memory';
import { startFetchStateDynamoDb } from '../support/embedded-dynamodb';

let dynamo: Awaited<ReturnType<typeof startFetchStateDynamoDb>>;
let time: ReturnType<typeof manualClock>;
let store: DynamoFetchStateStore;

const nowSeconds = () => Math.floor(time.clock.now().getTime() / 1000);

beforeAll(async () => {
  dynamo = await startFetchStateDynamoDb();
});
afterAll(() => dynamo.stop());
beforeEach(() => {
  time = manualClock();
  store = new DynamoFetchStateStore(dynamo.client, dynamo.tableName, time.clock);
});

const state = (url: string, overrides: Partial<UrlFetchState> = {}): UrlFetchState => ({
  url,
  etag: '"v1"',
  lastModified: 'Sat, 28 Nov 2026 10:00:00 GMT',
  lastStatus: 200,
  lastFetchedAt: '2026-11-29T00:00:00.000Z',
  nextFetchAfter: '2026-11-29T01:00:00.000Z',
  expiresAt: nowSeconds() + 3600,
  ...overrides,
});

describe('URL state', () => {
  it('reads back what was written, absent validators as null', async () => {
    await store.putUrlState(state('https://news.example/a'));
    await store.putUrlState(state('https://news.example/b', { etag: null, lastModified: null, lastStatus: 304 }));
    expect(await store.getUrlState('https://news.example/a')).toEqual(state('https://news.example/a'));
    expect(await store.getUrlState('https://news.example/b')).toMatchObject({ etag: null, lastModified: null, lastStatus: 304 });
    expect(await store.getUrlState('https://news.example/never')).toBeNull();
  });

  it('treats an item whose expiresAt has passed as absent, although dynalite still holds it', async () => {
    await store.putUrlState(state('https://news.example/old', { expiresAt: nowSeconds() + 10 }));
    time.advanceSeconds(11);
    expect(await store.getUrlState('https://news.example/old')).toBeNull();
    const raw = await dynamo.client.send(
      new GetItemCommand({ TableName: dynamo.tableName, Key: { pk: { S: urlStateKey('https://news.example/old') } } }),
    );
    expect(raw.Item).toBeDefined();
  });

  it('stores a URL too long for a partition key under its digest, and finds it again', async () => {
    const long = `https://news.example/${'x'.repeat(3000)}`;
    await store.putUrlState(state(long));
    expect(urlStateKey(long)).toMatch(/^U#sha256:[0-9a-f]{64}$/);
    expect((await store.getUrlState(long))?.url).toBe(long);
  });
});

describe('seen marks', () => {
  it('filters marked URLs across more than one BatchGetItem and BatchWriteItem page, keeping input order', async () => {
    const urls = Array.from({ length: 130 }, (_, i) => `https://news.example/seen/${i}`);
    await store.markSeen([...urls.slice(0, 60), urls[0]!], nowSeconds() + 60);
    const unseen = await store.filterUnseen([...urls, urls[70]!]);
    expect(unseen).toEqual([...urls.slice(60), urls[70]]);
  });

  it('counts an expired mark as unseen', async () => {
    await store.markSeen(['https://news.example/expiring'], nowSeconds() + 5);
    expect(await store.filterUnseen(['https://news.example/expiring'])).toEqual([]);
    time.advanceSeconds(6);
    expect(await store.filterUnseen(['https://news.example/expiring'])).toEqual(['https://news.example/expiring']);
  });
});

describe('robots records', () => {
  const record = (expiresAt: number): RobotsRecord => ({
    origin: 'https://news.example',
    policy: { mode: 'rules', rules: [{ allow: false, pattern: '/private' }], crawlDelaySeconds: 2, sitemaps: ['https://news.example/s.xml'] },
    fetchedAt: '2026-11-29T00:00:00.000Z',
    expiresAt,
  });

  it('round-trips the policy until it expires', async () => {
    await store.putRobots(record(nowSeconds() + 100));
    expect(await store.getRobots('https://news.example')).toEqual(record(nowSeconds() + 100));
    time.advanceSeconds(100);
    expect(await store.getRobots('https://news.example')).toBeNull();
  });
});
