import type * as http from 'node:http';
import path from 'node:path';
import { readEnvelopes, type EventEnvelope } from '../../bin/local/event-log';
import { startLocalRuntime, type LocalRuntime } from '../../bin/local/runtime';
import { fetchCommand } from '../../bin/cli/fetch-command';
import { sourcesCommand } from '../../bin/cli/sources-command';
import { DEFAULT_REFETCH_INTERVAL_SECONDS } from '../../lambdas/fetch/fetch-url';
import { SOURCE_DEFAULTS } from '../../lambdas/fetch/poll-sources';
import { manualClock } from '../fetch/support/in-memory';
import { redirect, startLoopbackServer, type LoopbackServer } from '../fetch/support/loopback-server';
import { makeTempDir } from '../support/temp-dir';

/**
 * Fetching end to end in the local runtime: a feed on a loopback server is polled with no manual step, its
 * articles are fetched into the ingest bucket and parsed into records and events by the same handlers as in AWS.
 */
const page = (title: string, sentence: string) =>
  `<html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
  `<p>${sentence} The announcement came on Monday morning after weeks of work by the city's engineers.</p>` +
  `<p>Residents gathered to watch, and local traders said they expected business to pick up within days.</p></article></body></html>`;

const PAGES: Record<string, string> = {
  '/news/harbour': page('Harbour reopens', 'The old harbour reopened to fishing boats after two years of repairs.'),
  '/news/bridge': page('Bridge opens', 'The new bridge over the river opened to traffic this morning.'),
  '/news/extra': page('Night train returns', 'The night train between the two capitals runs again from next week.'),
};
const FEED_PATHS = ['/news/harbour', '/news/bridge'];

describe('fetching in the local runtime', () => {
  const allowBefore = process.env.GAZETTE_FETCH_ALLOW;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let server: LoopbackServer;
  let runtime: LocalRuntime;
  let dataDir: string;
  const time = manualClock(new Date().toISOString());
  /** Status of every response the test server sent, in order, beside `server.requests`. */
  const statuses: number[] = [];

  /** 200 with an ETag, or 304 to a request that already holds it. */
  const conditional =
    (contentType: string, body: () => string) => (request: http.IncomingMessage, response: http.ServerResponse) => {
      const etag = `"${Buffer.byteLength(body())}"`;
      const status = request.headers['if-none-match'] === etag ? 304 : 200;
      statuses.push(status);
      response.writeHead(status, status === 200 ? { 'content-type': contentType, etag } : { etag });
      response.end(status === 200 ? body() : undefined);
    };
  const feed = () =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>City news</title>${FEED_PATHS.map(
      (p) => `<item><title>${p}</title><link>${server.url(p)}</link></item>`,
    ).join('')}</channel></rss>`;
  const events = (): Promise<EventEnvelope[]> => readEnvelopes(path.join(dataDir, 'events.jsonl'));
  const run = async (command: (print: (line: string) => void) => Promise<number>) => {
    const lines: string[] = [];
    const code = await command((line) => lines.push(line));
    return { code, outcomes: lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
  };

  beforeAll(async () => {
    process.env.GAZETTE_FETCH_ALLOW = '127.0.0.1';
    temp = await makeTempDir('fetching');
    dataDir = path.join(temp.dir, 'data');
    server = await startLoopbackServer({
      '/feed.rss': conditional('application/rss+xml', feed),
      '/to-private': redirect('http://10.0.0.1/story'),
      ...Object.fromEntries(Object.entries(PAGES).map(([p, html]) => [p, conditional('text/html; charset=utf-8', () => html)])),
    });
    runtime = await startLocalRuntime({
      dataDir,
      inboxDir: path.join(temp.dir, 'inbox'),
      s3Port: 0,
      dynamoDbPort: 0,
      sources: [{ type: 'feed', url: server.url('/feed.rss') }],
      // Far beyond the test: the test polls again itself, after moving the fetcher's clock.
      pollIntervalMs: 3_600_000,
      fetchClock: time.clock,
      onProblem: () => undefined,
      logLevel: 'SILENT',
    });
  });

  afterAll(async () => {
    await runtime.stop();
    await server.close();
    await temp.remove();
    if (allowBefore === undefined) delete process.env.GAZETTE_FETCH_ALLOW;
    else process.env.GAZETTE_FETCH_ALLOW = allowBefore;
  });

  it('polls the configured feed at start and turns its articles into records and ArticleCreated events', async () => {
    await runtime.whenIdle();
    const created = (await events()).filter((event) => event['detail-type'] === 'ArticleCreated');
    expect(created.map((event) => event.detail.url).sort()).toEqual(FEED_PATHS.map((p) => server.url(p)).sort());
    const harbour = await runtime.articles.getByUrl(server.url('/news/harbour'));
    expect(harbour?.title).toBe('Harbour reopens');
    expect(harbour?.provenance.sourceKey).toMatch(/^fetched\/127\.0\.0\.1_\d+\/[0-9a-f]{64}\.html$/);
  });

  it('polls again with nothing changed: one conditional GET of the feed, answered 304, and no events', async () => {
    const eventsBefore = (await events()).length;
    const requestsBefore = server.requests.length;
    time.advanceSeconds(SOURCE_DEFAULTS.intervalSeconds + 1);
    const [outcome] = await runtime.fetching.pollNow();
    await runtime.whenIdle();

    expect(outcome).toMatchObject({ outcome: 'not-modified' });
    const requests = server.requests.slice(requestsBefore);
    expect(requests.map((r) => [r.path, r.headers['if-none-match']])).toEqual([['/feed.rss', expect.any(String)]]);
    expect(statuses.slice(-1)).toEqual([304]);
    expect(await events()).toHaveLength(eventsBefore);
  });

  it('gazette sources lists the feed with its last poll, status and ETag', async () => {
    const { code, outcomes } = await run((print) => sourcesCommand({ data: dataDir, print }));
    expect(code).toBe(0);
    expect(outcomes).toEqual([
      expect.objectContaining({ url: server.url('/feed.rss'), type: 'feed', status: 304, etag: expect.stringMatching(/^"\d+"$/) }),
    ]);
  });

  it('gazette fetch stores a page through the running pipeline and prints its article id', async () => {
    const { code, outcomes } = await run((print) => fetchCommand([server.url('/news/extra')], { data: dataDir, print }));
    const article = await runtime.articles.getByUrl(server.url('/news/extra'));
    expect(article?.title).toBe('Night train returns');
    expect(outcomes).toEqual([{ url: server.url('/news/extra'), outcome: 'stored', articleId: article!.articleId }]);
    expect(code).toBe(0);
  });

  it('gazette fetch refuses a redirect to a private address the allow-list does not cover', async () => {
    const { code, outcomes } = await run((print) => fetchCommand([server.url('/to-private')], { data: dataDir, print }));
    expect(outcomes).toEqual([{ url: server.url('/to-private'), outcome: 'error', error: expect.stringContaining('blocked: private address') }]);
    expect(code).toBe(1);
  });

  it('withdraws an article whose page answers 410 on re-fetch, with one ArticleWithdrawn', async () => {
    const url = server.url('/news/harbour');
    server.route('/news/harbour', (_request, response) => {
      response.writeHead(410, { 'content-type': 'text/plain' });
      response.end('gone');
    });
    time.advanceSeconds(DEFAULT_REFETCH_INTERVAL_SECONDS + 1);
    await runtime.fetching.enqueue([url]);
    await runtime.whenIdle();

    const article = await runtime.articles.getByUrl(url);
    expect(article).toMatchObject({ revision: 1, withdrawalReason: 'http-410' });
    const withdrawn = (await events()).filter((event) => event['detail-type'] === 'ArticleWithdrawn');
    expect(withdrawn.map((event) => event.detail.articleId)).toEqual([article!.articleId]);
  });
});
