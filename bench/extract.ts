/**
 * Body-extraction benchmark on the dev corpus: our engine against Readability.js over linkedom and jsdom.
 *
 *   npx tsx bench/extract.ts [CORPUS_DIR] [--only-ours] [--source fundus] [--per-doc out.jsonl]
 *
 * Every engine's output is converted and scored by the corpus's own scripts, so the figures are comparable with
 * the corpus README. Scratch files go to a temp directory; only stdout is written.
 *
 * Each engine goes over the corpus twice in a row, and both passes are timed. The first pass is cold: it includes
 * compiling and optimising the engine's code, which a Lambda container pays once. The second is warm, the rate a
 * container keeps up over a queue of pages. Ratios are given for both; the scores come from the first pass.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../lambdas/extract';
import { loadCorpus, type CorpusPage } from './corpus/pages';
import { readabilityExtract, type Dom } from './corpus/readability';
import { scoreRecords, type Scores } from './corpus/score';

interface Rate {
  pagesPerSecond: number;
  /**
   * Pages per second of CPU time the process spent: the machine is often shared, and wall-clock rates of
   * engines run one after the other then compare different loads.
   */
  cpuPagesPerSecond: number;
}

interface Run {
  name: string;
  cold: Rate;
  warm: Rate;
  scores: Scores;
}

async function main(): Promise<void> {
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
    const runs: Run[] = [await runEngine('gazette', pages, corpusDir, source, workDir, perDoc, oursRecord)];
    if (!onlyOurs) {
      for (const dom of ['linkedom', 'jsdom'] as Dom[]) {
        runs.push(await runEngine(`readability+${dom}`, pages, corpusDir, source, workDir, null, (page) => readabilityExtract(page.bytes, page.url, dom)));
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

async function runEngine(name: string, pages: CorpusPage[], corpusDir: string, source: string | null, workDir: string, perDoc: string | null, run: (page: CorpusPage) => object): Promise<Run> {
  const records: object[] = [];
  const cold = await timePass(pages, (page) => records.push({ file: page.file, ...run(page) }));
  const warm = await timePass(pages, run);
  const scores = scoreRecords(corpusDir, source, records, workDir, name.replace(/\W/g, '-'), perDoc);
  console.log(`=== ${name}: ${pages.length} pages; cold pass ${describeRate(cold)}; warm pass ${describeRate(warm)}`);
  console.log(scores.report);
  return { name, cold, warm, scores };
}

/**
 * Every engine gets a turn of the event loop after each page, as a service handling one page per request does.
 * jsdom frees a closed window's document only on a later turn: a loop that never yields kept every page's
 * document alive, about 5 MB each, which slowed jsdom with garbage collection and ran out of heap on the second pass.
 */
async function timePass(pages: CorpusPage[], run: (page: CorpusPage) => unknown): Promise<Rate> {
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  for (const page of pages) {
    run(page);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { pagesPerSecond: pages.length / seconds, cpuPagesPerSecond: pages.length / cpuSeconds };
}

function describeRate(rate: Rate): string {
  return `${rate.pagesPerSecond.toFixed(1)} pages/s (${(1000 / rate.pagesPerSecond).toFixed(2)} ms/page), ${rate.cpuPagesPerSecond.toFixed(1)} pages/s CPU (${(1000 / rate.cpuPagesPerSecond).toFixed(2)} ms/page)`;
}

function printSummary(pageCount: number, runs: Run[]): void {
  const figure = (value: number | null) => (value === null ? '  n/a' : value.toFixed(3));
  const rate = (value: number) => value.toFixed(1).padEnd(7);
  console.log(`=== summary over ${pageCount} pages (pages/s: cold pass, warm pass; wall and CPU)`);
  console.log('engine                  bodyF1  fundus  snippetF1  imagesF1  cold     cold CPU  warm     warm CPU');
  for (const run of runs) {
    const s = run.scores;
    console.log(`${run.name.padEnd(22)}  ${figure(s.bodyF1)}   ${figure(s.fundusBodyF1)}   ${figure(s.snippetF1)}      ${figure(s.imagesF1)}     ${rate(run.cold.pagesPerSecond)}  ${rate(run.cold.cpuPagesPerSecond)}   ${rate(run.warm.pagesPerSecond)}  ${run.warm.cpuPagesPerSecond.toFixed(1)}`);
  }
  const [ours, ...baselines] = runs;
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? 'n/a' : (a / b).toFixed(3));
  const speed = (a: Rate, b: Rate) => `×${ratio(a.pagesPerSecond, b.pagesPerSecond)} (CPU ×${ratio(a.cpuPagesPerSecond, b.cpuPagesPerSecond)})`;
  for (const baseline of baselines) {
    console.log(`ours/${baseline.name}: speed cold ${speed(ours.cold, baseline.cold)}, warm ${speed(ours.warm, baseline.warm)}; bodyF1 ×${ratio(ours.scores.bodyF1, baseline.scores.bodyF1)}, fundus ×${ratio(ours.scores.fundusBodyF1, baseline.scores.fundusBodyF1)}, snippetF1 ×${ratio(ours.scores.snippetF1, baseline.scores.snippetF1)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
