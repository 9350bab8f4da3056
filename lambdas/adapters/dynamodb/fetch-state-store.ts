import { GetItemCommand, PutItemCommand, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import type { FetchStateStore, UrlFetchState } from '../../fetch/fetch-state';
import type { RobotsPolicy, RobotsRecord } from '../../fetch/robots';
import { systemClock, type Clock } from '../../pipeline/ports';
import { batchGetItems, batchWriteItems, type BatchRetry, type Item } from './batch-requests';
import { FETCH_STATE_TABLE_KEYS, FETCH_STATE_TTL_ATTRIBUTE, robotsKey, seenMarkKey, urlStateKey } from './fetch-state-table-schema';

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
    const keys = [...new Set(urls.map(seenMarkKey))].map((key) => ({ [PK]: { S: key } }));
    const marks = await batchGetItems(this.client, this.tableName, keys, this.retry('seen marks'), {
      ProjectionExpression: '#pk, #ttl',
      ExpressionAttributeNames: { '#pk': PK, '#ttl': TTL },
      ConsistentRead: true,
    });
    const live = new Set(marks.filter((item) => this.isLive(item)).map((item) => item[PK]!.S!));
    return urls.filter((url) => !live.has(seenMarkKey(url)));
  }

  async markSeen(urls: readonly string[], expiresAt: number): Promise<void> {
    const requests: WriteRequest[] = [...new Set(urls)].map((url) => ({
      PutRequest: { Item: { [PK]: { S: seenMarkKey(url) }, url: { S: url }, [TTL]: { N: String(expiresAt) } } },
    }));
    await batchWriteItems(this.client, this.tableName, requests, this.retry('seen marks'));
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

  /** How batch calls name this store in errors, and wait between rounds (injectable for tests). */
  private retry(things: string): BatchRetry {
    return { owner: 'fetch state', things, sleep: this.sleep };
  }
}
