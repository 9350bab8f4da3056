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
    /** Koa's middleware stack; composed when `run()` starts the server, so entries added before it take effect. */
    middleware: ((context: KoaContext, next: () => Promise<void>) => Promise<void>)[];
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
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
