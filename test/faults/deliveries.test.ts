/**
 * Deliveries as SQS and S3 really make them: the same notification more than once, versions of a page out of
 * order, and two parse workers ingesting the same URL at the same moment. Each scenario runs with the stream
 * publisher (AWS) and the local runtime's publisher; the audit then requires one record per page at the right
 * revision and one event per revision.
 */
import { generatePages, type GeneratedPage } from '../support/page-generator';
import type { Expectation } from './support/audit';
import { audit } from './support/audit';
import { CORRECTED, FIRST_SEEN, correctedArticle, correctionKey, describeProblems, originalKey, withPipeline } from './support/scenario';

const PAGES = 6;

const pagesAndCorrections = () => {
  const originals = generatePages(PAGES);
  const corrections = generatePages(PAGES, 1);
  return originals.map((original, index) => ({ original, correction: corrections[index] }));
};

/** A second producer dropping the very same page under its own key. */
const mirrorKey = (page: GeneratedPage) => `mirror/${page.index}/${page.version}.html`;

describe.each(['stream', 'local'] as const)('deliveries, %s publisher', (publisher) => {
  it.concurrent('a notification delivered three times, to two workers, makes one record and one event', async () => {
    const pages = generatePages(PAGES);
    const report = await withPipeline({ publisher, workers: 2, batchSize: 3 }, async (pipeline) => {
      for (const page of pages) await pipeline.put(originalKey(page), page.bytes, { url: page.url, eventTime: FIRST_SEEN });
      for (const page of pages) pipeline.notify(originalKey(page), FIRST_SEEN);
      for (const page of pages) pipeline.notify(originalKey(page), FIRST_SEEN);
      await pipeline.drain();
      return audit(
        pipeline,
        pages.map((page): Expectation => ({ kind: 'article', keys: [originalKey(page)], versions: [page.bytes], url: page.url, latest: page.bytes, title: page.title, revision: 1 })),
      );
    });
    expect(describeProblems(report)).toBe('');
    expect(report).toMatchObject({ records: PAGES, events: PAGES, lost: 0, duplicated: 0, deadLettered: 0 });
  });

  it.concurrent('a correction that arrives before the original stays latest; the late original is archived but never stored over it', async () => {
    const pairs = pagesAndCorrections();
    const report = await withPipeline({ publisher, workers: 1 }, async (pipeline) => {
      for (const { correction } of pairs) await pipeline.put(correctionKey(correction), correction.bytes, { url: correction.url, eventTime: CORRECTED });
      await pipeline.drain();
      for (const { original } of pairs) await pipeline.put(originalKey(original), original.bytes, { url: original.url, eventTime: FIRST_SEEN });
      await pipeline.drain();
      return audit(pipeline, pairs.map(({ original, correction }) => correctedArticle(original, correction, 1)));
    });
    expect(describeProblems(report)).toBe('');
    expect(report).toMatchObject({ records: PAGES, events: PAGES, lost: 0, duplicated: 0 });
  });

  it.concurrent('an original and its correction in flight together end with the correction latest, whichever runs first', async () => {
    const pairs = pagesAndCorrections();
    const report = await withPipeline({ publisher, workers: 2, batchSize: 2 }, async (pipeline) => {
      // Interleaved so that some pairs share a batch (processed in parallel) and some are split across the workers.
      for (const { original, correction } of pairs) {
        await pipeline.put(correctionKey(correction), correction.bytes, { url: correction.url, eventTime: CORRECTED });
        await pipeline.put(originalKey(original), original.bytes, { url: original.url, eventTime: FIRST_SEEN });
      }
      await pipeline.drain();
      return audit(pipeline, pairs.map(({ original, correction }) => correctedArticle(original, correction, [1, 2])));
    });
    expect(describeProblems(report)).toBe('');
    expect(report).toMatchObject({ records: PAGES, lost: 0, duplicated: 0 });
  });

  it.concurrent('two workers ingesting the same URL at once, from two producers, in two versions: one record, one event per revision', async () => {
    const pairs = pagesAndCorrections();
    const report = await withPipeline({ publisher, workers: 2, batchSize: 1 }, async (pipeline) => {
      for (const { original, correction } of pairs) {
        await pipeline.put(originalKey(original), original.bytes, { url: original.url, eventTime: FIRST_SEEN });
        await pipeline.put(mirrorKey(original), original.bytes, { url: original.url, eventTime: FIRST_SEEN });
        await pipeline.put(correctionKey(correction), correction.bytes, { url: correction.url, eventTime: CORRECTED });
        await pipeline.put(mirrorKey(correction), correction.bytes, { url: correction.url, eventTime: CORRECTED });
      }
      await pipeline.drain();
      return audit(
        pipeline,
        pairs.map(({ original, correction }) => {
          const expected = correctedArticle(original, correction, [1, 2]);
          return { ...expected, keys: [...expected.keys, mirrorKey(original), mirrorKey(correction)] };
        }),
      );
    });
    expect(describeProblems(report)).toBe('');
    expect(report).toMatchObject({ records: PAGES, lost: 0, duplicated: 0, deadLettered: 0 });
    expect(report.events).toBeGreaterThanOrEqual(PAGES);
  });
});
