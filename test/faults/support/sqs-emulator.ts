/**
 * An SQS queue with a redrive policy, as the ingest queue behaves towards the parse Lambda: batches go to whichever
 * worker is free, messages reported in `batchItemFailures` (or a whole batch whose invocation threw or crashed) come
 * back with their receive count raised, and a message received `maxReceiveCount` times without success moves to
 * the dead-letter list with the last reason.
 */
import { randomUUID } from 'node:crypto';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export interface SqsWorker {
  handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse>;
  /**
   * True when the worker "died" during the last invocation: its response is never seen, so SQS redelivers the whole
   * batch after the visibility timeout. Reading it also revives the worker.
   */
  takeCrash(): boolean;
  /** Runs before the worker's next invocation after a crash, as a restarted process would (e.g. event recovery). */
  restart?(): Promise<void>;
}

export interface DeadLetter {
  body: string;
  reason: string;
  receiveCount: number;
}

interface Message {
  messageId: string;
  body: string;
  receiveCount: number;
}

export interface SqsEmulatorOptions {
  batchSize: number;
  maxReceiveCount: number;
}

export class SqsEmulator {
  readonly deadLetters: DeadLetter[] = [];
  private readonly waiting: Message[] = [];

  constructor(private readonly options: SqsEmulatorOptions) {}

  send(body: string): void {
    this.waiting.push({ messageId: randomUUID(), body, receiveCount: 0 });
  }

  /**
   * Delivers until the queue is empty, the workers pulling batches concurrently. Messages that fail go to the back
   * of the queue, so a retry usually lands in a different batch and possibly on a different worker.
   */
  async drain(workers: SqsWorker[]): Promise<void> {
    await Promise.all(workers.map((worker) => this.work(worker)));
    // A worker may have stopped while another still had messages in flight that then failed and came back.
    if (this.waiting.length > 0) await this.drain(workers);
  }

  private async work(worker: SqsWorker): Promise<void> {
    let needsRestart = false;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.batchSize);
      if (needsRestart) await worker.restart?.();
      for (const message of batch) message.receiveCount += 1;

      let failures: Map<string, string>;
      try {
        const response = await worker.handler({ Records: batch.map(toRecord) }, fakeContext());
        failures = new Map(response.batchItemFailures.map((failure) => [failure.itemIdentifier, 'reported in batchItemFailures']));
      } catch (error) {
        failures = new Map(batch.map((message) => [message.messageId, `invocation failed: ${error instanceof Error ? error.message : String(error)}`]));
      }
      needsRestart = worker.takeCrash();
      if (needsRestart) failures = new Map(batch.map((message) => [message.messageId, 'worker crashed before reporting the batch']));

      for (const message of batch) {
        const reason = failures.get(message.messageId);
        if (reason === undefined) continue;
        if (message.receiveCount >= this.options.maxReceiveCount) {
          this.deadLetters.push({ body: message.body, reason, receiveCount: message.receiveCount });
        } else {
          this.waiting.push(message);
        }
      }
    }
    if (needsRestart) await worker.restart?.();
  }
}

function toRecord(message: Message): SQSRecord {
  return {
    messageId: message.messageId,
    receiptHandle: `${message.messageId}:${message.receiveCount}`,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: '0',
      SenderId: 'fault-tests',
      ApproximateFirstReceiveTimestamp: '0',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:gazette-ingest',
    awsRegion: 'us-east-1',
  };
}

function fakeContext(): Context {
  return { awsRequestId: randomUUID(), functionName: 'gazette-parse', getRemainingTimeInMillis: () => 60_000 } as Context;
}
