import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EmbeddedServicesOptions, RuntimeThreadMessage, ServicesThreadMessage } from './services-protocol';

export type { EmbeddedServicesOptions } from './services-protocol';

/** An object event as s3rver emits it, in S3's notification record shape. */
export interface S3rverRecord {
  eventName: string;
  eventTime: string;
  s3: { bucket: { name: string }; object: { key: string; eTag?: string } };
}

export interface EmbeddedServices {
  s3Endpoint: string;
  dynamoDbEndpoint: string;
  /** Every object created or removed in any bucket; the S3 request that caused it is answered after this returns. */
  onS3Event(listener: (records: S3rverRecord[]) => void): void;
  close(): Promise<void>;
}

const THREAD_ENTRY = path.join(__dirname, 'services-thread.cjs');

/**
 * Starts an S3 (s3rver, objects under DATA/s3) and a DynamoDB (dynalite, LevelDB under DATA/dynamodb) on loopback.
 * Both persist, so a restart keeps the data.
 *
 * They run on a worker thread of their own. Serving a request costs about as much CPU as making it (HTTP parsing,
 * XML and JSON, validation, LevelDB iterators), so on one event loop the handler and the services took turns; on two
 * they use two cores. A worker thread, not a child process, so that the services still live and die with the
 * runtime's process (a SIGKILL takes both, as before) and no orphan can hold the ports or the LevelDB lock.
 */
export async function startEmbeddedServices(options: EmbeddedServicesOptions): Promise<EmbeddedServices> {
  const worker = new Worker(THREAD_ENTRY, { workerData: options });
  const listeners: ((records: S3rverRecord[]) => void)[] = [];
  const post = (message: RuntimeThreadMessage) => worker.postMessage(message);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));

  const ready = await new Promise<{ s3Port: number; dynamoDbPort: number }>((resolve, reject) => {
    const failedToStart = (error: unknown) => reject(error instanceof Error ? error : new Error(String(error)));
    const exitedEarly = (code: number) => reject(new Error(`the embedded services thread exited with code ${code} before it was ready`));
    worker.once('error', failedToStart);
    worker.once('exit', exitedEarly);
    worker.on('message', (message: ServicesThreadMessage) => {
      if (message.type === 'ready') {
        worker.off('error', failedToStart);
        worker.off('exit', exitedEarly);
        resolve(message);
      } else if (message.type === 's3-event') {
        for (const listener of listeners) listener(message.records as S3rverRecord[]);
        post({ type: 'event-taken', sequence: message.sequence });
      }
    });
  });
  // After start, a failure of the services thread is a failure of the runtime, as it was when they shared a thread.
  worker.on('error', (error) => {
    throw error;
  });

  return {
    s3Endpoint: `http://127.0.0.1:${ready.s3Port}`,
    dynamoDbEndpoint: `http://127.0.0.1:${ready.dynamoDbPort}`,
    onS3Event(listener) {
      listeners.push(listener);
    },
    async close() {
      // A thread that has already ended ignores the message, and `exited` has resolved.
      post({ type: 'close' });
      await exited;
    },
  };
}
