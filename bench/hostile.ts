/**
 * Time per hostile input: `extract()` alone and the whole `ingestPage` (in-memory ports), with the outcome, then
 * how extraction time grows with nesting depth, element count and paragraph count. The tests assert what happens
 * to each input; this prints how long it takes, which tests must not assert.
 *
 *   npx tsx bench/hostile.ts [NAME_REGEX]     (only the catalog inputs whose name matches; no scaling rows)
 */
import { extract, RejectedInputError } from '../lambdas/extract';
import { HOSTILE_INPUTS, PAGE_URL, deepNesting, manyTinyElements, type HostileInput } from '../test/hostile/support/hostile-inputs';
import { NOW, ingestInMemory } from '../test/hostile/support/ingest-memory';

/** Catalog inputs that do not finish in any useful time; the scaling rows show their growth instead. */
const DOES_NOT_FINISH = new Set(['100,000-deep nesting']);

function timeExtract(bytes: Uint8Array, contentType: string | undefined): { ms: number; note: string } {
  const started = performance.now();
  let note = '';
  try {
    extract(bytes, { url: PAGE_URL, contentType, now: NOW });
  } catch (error) {
    note = error instanceof RejectedInputError ? '' : `extract threw ${String(error)}`;
  }
  return { ms: performance.now() - started, note };
}

async function row(input: HostileInput, withIngest: boolean): Promise<void> {
  const { bytes, contentType } = input.build();
  const extracted = timeExtract(bytes, contentType);
  let ingestMs = '';
  let result = '';
  if (withIngest) {
    const started = performance.now();
    const { outcome } = await ingestInMemory(bytes, { contentType });
    ingestMs = (performance.now() - started).toFixed(1);
    result = outcome.outcome === 'quarantined' ? `quarantined: ${outcome.reason} (${outcome.message.slice(0, 70)})` : `${outcome.outcome} r${outcome.revision}`;
  }
  process.stdout.write(
    `${input.name.padEnd(92)} ${String(bytes.length).padStart(9)} ${extracted.ms.toFixed(1).padStart(10)} ${ingestMs.padStart(10)}  ${result}${extracted.note}\n`,
  );
}

function paragraphs(count: number): HostileInput {
  return {
    name: `${count.toLocaleString('en')} short paragraphs`,
    build: () => ({
      bytes: Buffer.from(`<html><body><article><h1>T</h1>${Array.from({ length: count }, (_, index) => `<p>Paragraph ${index} of a long page.</p>`).join('')}</article></body></html>`),
    }),
    expected: 'record',
  };
}

async function main(): Promise<void> {
  const only = process.argv[2] ? new RegExp(process.argv[2], 'i') : null;
  process.stdout.write(`${'input'.padEnd(92)} ${'bytes'.padStart(9)} ${'extract ms'.padStart(10)} ${'ingest ms'.padStart(10)}  outcome\n`);
  for (const input of HOSTILE_INPUTS) {
    if (only ? !only.test(input.name) : DOES_NOT_FINISH.has(input.name)) continue;
    await row(input, true);
  }
  if (only) return;
  process.stdout.write('\nscaling (extract only)\n');
  for (const depth of [125, 250, 500]) await row(deepNesting(depth), false);
  for (const count of [1_000, 4_000, 16_000]) await row(paragraphs(count), false);
  for (const count of [10_000, 100_000]) await row(manyTinyElements(count), false);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
