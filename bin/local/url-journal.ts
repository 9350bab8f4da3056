import { appendFile, readFile, writeFile } from 'node:fs/promises';

/**
 * The durable half of the local fetch queue. The poller marks a URL seen once it is queued, so a URL queued in
 * memory and lost in a crash would not be fetched until its seen mark expires (30 days). Every queued URL is
 * appended as `+url` before it enters the queue and `-url` once delivered or dead-lettered; a restart queues the
 * difference again. In AWS the SQS queue is this durable half.
 */
export class UrlJournal {
  private constructor(private readonly file: string) {}

  /** Opens the journal, compacts it to the URLs still pending, and returns them in the order they were queued. */
  static async open(file: string): Promise<{ journal: UrlJournal; pending: string[] }> {
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const outstanding = new Map<string, number>();
    for (const line of text.split('\n')) {
      const url = line.slice(1);
      if (!url) continue;
      if (line[0] === '+') outstanding.set(url, (outstanding.get(url) ?? 0) + 1);
      if (line[0] === '-') outstanding.set(url, (outstanding.get(url) ?? 0) - 1);
    }
    const pending = [...outstanding].filter(([, count]) => count > 0).map(([url]) => url);
    await writeFile(file, pending.map((url) => `+${url}\n`).join(''));
    return { journal: new UrlJournal(file), pending };
  }

  async queued(urls: readonly string[]): Promise<void> {
    if (urls.length > 0) await appendFile(this.file, urls.map((url) => `+${url}\n`).join(''));
  }

  async finished(url: string): Promise<void> {
    await appendFile(this.file, `-${url}\n`);
  }
}
