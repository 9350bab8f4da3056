import type { BlobStore, PutBlobOptions, StoredBlob } from '../../lambdas/pipeline/ports';

/**
 * Makes PUTs of one key wait for each other. S3 applies concurrent PUTs of a key atomically (the last one wins);
 * s3rver writes the object and its metadata file in pieces, so two overlapping PUTs can leave a corrupt object that
 * fails every later HEAD or GET. Two identical pages parsed in one batch PUT the same `raw/<sha256>`, so the local
 * runtime needs this; one process owns the embedded S3, so an in-memory chain per key is enough.
 */
export class SerializedPuts implements BlobStore {
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(private readonly inner: BlobStore) {}

  get(key: string): Promise<StoredBlob | null> {
    return this.inner.get(key);
  }

  exists(key: string): Promise<boolean> {
    return this.inner.exists(key);
  }

  put(key: string, bytes: Uint8Array, options?: PutBlobOptions): Promise<void> {
    const previous = this.inFlight.get(key) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(() => this.inner.put(key, bytes, options));
    const settled = current.catch(() => undefined);
    this.inFlight.set(key, settled);
    void settled.then(() => {
      if (this.inFlight.get(key) === settled) this.inFlight.delete(key);
    });
    return current;
  }
}
