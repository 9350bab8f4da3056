/**
 * Transient service faults between the parse handler and S3/DynamoDB: throttling, 500/503, timeouts and connection
 * resets, injected at a seeded rate into the real SDK clients, half of them after the service already applied the
 * call. SQS redelivery (maxReceiveCount 5, then the DLQ) must turn every input into exactly one record at the right
 * revision, and the stream publisher must emit one event per revision.
 */
import type { AuditReport } from './support/audit';
import { ALL_FAULT_KINDS, type FaultKind } from './support/fault-injector';
import { describeProblems, ingestPagesThenCorrections, withPipeline } from './support/scenario';

const PAGES = 8;
const FAULT_RATE = 0.1;

function expectNothingLostOrDuplicated(report: AuditReport): void {
  expect(describeProblems(report)).toBe('');
  expect(report.lost).toBe(0);
  expect(report.duplicated).toBe(0);
}

describe('transient service faults, stream publisher (as in AWS)', () => {
  it.concurrent.each<[FaultKind, number]>([
    ['throttle', 11],
    ['server-error', 12],
    ['timeout', 13],
    ['connection-reset', 14],
  ])('%s: every page is revision 2 with two events, or dead-lettered', async (kind, seed) => {
    const report = await withPipeline({ publisher: 'stream', workers: 2, faults: { rate: FAULT_RATE, kinds: [kind], seed } }, (pipeline) =>
      ingestPagesThenCorrections(pipeline, PAGES),
    );
    expectNothingLostOrDuplicated(report);
    expect(report.faultsInjected).toBeGreaterThan(0);
    expect(report.records + report.deadLettered).toBeGreaterThanOrEqual(PAGES);
    expect(report.events).toBeGreaterThanOrEqual(report.records);
  });

  it.concurrent('every kind at once at a higher rate still loses and duplicates nothing', async () => {
    const report = await withPipeline({ publisher: 'stream', workers: 2, faults: { rate: 0.2, kinds: ALL_FAULT_KINDS, seed: 99 } }, (pipeline) =>
      ingestPagesThenCorrections(pipeline, PAGES),
    );
    expectNothingLostOrDuplicated(report);
    expect(report.faultsInjected).toBeGreaterThan(PAGES);
  });
});
