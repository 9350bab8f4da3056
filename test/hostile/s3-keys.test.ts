/**
 * Ingest keys with unicode, spaces, `+`, `%`, `?#&` and `../`, put into a real S3 stand-in (s3rver) and
 * announced by an S3 notification encoded as S3 encodes it (URL-encoded, spaces as `+`). The parse handler must
 * read each object under its exact key, store one record that names that key, and archive the raw bytes.
 * (Keys with empty segments, `a//b`, are left out: s3rver itself cannot store them.)
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSEvent } from 'aws-lambda';
import { createS3Client } from '../../lambdas/adapters/aws-clients';
import { S3BlobStore } from '../../lambdas/adapters/s3/s3-blob-store';
import { createParseHandler } from '../../lambdas/handlers/parse';
import { startEmbeddedServices, type EmbeddedServices } from '../../bin/local/embedded-services';
import { s3Notification, sha256 } from '../faults/support/pipeline-under-test';
import { generatePage } from '../support/page-generator';
import { MemoryArticleStore } from '../support/memory-article-store';
import { MemoryStoryIndex } from '../support/memory-story-index';
import { makeTempDir } from '../support/temp-dir';

const KEYS = [
  'inbox/خبر عاجل من طرابلس.html',
  'inbox/with spaces and + plus.html',
  'inbox/100% literal percent %41.html',
  'inbox/../escape.html',
  '../../outside.html',
  'inbox/emoji 📰 and ünïcödé.html.gz',
  'inbox/question?and#hash&amp.html',
];

describe('ingest keys that need encoding, through the parse handler and s3rver', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let services: EmbeddedServices;
  let s3: S3Client;

  beforeAll(async () => {
    temp = await makeTempDir('s3-keys');
    services = await startEmbeddedServices({ dataDir: temp.dir, s3Port: 0, dynamoDbPort: 0, buckets: ['ingest', 'archive'] });
    s3 = createS3Client({ s3: services.s3Endpoint, region: 'us-east-1' });
  });

  afterAll(async () => {
    s3.destroy();
    await services.close();
    await temp.remove();
  });

  it('stores one record per key, each naming its exact key, and archives every raw input', async () => {
    const archive = new S3BlobStore(s3, 'archive');
    const articles = new MemoryArticleStore();
    const handler = createParseHandler({
      ingestBucket: new S3BlobStore(s3, 'ingest'),
      archive,
      articles,
      stories: new MemoryStoryIndex(),
      clock: { now: () => new Date('2026-11-29T00:00:00.000Z') },
      maxInputBytes: 10 * 1024 * 1024,
      logger: new Logger({ logLevel: 'SILENT' }),
      metrics: new Metrics({ namespace: 'GazetteHostileTests' }),
    });
    const pages = KEYS.map((_, index) => generatePage(500 + index));
    for (const [index, key] of KEYS.entries()) {
      await s3.send(new PutObjectCommand({ Bucket: 'ingest', Key: key, Body: pages[index].bytes, Metadata: { url: pages[index].url } }));
    }

    const event: SQSEvent = {
      Records: KEYS.map((key, index) => ({
        messageId: `m${index}`,
        receiptHandle: `r${index}`,
        body: s3Notification('ingest', key, '2026-11-29T00:00:00.000Z'),
        attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 's3', ApproximateFirstReceiveTimestamp: '0' },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest',
        awsRegion: 'us-east-1',
      })),
    };
    const response = await handler(event, { awsRequestId: 'keys' } as Context);

    expect(response.batchItemFailures).toEqual([]);
    const stored = [...articles.latest.values()];
    expect(stored.map((article) => article.provenance.sourceKey).sort()).toEqual([...KEYS].sort());
    for (const [index, key] of KEYS.entries()) {
      const article = stored.find((candidate) => candidate.provenance.sourceKey === key)!;
      expect(article.title).toBe(pages[index].title);
      const raw = await archive.get(`raw/${sha256(pages[index].bytes)}`);
      expect(raw && Buffer.from(raw.bytes).equals(pages[index].bytes)).toBe(true);
      expect(decodeURIComponent(raw!.metadata.sourcekey)).toBe(key);
    }
  });
});
