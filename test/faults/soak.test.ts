/**
 * The soak in miniature, so every `npm test` runs it: generated pages (some notified twice, some corrected, some
 * broken) through the parse handler with every fault kind injected at 5%, SQS redelivery, then the audit.
 * `npx tsx bench/soak.ts` runs the full size.
 */
import { runSoak } from './support/soak-workload';

describe('soak (small)', () => {
  it('loses nothing and duplicates nothing over 50 pages at a 5% fault rate', async () => {
    const report = await runSoak({ pages: 50, faultRate: 0.05, seed: 5, workers: 4, publisher: 'stream' });
    expect(report.problems.slice(0, 20).join('\n')).toBe('');
    expect(report.lost).toBe(0);
    expect(report.duplicated).toBe(0);
    expect(report.faultsInjected).toBeGreaterThan(0);
    expect(report.quarantined).toBeGreaterThan(0);
    expect(report.records + report.deadLettered).toBeGreaterThanOrEqual(50 - report.quarantined);
  });
});
