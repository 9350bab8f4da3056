import { appendFile, readFile } from 'node:fs/promises';

/**
 * Which ingest objects (key and ETag) the local queue has finished with, so a restart re-enqueues exactly the
 * ones a crash interrupted. An object overwritten with new bytes has a new ETag and is delivered again.
 */
export class DeliveryLedger {
  private readonly delivered = new Set<string>();

  private constructor(private readonly file: string) {}

  static async open(file: string): Promise<DeliveryLedger> {
    const ledger = new DeliveryLedger(file);
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const line of text.split('\n')) if (line) ledger.delivered.add(line);
    return ledger;
  }

  has(key: string, etag: string): boolean {
    return this.delivered.has(entry(key, etag));
  }

  async record(key: string, etag: string): Promise<void> {
    const line = entry(key, etag);
    if (this.delivered.has(line)) return;
    this.delivered.add(line);
    await appendFile(this.file, `${line}\n`);
  }
}

function entry(key: string, etag: string): string {
  return `${etag.replace(/"/g, '')}\t${encodeURIComponent(key)}`;
}
