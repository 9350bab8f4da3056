/**
 * Poll Lambda, run on a schedule: polls the configured feeds and sitemaps ({@link pollSources}) and sends the
 * article URLs not seen before to the fetch queue.
 *
 * A source that fails is logged and retried on the next run; it never fails the invocation, so one broken feed
 * neither stops the others nor makes the scheduler re-run the whole poll.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { SQSClient } from '@aws-sdk/client-sqs';
import { createDynamoDbClient } from '../adapters/aws-clients';
import { DynamoFetchStateStore } from '../adapters/dynamodb/fetch-state-store';
import { SqsUrlQueue } from '../adapters/sqs/sqs-url-queue';
import { createFetchContext, type FetchContext } from '../fetch/polite-fetch';
import {
  loadSourcesConfig,
  pollSources,
  type SourceConfig,
  type SourcePollOutcome,
  type UrlQueue,
} from '../fetch/poll-sources';
import { ENV, requireEnv } from './environment';

export interface PollHandlerDeps {
  sources: readonly SourceConfig[];
  context: FetchContext;
  queue: UrlQueue;
  logger: Logger;
  metrics: Metrics;
}

export function createPollHandler(deps: PollHandlerDeps) {
  return async (): Promise<SourcePollOutcome[]> => {
    const outcomes = await pollSources(deps.sources, { context: deps.context, queue: deps.queue });
    for (const outcome of outcomes) {
      deps.metrics.addMetric(`Sources_${outcome.outcome}`, MetricUnit.Count, 1);
      if (outcome.outcome === 'polled') {
        deps.metrics.addMetric('UrlsEnqueued', MetricUnit.Count, outcome.enqueued.length);
        deps.logger.info('source polled', {
          source: outcome.url,
          discovered: outcome.discovered,
          enqueued: outcome.enqueued.length,
          warnings: outcome.warnings,
        });
      } else if (outcome.outcome === 'error') {
        deps.logger.warn('source poll failed; retried on the next run', { source: outcome.url, error: outcome.error });
      } else {
        deps.logger.info(`source ${outcome.outcome}`, { source: outcome.url, ...('reason' in outcome ? { reason: outcome.reason } : {}) });
      }
    }
    if (deps.metrics.hasStoredMetrics()) deps.metrics.publishStoredMetrics();
    return outcomes;
  };
}

function depsFromEnvironment(): PollHandlerDeps {
  return {
    sources: loadSourcesConfig(requireEnv(ENV.fetchSources)).sources,
    // The address policy comes from GAZETTE_FETCH_ALLOW, read by createFetchContext.
    context: createFetchContext({
      state: new DynamoFetchStateStore(createDynamoDbClient(), requireEnv(ENV.fetchStateTable)),
      userAgent: process.env[ENV.userAgent] || undefined,
    }),
    queue: new SqsUrlQueue(new SQSClient({}), requireEnv(ENV.fetchQueueUrl)),
    logger: new Logger(),
    metrics: new Metrics(),
  };
}

let configured: ReturnType<typeof createPollHandler> | undefined;

export const handler = (): Promise<SourcePollOutcome[]> => (configured ??= createPollHandler(depsFromEnvironment()))();
