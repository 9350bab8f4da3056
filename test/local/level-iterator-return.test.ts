import { createRequire } from 'node:module';
import path from 'node:path';
import { letDynaliteCloseIterators } from '../../bin/local/level-iterator-return';
import { makeTempDir } from '../support/temp-dir';

interface LevelDatabase {
  open(): Promise<void>;
  put(key: string, value: string): Promise<void>;
  values(): { next(): Promise<string | undefined>; return?(): Promise<unknown> };
  close(): Promise<void>;
}

/** The LevelDB class dynalite's database is, resolved the way dynalite resolves it. */
function dynalitesLevel(): new (location: string) => LevelDatabase {
  const fromDynalite = createRequire(require.resolve('dynalite'));
  return (fromDynalite('level') as { Level: new (location: string) => LevelDatabase }).Level;
}

describe('letDynaliteCloseIterators', () => {
  it('gives the iterators of dynalite\'s LevelDB a return() that closes them, as its streams expect', async () => {
    letDynaliteCloseIterators();
    const temp = await makeTempDir('level');
    const Level = dynalitesLevel();
    const db = new Level(path.join(temp.dir, 'db'));
    try {
      await db.open();
      await db.put('a', '1');
      await db.put('b', '2');
      const iterator = db.values();
      expect(await iterator.next()).toBe('1');

      await iterator.return!();

      await expect(iterator.next()).rejects.toMatchObject({ code: 'LEVEL_ITERATOR_NOT_OPEN' });
    } finally {
      await db.close();
      await temp.remove();
    }
  });
});
