/**
 * Ingest keys with unicode, spaces, `+`, `%` and `?#&`, put into a real S3 stand-in (s3rver) and announced by an S3
 * notification encoded as S3 encodes it (URL-encoded, spaces as `+`). The parse handler must read each object under
 * its exact key, store one record that names that key, and archive the raw bytes. Keys with `.`/`..` segments are
 * plain strings to S3 but paths to s3rver, which the local runtime therefore refuses; they are checked through the
 * handler over an in-memory bucket. (Keys with empty segments, `a//b`, are left out: s3rver cannot store them.)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSEvent } from 'aws-lambda';
import type { BlobStore } from '../../lambdas/pipeline/ports';
import { createS3Client } from '../../lambdas/adapters/aws-clients';
import { S3BlobStore } from '../../lambdas/adapters/s3/s3-blob-store';
import { createParseHandler } from '../../lambdas/handlers/parse';
import { startEmbeddedServices, type EmbeddedServices } from '../../bin/local/embedded-services';
import { s3Notification, sha256 } from '../faults/support/pipeline-under-test';
import { generatePage } from '../support/page-generator';
import { MemoryArticleStore } from '../support/memory-article-store';
import { MemoryBlobStore } from '../support/memory-blob-store';
import { MemoryStoryIndex } from '../support/memory-story-index';
import { makeTempDir } from '../support/temp-dir';

const KEYS = [
  'inbox/خبر عاجل من طرابلس.html',
  'inbox/with spaces and + plus.html',
  'inbox/100% literal percent %41.html',
  'inbox/emoji 📰 and ünïcödé.html.gz',
  'inbox/question?and#hash&amp.html',
];

/** Plain strings to S3, but paths to s3rver's file store: the local S3 refuses them, AWS does not. */
const DOT_SEGMENT_KEYS = ['inbox/../escape.html', '../../outside.html', 'inbox/./here.html'];

function sqsEventFor(keys: readonly string[]): SQSEvent {
  return {
    Records: keys.map((key, index) => ({
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
}

function parseHandlerOver(ingestBucket: BlobStore, archive: BlobStore, articles: MemoryArticleStore) {
  return createParseHandler({
    ingestBucket,
    archive,
    articles,
    stories: new MemoryStoryIndex(),
    clock: { now: () => new Date('2026-11-29T00:00:00.000Z') },
    maxInputBytes: 10 * 1024 * 1024,
    logger: new Logger({ logLevel: 'SILENT' }),
    metrics: new Metrics({ namespace: 'GazetteHostileTests' }),
  });
}

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
    const handler = parseHandlerOver(new S3BlobStore(s3, 'ingest'), archive, articles);
    const pages = KEYS.map((_, index) => generatePage(500 + index));
    for (const [index, key] of KEYS.entries()) {
      await s3.send(new PutObjectCommand({ Bucket: 'ingest', Key: key, Body: pages[index].bytes, Metadata: { url: pages[index].url } }));
    }

    const response = await handler(sqsEventFor(KEYS), { awsRequestId: 'keys' } as Context);

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

  it('ingests keys with dot segments as the plain strings S3 treats them as', async () => {
    const ingestBucket = new MemoryBlobStore();
    const articles = new MemoryArticleStore();
    const pages = DOT_SEGMENT_KEYS.map((_, index) => generatePage(600 + index));
    for (const [index, key] of DOT_SEGMENT_KEYS.entries()) await ingestBucket.put(key, pages[index].bytes, { metadata: { url: pages[index].url } });

    const response = await parseHandlerOver(ingestBucket, new MemoryBlobStore(), articles)(sqsEventFor(DOT_SEGMENT_KEYS), { awsRequestId: 'dots' } as Context);

    expect(response.batchItemFailures).toEqual([]);
    expect([...articles.latest.values()].map((article) => article.provenance.sourceKey).sort()).toEqual([...DOT_SEGMENT_KEYS].sort());
  });

  it('has the local S3 refuse dot-segment keys instead of writing outside its data directory', async () => {
    for (const key of DOT_SEGMENT_KEYS) {
      await expect(s3.send(new PutObjectCommand({ Bucket: 'ingest', Key: key, Body: 'x' }))).rejects.toMatchObject({ name: 'InvalidArgument' });
    }
    expect(existsSync(path.join(temp.dir, 'outside.html'))).toBe(false);
    expect(existsSync(path.join(temp.dir, 's3', 'outside.html'))).toBe(false);
  });
});
