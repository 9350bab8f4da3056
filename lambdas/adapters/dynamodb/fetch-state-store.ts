import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  GetItemCommand,
  PutItemCommand,
  type AttributeValue,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { FetchStateStore, UrlFetchState } from '../../fetch/fetch-state';
import type { RobotsPolicy, RobotsRecord } from '../../fetch/robots';
import { systemClock, type Clock } from '../../pipeline/ports';
import { FETCH_STATE_TABLE_KEYS, FETCH_STATE_TTL_ATTRIBUTE, robotsKey, seenMarkKey, urlStateKey } from './fetch-state-table-schema';

type Item = Record<string, AttributeValue>;

/** BatchGetItem takes at most 100 keys, BatchWriteItem at most 25 requests. */
const BATCH_GET_LIMIT = 100;
const BATCH_WRITE_LIMIT = 25;
/** Rounds spent resubmitting what DynamoDB left unprocessed (throttling) before giving up. */
const UNPROCESSED_ROUNDS = 8;
const UNPROCESSED_BASE_DELAY_MS = 50;

const PK = FETCH_STATE_TABLE_KEYS.partitionKey;
const TTL = FETCH_STATE_TTL_ATTRIBUTE;

/**
 * {@link FetchStateStore} over the fetch-state table. DynamoDB's TTL deletes expired items up to days late (and the
 * local dynalite never does), so every read treats an item whose `expiresAt` has passed as absent.
 */
export class DynamoFetchStateStore implements FetchStateStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly clock: Clock = systemClock,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  async getUrlState(url: string): Promise<UrlFetchState | null> {
    const item = await this.getLive(urlStateKey(url));
    if (!item) return null;
    return {
      url: item.url?.S ?? url,
      etag: item.etag?.S ?? null,
      lastModified: item.lastModified?.S ?? null,
      lastStatus: Number(item.lastStatus?.N ?? 0),
      lastFetchedAt: item.lastFetchedAt?.S ?? '',
      nextFetchAfter: item.nextFetchAfter?.S ?? '',
      expiresAt: Number(item[TTL]!.N),
    };
  }

  async putUrlState(state: UrlFetchState): Promise<void> {
    const item: Item = {
      [PK]: { S: urlStateKey(state.url) },
      url: { S: state.url },
      lastStatus: { N: String(state.lastStatus) },
      lastFetchedAt: { S: state.lastFetchedAt },
      nextFetchAfter: { S: state.nextFetchAfter },
      [TTL]: { N: String(state.expiresAt) },
    };
    if (state.etag !== null) item.etag = { S: state.etag };
    if (state.lastModified !== null) item.lastModified = { S: state.lastModified };
    await this.client.send(new PutItemCommand({ TableName: this.tableName, Item: item }));
  }

  async filterUnseen(urls: readonly string[]): Promise<string[]> {
    const live = new Set<string>();
    const keys = [...new Set(urls.map(seenMarkKey))];
    for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
      let pending: Item[] = keys.slice(start, start + BATCH_GET_LIMIT).map((key) => ({ [PK]: { S: key } }));
      for (let round = 0; pending.length > 0; round += 1) {
        await this.backOff(round, 'BatchGetItem');
        const response = await this.client.send(
          new BatchGetItemCommand({
            RequestItems: {
              [this.tableName]: {
                Keys: pending,
                ProjectionExpression: '#pk, #ttl',
                ExpressionAttributeNames: { '#pk': PK, '#ttl': TTL },
                ConsistentRead: true,
              },
            },
          }),
        );
        for (const item of response.Responses?.[this.tableName] ?? []) {
          if (this.isLive(item)) live.add(item[PK]!.S!);
        }
        pending = response.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      }
    }
    return urls.filter((url) => !live.has(seenMarkKey(url)));
  }

  async markSeen(urls: readonly string[], expiresAt: number): Promise<void> {
    const requests: WriteRequest[] = [...new Set(urls)].map((url) => ({
      PutRequest: { Item: { [PK]: { S: seenMarkKey(url) }, url: { S: url }, [TTL]: { N: String(expiresAt) } } },
    }));
    for (let start = 0; start < requests.length; start += BATCH_WRITE_LIMIT) {
      let pending = requests.slice(start, start + BATCH_WRITE_LIMIT);
      for (let round = 0; pending.length > 0; round += 1) {
        await this.backOff(round, 'BatchWriteItem');
        const response = await this.client.send(new BatchWriteItemCommand({ RequestItems: { [this.tableName]: pending } }));
        pending = response.UnprocessedItems?.[this.tableName] ?? [];
      }
    }
  }

  async getRobots(origin: string): Promise<RobotsRecord | null> {
    const item = await this.getLive(robotsKey(origin));
    if (!item) return null;
    return {
      origin: item.origin?.S ?? origin,
      policy: JSON.parse(item.policy!.S!) as RobotsPolicy,
      fetchedAt: item.fetchedAt?.S ?? '',
      expiresAt: Number(item[TTL]!.N),
    };
  }

  async putRobots(record: RobotsRecord): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.tableName,
        Item: {
          [PK]: { S: robotsKey(record.origin) },
          origin: { S: record.origin },
          // Stored as JSON text: the policy is read and written whole, never queried by its parts.
          policy: { S: JSON.stringify(record.policy) },
          fetchedAt: { S: record.fetchedAt },
          [TTL]: { N: String(record.expiresAt) },
        },
      }),
    );
  }

  private async getLive(key: string): Promise<Item | null> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: { [PK]: { S: key } }, ConsistentRead: true }),
    );
    return Item && this.isLive(Item) ? Item : null;
  }

  private isLive(item: Item): boolean {
    const expiresAt = Number(item[TTL]?.N);
    return Number.isFinite(expiresAt) && expiresAt > this.clock.now().getTime() / 1000;
  }

  /** Exponential backoff before each resubmission of unprocessed requests; nothing before the first attempt. */
  private async backOff(round: number, operation: string): Promise<void> {
    if (round === 0) return;
    if (round >= UNPROCESSED_ROUNDS) throw new Error(`${operation}: requests still unprocessed after ${UNPROCESSED_ROUNDS} rounds`);
    await this.sleep(UNPROCESSED_BASE_DELAY_MS * 2 ** (round - 1));
  }
}
