/**
 * Body-extraction benchmark on the dev corpus: our engine against Readability.js over linkedom and jsdom.
 *
 *   npx tsx bench/extract.ts [CORPUS_DIR] [--only-ours] [--source fundus] [--per-doc out.jsonl]
 *
 * Every engine's output is converted and scored by the corpus's own scripts, so the figures are comparable with
 * the corpus README. Scratch files go to a temp directory; only stdout is written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../lambdas/extract';
import { loadCorpus, type CorpusPage } from './corpus/pages';
import { readabilityExtract, type Dom } from './corpus/readability';
import { scoreRecords, type Scores } from './corpus/score';

interface Run {
  name: string;
  pagesPerSecond: number;
  /**
   * Pages per second of CPU time the process spent: the machine is often shared, and wall-clock rates of
   * engines run one after the other then compare different loads.
   */
  cpuPagesPerSecond: number;
  scores: Scores;
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string): string | null => {
    const index = args.indexOf(name);
    return index < 0 ? null : args.splice(index, 2)[1] ?? null;
  };
  const flag = (name: string): boolean => {
    const index = args.indexOf(name);
    if (index >= 0) args.splice(index, 1);
    return index >= 0;
  };
  const onlyOurs = flag('--only-ours');
  const source = option('--source');
  const perDoc = option('--per-doc');
  const corpusDir = args[0] ?? '../shared/corpus/dev';

  const pages = loadCorpus(corpusDir, source);
  const workDir = mkdtempSync(join(tmpdir(), 'gazette-bench-'));
  try {
    const runs: Run[] = [runEngine('gazette', pages, corpusDir, workDir, perDoc, oursRecord)];
    if (!onlyOurs) {
      for (const dom of ['linkedom', 'jsdom'] as Dom[]) {
        runs.push(runEngine(`readability+${dom}`, pages, corpusDir, workDir, null, (page) => readabilityExtract(page.bytes, page.url, dom)));
      }
    }
    printSummary(pages.length, runs);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function oursRecord(page: CorpusPage): object {
  try {
    return extract(page.bytes, { url: page.url });
  } catch (error) {
    return { body: '', error: String(error) };
  }
}

function runEngine(name: string, pages: CorpusPage[], corpusDir: string, workDir: string, perDoc: string | null, run: (page: CorpusPage) => object): Run {
  const records: object[] = [];
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (const page of pages) records.push({ file: page.file, ...run(page) });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const scores = scoreRecords(corpusDir, records, workDir, name.replace(/\W/g, '-'), perDoc);
  console.log(`=== ${name}: ${pages.length} pages in ${seconds.toFixed(2)} s (${(pages.length / seconds).toFixed(1)} pages/s; ${cpuSeconds.toFixed(2)} s CPU, ${(pages.length / cpuSeconds).toFixed(1)} pages/s CPU)`);
  console.log(scores.report);
  return { name, pagesPerSecond: pages.length / seconds, cpuPagesPerSecond: pages.length / cpuSeconds, scores };
}

function printSummary(pageCount: number, runs: Run[]): void {
  const figure = (value: number | null) => (value === null ? '  n/a' : value.toFixed(3));
  console.log(`=== summary over ${pageCount} pages`);
  console.log('engine                  bodyF1  fundus  snippetF1  imagesF1  pages/s  pages/s CPU');
  for (const run of runs) {
    const s = run.scores;
    console.log(`${run.name.padEnd(22)}  ${figure(s.bodyF1)}   ${figure(s.fundusBodyF1)}   ${figure(s.snippetF1)}      ${figure(s.imagesF1)}     ${run.pagesPerSecond.toFixed(1).padEnd(7)}  ${run.cpuPagesPerSecond.toFixed(1)}`);
  }
  const [ours, ...baselines] = runs;
  for (const baseline of baselines) {
    const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? 'n/a' : (a / b).toFixed(3));
    console.log(`ours/${baseline.name}: speed ×${ratio(ours.pagesPerSecond, baseline.pagesPerSecond)} (CPU ×${ratio(ours.cpuPagesPerSecond, baseline.cpuPagesPerSecond)}), bodyF1 ×${ratio(ours.scores.bodyF1, baseline.scores.bodyF1)}, fundus ×${ratio(ours.scores.fundusBodyF1, baseline.scores.fundusBodyF1)}, snippetF1 ×${ratio(ours.scores.snippetF1, baseline.scores.snippetF1)}`);
  }
}

main();
