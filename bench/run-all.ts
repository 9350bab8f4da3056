/**
 * Every benchmark, one after the other, each in its own node process so none inherits another's heap or JIT
 * state, then a summary of which ran and how long each took.
 *
 *   npx tsx bench/run-all.ts        (npm run bench)
 *
 * A benchmark that misses a target still exits 0 (its table says so); a non-zero exit here means one crashed.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fixed, heading, printTable } from './support/report';

const BENCHMARKS = [
  { file: 'extract-scaling.ts', what: 'extract() time against page size, parse floor' },
  { file: 'cold-start.ts', what: 'bundle size and init time per Lambda entry' },
  { file: 'memory.ts', what: 'parse handler heap and RSS on 1 MB pages' },
  { file: 'end-to-end.ts', what: 'local pipeline throughput, stages, requests per article' },
  { file: 'extract.ts', what: 'extraction quality and speed against Readability.js' },
];

function main(): void {
  const results: string[][] = [];
  let crashed = 0;
  for (const benchmark of BENCHMARKS) {
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
