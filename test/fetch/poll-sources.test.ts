import type * as http from 'node:http';
import { gzipSync } from 'node:zlib';
import { InMemoryFetchStateStore } from '../../lambdas/fetch/fetch-state';
import { createFetchContext, type FetchContext } from '../../lambdas/fetch/polite-fetch';
import {
  loadSourcesConfig,
  pollSources,
  SourcesConfigError,
  type SourceConfig,
} from '../../lambdas/fetch/poll-sources';
import { InMemoryUrlQueue, manualClock } from './support/in-memory';
import { loopbackPolicy, startLoopbackServer, type LoopbackServer, type Route } from './support/loopback-server';

let server: LoopbackServer;
let time: ReturnType<typeof manualClock>;
let state: InMemoryFetchStateStore;
let queue: InMemoryUrlQueue;
let context: FetchContext;

/** Serves `body()` with an ETag derived from it and answers a matching If-None-Match with 304. */
function document(contentType: string, body: () => string | Buffer): Route {
  return (request: http.IncomingMessage, response: http.ServerResponse) => {
    const bytes = Buffer.from(body());
    const etag = `"${bytes.length}-${bytes.subarray(-16).toString('hex')}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag });
      return response.end();
    }
    response.writeHead(200, { 'content-type': contentType, etag });
    response.end(bytes);
  };
}

let rssItems: string[];
const rss = (): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${rssItems
    .map((path) => `<item><title>${path}</title><link>${server.url(path)}</link></item>`)
    .join('')}</channel></rss>`;

const atom = (): string =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><link href="/atom/1"/><updated>2026-11-28T00:00:00Z</updated></entry></feed>`;

const jsonFeed = (): string =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'J',
    items: [
      { id: '1', url: '/json/1' },
      { id: '2', url: '/json/2' },
    ],
  });

const newsSitemap = (): string =>
  `<?xml version="1.0" encoding="UTF-8"?>
  <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    ${[1, 2, 3]
      .map(
        (i) =>
          `<url><loc>${server.url(`/news/${i}`)}</loc><news:news><news:publication_date>2026-11-29T0${i}:00:00Z</news:publication_date><news:title>N${i}</news:title></news:news></url>`,
      )
      .join('')}
  </urlset>`;

const sitemapIndex = (): string =>
  `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>${server.url('/sitemap-old.xml')}</loc><lastmod>2026-01-01</lastmod></sitemap>
    <sitemap><loc>${server.url('/sitemap-news.xml.gz')}</loc><lastmod>2026-11-29</lastmod></sitemap>
  </sitemapindex>`;

beforeEach(async () => {
  rssItems = ['/rss/1', '/rss/2'];
  server = await startLoopbackServer({
    '/robots.txt': document(
      'text/plain',
      () => `User-agent: *\nDisallow: /private\nSitemap: ${server.url('/sitemap-index.xml')}\n`,
    ),
    '/feed.rss': document('application/rss+xml', rss),
    '/feed.atom': document('application/atom+xml', atom),
    '/feed.json': document('application/feed+json', jsonFeed),
    '/sitemap-index.xml': document('application/xml', sitemapIndex),
    '/sitemap-news.xml.gz': document('application/octet-stream', () => gzipSync(newsSitemap())),
    '/sitemap-old.xml': document('text/xml', () => `<urlset><url><loc>${server.url('/old/1')}</loc></url></urlset>`),
  });
  time = manualClock();
  state = new InMemoryFetchStateStore(time.clock);
  queue = new InMemoryUrlQueue();
  context = createFetchContext({
    state,
    policy: loopbackPolicy(),
    clock: time.clock,
    http: { sleep: time.sleep },
    politeness: { minDelayMs: 0 },
  });
});
afterEach(() => server.close());

const source = (type: SourceConfig['type'], path: string, extra: Partial<SourceConfig> = {}): SourceConfig => ({
  type,
  url: server.url(path),
  ...extra,
});

describe('pollSources', () => {
  it('enqueues the entries of RSS, Atom and JSON feeds', async () => {
    const outcomes = await pollSources(
      [source('feed', '/feed.rss'), source('feed', '/feed.atom'), source('feed', '/feed.json')],
      { context, queue },
    );
    expect(outcomes.map((o) => o.outcome)).toEqual(['polled', 'polled', 'polled']);
    expect(queue.all()).toEqual(['/rss/1', '/rss/2', '/atom/1', '/json/1', '/json/2'].map((p) => server.url(p)));
  });

  it('enqueues only URLs not seen before', async () => {
    await pollSources([source('feed', '/feed.rss', { intervalSeconds: 60 })], { context, queue });
    rssItems = ['/rss/3', '/rss/1', '/rss/2'];
    time.advanceSeconds(61);
    const [outcome] = await pollSources([source('feed', '/feed.rss', { intervalSeconds: 60 })], { context, queue });
    expect(outcome).toMatchObject({ outcome: 'polled', discovered: 3, enqueued: [server.url('/rss/3')] });
    expect(queue.batches).toEqual([[server.url('/rss/1'), server.url('/rss/2')], [server.url('/rss/3')]]);
  });

  it('polls conditionally and respects the interval', async () => {
    const feed = source('feed', '/feed.rss', { intervalSeconds: 300 });
    await pollSources([feed], { context, queue });
    time.advanceSeconds(100);
    expect(await pollSources([feed], { context, queue })).toMatchObject([
      { outcome: 'skipped', reason: 'not due until 2026-11-29T00:05:00.000Z' },
    ]);
    time.advanceSeconds(300);
    expect(await pollSources([feed], { context, queue })).toMatchObject([{ outcome: 'not-modified' }]);
    const feedRequests = server.requests.filter((r) => r.path === '/feed.rss');
    expect(feedRequests).toHaveLength(2);
    expect(feedRequests[1].headers['if-none-match']).toBeDefined();
  });

  it('follows a sitemap index to a gzipped news sitemap, newest first, within maxUrls', async () => {
    const [outcome] = await pollSources([source('sitemap', '/sitemap-index.xml', { maxUrls: 3 })], { context, queue });
    expect(outcome).toMatchObject({ outcome: 'polled', discovered: 4, warnings: [] });
    expect(queue.all()).toEqual(['/news/1', '/news/2', '/news/3'].map((p) => server.url(p)));
  });

  it('discovers sitemaps from robots.txt Sitemap lines', async () => {
    const [outcome] = await pollSources([source('robots-sitemaps', '/')], { context, queue });
    expect(outcome).toMatchObject({ outcome: 'polled', discovered: 4 });
    expect(queue.all()).toContain(server.url('/old/1'));
    expect(queue.all()).toContain(server.url('/news/3'));
  });

  it('reports robots-sitemaps as an error while robots.txt is unreachable', async () => {
    server.route('/robots.txt', (_request, response) => {
      response.writeHead(503);
      response.end();
    });
    expect(await pollSources([source('robots-sitemaps', '/')], { context, queue })).toMatchObject([
      { outcome: 'error', error: 'robots.txt unreachable (HTTP 503); retried later' },
    ]);
    expect(queue.all()).toEqual([]);
  });

  it('reports a failing source and carries on with the others', async () => {
    const outcomes = await pollSources([source('feed', '/missing.rss'), source('feed', '/feed.atom')], {
      context,
      queue,
    });
    expect(outcomes).toMatchObject([
      { outcome: 'error', error: `HTTP 404 for ${server.url('/missing.rss')}` },
      { outcome: 'polled', enqueued: [server.url('/atom/1')] },
    ]);
  });

  it('reports a source that is not a feed, and waits its interval before trying again', async () => {
    server.route(
      '/page.html',
      document('text/html', () => '<html><body>hi</body></html>'),
    );
    const notAFeed = source('feed', '/page.html');
    expect(await pollSources([notAFeed], { context, queue })).toMatchObject([
      { outcome: 'error', error: 'not a feed: no rss, feed or RDF root element' },
    ]);
    expect(await pollSources([notAFeed], { context, queue })).toMatchObject([{ outcome: 'skipped' }]);
  });

  it('follows nested sitemap indexes within the fetch budget', async () => {
    server.route(
      '/outer-index.xml',
      document(
        'application/xml',
        () => `<sitemapindex><sitemap><loc>${server.url('/sitemap-index.xml')}</loc></sitemap></sitemapindex>`,
      ),
    );
    const [outcome] = await pollSources([source('sitemap', '/outer-index.xml')], { context, queue });
    expect(outcome).toMatchObject({ outcome: 'polled', discovered: 4 });
    const [limited] = await pollSources([source('sitemap', '/outer-index.xml')], {
      context: createFetchContext({
        state: new InMemoryFetchStateStore(time.clock),
        policy: loopbackPolicy(),
        clock: time.clock,
        http: { sleep: time.sleep },
        politeness: { minDelayMs: 0 },
      }),
      queue,
      maxSitemapsPerSource: 2,
    });
    expect(limited).toMatchObject({ outcome: 'polled', discovered: 0 });
  });

  it('does not mark URLs seen or record the feed when enqueueing fails, so the next poll retries', async () => {
    const failing = new InMemoryUrlQueue();
    failing.enqueue = async () => {
      throw new Error('queue down');
    };
    const feed = source('feed', '/feed.rss');
    expect(await pollSources([feed], { context, queue: failing })).toMatchObject([
      { outcome: 'error', error: 'queue down' },
    ]);
    expect(await pollSources([feed], { context, queue })).toMatchObject([
      { outcome: 'polled', enqueued: [server.url('/rss/1'), server.url('/rss/2')] },
    ]);
  });

  it('lets seen marks expire', async () => {
    const feed = source('feed', '/feed.rss', { intervalSeconds: 60 });
    await pollSources([feed], { context, queue, seenTtlSeconds: 3600 });
    rssItems = [...rssItems, '/rss/9'];
    time.advanceSeconds(3601);
    const [outcome] = await pollSources([feed], { context, queue, seenTtlSeconds: 3600 });
    expect(outcome).toMatchObject({ enqueued: ['/rss/1', '/rss/2', '/rss/9'].map((p) => server.url(p)) });
  });
});

describe('loadSourcesConfig', () => {
  it('reads and normalises a valid config', () => {
    const config = loadSourcesConfig(
      JSON.stringify({
        sources: [
          { type: 'feed', url: 'https://News.Example/feed.xml', intervalSeconds: 300 },
          { type: 'sitemap', url: 'https://news.example/sitemap.xml', maxUrls: 50 },
          { type: 'robots-sitemaps', url: 'https://news.example' },
        ],
      }),
    );
    expect(config).toEqual({
      sources: [
        { type: 'feed', url: 'https://news.example/feed.xml', intervalSeconds: 300 },
        { type: 'sitemap', url: 'https://news.example/sitemap.xml', maxUrls: 50 },
        { type: 'robots-sitemaps', url: 'https://news.example/' },
      ],
    });
  });

  it.each([
    ['not JSON', '{', /^sources config is not valid JSON/],
    ['no sources array', '{"feeds":[]}', /must be an object with a "sources" array/],
    ['a bare array', '[]', /must be an object with a "sources" array/],
    [
      'an unknown type',
      '{"sources":[{"type":"atom","url":"https://a.example/"}]}',
      /sources\[0\]\.type must be one of feed, sitemap, robots-sitemaps/,
    ],
    ['a relative url', '{"sources":[{"type":"feed","url":"/feed"}]}', /sources\[0\]\.url must be an absolute URL/],
    [
      'an ftp url',
      '{"sources":[{"type":"feed","url":"ftp://a.example/f"}]}',
      /sources\[0\]\.url must be an http or https URL/,
    ],
    [
      'a zero interval',
      '{"sources":[{"type":"feed","url":"https://a.example/","intervalSeconds":0}]}',
      /intervalSeconds must be a positive integer/,
    ],
    [
      'a fractional maxUrls',
      '{"sources":[{"type":"feed","url":"https://a.example/","maxUrls":1.5}]}',
      /maxUrls must be a positive integer/,
    ],
    [
      'a typo in a field',
      '{"sources":[{"type":"feed","url":"https://a.example/","interval":60}]}',
      /unknown field "interval"/,
    ],
    ['a non-object entry', '{"sources":["https://a.example/"]}', /sources\[0\] must be an object/],
  ])('rejects %s', (_label, text, message) => {
    expect(() => loadSourcesConfig(text)).toThrow(SourcesConfigError);
    expect(() => loadSourcesConfig(text)).toThrow(message);
  });
});
