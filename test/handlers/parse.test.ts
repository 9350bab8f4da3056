import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context, SQSEvent } from 'aws-lambda';
import { createParseHandler } from '../../lambdas/handlers/parse';
import type { ArticleStore } from '../../lambdas/pipeline/ports';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';
import { DelegatingArticleStore } from '../../lambdas/adapters/delegating-article-store';
import { MemoryArticleStore } from '../support/memory-article-store';
import { MemoryBlobStore } from '../support/memory-blob-store';
import { MemoryStoryIndex } from '../support/memory-story-index';


const page = (title: string) =>
  Buffer.from(`<html lang="en"><body><article><h1>${title}</h1><p>${title} happened today, and the paragraph is long enough to be an article body.</p></article></body></html>`);

const notification = (key: string) =>
  JSON.stringify({
    Records: [
      {
        eventName: 'ObjectCreated:Put',
        eventTime: '2026-11-29T00:00:00.000Z',
        s3: { bucket: { name: 'ingest' }, object: { key: encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+') } },
      },
    ],
  });

const sqsEvent = (bodies: string[]): SQSEvent => ({
  Records: bodies.map((body, index) => ({
    messageId: `m${index}`,
    receiptHandle: `r${index}`,
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 's', ApproximateFirstReceiveTimestamp: '0' },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:ingest',
    awsRegion: 'eu-west-1',
  })),
});

const context = { awsRequestId: 'test', functionName: 'parse' } as Context;

/** Fails every write for one article, as a throttled or unreachable table would. */
class FailingFor extends DelegatingArticleStore {
  constructor(
    inner: ArticleStore,
    private readonly failingTitle: string,
  ) {
    super(inner);
  }
  override async putRevision(article: StoredArticle) {
    if (article.title === this.failingTitle) throw new Error('ProvisionedThroughputExceededException');
    return super.putRevision(article);
  }
}

function setup(failingTitle = '') {
  const ingestBucket = new MemoryBlobStore();
  const archive = new MemoryBlobStore();
  const articles = new MemoryArticleStore();
  const handler = createParseHandler({
    ingestBucket,
    archive,
    articles: new FailingFor(articles, failingTitle),
    stories: new MemoryStoryIndex(),
    clock: { now: () => new Date('2026-11-29T00:00:00.000Z') },
    maxInputBytes: 1024 * 1024,
    logger: new Logger({ logLevel: 'SILENT' }),
    metrics: new Metrics({ namespace: 'Test' }),
  });
  return { ingestBucket, archive, articles, handler };
}

describe('parse handler', () => {
  it('reports only the message that hit a transient error; the rest of the batch is stored', async () => {
    const { ingestBucket, articles, handler } = setup('Storm');
    await ingestBucket.put('a/calm day.html', page('Calm'), { metadata: { url: 'https://news.example/calm' } });
    await ingestBucket.put('a/storm.html', page('Storm'), { metadata: { url: 'https://news.example/storm' } });
    await ingestBucket.put('a/fair.html', page('Fair'), { metadata: { url: 'https://news.example/fair' } });

    const response = await handler(sqsEvent([notification('a/calm day.html'), notification('a/storm.html'), notification('a/fair.html')]), context);

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }]);
    expect([...articles.latest.values()].map((article) => article.title).sort()).toEqual(['Calm', 'Fair']);
  });

  it('quarantines bad input without failing its message', async () => {
    const { ingestBucket, archive, handler } = setup();
    await ingestBucket.put('bad.html', new Uint8Array(0));
    const response = await handler(sqsEvent([notification('bad.html')]), context);
    expect(response.batchItemFailures).toEqual([]);
    expect([...archive.objects.keys()].filter((key) => key.startsWith('quarantine/empty/'))).toHaveLength(1);
  });

  it('ignores the s3:TestEvent and objects deleted before they were read', async () => {
    const { articles, handler } = setup();
    const testEvent = JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'ingest' });
    const response = await handler(sqsEvent([testEvent, notification('gone.html')]), context);
    expect(response.batchItemFailures).toEqual([]);
    expect(articles.latest.size).toBe(0);
  });

  it('fails a message whose body is not an S3 notification, so it reaches the DLQ instead of vanishing', async () => {
    const { handler } = setup();
    const response = await handler(sqsEvent(['not json', notification('missing.html')]), context);
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm0' }]);
  });
});
