import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { UrlJournal } from '../../bin/local/url-journal';
import { makeTempDir } from '../support/temp-dir';

describe('UrlJournal', () => {
  it('hands back, after a crash, exactly the URLs queued and not yet finished, in queue order', async () => {
    const temp = await makeTempDir('url-journal');
    const file = path.join(temp.dir, 'fetch-queue.journal');
    const { journal, pending } = await UrlJournal.open(file);
    expect(pending).toEqual([]);
    await journal.queued(['https://a.example/1', 'https://a.example/2', 'https://a.example/3']);
    await journal.finished('https://a.example/2');
    await journal.queued(['https://a.example/2']);
    await journal.finished('https://a.example/2');

    const reopened = await UrlJournal.open(file);
    expect(reopened.pending).toEqual(['https://a.example/1', 'https://a.example/3']);
    expect(await readFile(file, 'utf8')).toBe('+https://a.example/1\n+https://a.example/3\n');
    await temp.remove();
  });
});
