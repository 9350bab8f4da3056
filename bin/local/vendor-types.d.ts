// Neither s3rver nor dynalite ships types (the @types/s3rver package describes an older API), so we declare the
// small surface the local runtime uses.
declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    configureBuckets?: { name: string; configs?: Array<string | Buffer> }[];
  }

  interface KoaContext {
    path: string;
    status: number;
    type: string;
    body: unknown;
  }

  class S3rver extends EventEmitter {
    constructor(options: S3rverOptions);
    /** The store every request goes through (the server's context holds the same object). */
    store: S3rver.FilesystemStore;
    /** Koa's middleware stack; composed when `run()` starts the server, so entries added before it take effect. */
    middleware: ((context: KoaContext, next: () => Promise<void>) => Promise<void>)[];
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }

  namespace S3rver {
    /** An object as s3rver's controllers hand it to the store: the request body, or a Buffer. */
    export interface StoredObjectInput {
      bucket: string;
      key: string;
      content: Buffer | AsyncIterable<Buffer>;
      metadata: Record<string, string>;
    }

    /** The file store behind the server (`lib/stores/filesystem.js`), with the members the local runtime replaces or calls. */
    export interface FilesystemStore {
      getResourcePath(bucket: string, key: string, resource: 'object' | 'object.md5' | 'metadata.json'): string;
      putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5: string): Promise<void>;
      putObject(object: StoredObjectInput): Promise<{ size: number; md5: string }>;
    }
  }

  export = S3rver;
}

declare module 'dynalite' {
  import type { Server } from 'node:http';

  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
  }

  function dynalite(options?: DynaliteOptions): Server;

  export = dynalite;
}
