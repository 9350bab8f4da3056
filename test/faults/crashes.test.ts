/**
 * A parse worker dying at the worst moments: right after the raw bytes reached the archive (before the upsert),
 * between the history write and the latest write, and right after the latest write (before the batch reported
 * success). A dead worker's batch comes back whole after the visibility timeout; the local runtime additionally
 * runs its startup recovery before working again. Nothing may be lost or duplicated either way.
 */
import { LATEST_SORT_KEY } from '../../lambdas/adapters/dynamodb/articles-table-schema';
import { seededRandom } from '../support/seeded-random';
import type { ServiceCall } from './support/fault-injector';
import { describeProblems, ingestPagesThenCorrections, withPipeline } from './support/scenario';

const PAGES = 6;

type CrashPoint = 'after the archive write' | 'between the history and latest writes' | 'after the latest write';

const isCrashPoint: Record<CrashPoint, (call: ServiceCall) => boolean> = {
  'after the archive write': (call) => call.command === 'PutObjectCommand' && String(call.input.Key).startsWith('raw/'),
  'between the history and latest writes': (call) => call.command === 'PutItemCommand' && sortKeyOf(call)?.startsWith('R#') === true,
  'after the latest write': (call) => call.command === 'PutItemCommand' && sortKeyOf(call) === LATEST_SORT_KEY,
};

function sortKeyOf(call: ServiceCall): string | undefined {
  return (call.input.Item as { sk?: { S?: string } } | undefined)?.sk?.S;
}

/** Dies after a fifth of the matching calls, chosen by a seeded random source. */
function crashSometimes(point: CrashPoint, seed: number): (call: ServiceCall) => boolean {
  const random = seededRandom(seed);
  return (call) => isCrashPoint[point](call) && random() < 0.2;
}

const CRASH_POINTS: CrashPoint[] = ['after the archive write', 'between the history and latest writes', 'after the latest write'];

describe.each(['stream', 'local'] as const)('worker crashes, %s publisher', (publisher) => {
  it.concurrent.each(CRASH_POINTS.map((point, index) => [point, 21 + index] as const))('crash %s: redelivery finishes every page exactly once', async (point, seed) => {
    const report = await withPipeline(
      // One worker for the local runtime: it is one process, and its recovery runs at startup, before any work.
      { publisher, workers: publisher === 'local' ? 1 : 2, batchSize: 4, crashAfter: crashSometimes(point, seed) },
      (pipeline) => ingestPagesThenCorrections(pipeline, PAGES),
    );
    expect(describeProblems(report)).toBe('');
    expect(report.crashes).toBeGreaterThan(0);
    expect(report.lost).toBe(0);
    expect(report.duplicated).toBe(0);
    // Every stored revision has its event (the audit checks which); a dead-lettered correction leaves revision 1.
    expect(report.events).toBeGreaterThanOrEqual(report.records);
  });
});
