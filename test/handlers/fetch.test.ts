import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { InMemoryFetchStateStore } from '../../lambdas/fetch/fetch-state';
import { DEFAULT_REFETCH_INTERVAL_SECONDS, ingestKeyFor } from '../../lambdas/fetch/fetch-url';
import { createFetchContext } from '../../lambdas/fetch/polite-fetch';
import { createFetchHandler, isPermanentFetchError } from '../../lambdas/handlers/fetch';
import { articleIdForUrl } from '../../lambdas/pipeline/identity/article-id';
import { canonicalizeUrl } from '../../lambdas/pipeline/identity/canonical-url';
import { manualClock } from '../fetch/support/in-memory';
import { html, loopbackPolicy, redirect, startLoopbackServer, type LoopbackServer } from '../fetch/support/loopback-server';
import { storedArticle } from '../support/articles';
import { fetchQueueEvent, lambdaContext } from '../support/fetch-sqs-event';
import { MemoryArticleStore } from '../support/memory-article-store';
import { MemoryBlobStore } from '../support/memory-blob-store';

const PAGE = '<html lang="en"><body><article><h1>Harbour reopens</h1><p>The harbour reopened today.</p></article></body></html>';

let server: LoopbackServer;
let time: ReturnType<typeof manualClock>;
let ingest: MemoryBlobStore;
let articles: MemoryArticleStore;
let handler: ReturnType<typeof createFetchHandler>;

const status = (code: number): http.RequestListener => (_request, response) => {
  response.writeHead(code, { 'content-type': 'text/plain' });
  response.end();
};

beforeEach(async () => {
  server = await startLoopbackServer({
    '/robots.txt': (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('User-agent: *\nDisallow: /private\n');
    },
    '/story': html(PAGE, { etag: '"v1"' }),
    '/private/story': html(PAGE),
    '/report.pdf': (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end('%PDF-1.7');
    },
    '/to-private': redirect('http://10.0.0.1/story'),
    '/forbidden': status(403),
    '/unavailable': status(503),
    '/gone': status(410),
  });
  time = manualClock();
  ingest = new MemoryBlobStore();
  articles = new MemoryArticleStore();
  handler = createFetchHandler({
    ingest,
    // The manual clock's sleep advances it, so politeness gaps and retry backoff cost no real time.
    context: createFetchContext({
      state: new InMemoryFetchStateStore(time.clock),
      policy: loopbackPolicy(),
      clock: time.clock,
      http: { sleep: time.sleep },
    }),
    articles,
    clock: time.clock,
    logger: new Logger({ logLevel: 'SILENT' }),
    metrics: new Metrics({ namespace: 'Gazette', serviceName: 'fetch-test' }),
  });
});

afterEach(() => server.close());

const fetchUrls = (urls: string[]) => handler(fetchQueueEvent(urls), lambdaContext);

describe('fetch handler', () => {
  it('writes a fetched page into the ingest bucket with its URL as metadata, for the parse Lambda to take', async () => {
    const response = await fetchUrls([server.url('/story')]);
    expect(response.batchItemFailures).toEqual([]);
    const object = ingest.objects.get(ingestKeyFor(server.url('/story')));
    expect(Buffer.from(object!.bytes).toString()).toBe(PAGE);
    expect(object!.metadata).toMatchObject({ url: server.url('/story'), status: '200', etag: '"v1"' });
  });

  it('acknowledges permanent outcomes without retrying them: blocked, redirected to a private address, robots.txt, content type, 403', async () => {
    const urls = ['http://10.0.0.1/story', server.url('/to-private'), server.url('/private/story'), server.url('/report.pdf'), server.url('/forbidden')];
    const response = await fetchUrls(urls);
    expect(response.batchItemFailures).toEqual([]);
    expect(ingest.objects.size).toBe(0);
    // The blocked URL never reached the server; the one redirected to 10.0.0.1 did, once.
    expect(server.requests.filter((r) => r.path === '/to-private')).toHaveLength(1);
  });

  it('reports transient failures as batch item failures: 503 after its retries, a refused connection', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const refusedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/story`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const response = await fetchUrls([server.url('/story'), server.url('/unavailable'), refusedUrl]);
    expect(response.batchItemFailures.map((failure) => failure.itemIdentifier).sort()).toEqual(['m1', 'm2']);
    expect(server.requests.filter((r) => r.path === '/unavailable')).toHaveLength(3);
    expect(ingest.objects.size).toBe(1);
  });

  it('withdraws the article a re-fetch finds gone (410), found through the object the first fetch stored', async () => {
    const url = server.url('/story');
    await fetchUrls([url]);
    // What the parse Lambda does with the object: link it to the article it produced.
    await articles.linkSource(ingestKeyFor(url), 'u-story');
    articles.latest.set('u-story', storedArticle(1, 'Harbour body'));

    server.route('/story', status(410));
    time.advanceSeconds(DEFAULT_REFETCH_INTERVAL_SECONDS + 1);
    const response = await fetchUrls([url]);

    expect(response.batchItemFailures).toEqual([]);
    expect(articles.latest.get('u-story')).toMatchObject({ revision: 1, withdrawalReason: 'http-410' });
  });

  it('withdraws by the URL-derived article id on a 404 for a page fetched elsewhere, and ignores unknown pages', async () => {
    const url = server.url('/missing');
    const articleId = articleIdForUrl(canonicalizeUrl(url)!);
    articles.latest.set(articleId, storedArticle(2, 'Body', { articleId }));

    const response = await fetchUrls([url, server.url('/gone')]);
    expect(response.batchItemFailures).toEqual([]);
    expect(articles.latest.get(articleId)).toMatchObject({ revision: 2, withdrawalReason: 'http-404' });
    expect(articles.latest.size).toBe(1);
  });

  it('does not refetch a page before its interval, and answers a later unchanged page with a conditional GET', async () => {
    const url = server.url('/story');
    await fetchUrls([url]);
    await fetchUrls([url]);
    expect(server.requests.filter((r) => r.path === '/story')).toHaveLength(1);

    server.route('/story', (request, response) => {
      response.writeHead(request.headers['if-none-match'] === '"v1"' ? 304 : 200, { etag: '"v1"' });
      response.end();
    });
    time.advanceSeconds(DEFAULT_REFETCH_INTERVAL_SECONDS + 1);
    expect((await fetchUrls([url])).batchItemFailures).toEqual([]);
    const pageRequests = server.requests.filter((r) => r.path === '/story');
    expect(pageRequests).toHaveLength(2);
    expect(pageRequests[1]!.headers['if-none-match']).toBe('"v1"');
  });
});

describe('error classification', () => {
  it.each([
    ['blocked: private address 10.0.0.1', true],
    ['unsupported content type application/pdf', true],
    ['HTTP 403', true],
    ['HTTP 429', false],
    ['HTTP 408', false],
    ['HTTP 503', false],
    ['timeout: fetch did not complete within 30000 ms', false],
    ['connect ECONNREFUSED 127.0.0.1:9', false],
  ])('%s is permanent: %s', (error, permanent) => {
    expect(isPermanentFetchError(error)).toBe(permanent);
  });
});
