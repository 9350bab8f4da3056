import { randomUUID } from 'node:crypto';
import { appendFile, readFile, truncate } from 'node:fs/promises';
import { EVENT_SOURCE, type ChangeEvent } from '../../lambdas/pipeline/events';
import type { EventSink } from '../../lambdas/pipeline/ports';

/** An event as EventBridge delivers it to a rule target; one per line of DATA/events.jsonl. */
export interface EventEnvelope {
  version: '0';
  id: string;
  'detail-type': ChangeEvent['detailType'];
  source: typeof EVENT_SOURCE;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: ChangeEvent['detail'];
}

/**
 * The local event bus: appends each event, in the EventBridge envelope, to a JSON Lines file and hands it to a
 * listener (the console). The file doubles as the record of what was emitted, so an event already in it (same
 * article, revision and type) is never written again, even when recovery replays it after a crash.
 */
export class EventLog implements EventSink {
  private readonly emitted = new Set<string>();

  private constructor(
    private readonly file: string,
    private readonly onEvent: (envelope: EventEnvelope) => void,
  ) {}

  static async open(file: string, onEvent: (envelope: EventEnvelope) => void = () => undefined): Promise<EventLog> {
    const log = new EventLog(file, onEvent);
    await dropTornLastLine(file);
    for (const envelope of await readEnvelopes(file)) {
      log.emitted.add(emissionKey(envelope.detail.articleId, envelope.detail.revision, envelope['detail-type']));
    }
    return log;
  }

  hasEmitted(articleId: string, revision: number, type: ChangeEvent['detailType']): boolean {
    return this.emitted.has(emissionKey(articleId, revision, type));
  }

  async publish(events: ChangeEvent[]): Promise<void> {
    for (const event of events) {
      const key = emissionKey(event.detail.articleId, event.detail.revision, event.detailType);
      if (this.emitted.has(key)) continue;
      // Claimed before the append, so a concurrent publish of the same event skips it instead of writing it twice.
      this.emitted.add(key);
      const envelope = toEnvelope(event);
      try {
        await appendFile(this.file, `${JSON.stringify(envelope)}\n`);
      } catch (error) {
        this.emitted.delete(key);
        throw error;
      }
      this.onEvent(envelope);
    }
  }
}

/**
 * A crash mid-append leaves a last line without its newline. Left in place, the next event would be appended to
 * it and the two unreadable together, losing the new event; cut off, the torn event is simply missing from the
 * log, and recovery emits it again from the table.
 */
async function dropTornLastLine(file: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (text.length === 0 || text.endsWith('\n')) return;
  await truncate(file, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
}

/** Reads an events file, skipping a torn last line left by a crash mid-append. */
export async function readEnvelopes(file: string): Promise<EventEnvelope[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const envelopes: EventEnvelope[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      envelopes.push(JSON.parse(line) as EventEnvelope);
    } catch {
      continue;
    }
  }
  return envelopes;
}

function toEnvelope(event: ChangeEvent): EventEnvelope {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': event.detailType,
    source: EVENT_SOURCE,
    account: '000000000000',
    time: event.time,
    region: 'local',
    resources: [],
    detail: event.detail,
  };
}

function emissionKey(articleId: string, revision: number, type: ChangeEvent['detailType']): string {
  // Created and Updated are one per revision; Withdrawn shares its revision with one of them.
  return `${articleId}#${revision}#${type === 'ArticleWithdrawn' ? 'withdrawn' : 'revision'}`;
}
