import { PutEventsCommand, type EventBridgeClient, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { EVENT_SOURCE, type ChangeEvent } from '../../pipeline/events';
import type { EventSink } from '../../pipeline/ports';

/** PutEvents takes at most 10 entries per call. */
const MAX_ENTRIES_PER_CALL = 10;

/** {@link EventSink} onto an EventBridge bus. */
export class EventBridgeSink implements EventSink {
  constructor(
    private readonly client: EventBridgeClient,
    private readonly eventBusName: string,
  ) {}

  async publish(events: ChangeEvent[]): Promise<void> {
    for (let start = 0; start < events.length; start += MAX_ENTRIES_PER_CALL) {
      const entries = events.slice(start, start + MAX_ENTRIES_PER_CALL).map((event) => this.toEntry(event));
      const response = await this.client.send(new PutEventsCommand({ Entries: entries }));
      if (response.FailedEntryCount) {
        const failures = (response.Entries ?? []).filter((entry) => entry.ErrorCode).map((entry) => entry.ErrorCode);
        // Throwing makes the stream redeliver the batch; consumers dedupe on (articleId, revision).
        throw new Error(`EventBridge rejected ${response.FailedEntryCount} of ${entries.length} events: ${failures.join(', ')}`);
      }
    }
  }

  private toEntry(event: ChangeEvent): PutEventsRequestEntry {
    return {
      EventBusName: this.eventBusName,
      Source: EVENT_SOURCE,
      DetailType: event.detailType,
      Detail: JSON.stringify(event.detail),
      Time: new Date(event.time),
      Resources: [],
    };
  }
}
