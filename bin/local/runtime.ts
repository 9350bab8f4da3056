import { mkdir, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureActiveTable } from './local-tables';
import { ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDynamoDbClient, createS3Client } from '../../lambdas/adapters/aws-clients';
import { DynamoArticleStore } from '../../lambdas/adapters/dynamodb/article-store';
import { DynamoStoryIndex } from '../../lambdas/adapters/dynamodb/story-index';
import { articlesTableCreateInput } from '../../lambdas/adapters/dynamodb/create-table-input';
import { S3BlobStore } from '../../lambdas/adapters/s3/s3-blob-store';
import { decodeObjectKey } from '../../lambdas/adapters/s3/s3-notification';
import { ArticlesClient } from '../../lambdas/client/articles-client';
import { createParseHandler, DEFAULT_MAX_INPUT_BYTES } from '../../lambdas/handlers/parse';
import type { SourceConfig } from '../../lambdas/fetch/poll-sources';
import { systemClock, type Clock } from '../../lambdas/pipeline/ports';
import { DeliveryLedger } from './delivery-ledger';
import { startEmbeddedServices } from './embedded-services';
import { EventLog, type EventEnvelope } from './event-log';
import { InboxWatcher } from './inbox-watcher';
import { DEFAULT_POLL_INTERVAL_MS, startLocalFetching, type LocalFetching } from './local-fetching';
import { LocalQueue } from './local-queue';
import { LOCAL_RESOURCES, type LocalEndpointsFile } from './local-names';
import { PublishingArticleStore } from './publishing-article-store';
import { SerializedPuts } from './serialized-puts';
import { emitMissingEvents } from './recovery';

export interface LocalRuntimeOptions {
  dataDir: string;
  inboxDir: string;
  /** 0 picks a free port (tests); the CLI defaults to fixed ports so endpoints stay the same across restarts. */
  s3Port: number;
  dynamoDbPort: number;
  onEvent?(envelope: EventEnvelope): void;
  onProblem?(message: string): void;
  /** Inputs above this many bytes are quarantined as `too-large` (default: the stack's default, 10 MiB). */
  maxInputBytes?: number;
  /** Log level of the handlers' Powertools logger (default WARN: quarantines and failures only). */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  /** Feeds and sitemaps to poll (once at start, then every pollIntervalMs); none by default. */
  sources?: readonly SourceConfig[];
  pollIntervalMs?: number;
  /** The fetcher's clock: schedules, TTLs, robots.txt caching (tests move it forward). */
  fetchClock?: Clock;
}

export interface LocalRuntime {
  endpoints: LocalEndpointsFile;
  s3: S3Client;
  dynamodb: DynamoDBClient;
  articles: ArticlesClient;
  /** The poller and the fetch queue; URLs enqueued here are fetched into the ingest bucket. */
  fetching: LocalFetching;
  /** Resolves when every file dropped, URL fetched and object put so far has been processed. */
  whenIdle(): Promise<void>;
  stop(): Promise<void>;
}

/** Deliveries of one message before it is dead-lettered, as the ingest queue's redrive policy in the stack. */
const MAX_RECEIVE_COUNT = 5;

/**
 * The whole pipeline in one process: embedded S3 and DynamoDB on loopback, the same parse handler and publisher
 * as in AWS, with s3rver's object events and an in-memory queue standing in for S3 notifications and SQS, and the
 * article store's writes standing in for the DynamoDB stream.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions): Promise<LocalRuntime> {
  await mkdir(options.dataDir, { recursive: true });
  // Metrics go to CloudWatch through the Lambda log stream; locally they would only be noise on stdout.
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

  const services = await startEmbeddedServices({
    dataDir: options.dataDir,
    s3Port: options.s3Port,
    dynamoDbPort: options.dynamoDbPort,
    buckets: [LOCAL_RESOURCES.ingestBucket, LOCAL_RESOURCES.archiveBucket],
  });
  const endpoints = { s3: services.s3Endpoint, dynamodb: services.dynamoDbEndpoint, region: 'us-east-1' };
  const s3 = createS3Client(endpoints);
  const dynamodb = createDynamoDbClient(endpoints);
  await ensureActiveTable(dynamodb, articlesTableCreateInput(LOCAL_RESOURCES.articlesTable));

  const eventLog = await EventLog.open(path.join(options.dataDir, 'events.jsonl'), options.onEvent);
  const ledger = await DeliveryLedger.open(path.join(options.dataDir, 'delivered.log'));
  const archive = new SerializedPuts(new S3BlobStore(s3, LOCAL_RESOURCES.archiveBucket));
  const ingestBucket = new SerializedPuts(new S3BlobStore(s3, LOCAL_RESOURCES.ingestBucket));
  const store = new DynamoArticleStore(dynamodb, LOCAL_RESOURCES.articlesTable, archive);
  const articles = new ArticlesClient(dynamodb, LOCAL_RESOURCES.articlesTable, { archive });
  const problem = options.onProblem ?? ((message: string) => process.stderr.write(`${message}\n`));

  const parse = createParseHandler({
    ingestBucket,
    archive,
    articles: new PublishingArticleStore(store, eventLog),
    stories: new DynamoStoryIndex(dynamodb, LOCAL_RESOURCES.articlesTable),
    clock: systemClock,
    maxInputBytes: options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES,
    logger: new Logger({ serviceName: 'gazette-local', logLevel: options.logLevel ?? 'WARN' }),
    metrics: new Metrics({ namespace: 'Gazette', serviceName: 'gazette-local' }),
  });

  const queue = new LocalQueue({
    handler: parse,
    batchSize: 10,
    maxReceiveCount: MAX_RECEIVE_COUNT,
    onDelivered: async (body) => {
      for (const object of notifiedObjects(body)) await ledger.record(object.key, object.etag);
    },
    onDeadLetter: async (body, reason) => {
      await writeFile(path.join(options.dataDir, 'dlq.jsonl'), `${JSON.stringify({ reason, body: JSON.parse(body) })}\n`, { flag: 'a' });
      problem(`dead-lettered after ${MAX_RECEIVE_COUNT} attempts: ${reason}`);
      for (const object of notifiedObjects(body)) await ledger.record(object.key, object.etag);
    },
  });
  const enqueue = (key: string, etag: string, eventTime: string) => queue.send(notificationBody(key, etag, eventTime, 'ObjectCreated:Put'));

  services.onS3Event((records) => {
    for (const record of records) {
      if (record.s3.bucket.name !== LOCAL_RESOURCES.ingestBucket) continue;
      if (record.eventName.startsWith('ObjectCreated')) enqueue(record.s3.object.key, record.s3.object.eTag ?? '', record.eventTime);
      if (record.eventName.startsWith('ObjectRemoved')) queue.send(notificationBody(record.s3.object.key, '', record.eventTime, 'ObjectRemoved:Delete'));
    }
  });

  await emitMissingEvents(articles, store, eventLog);
  for await (const object of listObjects(s3, LOCAL_RESOURCES.ingestBucket)) {
    if (!ledger.has(object.key, object.etag)) enqueue(object.key, object.etag, object.lastModified);
  }

  const inbox = new InboxWatcher({
    inboxDir: options.inboxDir,
    upload: async (name, bytes) => {
      await s3.send(new PutObjectCommand({ Bucket: LOCAL_RESOURCES.ingestBucket, Key: `inbox/${name}`, Body: bytes, ContentType: contentTypeFor(name) }));
    },
    onError: (name, error) => problem(`inbox/${name}: ${error instanceof Error ? error.message : String(error)}`),
  });
  await inbox.start();

  const fetching = await startLocalFetching({
    dataDir: options.dataDir,
    sources: options.sources ?? [],
    pollIntervalMs: options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    dynamodb,
    ingest: ingestBucket,
    articles: new PublishingArticleStore(store, eventLog),
    logger: new Logger({ serviceName: 'gazette-local', logLevel: options.logLevel ?? 'WARN' }),
    problem,
    ...(options.fetchClock ? { clock: options.fetchClock } : {}),
  });

  const endpointsFile: LocalEndpointsFile = {
    s3: services.s3Endpoint,
    dynamodb: services.dynamoDbEndpoint,
    ...LOCAL_RESOURCES,
    pid: process.pid,
  };
  await writeFile(endpointsFilePath(options.dataDir), `${JSON.stringify(endpointsFile, null, 2)}\n`);

  return {
    endpoints: endpointsFile,
    s3,
    dynamodb,
    articles,
    fetching,
    async whenIdle() {
      await inbox.whenIdle();
      await fetching.whenIdle();
      await queue.whenIdle();
    },
    async stop() {
      await inbox.stop();
      await fetching.stop();
      await queue.whenIdle();
      await rm(endpointsFilePath(options.dataDir), { force: true });
      s3.destroy();
      dynamodb.destroy();
      await services.close();
    },
  };
}

export function endpointsFilePath(dataDir: string): string {
  return path.join(dataDir, 'endpoints.json');
}

async function* listObjects(s3: S3Client, bucket: string): AsyncGenerator<{ key: string; etag: string; lastModified: string }> {
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const object of page.Contents ?? []) {
      if (object.Key) yield { key: object.Key, etag: object.ETag ?? '', lastModified: (object.LastModified ?? new Date()).toISOString() };
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
}

/** An S3 event notification as S3 puts it on the ingest queue: keys URL-encoded, spaces as `+`. */
function notificationBody(key: string, etag: string, eventTime: string, eventName: string): string {
  const encodedKey = encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        eventName,
        eventTime,
        s3: { bucket: { name: LOCAL_RESOURCES.ingestBucket }, object: { key: encodedKey, eTag: etag.replace(/"/g, '') } },
      },
    ],
  });
}

/** The created objects a delivered message named; deletions leave nothing to re-deliver after a restart. */
function notifiedObjects(body: string): { key: string; etag: string }[] {
  const parsed = JSON.parse(body) as { Records: { eventName: string; s3: { object: { key: string; eTag: string } } }[] };
  return parsed.Records.filter((record) => record.eventName.startsWith('ObjectCreated')).map((record) => ({
    key: decodeObjectKey(record.s3.object.key),
    etag: record.s3.object.eTag,
  }));
}

function contentTypeFor(name: string): string {
  return /\.gz$/i.test(name) ? 'application/gzip' : 'text/html';
}
