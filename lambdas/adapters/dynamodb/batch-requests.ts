import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  type AttributeValue,
  type DynamoDBClient,
  type KeysAndAttributes,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';

export type Item = Record<string, AttributeValue>;

/** DynamoDB's limits: BatchGetItem takes at most 100 keys, BatchWriteItem at most 25 requests. */
const MAX_BATCH_GET = 100;
const MAX_BATCH_WRITE = 25;
/**
 * Rounds spent resubmitting what DynamoDB left unprocessed (a throttled partition) before giving up, with a pause
 * of 50 ms doubling each round (1.55 s in all): past that the caller's own retry (an SQS redelivery, a poll
 * cycle) is the better wait.
 */
const MAX_ROUNDS = 6;
const BASE_DELAY_MS = 50;

export interface BatchRetry {
  /** Names the caller and what it asks for, in the error when rounds run out: `story index`, `band keys`. */
  owner: string;
  things: string;
  /** Injected by tests that throttle without waiting. */
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Every item found for `keys`, read in BatchGetItem calls of up to 100 keys; keys left unprocessed are asked
 * again after a growing pause. `read` adds the call's options (projection, consistency) to every call.
 */
export async function batchGetItems(
  client: DynamoDBClient,
  tableName: string,
  keys: Item[],
  retry: BatchRetry,
  read: Omit<KeysAndAttributes, 'Keys'> = {},
): Promise<Item[]> {
  const found: Item[] = [];
  for (let start = 0; start < keys.length; start += MAX_BATCH_GET) {
    let pending = keys.slice(start, start + MAX_BATCH_GET);
    for (let round = 0; pending.length > 0; round += 1) {
      await beforeRound(round, pending.length, 'BatchGetItem', retry);
      const response = await client.send(new BatchGetItemCommand({ RequestItems: { [tableName]: { ...read, Keys: pending } } }));
      found.push(...(response.Responses?.[tableName] ?? []));
      pending = response.UnprocessedKeys?.[tableName]?.Keys ?? [];
    }
  }
  return found;
}

/** Writes `requests` in BatchWriteItem calls of up to 25; requests left unprocessed are sent again after a pause. */
export async function batchWriteItems(client: DynamoDBClient, tableName: string, requests: WriteRequest[], retry: BatchRetry): Promise<void> {
  for (let start = 0; start < requests.length; start += MAX_BATCH_WRITE) {
    let pending = requests.slice(start, start + MAX_BATCH_WRITE);
    for (let round = 0; pending.length > 0; round += 1) {
      await beforeRound(round, pending.length, 'BatchWriteItem', retry);
      const response = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
      pending = response.UnprocessedItems?.[tableName] ?? [];
    }
  }
}

async function beforeRound(round: number, pending: number, operation: string, retry: BatchRetry): Promise<void> {
  if (round === 0) return;
  if (round === MAX_ROUNDS) throw new Error(`${retry.owner}: ${pending} ${retry.things} still unprocessed after ${round} ${operation} rounds`);
  await (retry.sleep ?? wait)(BASE_DELAY_MS * 2 ** (round - 1));
}
