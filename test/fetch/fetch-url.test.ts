import { createHash } from 'node:crypto';
import { createAddressPolicy, parseAllowList } from '../../lambdas/fetch/address-policy';
import { InMemoryFetchStateStore } from '../../lambdas/fetch/fetch-state';
import { asciiSafe, fetchIntoIngest, ingestKeyFor } from '../../lambdas/fetch/fetch-url';
import { createFetchContext, type FetchContext } from '../../lambdas/fetch/polite-fetch';
import { InMemoryBlobStore, manualClock } from './support/in-memory';
import { html, loopbackPolicy, startLoopbackServer, type LoopbackServer } from './support/loopback-server';

let server: LoopbackServer;
let time: ReturnType<typeof manualClock>;
let state: InMemoryFetchStateStore;
let ingest: InMemoryBlobStore;
let context: FetchContext;

const ARABIC_PAGE = Buffer.concat([
  Buffer.from('<html><head><title>'),
  Buffer.from([0xc7, 0xe1, 0xc3, 0xce, 0xc8, 0xc7, 0xd1]),
  Buffer.from('</title></head><body><p>x</p></body></html>'),
]);

function build(policy = loopbackPolicy()): void {
  context = createFetchContext({
    state,
    policy,
    clock: time.clock,
    http: { sleep: time.sleep },
    politeness: { minDelayMs: 0 },
  });
}

beforeEach(async () => {
  server = await startLoopbackServer({
    '/robots.txt': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('User-agent: *\nDisallow: /private\n');
    },
    '/ar': (request, response) => {
      if (request.headers['if-none-match'] === '"ar-1"') {
        response.writeHead(304, { etag: '"ar-1"' });
        return response.end();
      }
      response.writeHead(200, {
        'content-type': 'text/html; charset=windows-1256',
        etag: '"ar-1"',
        'last-modified': 'Sat, 28 Nov 2026 20:00:00 GMT',
      });
      response.end(ARABIC_PAGE);
    },
  });
  time = manualClock();
  state = new InMemoryFetchStateStore(time.clock);
  ingest = new InMemoryBlobStore();
  build();
});
afterEach(() => server.close());

const pageRequests = (path: string): number => server.requests.filter((r) => r.path === path).length;

describe('fetchIntoIngest', () => {
  it('stores the bytes unchanged under fetched/<host>/<sha256>.html with the metadata the parse path reads', async () => {
    const url = server.url('/ar');
    const outcome = await fetchIntoIngest(url, { ingest, context });
    const host = new URL(url).host.replace(':', '_');
    const key = `fetched/${host}/${createHash('sha256').update(url).digest('hex')}.html`;
    expect(outcome).toEqual({ url, outcome: 'stored', key });
    const blob = ingest.blobs.get(key);
    expect(Buffer.from(blob?.bytes ?? []).equals(ARABIC_PAGE)).toBe(true);
    expect(blob?.contentType).toBe('text/html; charset=windows-1256');
    expect(blob?.metadata).toEqual({
      url,
      finalurl: url,
      fetchedat: '2026-11-29T00:00:00.000Z',
      status: '200',
      contenttype: 'text/html; charset=windows-1256',
      etag: '"ar-1"',
      lastmodified: 'Sat, 28 Nov 2026 20:00:00 GMT',
    });
  });

  it('records validators and does not fetch an unchanged URL again before its interval', async () => {
    const url = server.url('/ar');
    await fetchIntoIngest(url, { ingest, context, refetchIntervalSeconds: 600 });
    expect(await state.getUrlState(url)).toMatchObject({
      etag: '"ar-1"',
      lastModified: 'Sat, 28 Nov 2026 20:00:00 GMT',
      lastStatus: 200,
      nextFetchAfter: '2026-11-29T00:10:00.000Z',
    });
    time.advanceSeconds(599);
    expect(await fetchIntoIngest(url, { ingest, context, refetchIntervalSeconds: 600 })).toMatchObject({
      outcome: 'skipped',
      reason: 'not due until 2026-11-29T00:10:00.000Z',
    });
    expect(pageRequests('/ar')).toBe(1);
  });

  it('revalidates once due: a 304 updates state only', async () => {
    const url = server.url('/ar');
    await fetchIntoIngest(url, { ingest, context, refetchIntervalSeconds: 600 });
    time.advanceSeconds(601);
    expect(await fetchIntoIngest(url, { ingest, context, refetchIntervalSeconds: 600 })).toEqual({
      url,
      outcome: 'not-modified',
    });
    expect(ingest.puts).toBe(1);
    expect(server.requests.filter((r) => r.path === '/ar').map((r) => r.headers['if-none-match'])).toEqual([
      undefined,
      '"ar-1"',
    ]);
    expect(await state.getUrlState(url)).toMatchObject({
      lastStatus: 304,
      etag: '"ar-1"',
      nextFetchAfter: '2026-11-29T00:20:01.000Z',
    });
  });

  it.each([404, 410])('reports %i as gone and records it', async (status) => {
    server.route('/old', (_request, response) => {
      response.writeHead(status, { 'content-type': 'text/html' });
      response.end('gone');
    });
    const url = server.url('/old');
    expect(await fetchIntoIngest(url, { ingest, context })).toEqual({ url, outcome: 'gone', status });
    expect(await state.getUrlState(url)).toMatchObject({ lastStatus: status });
    expect(ingest.puts).toBe(0);
  });

  it('skips URLs robots.txt disallows, without requesting them', async () => {
    server.route('/private/1', html('secret'));
    expect(await fetchIntoIngest(server.url('/private/1'), { ingest, context })).toMatchObject({
      outcome: 'skipped',
      reason: 'disallowed by robots.txt',
    });
    expect(pageRequests('/private/1')).toBe(0);
  });

  it('skips every URL of a host whose robots.txt is unreachable, saying why', async () => {
    server.route('/robots.txt', (_request, response) => {
      response.writeHead(500);
      response.end();
    });
    server.route('/a', html('a'));
    expect(await fetchIntoIngest(server.url('/a'), { ingest, context })).toMatchObject({
      outcome: 'skipped',
      reason: 'robots.txt unreachable (HTTP 500); retried later',
    });
    expect(pageRequests('/a')).toBe(0);
  });

  it('waits out the Crawl-delay between requests to one host', async () => {
    server.route('/robots.txt', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('User-agent: *\nCrawl-delay: 7\n');
    });
    server.route('/a', html('a'));
    server.route('/b', html('b'));
    await fetchIntoIngest(server.url('/a'), { ingest, context });
    await fetchIntoIngest(server.url('/b'), { ingest, context });
    expect(time.sleeps).toEqual([7000]);
  });

  it('refuses addresses the policy blocks, with the policy reason', async () => {
    expect(await fetchIntoIngest('http://10.0.0.1/news', { ingest, context })).toEqual({
      url: 'http://10.0.0.1/news',
      outcome: 'error',
      error: 'blocked: private address 10.0.0.1',
    });
    build(createAddressPolicy(parseAllowList('')));
    expect(await fetchIntoIngest(server.url('/ar'), { ingest, context })).toMatchObject({
      outcome: 'error',
      error: 'blocked: loopback address 127.0.0.1',
    });
    expect(server.requests).toHaveLength(0);
  });

  it('refuses non-HTML content and stores nothing', async () => {
    server.route('/doc', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end('%PDF');
    });
    expect(await fetchIntoIngest(server.url('/doc'), { ingest, context })).toMatchObject({
      outcome: 'error',
      error: 'unsupported content type application/pdf',
    });
    expect(ingest.puts).toBe(0);
  });

  it('does not record validators when the write fails, so the next attempt fetches in full', async () => {
    const failing = new InMemoryBlobStore();
    failing.put = async () => {
      throw new Error('S3 unavailable');
    };
    const url = server.url('/ar');
    await expect(fetchIntoIngest(url, { ingest: failing, context })).rejects.toThrow('S3 unavailable');
    expect(await state.getUrlState(url)).toBeNull();
    expect(await fetchIntoIngest(url, { ingest, context })).toMatchObject({ outcome: 'stored' });
  });

  it('keeps metadata ASCII: non-ASCII header values and URLs are percent-encoded', async () => {
    server.route('/%C3%A9t%C3%A9', html('summer', { etag: '"\u00e9"' }));
    const outcome = await fetchIntoIngest(`${server.origin}/été`, { ingest, context });
    expect(outcome).toMatchObject({ outcome: 'stored', url: server.url('/%C3%A9t%C3%A9') });
    const blob = [...ingest.blobs.values()][0];
    expect(blob.metadata.etag).toBe('"%C3%A9"');
    expect(blob.metadata.url).toBe(server.url('/%C3%A9t%C3%A9'));
    expect(Object.values(blob.metadata).every((v) => /^[\x20-\x7e]*$/.test(v))).toBe(true);
  });

  it('records the final URL after a redirect', async () => {
    server.route('/moved', (_request, response) => {
      response.writeHead(301, { location: '/ar' });
      response.end();
    });
    await fetchIntoIngest(server.url('/moved'), { ingest, context });
    expect([...ingest.blobs.values()][0].metadata).toMatchObject({
      url: server.url('/moved'),
      finalurl: server.url('/ar'),
    });
  });

  it('refuses a URL too long to fit S3 metadata', async () => {
    const path = `/${'a'.repeat(1100)}`;
    server.route(path, html('long'));
    expect(await fetchIntoIngest(server.url(path), { ingest, context })).toMatchObject({
      outcome: 'error',
      error: 'URL too long: object metadata would exceed 2 KB',
    });
  });
});

describe('ingestKeyFor and asciiSafe', () => {
  it('ignores the fragment and normalises host case and default port', () => {
    expect(ingestKeyFor('HTTPS://News.Example:443/a#top')).toBe(ingestKeyFor('https://news.example/a'));
    expect(ingestKeyFor('https://news.example/a')).toMatch(/^fetched\/news\.example\/[0-9a-f]{64}\.html$/);
    expect(ingestKeyFor('http://[::1]:8080/a')).toMatch(/^fetched\/___1__8080\//);
  });

  it('percent-encodes non-ASCII and control characters only', () => {
    expect(asciiSafe('W/"abc" \u00e9\u0001')).toBe('W/"abc" %C3%A9%01');
  });
});
