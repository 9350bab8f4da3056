/**
 * Cold start of every Lambda entry: bundle size and module init time, with the AWS SDK bundled (as the stack
 * deploys it) against the SDK left external (resolved from node_modules, as the runtime-provided SDK would be).
 *
 *   npx tsx bench/cold-start.ts
 *
 * Each measurement is a fresh `node` process (with --enable-source-maps, as the stack sets NODE_OPTIONS, and for
 * the parse handler the engine's V8 flags, which its exec wrapper adds) that times `import()` of the bundle, then the
 * handler's first call on an empty batch (which builds the SDK clients and Powertools objects a real cold
 * invocation builds). The floor, in the same run, is importing an empty module.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ENGINE_V8_FLAGS } from '../lambdas/extract/v8-flags';
import { bundleLambda, bytesByPackage, type LambdaBundle } from './support/lambda-bundle';
import { fixed, heading, kilobytes, median, printTable, verdict } from './support/report';

const PROJECT_ROOT = path.resolve(__dirname, '..');
const HANDLERS_DIR = 'lambdas/handlers';
const SAMPLES = 10;
const PARSE_BUNDLE_TARGET_BYTES = 1024 * 1024;
const INIT_TARGET_MS = 150;

const VARIANTS = [
  { name: 'SDK bundled', external: [] as string[] },
  { name: 'SDK external', external: ['@aws-sdk/*'] },
];

/**
 * The environment the stack gives each function, with placeholder names; nothing is called over the network.
 * AWS_EXECUTION_ENV is what makes the handlers load the X-Ray tracer (lambdas/handlers/tracing.ts), so init is
 * measured with tracing on, as deployed.
 */
const LAMBDA_ENVIRONMENT = {
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'BENCH',
  AWS_SECRET_ACCESS_KEY: 'BENCH',
  GAZETTE_INGEST_BUCKET: 'bench-ingest',
  GAZETTE_ARCHIVE_BUCKET: 'bench-archive',
  GAZETTE_ARTICLES_TABLE: 'bench-articles',
  GAZETTE_EVENT_BUS: 'bench-bus',
  GAZETTE_MAX_INPUT_BYTES: '10485760',
  GAZETTE_FETCH_STATE_TABLE: 'bench-fetch-state',
  GAZETTE_FETCH_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/000000000000/bench-fetch',
  GAZETTE_FETCH_SOURCES: '{"sources":[]}',
  GAZETTE_USER_AGENT: 'GazetteBench/1.0',
  POWERTOOLS_SERVICE_NAME: 'bench',
  POWERTOOLS_METRICS_NAMESPACE: 'Bench',
  POWERTOOLS_LOG_LEVEL: 'ERROR',
};

/**
 * Runs in the fresh process. `performance.now()` counts from process start, so `bootMs` is Node's own startup.
 * An empty `Records` list is a valid batch for the queue- and stream-fed handlers and touches no service; a
 * handler that wants another event (a schedule) may reject it, which is reported rather than fatal.
 */
const PROBE = `
const cpuMs = (since) => { const used = process.cpuUsage(since); return (used.user + used.system) / 1000; };
const bootMs = performance.now();
const started = performance.now();
const startedCpu = process.cpuUsage();
const module = await import(process.env.BENCH_MODULE);
const importedMs = performance.now() - started;
let firstCallMs = 0;
let firstCallFailed = false;
if (typeof module.handler === 'function') {
  const before = performance.now();
  try {
    await module.handler({ Records: [] }, { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 60000 });
  } catch {
    firstCallFailed = true;
  }
  firstCallMs = performance.now() - before;
}
const initCpuMs = cpuMs(startedCpu);
process.stdout.write(JSON.stringify({ bootMs, importedMs, firstCallMs, firstCallFailed, initCpuMs }));
`;

interface Probe {
  bootMs: number;
  importedMs: number;
  firstCallMs: number;
  /** The handler rejected the empty batch (it takes another kind of event); its first-call time is still counted. */
  firstCallFailed: boolean;
  /** CPU time of import + first call: what init costs when this process does not have to wait for a core. */
  initCpuMs: number;
}

interface Case {
  label: string;
  entry: string;
  variant: string;
  bundle: LambdaBundle | null;
  modulePath: string;
  probes: Probe[];
}

/** Entries whose function starts node with the engine's V8 flags, as lib/parsing.ts deploys the parse function. */
const ENGINE_ENTRIES = new Set(['lambdas/handlers/parse.ts']);

function probe(modulePath: string, entry: string): Probe {
  const nodeFlags = ENGINE_ENTRIES.has(entry) ? ENGINE_V8_FLAGS : [];
  const output = execFileSync(process.execPath, [...nodeFlags, '--enable-source-maps', '--input-type=module', '-e', PROBE], {
    env: { PATH: process.env.PATH, ...LAMBDA_ENVIRONMENT, BENCH_MODULE: modulePath },
    encoding: 'utf8',
    // The SDK warns on stderr that later versions will need Node 22; the probe's output is stdout alone.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return JSON.parse(output) as Probe;
}

/** Handler modules: every file in lambdas/handlers that exports `handler`. */
function handlerEntries(): string[] {
  return readdirSync(path.join(PROJECT_ROOT, HANDLERS_DIR))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${HANDLERS_DIR}/${file}`)
    .filter((entry) => /export\s+(const|async\s+function|function)\s+handler\b/.test(readFileSync(path.join(PROJECT_ROOT, entry), 'utf8')));
}

async function main(): Promise<void> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'gazette-cold-start-'));
  try {
    const floorModule = path.join(workDir, 'empty.mjs');
    writeFileSync(floorModule, 'export {};\n');
    const cases: Case[] = [{ label: 'floor: empty module', entry: '-', variant: '-', bundle: null, modulePath: floorModule, probes: [] }];
    for (const entry of handlerEntries()) {
      for (const [index, variant] of VARIANTS.entries()) {
        const outDir = path.join(workDir, `${path.basename(entry, '.ts')}-${index}`);
        const bundle = await bundleLambda(PROJECT_ROOT, entry, outDir, variant.external);
        cases.push({ label: `${path.basename(entry, '.ts')}, ${variant.name}`, entry, variant: variant.name, bundle, modulePath: bundle.outfile, probes: [] });
      }
    }

    // Round-robin over the cases, so load from anything else on the machine spreads over all of them alike.
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      for (const item of cases) item.probes.push(probe(item.modulePath, item.entry));
    }

    const floorImport = median(cases[0].probes.map((p) => p.importedMs));
    heading(`bundles and init (${SAMPLES} fresh node processes each, medians; node ${process.version}, --enable-source-maps; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
    printTable(
      ['case', 'bundle', 'node boot ms', 'import ms', 'import/floor', 'first call ms', 'init ms (import+first call)', 'init CPU ms'],
      cases.map((item) => {
        const importMs = median(item.probes.map((p) => p.importedMs));
        return [
          item.label,
          item.bundle ? kilobytes(item.bundle.bytes) : '-',
          fixed(median(item.probes.map((p) => p.bootMs))),
          fixed(importMs),
          `${fixed(importMs / floorImport, 0)}×`,
          `${fixed(median(item.probes.map((p) => p.firstCallMs)))}${item.probes.some((p) => p.firstCallFailed) ? ' (rejected empty batch)' : ''}`,
          fixed(median(item.probes.map((p) => p.importedMs + p.firstCallMs))),
          fixed(median(item.probes.map((p) => p.initCpuMs))),
        ];
      }),
    );

    heading('faster variant per entry (medians of import + first call)');
    const entries = [...new Set(cases.filter((c) => c.bundle).map((c) => c.entry))];
    const initOf = (item: Case) => median(item.probes.map((p) => p.importedMs + p.firstCallMs));
    const initCpuOf = (item: Case) => median(item.probes.map((p) => p.initCpuMs));
    printTable(
      ['entry', 'bundled ms', 'external ms', 'external/bundled', 'bundled CPU ms', 'external CPU ms', 'external/bundled CPU', 'faster'],
      entries.map((entry) => {
        const [bundled, external] = VARIANTS.map((variant) => cases.find((c) => c.entry === entry && c.variant === variant.name)!);
        return [
          entry,
          fixed(initOf(bundled)),
          fixed(initOf(external)),
          `${fixed(initOf(external) / initOf(bundled), 2)}×`,
          fixed(initCpuOf(bundled)),
          fixed(initCpuOf(external)),
          `${fixed(initCpuOf(external) / initCpuOf(bundled), 2)}×`,
          initCpuOf(bundled) <= initCpuOf(external) ? 'SDK bundled' : 'SDK external',
        ];
      }),
    );

    const parseBundled = cases.find((c) => c.entry.endsWith('/parse.ts') && c.variant === 'SDK bundled')!;
    heading('targets (parse, as deployed: SDK bundled)');
    const parseBytes = parseBundled.bundle!.bytes;
    const parseInit = initOf(parseBundled);
    const parseInitCpu = initCpuOf(parseBundled);
    printTable(
      ['measure', 'measured', 'target', 'measured/target', 'verdict'],
      [
        ['parse bundle size', kilobytes(parseBytes), kilobytes(PARSE_BUNDLE_TARGET_BYTES), `${fixed(parseBytes / PARSE_BUNDLE_TARGET_BYTES, 2)}×`, verdict(parseBytes, PARSE_BUNDLE_TARGET_BYTES, 'lower')],
        ['parse init, wall (import + first call)', `${fixed(parseInit)} ms`, `${INIT_TARGET_MS} ms`, `${fixed(parseInit / INIT_TARGET_MS, 2)}×`, verdict(parseInit, INIT_TARGET_MS, 'lower')],
        ['parse init, CPU (import + first call)', `${fixed(parseInitCpu)} ms`, `${INIT_TARGET_MS} ms`, `${fixed(parseInitCpu / INIT_TARGET_MS, 2)}×`, verdict(parseInitCpu, INIT_TARGET_MS, 'lower')],
      ],
    );

    heading('what the parse bundle (SDK bundled) spends its bytes on: top 15 packages / project directories');
    printTable(
      ['package or directory', 'bytes', 'share'],
      bytesByPackage(parseBundled.bundle!.metafile)
        .slice(0, 15)
        .map(({ name, bytes }) => [name, kilobytes(bytes), `${fixed((100 * bytes) / parseBytes)} %`]),
    );
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
