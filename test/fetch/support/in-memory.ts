import type { BlobStore, PutBlobOptions, StoredBlob } from '../../../lambdas/pipeline/ports';
import type { UrlQueue } from '../../../lambdas/fetch/poll-sources';

export class InMemoryBlobStore implements BlobStore {
  readonly blobs = new Map<string, StoredBlob>();
  puts = 0;

  async get(key: string): Promise<StoredBlob | null> {
    return this.blobs.get(key) ?? null;
  }

  async put(key: string, bytes: Uint8Array, options: PutBlobOptions = {}): Promise<void> {
    this.puts += 1;
    this.blobs.set(key, { bytes, contentType: options.contentType ?? null, metadata: options.metadata ?? {} });
  }

  async exists(key: string): Promise<boolean> {
    return this.blobs.has(key);
  }
}

export class InMemoryUrlQueue implements UrlQueue {
  readonly batches: string[][] = [];

  async enqueue(urls: readonly string[]): Promise<void> {
    this.batches.push([...urls]);
  }

  all(): string[] {
    return this.batches.flat();
  }
}

/** A settable clock whose sleep advances it, so politeness and retry waits cost no real time. */
export function manualClock(start = '2026-11-29T00:00:00Z') {
  let now = new Date(start).getTime();
  const sleeps: number[] = [];
  return {
    clock: { now: () => new Date(now) },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advanceSeconds: (seconds: number) => void (now += seconds * 1000),
    sleeps,
  };
}
