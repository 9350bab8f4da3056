/**
 * Memory of the parse handler on ten ~1 MB pages: the peak of one batch of ten (as the SQS event source delivers
 * them with parseBatchSize 10), then the heap after each page one at a time, with a forced GC in between, against
 * the heap before the first page. A heap that stays above that baseline after a page means the handler kept
 * something of it alive (a DOM, a record).
 *
 *   npx tsx bench/memory.ts
 *
 * Runs itself again in a child node with --expose-gc. The stores discard what they are given (the archive keeps
 * nothing, the article store always finds nothing; only the story index keeps its few keys per article), so
 * whatever the heap keeps is the handler's, not the data's.
 */
import { spawnSync } from 'node:child_process';
import { getHeapStatistics } from 'node:v8';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createParseHandler } from '../lambdas/handlers/parse';
import type { ArticleStore, BlobStore } from '../lambdas/pipeline/ports';
import { MemoryBlobStore } from '../test/support/memory-blob-store';
import { MemoryStoryIndex } from '../test/support/memory-story-index';
import { generatePage, type GeneratedPage } from './support/article-pages';
import { heading, kilobytes, megabytes, printTable, verdict } from './support/report';

const CHILD_FLAG = '--measure';
const PAGE_COUNT = 10;
const PAGE_BYTES = 1_000_000;
const TARGET_PEAK_BYTES = 512 * 1024 * 1024;
/** Heap left above the baseline after a page and a full GC beyond this is reported as retained. */
const RETAINED_LIMIT_BYTES = 2 * 1024 * 1024;
const SAMPLE_MS = 10;
const INGEST_BUCKET = 'bench-ingest';

/** A store that accepts every call and keeps nothing: reads find nothing, writes succeed. Calls `onCall` first. */
function discardingStore<T extends object>(onCall: () => void): T {
  const answer = (name: string): unknown => {
    if (/^(get|find)/.test(name)) return null;
    if (name === 'exists') return false;
    if (/^put/.test(name) && name !== 'put') return 'written';
    return undefined;
  };
  return new Proxy({} as T, {
    get(_target, property) {
      const name = String(property);
      if (name === 'then') return undefined;
      return async () => {
        onCall();
        return answer(name);
      };
    },
  });
}

function sqsRecord(key: string, index: number): SQSRecord {
  return {
    messageId: `message-${index}`,
    receiptHandle: `receipt-${index}`,
    body: JSON.stringify({
      Records: [{ eventVersion: '2.1', eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', eventTime: new Date().toISOString(), s3: { bucket: { name: INGEST_BUCKET }, object: { key } } }],
    }),
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'bench', ApproximateFirstReceiveTimestamp: '0' },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:bench',
    awsRegion: 'local',
  };
}

const context = { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 60_000 } as unknown as Context;

function collect(): number {
  const gc = (globalThis as { gc?: () => void }).gc!;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function measure(): Promise<void> {
  const ingest = new MemoryBlobStore();
  const pages: GeneratedPage[] = Array.from({ length: PAGE_COUNT + 1 }, (_, index) =>
    generatePage({ seed: 5_000 + index, language: index % 2 === 0 ? 'en' : 'ar', charset: index % 4 === 1 ? 'windows-1256' : 'utf-8', targetBytes: PAGE_BYTES }),
  );
  const keys = pages.map((_, index) => `memory/${index}.html`);
  for (const [index, page] of pages.entries()) await ingest.put(keys[index], page.bytes, { contentType: page.contentType, metadata: { url: page.url } });

  // With in-memory stores a batch runs without yielding to timers, so memory is also sampled at every store call:
  // those come right after each page's extraction, before a GC can have reclaimed its DOM.
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakHeap = Math.max(peakHeap, usage.heapUsed);
    peakRss = Math.max(peakRss, usage.rss);
  };
  const handlerWith = (logging: 'SILENT' | 'INFO') => {
    // Metrics go to stdout as embedded-metric log lines; they count as log output only when logging is measured.
    process.env.POWERTOOLS_METRICS_DISABLED = logging === 'SILENT' ? 'true' : 'false';
    return createParseHandler({
      ingestBucket: { get: async (key) => (sample(), ingest.get(key)), put: (key, bytes, options) => ingest.put(key, bytes, options), exists: (key) => ingest.exists(key) },
      archive: discardingStore<BlobStore>(sample),
      articles: discardingStore<ArticleStore>(sample),
      // Story grouping keeps a few band keys per article by design; the in-memory index stands in for the table.
      stories: new MemoryStoryIndex(),
      clock: { now: () => new Date() },
      maxInputBytes: 10 * 1024 * 1024,
      logger: new Logger({ serviceName: 'gazette-parse', logLevel: logging }),
      metrics: new Metrics({ namespace: 'Gazette', serviceName: 'gazette-parse' }),
    });
  };
  let handle = handlerWith('SILENT');
  const run = async (indexes: number[]) => {
    const response = await handle({ Records: indexes.map((index) => sqsRecord(keys[index], index)) } as SQSEvent, context);
    if (response.batchItemFailures.length > 0) throw new Error(`${response.batchItemFailures.length} records failed`);
  };
  const batch = Array.from({ length: PAGE_COUNT }, (_, index) => index + 1);

  // Warm-up on the extra page: compiled code and module-level caches are not retention.
  await run([0]);
  const baseline = collect();
  const rssBefore = process.memoryUsage().rss;

  // One batch of ten, processed as the Lambda would, also sampled on a timer; the kernel's maxRSS catches what
  // neither sees.
  peakHeap = 0;
  peakRss = 0;
  const sampler = setInterval(sample, SAMPLE_MS);
  const started = performance.now();
  await run(batch);
  const batchMs = performance.now() - started;
  clearInterval(sampler);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const afterBatch = collect();

  heading(`parse handler, one batch of ${PAGE_COUNT} pages of ~1 MB (node ${process.version}, heap limit ${megabytes(getHeapStatistics().heap_size_limit)})`);
  printTable(
    ['measure', 'value', 'target', 'verdict'],
    [
      ['input', `${PAGE_COUNT} pages, ${megabytes(pages.slice(1).reduce((total, page) => total + page.bytes.length, 0))}`, '-', '-'],
      ['batch wall time', `${(batchMs / 1000).toFixed(2)} s (${(batchMs / PAGE_COUNT).toFixed(0)} ms/page)`, '-', '-'],
      ['heap before (after warm-up + GC)', megabytes(baseline), '-', '-'],
      ['RSS before', megabytes(rssBefore), '-', '-'],
      [`peak heapUsed, sampled at store calls and every ${SAMPLE_MS} ms`, megabytes(peakHeap), '-', '-'],
      [`peak RSS, sampled at store calls and every ${SAMPLE_MS} ms`, megabytes(peakRss), '-', '-'],
      ['peak RSS, kernel high-water mark (process)', megabytes(maxRss), megabytes(TARGET_PEAK_BYTES), verdict(maxRss, TARGET_PEAK_BYTES, 'lower')],
      ['heap after the batch + GC, above baseline', kilobytes(afterBatch - baseline), `${megabytes(RETAINED_LIMIT_BYTES)}`, verdict(afterBatch - baseline, RETAINED_LIMIT_BYTES, 'lower')],
    ],
  );

  heading('page by page, forced GC after each (heapUsed after GC against the baseline before the first page)');
  // As deployed: INFO logs and metrics on. What they write to stdout is what CloudWatch Logs would ingest.
  handle = handlerWith('INFO');
  let logBytes = 0;
  const write = process.stdout.write.bind(process.stdout);
  const runCountingLogs = async (indexes: number[]) => {
    process.stdout.write = ((chunk: string | Uint8Array) => {
      logBytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      return true;
    }) as typeof process.stdout.write;
    try {
      await run(indexes);
    } finally {
      process.stdout.write = write;
    }
  };
  await runCountingLogs([0]);
  logBytes = 0;
  const pageBaseline = collect();
  const rows: string[][] = [];
  let retained = 0;
  for (const index of batch) {
    await runCountingLogs([index]);
    const heap = collect();
    const above = heap - pageBaseline;
    if (above > RETAINED_LIMIT_BYTES) retained += 1;
    const page = pages[index];
    rows.push([String(index), `${page.spec.language}/${page.spec.charset}`, kilobytes(page.bytes.length), megabytes(heap), kilobytes(above), above > RETAINED_LIMIT_BYTES ? 'RETAINED' : 'ok']);
  }
  printTable(['page', 'variant', 'bytes', 'heapUsed after GC', 'above baseline', 'verdict'], rows);
  console.log(
    retained === 0
      ? `no page left more than ${megabytes(RETAINED_LIMIT_BYTES)} on the heap after GC: no retained DOM or record`
      : `${retained} of ${PAGE_COUNT} pages left more than ${megabytes(RETAINED_LIMIT_BYTES)} on the heap after GC: something keeps them alive`,
  );
  console.log(`log output at INFO with metrics, one page per invocation: ${(logBytes / PAGE_COUNT).toFixed(0)} bytes per article`);
}

function main(): void {
  if (process.argv.includes(CHILD_FLAG)) {
    measure().catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
    return;
  }
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename, CHILD_FLAG], { stdio: 'inherit' });
  if (child.status !== 0) process.exitCode = child.status ?? 1;
}

main();
