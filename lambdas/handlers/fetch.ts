/**
 * Fetch Lambda: SQS batches of article URLs (one URL per message body) → {@link fetchIntoIngest} for each, which
 * writes the page into the ingest bucket, where the parse Lambda takes it like any producer's upload.
 *
 * Only transient failures (timeouts, network errors, 429/5xx, an unreachable robots.txt, a host too busy to wait
 * for) are reported as batch item failures and redelivered. Permanent outcomes (a blocked address, an unsupported
 * content type, robots.txt disallowing the URL, other 4xx) are logged and acknowledged: retrying cannot change
 * them. A 404 or 410 withdraws the article the URL produced.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createDynamoDbClient, createS3Client } from '../adapters/aws-clients';
import { DynamoArticleStore } from '../adapters/dynamodb/article-store';
import { DynamoFetchStateStore } from '../adapters/dynamodb/fetch-state-store';
import { S3BlobStore } from '../adapters/s3/s3-blob-store';
import { fetchIntoIngest, ingestKeyFor, type FetchIntoIngestOutcome } from '../fetch/fetch-url';
import { createFetchContext, type FetchContext } from '../fetch/polite-fetch';
import { articleIdForUrl } from '../pipeline/identity/article-id';
import { canonicalizeUrl } from '../pipeline/identity/canonical-url';
import { systemClock, type ArticleStore, type BlobStore, type Clock } from '../pipeline/ports';
import { withdrawArticle, type WithdrawOutcome } from '../pipeline/withdraw-article';
import { ENV, requireEnv } from './environment';

export interface FetchHandlerDeps {
  ingest: BlobStore;
  context: FetchContext;
  /** Where a 404/410 withdraws the article: source links and latest items only. */
  articles: ArticleStore;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  refetchIntervalSeconds?: number;
}

/**
 * Error texts `fetchIntoIngest` reports that no retry can change. The use case reports failures as text, so the
 * prefixes are pinned by test/handlers/fetch.test.ts, which provokes each through a real fetch.
 */
const PERMANENT_ERROR_PREFIXES = [
  'blocked:',
  'invalid URL',
  'URL too long',
  'unsupported content type',
  'unsupported content encoding',
  'too large:',
  'too many redirects',
  'redirect ',
];
/** Skips that mean "not now" rather than "never": the page has not been fetched and should be tried again. */
const TRANSIENT_SKIP_PREFIXES = ['host busy', 'robots.txt unreachable'];

export function isPermanentFetchError(error: string): boolean {
  const status = /^HTTP (\d{3})$/.exec(error);
  // 408 and 429 are the client errors that invite a retry; 5xx are all transient.
  if (status) return status[1]!.startsWith('4') && status[1] !== '408' && status[1] !== '429';
  return PERMANENT_ERROR_PREFIXES.some((prefix) => error.startsWith(prefix));
}

function isTransientSkip(reason: string): boolean {
  return TRANSIENT_SKIP_PREFIXES.some((prefix) => reason.startsWith(prefix));
}

/** Thrown for a URL whose fetch should be redelivered; the batch processor reports it as an item failure. */
class TransientFetchError extends Error {
  override readonly name = 'TransientFetchError';
}

export function createFetchHandler(deps: FetchHandlerDeps) {
  const processor = new BatchProcessor(EventType.SQS);

  /** The article the fetched object produced, or (for a page never fetched here) the one its URL would name. */
  const articleIdFor = async (url: string): Promise<string | null> => {
    const linked = await deps.articles.findSource(ingestKeyFor(url));
    if (linked) return linked;
    const canonical = canonicalizeUrl(url);
    return canonical ? articleIdForUrl(canonical) : null;
  };

  const withdraw = async (outcome: Extract<FetchIntoIngestOutcome, { outcome: 'gone' }>): Promise<WithdrawOutcome> => {
    const articleId = await articleIdFor(outcome.url);
    return articleId ? withdrawArticle(deps.articles, articleId, `http-${outcome.status}`, deps.clock) : 'unknown';
  };

  const processMessage = async (message: SQSRecord): Promise<void> => {
    const url = message.body.trim();
    const outcome = await fetchIntoIngest(url, {
      ingest: deps.ingest,
      context: deps.context,
      ...(deps.refetchIntervalSeconds === undefined ? {} : { refetchIntervalSeconds: deps.refetchIntervalSeconds }),
    });
    deps.metrics.addMetric(`Fetch_${outcome.outcome}`, MetricUnit.Count, 1);
    switch (outcome.outcome) {
      case 'stored':
        deps.logger.info('page stored for parsing', { url: outcome.url, objectKey: outcome.key });
        return;
      case 'not-modified':
        deps.logger.info('page not modified', { url: outcome.url });
        return;
      case 'gone': {
        const withdrawal = await withdraw(outcome);
        deps.logger.info('page gone', { url: outcome.url, status: outcome.status, withdrawal });
        return;
      }
      case 'skipped':
        if (isTransientSkip(outcome.reason)) throw new TransientFetchError(`${outcome.url}: ${outcome.reason}`);
        deps.logger.info('fetch skipped', { url: outcome.url, reason: outcome.reason });
        return;
      case 'error':
        if (!isPermanentFetchError(outcome.error)) throw new TransientFetchError(`${outcome.url}: ${outcome.error}`);
        deps.logger.warn('fetch failed for good; not retried', { url: outcome.url, error: outcome.error });
        return;
    }
  };

  return async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    try {
      return await processPartialResponse(event, processMessage, processor, { context });
    } finally {
      if (deps.metrics.hasStoredMetrics()) deps.metrics.publishStoredMetrics();
    }
  };
}

function depsFromEnvironment(): FetchHandlerDeps {
  const dynamodb = createDynamoDbClient();
  return {
    ingest: new S3BlobStore(createS3Client(), requireEnv(ENV.ingestBucket)),
    // The address policy comes from GAZETTE_FETCH_ALLOW, read by createFetchContext.
    context: createFetchContext({
      state: new DynamoFetchStateStore(dynamodb, requireEnv(ENV.fetchStateTable)),
      userAgent: process.env[ENV.userAgent] || undefined,
    }),
    // No archive: a withdrawal rewrites the latest item as stored, an offloaded body staying a reference.
    articles: new DynamoArticleStore(dynamodb, requireEnv(ENV.articlesTable)),
    clock: systemClock,
    logger: new Logger(),
    metrics: new Metrics(),
  };
}

let configured: ReturnType<typeof createFetchHandler> | undefined;

export const handler = (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
  (configured ??= createFetchHandler(depsFromEnvironment()))(event, context);
