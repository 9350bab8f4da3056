import { randomUUID } from 'node:crypto';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export interface LocalQueueOptions {
  handler: SqsHandler;
  /** Messages handed to the handler at once, as the SQS event source's batch size. */
  batchSize: number;
  /** Deliveries before a message goes to the dead-letter callback, as the queue's redrive policy. */
  maxReceiveCount: number;
  onDeadLetter(body: string, reason: string): Promise<void>;
  onDelivered(body: string): Promise<void>;
}

interface QueuedMessage {
  messageId: string;
  body: string;
  receiveCount: number;
}

/**
 * The SQS stand-in of the local runtime: holds messages in memory, delivers them in batches to the same handler
 * the ingest queue feeds in AWS, redelivers reported failures and dead-letters a message after maxReceiveCount.
 * Nothing is lost across a crash because the runtime re-enqueues, at start, every ingest object not yet delivered.
 */
export class LocalQueue {
  private readonly messages: QueuedMessage[] = [];
  private running: Promise<void> | null = null;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: LocalQueueOptions) {}

  send(body: string): void {
    this.messages.push({ messageId: randomUUID(), body, receiveCount: 0 });
    this.running ??= this.drain().finally(() => {
      this.running = null;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    });
  }

  /** Resolves once every message sent so far has been delivered or dead-lettered. */
  whenIdle(): Promise<void> {
    return this.running ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  private async drain(): Promise<void> {
    while (this.messages.length > 0) {
      const batch = this.messages.splice(0, this.options.batchSize);
      for (const message of batch) message.receiveCount += 1;
      const failedIds = await this.deliver(batch);
      for (const message of batch) {
        if (!failedIds.has(message.messageId)) {
          await this.options.onDelivered(message.body);
        } else if (message.receiveCount >= this.options.maxReceiveCount) {
          await this.options.onDeadLetter(message.body, failedIds.get(message.messageId) ?? 'handler reported failure');
        } else {
          this.messages.push(message);
        }
      }
    }
  }

  private async deliver(batch: QueuedMessage[]): Promise<Map<string, string>> {
    try {
      const response = await this.options.handler({ Records: batch.map(toSqsRecord) }, localContext());
      return new Map(response.batchItemFailures.map((failure) => [failure.itemIdentifier, 'handler reported failure']));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return new Map(batch.map((message) => [message.messageId, reason]));
    }
  }
}

function toSqsRecord(message: QueuedMessage): SQSRecord {
  const now = String(Date.now());
  return {
    messageId: message.messageId,
    receiptHandle: message.messageId,
    body: message.body,
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: now,
      SenderId: 'gazette-local',
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:gazette-ingest',
    awsRegion: 'local',
  };
}

function localContext(): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'gazette-parse-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:local:000000000000:function:gazette-parse-local',
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: 'local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
