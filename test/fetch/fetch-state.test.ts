import { InMemoryFetchStateStore, type UrlFetchState } from '../../lambdas/fetch/fetch-state';
import { manualClock } from './support/in-memory';

const START_SECONDS = Date.parse('2026-11-29T00:00:00Z') / 1000;

function urlState(url: string, expiresAt: number): UrlFetchState {
  return {
    url,
    etag: '"e"',
    lastModified: null,
    lastStatus: 200,
    lastFetchedAt: '2026-11-29T00:00:00.000Z',
    nextFetchAfter: '2026-11-29T01:00:00.000Z',
    expiresAt,
  };
}

describe('InMemoryFetchStateStore', () => {
  it('stores URL state and treats it as absent once expiresAt has passed', async () => {
    const time = manualClock();
    const store = new InMemoryFetchStateStore(time.clock);
    await store.putUrlState(urlState('https://a.example/1', START_SECONDS + 60));
    expect(await store.getUrlState('https://a.example/1')).toEqual(urlState('https://a.example/1', START_SECONDS + 60));
    time.advanceSeconds(60);
    expect(await store.getUrlState('https://a.example/1')).toBeNull();
  });

  it('returns copies, so callers cannot change stored state by mutation', async () => {
    const store = new InMemoryFetchStateStore(manualClock().clock);
    await store.putUrlState(urlState('https://a.example/1', START_SECONDS + 60));
    const read = await store.getUrlState('https://a.example/1');
    if (read) read.etag = 'changed';
    expect((await store.getUrlState('https://a.example/1'))?.etag).toBe('"e"');
  });

  it('filters seen URLs until their mark expires', async () => {
    const time = manualClock();
    const store = new InMemoryFetchStateStore(time.clock);
    await store.markSeen(['https://a.example/1'], START_SECONDS + 10);
    expect(await store.filterUnseen(['https://a.example/2', 'https://a.example/1'])).toEqual(['https://a.example/2']);
    time.advanceSeconds(10);
    expect(await store.filterUnseen(['https://a.example/1'])).toEqual(['https://a.example/1']);
  });

  it('caches robots records until they expire', async () => {
    const time = manualClock();
    const store = new InMemoryFetchStateStore(time.clock);
    const record = {
      origin: 'https://a.example',
      policy: { mode: 'allow-all' as const, rules: [], crawlDelaySeconds: null, sitemaps: [] },
      fetchedAt: '2026-11-29T00:00:00.000Z',
      expiresAt: START_SECONDS + 5,
    };
    await store.putRobots(record);
    expect(await store.getRobots('https://a.example')).toEqual(record);
    time.advanceSeconds(5);
    expect(await store.getRobots('https://a.example')).toBeNull();
  });
});
