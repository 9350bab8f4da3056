/** Building blocks shared by the fault scenarios: a fresh pipeline per scenario and the usual two-phase workload. */
import { generatePages, type GeneratedPage } from '../../support/page-generator';
import { makeTempDir } from '../../support/temp-dir';
import { audit, type AuditReport, type Expectation } from './audit';
import { PipelineUnderTest, type PipelineOptions } from './pipeline-under-test';

/** Runs `body` against a fresh pipeline in a fresh directory and always tears both down. */
export async function withPipeline<T>(options: Omit<PipelineOptions, 'dataDir'>, body: (pipeline: PipelineUnderTest) => Promise<T>): Promise<T> {
  const temp = await makeTempDir('faults');
  const pipeline = await PipelineUnderTest.start({ ...options, dataDir: temp.dir });
  try {
    return await body(pipeline);
  } finally {
    await pipeline.stop();
    await temp.remove();
  }
}

export const FIRST_SEEN = '2026-01-01T00:00:00.000Z';
export const CORRECTED = '2026-01-02T00:00:00.000Z';

export const originalKey = (page: GeneratedPage) => `incoming/${page.index}/story.html`;
export const correctionKey = (page: GeneratedPage) => `incoming/${page.index}/story-corrected.html`;

/**
 * The everyday workload: `count` new pages, drained; then a correction of each, drained. Every page must end as
 * revision 2 holding the correction, with an ArticleCreated and an ArticleUpdated.
 */
export async function ingestPagesThenCorrections(pipeline: PipelineUnderTest, count: number): Promise<AuditReport> {
  const originals = generatePages(count);
  const corrections = generatePages(count, 1);
  for (const page of originals) await pipeline.put(originalKey(page), page.bytes, { url: page.url, eventTime: FIRST_SEEN });
  await pipeline.drain();
  for (const page of corrections) await pipeline.put(correctionKey(page), page.bytes, { url: page.url, eventTime: CORRECTED });
  await pipeline.drain();
  return audit(pipeline, originals.map((page, index) => correctedArticle(page, corrections[index], 2)));
}

export function correctedArticle(original: GeneratedPage, correction: GeneratedPage, revision: number | number[]): Expectation {
  return {
    kind: 'article',
    keys: [originalKey(original), correctionKey(correction)],
    versions: [original.bytes, correction.bytes],
    url: original.url,
    latest: correction.bytes,
    title: correction.title,
    revision,
  };
}

/** A readable failure message: the audit's problems, at most a screenful. */
export function describeProblems(report: AuditReport): string {
  return report.problems.slice(0, 20).join('\n');
}
