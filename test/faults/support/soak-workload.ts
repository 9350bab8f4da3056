/**
 * The soak workload shared by `bench/soak.ts` and its small in-suite version: generated pages, some delivered
 * twice, some corrected later, some broken beyond use, all through the parse handler with faults injected, then
 * the audit.
 */
import { gzipSync } from 'node:zlib';
import { generatePage, type GeneratedPage } from '../../support/page-generator';
import { audit, type AuditReport, type Expectation } from './audit';
import { ALL_FAULT_KINDS } from './fault-injector';
import type { PipelineUnderTest } from './pipeline-under-test';
import { CORRECTED, FIRST_SEEN, correctedArticle, correctionKey, originalKey, withPipeline } from './scenario';

export interface SoakOptions {
  pages: number;
  faultRate: number;
  seed: number;
  workers: number;
  publisher: 'stream' | 'local';
}

/** Every 20th page is notified twice, every 10th is corrected later, and one input in 25 is broken. */
const DUPLICATE_EVERY = 20;
const CORRECT_EVERY = 10;
const BROKEN_EVERY = 25;
/** Ingest-bucket PUTs in flight while loading; the producer side is not under test, only quick. */
const LOAD_CONCURRENCY = 8;

export async function runSoak(options: SoakOptions): Promise<AuditReport> {
  return withPipeline(
    { publisher: options.publisher, workers: options.workers, faults: { rate: options.faultRate, kinds: ALL_FAULT_KINDS, seed: options.seed } },
    (pipeline) => soak(pipeline, options.pages),
  );
}

async function soak(pipeline: PipelineUnderTest, pageCount: number): Promise<AuditReport> {
  const expectations: Expectation[] = [];
  const originals: GeneratedPage[] = [];
  const broken: { key: string; bytes: Uint8Array; reason: 'empty' | 'binary' | 'truncated-gzip' | 'no-article' }[] = [];
  for (let index = 0; index < pageCount; index += 1) {
    if (index % BROKEN_EVERY === BROKEN_EVERY - 1) broken.push(brokenInput(index));
    else originals.push(generatePage(index));
  }

  await inParallel(originals, async (page) => pipeline.put(originalKey(page), page.bytes, { url: page.url, eventTime: FIRST_SEEN }));
  await inParallel(broken, async (input) => pipeline.put(input.key, input.bytes, { eventTime: FIRST_SEEN }));
  for (const page of originals) if (page.index % DUPLICATE_EVERY === 0) pipeline.notify(originalKey(page), FIRST_SEEN);
  await pipeline.drain();

  const corrections = originals.filter((page) => page.index % CORRECT_EVERY === 0).map((page) => generatePage(page.index, 1));
  await inParallel(corrections, async (page) => pipeline.put(correctionKey(page), page.bytes, { url: page.url, eventTime: CORRECTED }));
  await pipeline.drain();

  const corrected = new Map(corrections.map((page) => [page.index, page]));
  for (const page of originals) {
    const correction = corrected.get(page.index);
    expectations.push(
      correction
        ? correctedArticle(page, correction, 2)
        : { kind: 'article', keys: [originalKey(page)], versions: [page.bytes], url: page.url, latest: page.bytes, title: page.title, revision: 1 },
    );
  }
  for (const input of broken) expectations.push({ kind: 'quarantine', keys: [input.key], bytes: input.bytes, reason: input.reason });
  const report = await audit(pipeline, expectations);
  // The audit counts pages; the soak also counts the duplicate notifications it sent as inputs.
  return { ...report, inputs: report.inputs + originals.filter((page) => page.index % DUPLICATE_EVERY === 0).length };
}

/** Four kinds of input that can never be an article, each with its own bytes so each has its own quarantine key. */
function brokenInput(index: number): { key: string; bytes: Uint8Array; reason: 'empty' | 'binary' | 'truncated-gzip' | 'no-article' } {
  const page = generatePage(index);
  switch (Math.floor(index / BROKEN_EVERY) % 4) {
    case 0:
      return { key: `broken/${index}/empty.html`, bytes: new Uint8Array(0), reason: 'empty' };
    case 1:
      return { key: `broken/${index}/photo.html`, bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`IHDR${index}`)]), reason: 'binary' };
    case 2: {
      const compressed = gzipSync(page.bytes);
      return { key: `broken/${index}/cut.html.gz`, bytes: compressed.subarray(0, compressed.length >> 1), reason: 'truncated-gzip' };
    }
    default:
      return { key: `broken/${index}/app-shell.html`, bytes: Buffer.from(`<html><body><div id="app-${index}"></div><script src="/app.js"></script></body></html>`), reason: 'no-article' };
  }
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: LOAD_CONCURRENCY }, lane));
}
