/**
 * The whole local pipeline under load: a few thousand distinct generated article pages (English and Arabic, some in
 * windows-1256) are put into the ingest bucket of the local runtime (embedded S3 and DynamoDB, the same parse
 * handler and publisher as in AWS), and the run ends when the runtime is idle.
 *
 *   npx tsx bench/end-to-end.ts [PAGE_COUNT]      (default 2000)
 *
 * Reports articles/s, peak RSS, time per stage, and the S3 and DynamoDB requests per article that the cost model
 * (docs/COST.md) is built on. The floor, in the same run, is `extract()` alone over the same pages, with no I/O.
 * Everything the runtime writes goes to a temporary directory that is removed at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { generateMixedPages, type GeneratedPage } from './support/article-pages';
import { fixed, heading, kilobytes, median, megabytes, printTable, sum, verdict } from './support/report';
import { RequestCounter } from './support/request-counter';
import { installStageTiming, resetStageTiming, STAGES, stageTotals } from './support/stage-timing';

const DEFAULT_PAGE_COUNT = 2000;
const TARGET_ARTICLES_PER_SECOND = 200;
const RSS_SAMPLE_MS = 50;
/** PUTs in flight while feeding the ingest bucket, as several producers would. */
const FEED_CONCURRENCY = 16;

// Before any pipeline module loads, so the pipeline imports the timed copies (see support/stage-timing.ts); the
// modules below are therefore required here rather than imported at the top.
installStageTiming();
const { ListObjectsV2Command, PutObjectCommand } = require('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3');
const { extract } = require('../lambdas/extract') as typeof import('../lambdas/extract');
const { startLocalRuntime } = require('../bin/local/runtime') as typeof import('../bin/local/runtime');
const { LOCAL_RESOURCES } = require('../bin/local/local-names') as typeof import('../bin/local/local-names');
const { createPublishHandler } = require('../lambdas/handlers/publish') as typeof import('../lambdas/handlers/publish');
const { Logger } = require('@aws-lambda-powertools/logger') as typeof import('@aws-lambda-powertools/logger');
const { ScanCommand } = require('@aws-sdk/client-dynamodb') as typeof import('@aws-sdk/client-dynamodb');

type Item = Record<string, import('@aws-sdk/client-dynamodb').AttributeValue>;
type LocalRuntime = Awaited<ReturnType<typeof startLocalRuntime>>;

/** Stream records per publisher invocation, as the stack's default publishBatchSize. */
const PUBLISH_BATCH_SIZE = 100;

interface Timed {
  wallMs: number;
  cpuMs: number;
}

async function timed(run: () => Promise<void> | void): Promise<Timed> {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  await run();
  const cpu = process.cpuUsage(startedCpu);
  return { wallMs: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Peak of each part of the process's memory, sampled on a timer. */
interface MemoryPeaks {
  rss: number;
  heapUsed: number;
  /** The V8 heap's committed pages, live objects and garbage not yet collected: what heapUsed is part of in RSS. */
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  samples: number;
}

/** Samples memory on a timer; the kernel's high-water mark (maxRSS) catches RSS peaks between samples. */
function startMemorySampler(): { stop(): MemoryPeaks } {
  const peaks: MemoryPeaks = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0, samples: 0 };
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    peaks.rss = Math.max(peaks.rss, usage.rss);
    peaks.heapUsed = Math.max(peaks.heapUsed, usage.heapUsed);
    peaks.heapTotal = Math.max(peaks.heapTotal, usage.heapTotal);
    peaks.external = Math.max(peaks.external, usage.external);
    peaks.arrayBuffers = Math.max(peaks.arrayBuffers, usage.arrayBuffers);
    peaks.samples += 1;
  }, RSS_SAMPLE_MS);
  return {
    stop() {
      clearInterval(timer);
      return peaks;
    },
  };
}

async function main(): Promise<void> {
  const pageCount = Number(process.argv[2] ?? DEFAULT_PAGE_COUNT);
  heading(`end-to-end: ${pageCount} pages through the local runtime (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
  const pages = generateMixedPages(pageCount);
  const inputBytes = sum(pages.map((page) => page.bytes.length));
  const arabic = pages.filter((page) => page.spec.language === 'ar').length;
  const legacy = pages.filter((page) => page.spec.charset === 'windows-1256').length;
  console.log(`${pageCount} pages, ${megabytes(inputBytes)} (median ${kilobytes(median(pages.map((p) => p.bytes.length)))}); ${arabic} Arabic, ${legacy} of them windows-1256`);

  // The floor: the same pages through extract() alone, in this process, no I/O.
  resetStageTiming();
  const extractOnly = await timed(() => {
    for (const page of pages) extract(page.bytes, { url: page.url, contentType: page.contentType });
  });
  resetStageTiming();

  const dataDir = mkdtempSync(path.join(tmpdir(), 'gazette-e2e-'));
  let events = 0;
  const runtime = await startLocalRuntime({
    dataDir,
    inboxDir: path.join(dataDir, 'inbox'),
    s3Port: 0,
    dynamoDbPort: 0,
    logLevel: 'SILENT',
    onEvent: () => (events += 1),
    onProblem: (message) => console.error(`runtime problem: ${message}`),
  });
  const counter = new RequestCounter();
  counter.attachToS3(runtime.s3);
  counter.attachToDynamoDb(runtime.dynamodb);

  try {
    const rssBefore = process.memoryUsage().rss;
    const sampler = startMemorySampler();
    const loopBefore = performance.eventLoopUtilization();
    const pipeline = await timed(async () => {
      await feed(runtime.s3, pages);
      await runtime.whenIdle();
    });
    const mainLoop = performance.eventLoopUtilization(loopBefore);
    const rss = sampler.stop();
    const maxRssBytes = process.resourceUsage().maxRSS * 1024;
    // The pipeline's requests only: the count below is the benchmark's own Scan.
    const tallies = new Map(counter.tallies);
    const latestItems = await scanLatestItems(runtime);
    const stored = latestItems.length;

    const articlesPerSecond = pageCount / (pipeline.wallMs / 1000);
    heading('throughput (from the first PUT into the ingest bucket until the runtime is idle)');
    printTable(
      ['run', 'wall s', 'articles/s', 'CPU s', 'CPU ms/article', 'vs extract-only (wall)', 'vs extract-only (CPU)'],
      [
        ['extract() only, no I/O (floor)', fixed(extractOnly.wallMs / 1000, 2), fixed(pageCount / (extractOnly.wallMs / 1000)), fixed(extractOnly.cpuMs / 1000, 2), fixed(extractOnly.cpuMs / pageCount, 2), '1.00×', '1.00×'],
        [
          'local runtime end to end',
          fixed(pipeline.wallMs / 1000, 2),
          fixed(articlesPerSecond),
          fixed(pipeline.cpuMs / 1000, 2),
          fixed(pipeline.cpuMs / pageCount, 2),
          `${fixed(pipeline.wallMs / extractOnly.wallMs, 2)}×`,
          `${fixed(pipeline.cpuMs / extractOnly.cpuMs, 2)}×`,
        ],
      ],
    );
    // CPU above counts every thread of the process; the main event loop's busy time is the handler's thread alone.
    console.log(`main event loop busy ${fixed(100 * mainLoop.utilization)} % of the wall time: ${fixed(mainLoop.active / pageCount, 2)} ms/article`);
    console.log(`stored: ${stored} latest items, ${events} change events for ${pageCount} pages`);
    const quarantined = await quarantineReasons(runtime);
    if (quarantined.size > 0) {
      console.log(`quarantined instead of stored: ${[...quarantined].map(([reason, count]) => `${count} ${reason}`).join(', ')}`);
    }

    heading('memory');
    printTable(
      ['measure', 'value'],
      [
        ['RSS before the run (pages held in memory)', megabytes(rssBefore)],
        [`peak RSS, sampled every ${RSS_SAMPLE_MS} ms (${rss.samples} samples)`, megabytes(rss.rss)],
        ['peak V8 heapUsed, sampled', megabytes(rss.heapUsed)],
        ['peak V8 heapTotal (committed heap pages), sampled', megabytes(rss.heapTotal)],
        ['peak external memory (Buffers and other C++ objects tied to JS), sampled', megabytes(rss.external)],
        ['  of which ArrayBuffers, sampled', megabytes(rss.arrayBuffers)],
        ['peak RSS, kernel high-water mark (whole process)', megabytes(maxRssBytes)],
        // V8 collects lazily below its limit, so a high limit lets garbage pile up; run with
        // node --max-old-space-size=N to see whether the run fits in N MB.
        ['V8 heap limit of this process', megabytes(getHeapStatistics().heap_size_limit)],
      ],
    );

    heading('time per stage (sync stages: CPU on the event loop; async: latency, overlapping other records of the batch)');
    const totals = stageTotals();
    const stageSum = sum(STAGES.map((stage) => totals.get(stage)!.ms));
    printTable(
      ['stage', 'calls', 'total s', 'ms/article', 'share of stage time'],
      STAGES.map((stage) => {
        const total = totals.get(stage)!;
        return [stage, String(total.calls), fixed(total.ms / 1000, 2), fixed(total.ms / pageCount, 2), `${fixed((100 * total.ms) / stageSum)} %`];
      }),
    );

    heading('requests per article (the cost model\'s inputs; the ingest PUTs are the producers\')');
    printTable(
      ['request', 'count', 'per article', 'KB per article', 'billed units/article (table)', 'billed WRU/article (GSIs)', 'failed'],
      [...tallies].sort(([a], [b]) => a.localeCompare(b)).map(([name, tally]) => [
        name,
        String(tally.count),
        fixed(tally.count / pageCount, 3),
        fixed(tally.bytes / 1024 / pageCount, 2),
        name.startsWith('DynamoDB') ? fixed(tally.tableUnits / pageCount, 2) : '-',
        name.startsWith('DynamoDB') ? fixed(tally.indexUnits / pageCount, 2) : '-',
        String(tally.failed),
      ]),
    );
    // The mean is what storage sums; bytes, because index entries are a fraction of a KB.
    const itemRows = [...counter.itemBytes].map(([kind, sizes]) => [
      kind,
      String(sizes.length),
      kilobytes(median(sizes)),
      kilobytes(Math.max(...sizes)),
      String(Math.round(sum(sizes) / sizes.length)),
    ]);
    printTable(['item written', 'count', 'median size', 'max size', 'mean bytes'], itemRows);
    console.log(`change events: ${fixed(events / pageCount, 3)} per article`);

    heading(`publisher Lambda handler on the stored latest items as stream INSERT records (batches of ${PUBLISH_BATCH_SIZE}, events to a counting sink)`);
    const publisher = await measurePublisher(latestItems);
    printTable(
      ['records', 'events', 'invocations', 'CPU ms/record', 'wall ms/record'],
      [[String(latestItems.length), String(publisher.events), String(publisher.invocations), fixed(publisher.cpuMs / latestItems.length, 3), fixed(publisher.wallMs / latestItems.length, 3)]],
    );

    heading('target');
    printTable(
      ['measure', 'measured', 'target', 'measured/target', 'verdict'],
      [['articles/s end to end', fixed(articlesPerSecond), String(TARGET_ARTICLES_PER_SECOND), `${fixed(articlesPerSecond / TARGET_ARTICLES_PER_SECOND, 2)}×`, verdict(articlesPerSecond, TARGET_ARTICLES_PER_SECOND, 'higher')]],
    );
  } finally {
    await runtime.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Puts every page into the ingest bucket with its URL as user metadata, a bounded number at a time. */
async function feed(s3: import('@aws-sdk/client-s3').S3Client, pages: GeneratedPage[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const page = pages[next++];
      await s3.send(
        new PutObjectCommand({
          Bucket: LOCAL_RESOURCES.ingestBucket,
          Key: `bench/${page.spec.language}/${page.spec.seed}.html`,
          Body: page.bytes,
          ContentType: page.contentType,
          Metadata: { url: page.url },
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: FEED_CONCURRENCY }, worker));
}

async function scanLatestItems(runtime: LocalRuntime): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const page = await runtime.dynamodb.send(
      new ScanCommand({ TableName: LOCAL_RESOURCES.articlesTable, FilterExpression: 'sk = :latest', ExpressionAttributeValues: { ':latest': { S: 'LATEST' } }, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Quarantined inputs per reason: the archive keeps them under `quarantine/<reason>/`. */
async function quarantineReasons(runtime: LocalRuntime): Promise<Map<string, number>> {
  const reasons = new Map<string, number>();
  let token: string | undefined;
  do {
    const page = await runtime.s3.send(new ListObjectsV2Command({ Bucket: LOCAL_RESOURCES.archiveBucket, Prefix: 'quarantine/', ContinuationToken: token }));
    for (const object of page.Contents ?? []) {
      const reason = object.Key?.split('/')[1] ?? 'unknown';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return reasons;
}

/** The publisher's own work per stream record (unmarshalling, event building, logging off), without EventBridge. */
async function measurePublisher(items: Item[]): Promise<Timed & { events: number; invocations: number }> {
  let events = 0;
  let invocations = 0;
  const handle = createPublishHandler({
    sink: { publish: async (batch) => void (events += batch.length) },
    logger: new Logger({ serviceName: 'gazette-publish', logLevel: 'SILENT' }),
  });
  const context = { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 30_000 } as unknown as import('aws-lambda').Context;
  const result = await timed(async () => {
    for (let start = 0; start < items.length; start += PUBLISH_BATCH_SIZE) {
      const Records = items.slice(start, start + PUBLISH_BATCH_SIZE).map((item, index) => ({
        eventID: `${start + index}`,
        eventName: 'INSERT' as const,
        eventSource: 'aws:dynamodb',
        dynamodb: { Keys: { pk: item.pk, sk: item.sk }, NewImage: item, StreamViewType: 'NEW_AND_OLD_IMAGES' as const },
      }));
      invocations += 1;
      await handle({ Records } as unknown as import('aws-lambda').DynamoDBStreamEvent, context);
    }
  });
  return { ...result, events, invocations };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
