import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureActiveTable } from './local-tables';
import type { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { fetchStateTableCreateInput } from '../../lambdas/adapters/dynamodb/fetch-state-create-table-input';
import { DynamoFetchStateStore } from '../../lambdas/adapters/dynamodb/fetch-state-store';
import { createFetchContext } from '../../lambdas/fetch/polite-fetch';
import { loadSourcesConfig, type SourceConfig, type SourcePollOutcome, type UrlQueue } from '../../lambdas/fetch/poll-sources';
import { createFetchHandler } from '../../lambdas/handlers/fetch';
import { createPollHandler } from '../../lambdas/handlers/poll';
import { systemClock, type ArticleStore, type BlobStore, type Clock } from '../../lambdas/pipeline/ports';
import { LocalQueue } from './local-queue';
import { UrlJournal } from './url-journal';

/** The local fetch-state table; it lives in the same dynalite as the articles table. */
export const LOCAL_FETCH_STATE_TABLE = 'gazette-fetch-state';
/** Read by `gazette start` when present in the working directory and no --sources is given. */
export const DEFAULT_SOURCES_FILE = 'gazette.sources.json';
/** As the Fetching construct's default poll rate. */
export const DEFAULT_POLL_INTERVAL_MS = 5 * 60 * 1000;
/** As the fetch queue's redrive policy in the stack. */
const MAX_RECEIVE_COUNT = 5;
/** As the fetch event source's batch size in the stack. */
const BATCH_SIZE = 5;

export interface LocalFetchingOptions {
  dataDir: string;
  sources: readonly SourceConfig[];
  pollIntervalMs: number;
  dynamodb: DynamoDBClient;
  ingest: BlobStore;
  /** Withdrawals go through this store, so the local runtime's publisher sees them. */
  articles: ArticleStore;
  logger: Logger;
  problem(message: string): void;
  /** Drives schedules, TTLs and robots.txt caching (tests); the system clock by default. */
  clock?: Clock;
  userAgent?: string;
}

export interface LocalFetching extends UrlQueue {
  /** Polls every source now, unless a poll is running already; resolves with that poll's outcomes. */
  pollNow(): Promise<SourcePollOutcome[]>;
  /** Resolves once no poll is running and every URL queued so far has been fetched or dead-lettered. */
  whenIdle(): Promise<void>;
  stop(): Promise<void>;
}

/** The sources config in `file`; an empty list when `optional` and the file does not exist. */
export async function readSourcesFile(file: string, optional = false): Promise<SourceConfig[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`cannot read sources file ${file}: ${(error as Error).message}`);
  }
  return loadSourcesConfig(text).sources;
}

/** Where the running runtime records the sources it polls, for `gazette sources`. */
export function activeSourcesPath(dataDir: string): string {
  return path.join(dataDir, 'sources.json');
}

/**
 * The fetching stage in the local runtime: the same poll and fetch handlers as in AWS, a timer standing in for the
 * schedule and a {@link LocalQueue} for the fetch queue. Pages go into the local ingest bucket, where s3rver's events
 * hand them to the parse handler like any other upload.
 */
export async function startLocalFetching(options: LocalFetchingOptions): Promise<LocalFetching> {
  await ensureActiveTable(options.dynamodb, fetchStateTableCreateInput(LOCAL_FETCH_STATE_TABLE));
  await writeFile(activeSourcesPath(options.dataDir), `${JSON.stringify({ sources: options.sources }, null, 2)}\n`);
  const clock = options.clock ?? systemClock;
  // The address policy comes from GAZETTE_FETCH_ALLOW, read once here, as a Lambda reads it at cold start.
  const context = createFetchContext({
    state: new DynamoFetchStateStore(options.dynamodb, LOCAL_FETCH_STATE_TABLE, clock),
    clock,
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  const metrics = new Metrics({ namespace: 'Gazette', serviceName: 'gazette-local' });
  const { journal, pending } = await UrlJournal.open(path.join(options.dataDir, 'fetch-queue.journal'));

  const queue = new LocalQueue({
    handler: createFetchHandler({ ingest: options.ingest, context, articles: options.articles, clock, logger: options.logger, metrics }),
    batchSize: BATCH_SIZE,
    maxReceiveCount: MAX_RECEIVE_COUNT,
    onDelivered: (url) => journal.finished(url),
    onDeadLetter: async (url, reason) => {
      await writeFile(path.join(options.dataDir, 'fetch-dlq.jsonl'), `${JSON.stringify({ reason, url })}\n`, { flag: 'a' });
      options.problem(`fetch of ${url} dead-lettered after ${MAX_RECEIVE_COUNT} attempts: ${reason}`);
      await journal.finished(url);
    },
  });
  const urlQueue: UrlQueue = {
    async enqueue(urls) {
      await journal.queued(urls);
      for (const url of urls) queue.send(url);
    },
  };
  // What a crash left queued but unfetched goes first; the journal already holds it.
  for (const url of pending) queue.send(url);
  const poll = createPollHandler({ sources: options.sources, context, queue: urlQueue, logger: options.logger, metrics });

  let polling: Promise<SourcePollOutcome[]> | null = null;
  const pollNow = (): Promise<SourcePollOutcome[]> => {
    polling ??= poll()
      .catch((error: unknown) => {
        options.problem(`poll failed: ${error instanceof Error ? error.message : String(error)}`);
        return [];
      })
      .finally(() => {
        polling = null;
      });
    return polling;
  };
  const timer = options.sources.length > 0 ? setInterval(() => void pollNow(), options.pollIntervalMs) : null;
  timer?.unref();
  if (options.sources.length > 0) void pollNow();

  const whenIdle = async (): Promise<void> => {
    await polling;
    await queue.whenIdle();
  };
  return {
    enqueue: urlQueue.enqueue,
    pollNow,
    whenIdle,
    async stop() {
      if (timer) clearInterval(timer);
      await whenIdle();
    },
  };
}
