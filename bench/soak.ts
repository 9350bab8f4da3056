/**
 * Soak: a few thousand generated pages through the parse handler against embedded s3rver and dynalite, with
 * throttling, 5xx, timeouts and connection resets injected into the SDK clients, SQS redelivery and a DLQ
 * emulated, then an audit of every input, record, archive object and event.
 *
 *   npx tsx bench/soak.ts [--pages 3000] [--fault-rate 0.05] [--seed 1] [--workers 4] [--publisher stream|local]
 *
 * Exits 1 when anything was lost or duplicated.
 */
import { parseArgs } from 'node:util';
import { runSoak } from '../test/faults/support/soak-workload';

// The SDK's Node-version notice and Powertools' metric lines would bury the report.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '3000' },
      'fault-rate': { type: 'string', default: '0.05' },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string', default: '4' },
      publisher: { type: 'string', default: 'stream' },
    },
  });
  const publisher = values.publisher === 'local' ? 'local' : 'stream';
  const options = { pages: Number(values.pages), faultRate: Number(values['fault-rate']), seed: Number(values.seed), workers: Number(values.workers), publisher } as const;
  const started = Date.now();
  const report = await runSoak(options);
  const seconds = (Date.now() - started) / 1000;

  const rows: [string, number | string][] = [
    ['inputs', report.inputs],
    ['faults injected', report.faultsInjected],
    ['records', report.records],
    ['events', report.events],
    ['quarantined', report.quarantined],
    ['dead-lettered', report.deadLettered],
    ['lost', report.lost],
    ['duplicated', report.duplicated],
    ['seconds', seconds.toFixed(1)],
  ];
  process.stdout.write(`soak: ${options.pages} pages, fault rate ${options.faultRate}, seed ${options.seed}, ${options.workers} workers, ${publisher} publisher\n`);
  for (const [name, value] of rows) process.stdout.write(`  ${name.padEnd(16)} ${value}\n`);
  for (const problem of report.problems.slice(0, 20)) process.stdout.write(`  problem: ${problem}\n`);
  return report.lost === 0 && report.duplicated === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  },
);
