/**
 * Times the parse stage's steps inside the unmodified pipeline by wrapping what the pipeline modules import, as
 * they import it: a hook on CommonJS loading (tsx runs this project as CommonJS) hands the importing module a copy
 * of the exports whose functions are timed. Production code is untouched; only the copy the importer sees differs.
 *
 * Steps and where they are measured:
 * - decode:      `decodeHtml` (lambdas/extract/decode), called inside `extract`
 * - extract:     `extract` (lambdas/extract), minus decode
 * - fetch input: the ingest bucket's `get`, wrapped in the deps `createParseHandler` receives
 * - archive:     the archive bucket's `exists` / `put`, likewise
 * - story index: the story index's lookups and registrations (wire-story grouping), likewise
 * - upsert:      the article store's methods, likewise, minus publish
 * - publish:     `publishChanges` (lambdas/pipeline/change-events), which the local store calls after each write
 *
 * Synchronous steps (decode, extract) are CPU time on the event loop. Asynchronous ones are latencies: the parse
 * handler works on a batch's records concurrently, so an await also covers time the loop spent on other records.
 */
import Module from 'node:module';
import path from 'node:path';
import type { ParseHandlerDeps } from '../../lambdas/handlers/parse';

export type Stage = 'decode' | 'extract' | 'fetch input' | 'archive' | 'story index' | 'upsert' | 'publish';

export const STAGES: readonly Stage[] = ['decode', 'extract', 'fetch input', 'archive', 'story index', 'upsert', 'publish'];

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

interface StageTotal {
  calls: number;
  ms: number;
}

/** Raw sums per wrapped function; `stageTotals` turns them into exclusive per-stage figures. */
const raw = new Map<string, StageTotal>();

function record(name: string, ms: number): void {
  const total = raw.get(name) ?? { calls: 0, ms: 0 };
  total.calls += 1;
  total.ms += ms;
  raw.set(name, total);
}

function timedSync<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const started = performance.now();
    try {
      return fn(...args);
    } finally {
      record(name, performance.now() - started);
    }
  };
}

function timedAsync<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const started = performance.now();
    try {
      return await fn(...args);
    } finally {
      record(name, performance.now() - started);
    }
  };
}

/**
 * The same store with every method timed under `name`. A proxy rather than a hand-written wrapper, so methods the
 * port gains later are timed (and forwarded) too.
 */
function timedStore<T extends object>(store: T, name: string): T {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? timedAsync(name, (...args: unknown[]) => value.apply(target, args)) : value;
    },
  });
}

type ExportWrappers = Record<string, (original: never) => unknown>;

/** Project module (absolute path without extension) → export name → how to wrap it. */
const WRAPPERS = new Map<string, ExportWrappers>([
  [path.join(PROJECT_ROOT, 'lambdas/extract/decode/index'), { decodeHtml: (fn: (...args: never[]) => unknown) => timedSync('decode', fn) }],
  [path.join(PROJECT_ROOT, 'lambdas/extract/index'), { extract: (fn: (...args: never[]) => unknown) => timedSync('extract+decode', fn) }],
  [path.join(PROJECT_ROOT, 'lambdas/pipeline/change-events'), { publishChanges: (fn: (...args: never[]) => Promise<unknown>) => timedAsync('publish', fn) }],
  [
    path.join(PROJECT_ROOT, 'lambdas/handlers/parse'),
    {
      createParseHandler:
        (fn: (deps: ParseHandlerDeps) => unknown) =>
        (deps: ParseHandlerDeps) =>
          fn({
            ...deps,
            ingestBucket: timedStore(deps.ingestBucket, 'fetch input'),
            archive: timedStore(deps.archive, 'archive'),
            articles: timedStore(deps.articles, 'upsert+publish'),
            stories: timedStore(deps.stories, 'story index'),
          }),
    },
  ],
]);

interface CjsLoader {
  _load(request: string, parent: unknown, isMain: boolean): unknown;
  _resolveFilename(request: string, parent: unknown, isMain: boolean): string;
}

let installed = false;

/**
 * From now on, every `require` of a wrapped module gets the timed copy. Call before the pipeline modules are
 * loaded: modules loaded earlier keep the exports they already hold.
 */
export function installStageTiming(): void {
  if (installed) return;
  installed = true;
  const loader = Module as unknown as CjsLoader;
  const load = loader._load;
  const copies = new Map<string, unknown>();
  loader._load = function loadWithTiming(this: unknown, request: string, parent: unknown, isMain: boolean): unknown {
    const exports = load.call(this, request, parent, isMain);
    if (!request.startsWith('.') && !path.isAbsolute(request)) return exports;
    const resolved = loader._resolveFilename(request, parent, isMain);
    const key = resolved.replace(/\.[cm]?[jt]s$/, '');
    const wrappers = WRAPPERS.get(key);
    if (!wrappers) return exports;
    if (!copies.has(key)) {
      const copy: Record<string, unknown> = { ...(exports as Record<string, unknown>) };
      for (const [name, wrap] of Object.entries(wrappers)) copy[name] = wrap(copy[name] as never);
      copies.set(key, copy);
    }
    return copies.get(key);
  };
}

export function resetStageTiming(): void {
  raw.clear();
}

/** Exclusive time per stage: extract without the decode it calls, upsert without the publish its store calls. */
export function stageTotals(): Map<Stage, StageTotal> {
  const get = (name: string): StageTotal => raw.get(name) ?? { calls: 0, ms: 0 };
  const decode = get('decode');
  const publish = get('publish');
  return new Map<Stage, StageTotal>([
    ['decode', decode],
    ['extract', { calls: get('extract+decode').calls, ms: get('extract+decode').ms - decode.ms }],
    ['fetch input', get('fetch input')],
    ['archive', get('archive')],
    ['story index', get('story index')],
    ['upsert', { calls: get('upsert+publish').calls, ms: get('upsert+publish').ms - publish.ms }],
    ['publish', publish],
  ]);
}
