import { createRequire } from 'node:module';

interface ClosableIterator {
  close(): Promise<void>;
  return?(): Promise<{ done: true; value: undefined }>;
}

/**
 * dynalite 4.0.0 wraps each LevelDB iterator in a Readable stream (db/index.js, `createValueStream` and
 * `createKeyStream` in `wrapWithCallbacks`) whose destroy calls `iterator.return()` "if present". The iterators of
 * abstract-level 3 (which level 10 and classic-level 3 build on) have `close()` and no `return()`, so no Query or Scan
 * ever closed its iterator: all stayed open until the database closed (6,401 open after 200 articles, 32 per
 * article, none closed). An open LevelDB iterator pins the memtable and table files it started on, so the process
 * kept every memtable and every compacted-away table mapped, and its RSS grew with everything ever written.
 *
 * Giving the iterator classes the `return()` the stream looks for, as an alias of `close()`, closes each iterator
 * when its stream ends or is destroyed. abstract-level is resolved from dynalite's own location, so this patches
 * the copy dynalite's database uses.
 */
export function letDynaliteCloseIterators(): void {
  const fromDynalite = createRequire(require.resolve('dynalite'));
  const fromLevel = createRequire(fromDynalite.resolve('level'));
  const fromClassicLevel = createRequire(fromLevel.resolve('classic-level'));
  const abstractLevel = fromClassicLevel('abstract-level') as Record<'AbstractIterator' | 'AbstractKeyIterator' | 'AbstractValueIterator', { prototype: ClosableIterator }>;
  for (const iteratorClass of [abstractLevel.AbstractIterator, abstractLevel.AbstractKeyIterator, abstractLevel.AbstractValueIterator]) {
    iteratorClass.prototype.return ??= async function (this: ClosableIterator) {
      await this.close();
      return { done: true, value: undefined };
    };
  }
}
