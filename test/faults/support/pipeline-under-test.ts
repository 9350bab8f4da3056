/**
 * The parse stage wired as in AWS, against embedded s3rver and dynalite over loopback, with faults between the
 * handlers and the services, an SQS emulator in front, and one of two publishers behind:
 *
 * - `stream`: what the DynamoDB stream delivers. Every latest-item write the table applied (observed on the wire,
 *   even when the caller then saw a fault) becomes a (previous, current) stream record, in revision order per item,
 *   and goes through the real publish handler.
 * - `local`: the local runtime's wiring, a PublishingArticleStore over an EventLog, with the runtime's startup
 *   recovery (`emitMissingEvents`) run whenever a worker "restarts" after a crash.
 */
import path from 'node:path';
import { createHash } from 'node:crypto';
import { CreateTableCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context, DynamoDBRecord } from 'aws-lambda';
import { createDynamoDbClient, createS3Client } from '../../../lambdas/adapters/aws-clients';
import { DynamoArticleStore } from '../../../lambdas/adapters/dynamodb/article-store';
import { DynamoStoryIndex } from '../../../lambdas/adapters/dynamodb/story-index';
import { LATEST_SORT_KEY } from '../../../lambdas/adapters/dynamodb/articles-table-schema';
import { articlesTableCreateInput } from '../../../lambdas/adapters/dynamodb/create-table-input';
import { S3BlobStore } from '../../../lambdas/adapters/s3/s3-blob-store';
import { ArticlesClient } from '../../../lambdas/client/articles-client';
import { createParseHandler } from '../../../lambdas/handlers/parse';
import { createPublishHandler } from '../../../lambdas/handlers/publish';
import type { ChangeEvent } from '../../../lambdas/pipeline/events';
import type { ArticleStore, EventSink } from '../../../lambdas/pipeline/ports';
import { startEmbeddedServices, type EmbeddedServices } from '../../../bin/local/embedded-services';
import { EventLog, readEnvelopes } from '../../../bin/local/event-log';
import { PublishingArticleStore } from '../../../bin/local/publishing-article-store';
import { emitMissingEvents } from '../../../bin/local/recovery';
import { seededRandom } from '../../support/seeded-random';
import { FaultLog, injectFaults, observeCompletions, wrapCalls, type FaultKind, type ServiceCall } from './fault-injector';
import { SqsEmulator, type SqsWorker } from './sqs-emulator';

export const INGEST_BUCKET = 'gazette-ingest';
export const ARCHIVE_BUCKET = 'gazette-archive';
export const ARTICLES_TABLE = 'gazette-articles';

export interface PipelineOptions {
  dataDir: string;
  publisher: 'stream' | 'local';
  /** Parse handlers pulling from the one queue and sharing the services. Default 1. */
  workers?: number;
  faults?: { rate: number; kinds: readonly FaultKind[]; seed: number; afterResponseShare?: number; applies?(call: ServiceCall): boolean };
  /** Decides, for each call the service completed, whether the worker dies right after it. */
  crashAfter?(call: ServiceCall): boolean;
  batchSize?: number;
  maxReceiveCount?: number;
  maxInputBytes?: number;
}

export interface PutOptions {
  url?: string;
  contentType?: string;
  /** The S3 event time of the notification, which orders versions of one page. */
  eventTime?: string;
}

/** Thrown by every call of a worker that has "died", until the queue restarts it. */
export class SimulatedCrash extends Error {
  override readonly name = 'SimulatedCrash';
}

export class PipelineUnderTest {
  readonly faultLog = new FaultLog();
  readonly queue: SqsEmulator;
  /** Every event the publisher handed to the bus, duplicates included. */
  readonly published: ChangeEvent[] = [];
  readonly s3: S3Client;
  readonly dynamodb: DynamoDBClient;
  readonly articles: ArticlesClient;
  readonly store: ArticleStore;
  crashes = 0;
  private readonly workers: SqsWorker[] = [];
  /** Latest items the table applied, as the stream would carry them. */
  private readonly streamImages: Record<string, AttributeValue>[] = [];
  /** Per item, the last image already streamed: the OldImage of the item's next stream record. */
  private readonly lastStreamed = new Map<string, Record<string, AttributeValue>>();
  private readonly clientsToClose: { destroy(): void }[] = [];
  /** Per object, the tail of the PUTs in flight to it (see {@link createWorker}). */
  private readonly putsInFlight = new Map<string, Promise<unknown>>();

  private constructor(
    private readonly options: PipelineOptions,
    private readonly services: EmbeddedServices,
    private readonly eventLog: EventLog,
  ) {
    const endpoints = { s3: services.s3Endpoint, dynamodb: services.dynamoDbEndpoint, region: 'us-east-1' };
    this.s3 = createS3Client(endpoints);
    this.dynamodb = createDynamoDbClient(endpoints);
    this.clientsToClose.push(this.s3, this.dynamodb);
    const archive = new S3BlobStore(this.s3, ARCHIVE_BUCKET);
    this.articles = new ArticlesClient(this.dynamodb, ARTICLES_TABLE, { archive });
    this.store = new DynamoArticleStore(this.dynamodb, ARTICLES_TABLE, archive);
    this.queue = new SqsEmulator({ batchSize: options.batchSize ?? 10, maxReceiveCount: options.maxReceiveCount ?? 5 });
    for (let index = 0; index < (options.workers ?? 1); index += 1) this.workers.push(this.createWorker(index, endpoints));
  }

  static async start(options: PipelineOptions): Promise<PipelineUnderTest> {
    const services = await startEmbeddedServices({ dataDir: options.dataDir, s3Port: 0, dynamoDbPort: 0, buckets: [INGEST_BUCKET, ARCHIVE_BUCKET] });
    const eventLog = await EventLog.open(path.join(options.dataDir, 'events.jsonl'));
    const pipeline = new PipelineUnderTest(options, services, eventLog);
    await pipeline.dynamodb.send(new CreateTableCommand(articlesTableCreateInput(ARTICLES_TABLE)));
    return pipeline;
  }

  /** Puts an object into the ingest bucket (without faults: the producer is not under test) and enqueues its notification. */
  async put(key: string, bytes: Uint8Array, options: PutOptions = {}): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: INGEST_BUCKET,
        Key: key,
        Body: bytes,
        ContentType: options.contentType ?? 'text/html',
        Metadata: options.url ? { url: options.url } : undefined,
      }),
    );
    this.notify(key, options.eventTime);
  }

  /** Enqueues a notification for an object again, as S3's at-least-once notifications sometimes do. */
  notify(key: string, eventTime = new Date().toISOString()): void {
    this.queue.send(s3Notification(INGEST_BUCKET, key, eventTime));
  }

  /** Delivers everything queued, then (stream publisher) delivers the stream. */
  async drain(): Promise<void> {
    await this.queue.drain(this.workers);
    if (this.options.publisher === 'stream') await this.deliverStream();
  }

  /** Runs the local runtime's startup recovery, as `gazette start` does after a crash. */
  async recoverEvents(): Promise<number> {
    return emitMissingEvents(this.articles, this.store, this.eventLog);
  }

  async stop(): Promise<void> {
    for (const client of this.clientsToClose) client.destroy();
    await this.services.close();
  }

  private createWorker(index: number, endpoints: { s3: string; dynamodb: string; region: string }): SqsWorker {
    const s3 = createS3Client(endpoints);
    const dynamodb = createDynamoDbClient(endpoints);
    this.clientsToClose.push(s3, dynamodb);
    let crashed = false;

    for (const [client, service] of [[s3, 's3'], [dynamodb, 'dynamodb']] as const) {
      // Outermost: a dead worker makes no more calls.
      wrapCalls(client, 'gazetteCrashGate', 'high', (next) => async (args) => {
        if (crashed) throw new SimulatedCrash('worker is dead');
        return next(args);
      });
      const faults = this.options.faults;
      if (faults) injectFaults(client, service, { ...faults, random: seededRandom(faults.seed * 31 + index * 2 + (service === 's3' ? 0 : 1)) }, this.faultLog);
      observeCompletions(client, service, (call) => {
        if (service === 'dynamodb') this.tapStream(call);
        if (this.options.crashAfter?.(call)) {
          crashed = true;
          this.crashes += 1;
          throw new SimulatedCrash(`worker ${index} died after ${call.command}`);
        }
      });
    }

    // S3 applies concurrent PUTs of one key atomically (last writer wins). s3rver does not: two PUTs of one key
    // with different metadata interleave their writes and leave an unreadable object. Within one scenario the
    // workers share s3rver, so their PUTs to one key are queued here to give them S3's semantics.
    wrapCalls(s3, 'gazetteAtomicPut', 'low', (next, command) => async (args) => {
      if (command !== 'PutObjectCommand') return next(args);
      const object = `${String(args.input.Bucket)}/${String(args.input.Key)}`;
      const previous = this.putsInFlight.get(object) ?? Promise.resolve();
      const current = previous.catch(() => undefined).then(() => next(args));
      this.putsInFlight.set(object, current);
      try {
        return await current;
      } finally {
        if (this.putsInFlight.get(object) === current) this.putsInFlight.delete(object);
      }
    });

    // Wired as the parse Lambda and the local runtime wire it.
    const archive = new S3BlobStore(s3, ARCHIVE_BUCKET);
    const inner = new DynamoArticleStore(dynamodb, ARTICLES_TABLE, archive);
    const articles = this.options.publisher === 'local' ? new PublishingArticleStore(inner, this.eventLog) : inner;
    const handler = createParseHandler({
      ingestBucket: new S3BlobStore(s3, INGEST_BUCKET),
      archive,
      articles,
      stories: new DynamoStoryIndex(dynamodb, ARTICLES_TABLE),
      clock: { now: () => new Date() },
      maxInputBytes: this.options.maxInputBytes ?? 10 * 1024 * 1024,
      logger: new Logger({ logLevel: 'SILENT' }),
      metrics: new Metrics({ namespace: 'GazetteFaultTests' }),
    });
    return {
      handler,
      takeCrash: () => {
        const died = crashed;
        crashed = false;
        return died;
      },
      restart: async () => {
        if (this.options.publisher === 'local') await this.recoverEvents();
      },
    };
  }

  private tapStream(call: ServiceCall): void {
    if (call.command !== 'PutItemCommand') return;
    const item = call.input.Item as Record<string, AttributeValue> | undefined;
    if (item?.sk?.S === LATEST_SORT_KEY) this.streamImages.push(item);
  }

  /**
   * A DynamoDB stream delivers each item's changes in order with both images. Conditional writes move a latest
   * item one revision at a time, so sorting an item's applied writes by revision recovers the stream's order.
   */
  private async deliverStream(): Promise<void> {
    const byItem = new Map<string, Record<string, AttributeValue>[]>();
    for (const image of this.streamImages.splice(0)) {
      const images = byItem.get(image.pk.S!) ?? [];
      images.push(image);
      byItem.set(image.pk.S!, images);
    }
    const records: DynamoDBRecord[] = [];
    for (const images of byItem.values()) {
      images.sort((a, b) => Number(a.revision.N) - Number(b.revision.N));
      const before = this.lastStreamed.get(images[0].pk.S!) ?? null;
      images.forEach((image, position) => records.push(streamRecord(position === 0 ? before : images[position - 1], image)));
      this.lastStreamed.set(images[0].pk.S!, images[images.length - 1]);
    }
    const recorder: EventSink = { publish: async (events) => void this.published.push(...events) };
    const publish = createPublishHandler({ sink: recorder, logger: new Logger({ logLevel: 'SILENT' }) });
    for (let start = 0; start < records.length; start += 100) {
      const response = await publish({ Records: records.slice(start, start + 100) }, {} as Context);
      if (response.batchItemFailures.length > 0) throw new Error(`publisher failed ${response.batchItemFailures.length} stream records`);
    }
  }

  /** The events that reached the bus: the recorded ones (stream) or events.jsonl (local). */
  async emittedEvents(): Promise<ChangeEvent['detail'][]> {
    if (this.options.publisher === 'stream') return this.published.map((event) => event.detail);
    return (await readEnvelopes(path.join(this.options.dataDir, 'events.jsonl'))).map((envelope) => envelope.detail);
  }
}

/** An S3 event notification as S3 puts it on the queue: the key URL-encoded, spaces as `+`. */
export function s3Notification(bucket: string, key: string, eventTime: string): string {
  const encodedKey = encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
  return JSON.stringify({
    Records: [{ eventVersion: '2.1', eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', eventTime, s3: { bucket: { name: bucket }, object: { key: encodedKey } } }],
  });
}

function streamRecord(previous: Record<string, AttributeValue> | null, current: Record<string, AttributeValue>): DynamoDBRecord {
  return {
    eventName: previous ? 'MODIFY' : 'INSERT',
    eventSource: 'aws:dynamodb',
    dynamodb: {
      Keys: { pk: current.pk, sk: current.sk } as never,
      // The stream's image type (aws-lambda) and the SDK's AttributeValue describe the same wire format.
      NewImage: current as never,
      ...(previous ? { OldImage: previous as never } : {}),
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
