import { SendMessageBatchCommand, type SQSClient, type SendMessageBatchRequestEntry } from '@aws-sdk/client-sqs';
import type { UrlQueue } from '../../fetch/poll-sources';

/** SendMessageBatch takes at most ten entries. */
const BATCH_LIMIT = 10;
/** Attempts for entries SQS reports as failed (throttling, internal errors) before the enqueue fails. */
const MAX_ATTEMPTS = 3;

/**
 * {@link UrlQueue} over the fetch queue: one message per URL, the URL itself as the body (so any producer can send
 * URLs with a plain `aws sqs send-message`). An entry that still fails after retries fails the whole call, which
 * keeps the poller from marking those URLs seen.
 */
export class SqsUrlQueue implements UrlQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(urls: readonly string[]): Promise<void> {
    for (let start = 0; start < urls.length; start += BATCH_LIMIT) {
      let pending: SendMessageBatchRequestEntry[] = urls
        .slice(start, start + BATCH_LIMIT)
        .map((url, index) => ({ Id: String(index), MessageBody: url }));
      for (let attempt = 1; pending.length > 0; attempt += 1) {
        const response = await this.client.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: pending }));
        const failed = response.Failed ?? [];
        const permanent = failed.find((entry) => entry.SenderFault);
        if (permanent) throw new Error(`fetch queue refused a URL: ${permanent.Code}: ${permanent.Message ?? ''}`);
        if (failed.length > 0 && attempt >= MAX_ATTEMPTS) {
          throw new Error(`fetch queue failed ${failed.length} URL(s) after ${MAX_ATTEMPTS} attempts: ${failed[0]!.Code}`);
        }
        const failedIds = new Set(failed.map((entry) => entry.Id));
        pending = pending.filter((entry) => failedIds.has(entry.Id));
      }
    }
  }
}
