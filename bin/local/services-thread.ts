/**
 * The body of the embedded-services thread (see embedded-services.ts): s3rver and dynalite on loopback, with
 * s3rver's object events posted to the runtime's thread.
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { letDynaliteCloseIterators } from './level-iterator-return';
import { removeTornObjects } from './torn-objects';
import { finishObjectWritesBeforeAnswering } from './whole-object-writes';
import type { EmbeddedServicesOptions, ServicesThreadMessage, RuntimeThreadMessage } from './services-protocol';

async function main(port: NonNullable<typeof parentPort>, options: EmbeddedServicesOptions): Promise<void> {
  const s3Directory = path.join(options.dataDir, 's3');
  const dynamoDirectory = path.join(options.dataDir, 'dynamodb');
  await mkdir(s3Directory, { recursive: true });
  await mkdir(dynamoDirectory, { recursive: true });
  await removeTornObjects(s3Directory);

  const post = (message: ServicesThreadMessage) => port.postMessage(message);
  const events = new EventAcknowledgements();

  const s3 = new S3rver({
    address: '127.0.0.1',
    port: options.s3Port,
    silent: true,
    directory: s3Directory,
    configureBuckets: options.buckets.map((name) => ({ name })),
  });
  finishObjectWritesBeforeAnswering(s3.store);
  // First, so a request's response waits for the runtime to have taken every event the request emitted.
  s3.middleware.unshift(events.holdResponseUntilAcknowledged, refuseDotSegmentKeys);
  s3.on('event', (event: { Records: unknown[] }) => post({ type: 's3-event', sequence: events.emitted(), records: event.Records }));
  const s3Address = await s3.run();

  letDynaliteCloseIterators();
  const dynamo = dynalite({ path: dynamoDirectory, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    dynamo.once('error', reject);
    dynamo.listen(options.dynamoDbPort, '127.0.0.1', () => resolve());
  });
  const dynamoAddress = dynamo.address() as AddressInfo;

  port.on('message', (message: RuntimeThreadMessage) => {
    if (message.type === 'event-taken') events.acknowledge(message.sequence);
    if (message.type === 'close') {
      void (async () => {
        await s3.close();
        await new Promise<void>((resolve) => dynamo.close(() => resolve()));
        // Ends this thread even if a library left a timer or handle behind; both servers and LevelDB are closed.
        process.exit(0);
      })();
    }
  });
  post({ type: 'ready', s3Port: s3Address.port, dynamoDbPort: dynamoAddress.port });
}

/**
 * In one thread, s3rver emitted an object event before answering the PUT, and the runtime queued the object before
 * the client saw the answer: whoever awaited a PUT could rely on whenIdle() covering it. Across threads the event
 * and the HTTP answer race, so each response waits until the runtime has acknowledged every event emitted so far.
 */
class EventAcknowledgements {
  private lastEmitted = 0;
  private lastAcknowledged = 0;
  private waiters: { sequence: number; resolve(): void }[] = [];

  emitted(): number {
    this.lastEmitted += 1;
    return this.lastEmitted;
  }

  acknowledge(sequence: number): void {
    this.lastAcknowledged = sequence;
    const ready = this.waiters.filter((waiter) => waiter.sequence <= sequence);
    this.waiters = this.waiters.filter((waiter) => waiter.sequence > sequence);
    for (const waiter of ready) waiter.resolve();
  }

  readonly holdResponseUntilAcknowledged = async (_context: unknown, next: () => Promise<void>): Promise<void> => {
    await next();
    const sequence = this.lastEmitted;
    if (sequence <= this.lastAcknowledged) return;
    await new Promise<void>((resolve) => this.waiters.push({ sequence, resolve }));
  };
}

/**
 * s3rver stores an object at `<bucket dir>/<key>`, so a key with `..` segments would be written outside its bucket,
 * even outside the data dir. S3 itself treats such keys as plain strings; the local stand-in refuses them instead,
 * with the error S3 gives for a key it cannot take.
 */
async function refuseDotSegmentKeys(context: { path: string; status: number; type: string; body: unknown }, next: () => Promise<void>): Promise<void> {
  let path: string;
  try {
    path = decodeURIComponent(context.path);
  } catch {
    path = context.path;
  }
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) {
    context.status = 400;
    context.type = 'application/xml';
    context.body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InvalidArgument</Code>' +
      '<Message>The local S3 refuses object keys with "." or ".." path segments: they would escape its data directory.</Message></Error>';
    return;
  }
  await next();
}

if (!parentPort) throw new Error('services-thread runs as a worker thread of the local runtime');
main(parentPort, workerData as EmbeddedServicesOptions).catch((error: unknown) => {
  // Thrown out of the thread, it reaches the runtime as the worker's 'error' event.
  setImmediate(() => {
    throw error;
  });
});
