import type { BlobStore, PutBlobOptions, StoredBlob } from '../../lambdas/pipeline/ports';

/** An in-memory bucket for use-case and handler tests. */
export class MemoryBlobStore implements BlobStore {
  readonly objects = new Map<string, StoredBlob>();

  async get(key: string): Promise<StoredBlob | null> {
    return this.objects.get(key) ?? null;
  }

  async put(key: string, bytes: Uint8Array, options: PutBlobOptions = {}): Promise<void> {
    this.objects.set(key, { bytes: Uint8Array.from(bytes), contentType: options.contentType ?? null, metadata: options.metadata ?? {} });
  }

  async exists(key: string): Promise<boolean> {
    return this.objects.has(key);
  }
}
