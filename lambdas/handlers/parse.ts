/**
 * Parse Lambda: SQS batches of S3 notifications for the ingest bucket → {@link ingestPage} for every created
 * object, {@link withdrawSource} for every deleted one.
 * Reports partial batch failures, so only messages that hit a transient error are redelivered.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createDynamoDbClient, createS3Client } from '../adapters/aws-clients';
import { DynamoArticleStore } from '../adapters/dynamodb/article-store';
import { DynamoStoryIndex } from '../adapters/dynamodb/story-index';
import { S3BlobStore } from '../adapters/s3/s3-blob-store';
import { objectsInNotification } from '../adapters/s3/s3-notification';
import { ingestPage, type IngestDeps } from '../pipeline/ingest-page';
import { systemClock, type BlobStore } from '../pipeline/ports';
import { withdrawSource } from '../pipeline/withdraw-article';
import { ENV, requireEnv } from './environment';
import { ingestOutcomeMetric } from './metric-names';
import { traced, tracerWhenActive, type Annotator } from './tracing';

export interface ParseHandlerDeps extends IngestDeps {
  ingestBucket: BlobStore;
  logger: Logger;
  metrics: Metrics;
  /** X-Ray annotations per object, so a trace can be found by object key or article id; absent when not tracing. */
  tracer?: Annotator;
}

export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;

export function createParseHandler(deps: ParseHandlerDeps) {
  const processor = new BatchProcessor(EventType.SQS);

  const processMessage = async (message: SQSRecord): Promise<void> => {
    for (const object of objectsInNotification(message.body)) {
      deps.logger.appendKeys({ objectKey: object.key });
      deps.tracer?.putAnnotation('objectKey', object.key);
      if (object.change === 'removed') {
        const outcome = await withdrawSource(deps.articles, object.key, deps.clock);
        deps.logger.info('source object deleted', { outcome });
        deps.metrics.addMetric(`Withdrawals_${outcome}`, MetricUnit.Count, 1);
        deps.logger.removeKeys(['objectKey']);
        continue;
      }
      const stored = await deps.ingestBucket.get(object.key);
      if (!stored) {
        deps.logger.warn('object is gone before it could be parsed', { objectKey: object.key });
        continue;
      }
      const result = await ingestPage(
        { key: object.key, bytes: stored.bytes, contentType: stored.contentType, metadata: stored.metadata, observedAt: object.eventTime },
        deps,
      );
      deps.metrics.addMetric(ingestOutcomeMetric(result.outcome), MetricUnit.Count, 1);
      if (result.outcome === 'quarantined') {
        deps.logger.warn('input quarantined', { reason: result.reason, detail: result.message, quarantineKey: result.quarantineKey });
      } else {
        deps.tracer?.putAnnotation('articleId', result.articleId);
        deps.logger.info('input ingested', { outcome: result.outcome, articleId: result.articleId, revision: result.revision });
      }
      deps.logger.removeKeys(['objectKey']);
    }
  };

  return async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    try {
      return await processPartialResponse(event, processMessage, processor, { context });
    } finally {
      // A batch of test events or vanished objects records nothing; publishing then would only log a warning.
      if (deps.metrics.hasStoredMetrics()) deps.metrics.publishStoredMetrics();
    }
  };
}

async function depsFromEnvironment(): Promise<ParseHandlerDeps> {
  const tracer = await tracerWhenActive();
  const s3 = traced(tracer, createS3Client());
  const archive = new S3BlobStore(s3, requireEnv(ENV.archiveBucket));
  const dynamodb = traced(tracer, createDynamoDbClient());
  return {
    ingestBucket: new S3BlobStore(s3, requireEnv(ENV.ingestBucket)),
    archive,
    articles: new DynamoArticleStore(dynamodb, requireEnv(ENV.articlesTable), archive),
    stories: new DynamoStoryIndex(dynamodb, requireEnv(ENV.articlesTable)),
    clock: systemClock,
    maxInputBytes: Number(process.env[ENV.maxInputBytes] ?? DEFAULT_MAX_INPUT_BYTES),
    logger: new Logger(),
    metrics: new Metrics(),
    ...(tracer ? { tracer } : {}),
  };
}

let configured: Promise<ReturnType<typeof createParseHandler>> | undefined;

export const handler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
  (await (configured ??= depsFromEnvironment().then(createParseHandler)))(event, context);
