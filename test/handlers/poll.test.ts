import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { SqsUrlQueue } from '../../lambdas/adapters/sqs/sqs-url-queue';
import { InMemoryFetchStateStore } from '../../lambdas/fetch/fetch-state';
import { createFetchContext } from '../../lambdas/fetch/polite-fetch';
import { SOURCE_DEFAULTS } from '../../lambdas/fetch/poll-sources';
import { createPollHandler } from '../../lambdas/handlers/poll';
import { manualClock } from '../fetch/support/in-memory';
import { loopbackPolicy, startLoopbackServer, type LoopbackServer } from '../fetch/support/loopback-server';

const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/fetch';
const sqs = mockClient(SQSClient);

let server: LoopbackServer;
let time: ReturnType<typeof manualClock>;
let poll: ReturnType<typeof createPollHandler>;
const articlePaths = Array.from({ length: 23 }, (_, i) => `/news/${i}`);

beforeEach(async () => {
  sqs.reset();
  sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
  server = await startLoopbackServer({
    '/feed.rss': (request, response) => {
      if (request.headers['if-none-match'] === '"feed-1"') {
        response.writeHead(304, { etag: '"feed-1"' });
        return response.end();
      }
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"feed-1"' });
      response.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>${articlePaths
          .map((path) => `<item><title>${path}</title><link>${server.url(path)}</link></item>`)
          .join('')}</channel></rss>`,
      );
    },
  });
  time = manualClock();
  poll = createPollHandler({
    sources: [{ type: 'feed', url: server.url('/feed.rss') }],
    context: createFetchContext({
      state: new InMemoryFetchStateStore(time.clock),
      policy: loopbackPolicy(),
      clock: time.clock,
      http: { sleep: time.sleep },
    }),
    queue: new SqsUrlQueue(new SQSClient({ region: 'eu-west-1' }), QUEUE_URL),
    logger: new Logger({ logLevel: 'SILENT' }),
    metrics: new Metrics({ namespace: 'Gazette', serviceName: 'poll-test' }),
  });
});

afterEach(() => server.close());

const sentBatches = () => sqs.commandCalls(SendMessageBatchCommand).map((call) => call.args[0].input);

describe('poll handler', () => {
  it('sends every new article URL of a feed to the fetch queue, one message per URL, at most ten per batch', async () => {
    const [outcome] = await poll();
    expect(outcome).toMatchObject({ outcome: 'polled', discovered: 23 });
    const batches = sentBatches();
    expect(batches.map((batch) => batch.Entries!.length)).toEqual([10, 10, 3]);
    expect(batches.every((batch) => batch.QueueUrl === QUEUE_URL)).toBe(true);
    expect(batches.flatMap((batch) => batch.Entries!.map((entry) => entry.MessageBody))).toEqual(articlePaths.map((path) => server.url(path)));
  });

  it('sends nothing when polled again after the interval: the feed answers a conditional GET with 304', async () => {
    await poll();
    sqs.resetHistory();
    time.advanceSeconds(SOURCE_DEFAULTS.intervalSeconds + 1);
    const [outcome] = await poll();
    expect(outcome).toMatchObject({ outcome: 'not-modified' });
    expect(sentBatches()).toEqual([]);
    expect(server.requests.filter((r) => r.path === '/feed.rss').map((r) => r.headers['if-none-match'])).toEqual([undefined, '"feed-1"']);
  });

  it('resends only the entries SQS failed transiently', async () => {
    sqs.on(SendMessageBatchCommand).resolvesOnce({ Failed: [{ Id: '3', Code: 'InternalError', SenderFault: false }] }).resolves({ Failed: [] });
    await poll();
    const batches = sentBatches();
    expect(batches.map((batch) => batch.Entries!.length)).toEqual([10, 1, 10, 3]);
    expect(batches[1]!.Entries![0]!.MessageBody).toBe(server.url('/news/3'));
  });

  it('reports a refused batch as the source failing, and offers the same URLs again on the next poll', async () => {
    sqs.on(SendMessageBatchCommand).resolvesOnce({ Failed: [{ Id: '0', Code: 'InvalidMessageContents', SenderFault: true }] });
    const [failed] = await poll();
    expect(failed).toMatchObject({ outcome: 'error', error: expect.stringContaining('InvalidMessageContents') });

    sqs.resetHistory();
    sqs.on(SendMessageBatchCommand).resolves({ Failed: [] });
    const [retried] = await poll();
    expect(retried).toMatchObject({ outcome: 'polled' });
    expect(sentBatches().flatMap((batch) => batch.Entries!)).toHaveLength(23);
  });
});
