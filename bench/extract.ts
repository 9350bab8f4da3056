/**
 * Body-extraction benchmark on the dev corpus: our engine against Readability.js over linkedom and jsdom.
 *
 *   npx tsx bench/extract.ts [CORPUS_DIR] [--only-ours] [--source fundus] [--per-doc out.jsonl] [--rounds N]
 *                            [--engine bundled|source]
 *
 * Every engine's output is converted and scored by the corpus's own scripts, so the figures are comparable with
 * the corpus README. Scratch files go to a temp directory; only stdout is written.
 *
 * Each engine goes over the corpus twice in a row, and both passes are timed. The first pass is cold: it includes
 * compiling and optimising the engine's code, which a Lambda container pays once. The second is warm, the rate a
 * container keeps up over a queue of pages. Ratios are given for both; the scores come from the first pass.
 *
 * The machine is often shared, and its speed drifts over the minutes a run takes, so a warm pass of one engine and
 * the next one's compare different loads. With `--rounds N` the warm passes are taken N times, the engines taking
 * turns within each round; each round gives its own ratios, and the summary gives the median rate and the median
 * of the rounds' ratios.
 *
 * Each engine runs in a process of its own, as a Lambda container runs one engine, and the processes take turns: a
 * pass pays for its own garbage and its own compiled code, and for no other engine's. In one process, garbage an
 * engine left was collected during the next engine's pass (ours ran at 86 and 95 pages/s right after a jsdom pass,
 * 98-104 right after one of its own). Collecting the heap before each pass, the remedy tried first, discarded
 * optimised code: V8 deoptimised code that depends on objects the forced collection freed ("weak objects", 775
 * times in one pass of ours), the pass compiled it all again (6,168 optimisations over four passes against 3,424),
 * and ours spent 14.1-15.4 ms of CPU per page against 10.6-13.1 without it (2026-11-30). Readability with linkedom
 * lost more to those collections than ours: in alternating runs of both set-ups, its warm passes took 30-35 ms per
 * page in a process of its own and 40-53 ms in the shared one, and our median ratio to it was ×3.14 and ×3.32 here
 * against ×3.44 and ×3.63 there.
 *
 * Every engine's process starts node with the V8 flags the parse Lambda and the CLI start it with
 * (lambdas/extract/v8-flags.ts). Ours was tuned with them; Readability over linkedom took 45-52 ms of CPU a page with
 * them against 51-59 without, two alternated runs each on a shared machine (2026-12-07), so it is given them too.
 *
 * Our engine runs as the parse Lambda ships it: one minified esbuild bundle, built the way the stack builds it
 * (bench/support/lambda-bundle.ts). `--engine source` runs the TypeScript through tsx instead, as the CLI and the
 * tests do. Under tsx every module's exports are getters, so each call from one engine module into another reads
 * a getter first; the bundle has no module boundaries. Paired on the dev corpus (each page on both, per-page
 * minimum of 2 warm passes, both load orders), the source engine took 7-10% longer per page, with identical records.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract as sourceExtract } from '../lambdas/extract';
import { loadCorpus, type CorpusPage } from './corpus/pages';
import { readabilityExtract, type Dom } from './corpus/readability';
import { ENGINE_V8_FLAGS } from '../lambdas/extract/v8-flags';
import { scoreRecords, type Scores } from './corpus/score';
import { bundleLambda } from './support/lambda-bundle';

/** The argument that makes this script an engine's process, followed by its {@link WorkerSpec} as JSON. */
const WORKER_FLAG = '--engine-worker';

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
  /** One warm pass per round, in round order. */
  warmRounds: Rate[];
  scores: Scores;
}

/** What an engine's process is told when it starts. */
interface WorkerSpec {
  engine: string;
  /** Our engine's bundle; null for `--engine source` and for the baselines. */
  bundle: string | null;
  corpusDir: string;
  source: string | null;
  workDir: string;
  perDoc: string | null;
}

/** The scored cold pass and the first warm pass, as {@link firstRun} reports them. */
interface FirstPasses {
  pageCount: number;
  cold: Rate;
  warm: Rate;
  scores: Scores;
}

const BASELINES: Record<string, Dom> = { 'readability+linkedom': 'linkedom', 'readability+jsdom': 'jsdom' };

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === WORKER_FLAG) {
    await serveEngine(JSON.parse(args[1]) as WorkerSpec);
    return;
  }
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
  const rounds = Number(option('--rounds') ?? 1);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number of rounds, 1 or more');
  const engineForm = option('--engine') ?? 'bundled';
  if (engineForm !== 'bundled' && engineForm !== 'source') throw new Error('--engine takes bundled or source');
  const corpusDir = args[0] ?? '../shared/corpus/dev';

  const workDir = mkdtempSync(join(tmpdir(), 'gazette-bench-'));
  const workers: EngineWorker[] = [];
  // A stopped process outlives its parent: whatever ends this one ends them too.
  process.on('exit', () => {
    for (const worker of workers) worker.kill();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(1));
  try {
    const bundle = engineForm === 'bundled'
      ? (await bundleLambda(join(__dirname, '..'), 'lambdas/extract/index.ts', join(workDir, 'engine'), [])).outfile
      : null;
    console.log(`=== gazette engine: ${engineForm === 'bundled' ? 'esbuild bundle, as the parse Lambda ships it' : 'TypeScript source through tsx'}; each engine in a process of its own`);
    const names = ['gazette', ...(onlyOurs ? [] : Object.keys(BASELINES))];
    // One at a time: a process loading the corpus and its engine must not share the machine with a timed pass.
    for (const [index, engine] of names.entries()) {
      workers.push(await EngineWorker.start({ engine, bundle: engine === 'gazette' ? bundle : null, corpusDir, source, workDir, perDoc: index === 0 ? perDoc : null }));
    }
    const runs: Run[] = [];
    let pageCount = 0;
    for (const worker of workers) {
      const first = await worker.ask<FirstPasses>('first');
      pageCount = first.pageCount;
      console.log(`=== ${worker.engine}: ${first.pageCount} pages; cold pass ${describeRate(first.cold)}; warm pass ${describeRate(first.warm)}`);
      console.log(first.scores.report);
      runs.push({ name: worker.engine, cold: first.cold, warmRounds: [first.warm], scores: first.scores });
    }
    for (let round = 2; round <= rounds; round++) {
      for (const [index, worker] of workers.entries()) runs[index].warmRounds.push(await worker.ask<Rate>('warm'));
      console.log(`=== round ${round} of ${rounds}: ${runs.map((run) => `${run.name} warm ${describeRate(run.warmRounds[round - 1])}`).join('; ')}`);
    }
    printSummary(pageCount, runs);
  } finally {
    for (const worker of workers) worker.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** An engine's process, asked for one thing at a time: `first` (the scored passes) or `warm` (one more warm pass). */
class EngineWorker {
  private pending: { resolve: (value: unknown) => void; reject: (error: Error) => void } | null = null;

  private constructor(readonly engine: string, private readonly child: ChildProcess) {
    child.on('message', (message) => this.settle((pending) => pending.resolve(message)));
    child.on('exit', (code) => this.settle((pending) => pending.reject(new Error(`the ${this.engine} process exited (${code})`))));
  }

  /** The engine's process, once it has loaded the corpus and the engine, stopped until it is asked for a pass. */
  static async start(spec: WorkerSpec): Promise<EngineWorker> {
    // The same node and loader flags as this process (tsx's), so the child runs this TypeScript file too, and the
    // engine's V8 flags, which the parse Lambda and the CLI start node with; every engine gets them alike.
    const execArgv = [...process.execArgv, ...ENGINE_V8_FLAGS];
    const worker = new EngineWorker(spec.engine, fork(__filename, [WORKER_FLAG, JSON.stringify(spec)], { stdio: 'inherit', execArgv }));
    await worker.reply(null);
    worker.child.kill('SIGSTOP');
    return worker;
  }

  /**
   * Runs the pass with the process let go, and stops it again once the pass is done. A stopped process runs none of
   * its threads: an idle engine's process otherwise ran V8's background collections (which start when a heap
   * stops growing) while another engine's pass was timed, on a machine with two cores. Whatever collection an
   * engine put off is done, by its own process, during its own next pass.
   */
  async ask<T>(pass: 'first' | 'warm'): Promise<T> {
    this.child.kill('SIGCONT');
    try {
      return await this.reply<T>(pass);
    } finally {
      this.child.kill('SIGSTOP');
    }
  }

  /** The process's next message, after sending it `request` if there is one. */
  private reply<T>(request: 'first' | 'warm' | null): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending = { resolve: resolve as (value: unknown) => void, reject };
      if (request) this.child.send(request);
    });
  }

  /** Lets the process go and closes its channel, which ends it once it is idle. */
  stop(): void {
    this.child.kill('SIGCONT');
    if (this.child.connected) this.child.disconnect();
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private settle(answer: (pending: NonNullable<EngineWorker['pending']>) => void): void {
    const pending = this.pending;
    this.pending = null;
    if (pending) answer(pending);
  }
}

/** The engine's side: loads the corpus and the engine once, then runs the passes it is asked for until disconnected. */
async function serveEngine(spec: WorkerSpec): Promise<void> {
  const pages = loadCorpus(spec.corpusDir, spec.source);
  const run = await engineRun(spec);
  process.on('message', (pass: 'first' | 'warm') => {
    const reply = pass === 'first' ? firstRun(spec, pages, run) : timePass(pages, run);
    reply.then((value) => process.send!(value), (error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
  process.send!('ready');
}

async function engineRun(spec: WorkerSpec): Promise<(page: CorpusPage) => object> {
  const dom = BASELINES[spec.engine];
  if (dom) return (page) => readabilityExtract(page.bytes, page.url, dom);
  const extract = spec.bundle ? ((await import(spec.bundle)) as { extract: typeof sourceExtract }).extract : sourceExtract;
  return (page) => oursRecord(extract, page);
}

function oursRecord(extract: typeof sourceExtract, page: CorpusPage): object {
  try {
    return extract(page.bytes, { url: page.url });
  } catch (error) {
    return { body: '', error: String(error) };
  }
}

/** The scored cold pass and the first round's warm pass, one after the other, as a container would run them. */
async function firstRun(spec: WorkerSpec, pages: CorpusPage[], run: (page: CorpusPage) => object): Promise<FirstPasses> {
  const records: object[] = [];
  const cold = await timePass(pages, (page) => records.push({ file: page.file, ...run(page) }));
  const warm = await timePass(pages, run);
  const scores = scoreRecords(spec.corpusDir, spec.source, records, spec.workDir, spec.engine.replace(/\W/g, '-'), spec.perDoc);
  return { pageCount: pages.length, cold, warm, scores };
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
  const rounds = runs[0].warmRounds.length;
  const figure = (value: number | null) => (value === null ? '  n/a' : value.toFixed(3));
  const rate = (value: number) => value.toFixed(1).padEnd(7);
  const warmMedian = (run: Run, pick: (rate: Rate) => number) => median(run.warmRounds.map(pick));
  const warmLabel = rounds === 1 ? 'warm pass' : `warm pass, median of ${rounds} rounds`;
  console.log(`=== summary over ${pageCount} pages (pages/s: cold pass, ${warmLabel}; wall and CPU)`);
  console.log('engine                  bodyF1  fundus  snippetF1  imagesF1  cold     cold CPU  warm     warm CPU');
  for (const run of runs) {
    const s = run.scores;
    console.log(`${run.name.padEnd(22)}  ${figure(s.bodyF1)}   ${figure(s.fundusBodyF1)}   ${figure(s.snippetF1)}      ${figure(s.imagesF1)}     ${rate(run.cold.pagesPerSecond)}  ${rate(run.cold.cpuPagesPerSecond)}   ${rate(warmMedian(run, (r) => r.pagesPerSecond))}  ${warmMedian(run, (r) => r.cpuPagesPerSecond).toFixed(1)}`);
  }
  const [ours, ...baselines] = runs;
  const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? 'n/a' : (a / b).toFixed(3));
  const speed = (a: Rate, b: Rate) => `×${ratio(a.pagesPerSecond, b.pagesPerSecond)} (CPU ×${ratio(a.cpuPagesPerSecond, b.cpuPagesPerSecond)})`;
  for (const baseline of baselines) {
    // Each round's ratio compares passes run minutes apart at most; the median of those is steadier than a ratio of
    // medians.
    const roundRatios = ours.warmRounds.map((rate, round) => rate.pagesPerSecond / baseline.warmRounds[round].pagesPerSecond);
    const roundCpuRatios = ours.warmRounds.map((rate, round) => rate.cpuPagesPerSecond / baseline.warmRounds[round].cpuPagesPerSecond);
    const warm = rounds === 1
      ? speed(ours.warmRounds[0], baseline.warmRounds[0])
      : `×${median(roundRatios).toFixed(3)} (CPU ×${median(roundCpuRatios).toFixed(3)}; rounds ${roundRatios.map((value) => `×${value.toFixed(2)}`).join(' ')})`;
    console.log(`ours/${baseline.name}: speed cold ${speed(ours.cold, baseline.cold)}, warm ${warm}; bodyF1 ×${ratio(ours.scores.bodyF1, baseline.scores.bodyF1)}, fundus ×${ratio(ours.scores.fundusBodyF1, baseline.scores.fundusBodyF1)}, snippetF1 ×${ratio(ours.scores.snippetF1, baseline.scores.snippetF1)}`);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
