/**
 * Every benchmark (each `bench/*.ts` but this one), one after the other, each in its own node process so none
 * inherits another's heap or JIT state, then a summary of which ran and how long each took. The performance
 * benchmarks run first, in the order below; any others follow alphabetically, so a new benchmark joins by existing.
 *
 *   npx tsx bench/run-all.ts        (npm run bench)
 *
 * A benchmark that misses a target still exits 0 (its table says so); a non-zero exit here means one crashed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixed, heading, printTable } from './support/report';

const FIRST = ['extract-scaling.ts', 'cold-start.ts', 'memory.ts', 'end-to-end.ts', 'extract.ts'];

function benchmarks(): { file: string; what: string }[] {
  const files = readdirSync(__dirname).filter((file) => file.endsWith('.ts') && file !== path.basename(__filename));
  const rank = (file: string) => (FIRST.includes(file) ? FIRST.indexOf(file) : FIRST.length);
  return files
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((file) => ({ file, what: openingPhrase(readFileSync(path.join(__dirname, file), 'utf8')) }));
}

/** The opening phrase of the file's leading doc comment (up to its first colon or full stop): what it measures. */
function openingPhrase(source: string): string {
  const line = /^\/\*\*\s*\n\s*\*\s*(.+)$/m.exec(source)?.[1] ?? '';
  return line.split(/[:.](\s|$)/)[0];
}

function main(): void {
  const results: string[][] = [];
  let crashed = 0;
  for (const benchmark of benchmarks()) {
    heading(`bench/${benchmark.file}: ${benchmark.what}`);
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, benchmark.file)], { stdio: 'inherit' });
    const seconds = (performance.now() - started) / 1000;
    const status = child.status ?? 1;
    if (status !== 0) crashed += 1;
    results.push([`bench/${benchmark.file}`, status === 0 ? 'ran' : `FAILED (exit ${child.status ?? child.signal})`, fixed(seconds)]);
  }
  heading(`all benchmarks, ${new Date().toISOString()}`);
  printTable(['benchmark', 'result', 'seconds'], results);
  if (crashed > 0) process.exitCode = 1;
}

main();
