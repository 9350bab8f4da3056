import { watch, type FSWatcher } from 'node:fs';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

export interface InboxWatcherOptions {
  inboxDir: string;
  /** Uploads the file's bytes to the ingest bucket under `inbox/<name>`. */
  upload(name: string, bytes: Uint8Array): Promise<void>;
  onError(name: string, error: unknown): void;
}

/** A file must keep the same size this long before it is taken, so a copy still being written is not read half-done. */
const SETTLE_MS = 150;

/**
 * Moves files dropped into the inbox folder into the ingest bucket, where the usual notification path takes them.
 * A file is deleted only after its upload succeeded, so a crash in between re-uploads it on the next start, and
 * re-ingesting the same bytes writes nothing.
 */
export class InboxWatcher {
  private watcher: FSWatcher | null = null;
  private readonly pending = new Map<string, Promise<void>>();

  constructor(private readonly options: InboxWatcherOptions) {}

  async start(): Promise<void> {
    await mkdir(this.options.inboxDir, { recursive: true });
    this.watcher = watch(this.options.inboxDir, (_event, name) => {
      if (name) this.take(name.toString());
    });
    for (const name of await readdir(this.options.inboxDir)) this.take(name);
  }

  async stop(): Promise<void> {
    this.watcher?.close();
    this.watcher = null;
    await this.whenIdle();
  }

  async whenIdle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending.values());
  }

  private take(name: string): void {
    if (isIgnored(name) || this.pending.has(name)) return;
    const work = this.upload(name).finally(() => this.pending.delete(name));
    this.pending.set(name, work);
  }

  private async upload(name: string): Promise<void> {
    const file = path.join(this.options.inboxDir, name);
    try {
      if (!(await settled(file))) return;
      await this.options.upload(name, await readFile(file));
      await unlink(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.options.onError(name, error);
    }
  }
}

/** Hidden files and editors' or downloaders' partial files are not articles yet. */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || /(\.part|\.tmp|\.crdownload|~)$/i.test(name);
}

async function settled(file: string): Promise<boolean> {
  let previous = -1;
  for (;;) {
    const info = await stat(file);
    if (!info.isFile()) return false;
    if (info.size === previous) return true;
    previous = info.size;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}
