/**
 * Counts the requests the pipeline makes through the SDK clients, with what DynamoDB would bill for them: an SDK
 * middleware sees every command's input and output, so nothing in the pipeline changes.
 *
 * DynamoDB capacity is computed from the items themselves with DynamoDB's sizing rules (dynalite reports no index
 * capacity): a write costs one WRU per KB of the item, rounded up, in the table, and one WRU per KB of the index
 * entry in every GSI whose keys the item carries (the entry holds the keys and the projected summary attributes
 * of the schema module, so it is computed the same way); a strongly consistent read costs one RRU
 * per 4 KB (a Query sums its items), at least one; half that when eventually consistent. Each item of a
 * BatchWriteItem is billed as its own write, each key of a BatchGetItem as its own read (a key with no item too). A write whose condition fails is still billed, and is counted as such.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import {
  ARTICLES_TABLE_INDEXES,
  ARTICLES_TABLE_KEYS,
  INDEX_SUMMARY_ATTRIBUTES,
  type GlobalIndexDefinition,
} from '../../lambdas/adapters/dynamodb/articles-table-schema';

export interface RequestTally {
  count: number;
  bytes: number;
  /** DynamoDB only: billed units (WRU or RRU) in the table. */
  tableUnits: number;
  /** DynamoDB only: billed WRU in the indexes. */
  indexUnits: number;
  failed: number;
}

export class RequestCounter {
  readonly tallies = new Map<string, RequestTally>();
  /** Sizes of the items written, per kind (`latest` / `history` / `GSI <index>`), for the cost model. */
  readonly itemBytes = new Map<string, number[]>();

  reset(): void {
    this.tallies.clear();
    this.itemBytes.clear();
  }

  private tally(name: string): RequestTally {
    let tally = this.tallies.get(name);
    if (!tally) {
      tally = { count: 0, bytes: 0, tableUnits: 0, indexUnits: 0, failed: 0 };
      this.tallies.set(name, tally);
    }
    return tally;
  }

  /** Counts S3 commands as `<Command> <bucket>`, with bytes uploaded (PUT) or downloaded (GET). */
  attachToS3(client: S3Client): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { Bucket?: string; Body?: unknown };
        const tally = this.tally(`S3 ${context.commandName?.replace(/Command$/, '')} ${input.Bucket ?? ''}`.trim());
        tally.count += 1;
        if (input.Body instanceof Uint8Array) tally.bytes += input.Body.byteLength;
        try {
          const result = await next(args);
          const length = (result.output as { ContentLength?: number }).ContentLength;
          if (context.commandName === 'GetObjectCommand' && length) tally.bytes += length;
          return result;
        } catch (error) {
          tally.failed += 1;
          throw error;
        }
      },
      { step: 'initialize', name: 'benchRequestCounter' },
    );
  }

  private countWrite(tally: RequestTally, item: Item, kind: string): void {
    const size = itemSize(item);
    const units = Math.max(1, Math.ceil(size / 1024));
    tally.bytes += size;
    tally.tableUnits += units;
    this.recordSize(kind, size);
    for (const index of indexesKeyedBy(item)) {
      const entrySize = itemSize(indexEntry(item, index));
      tally.indexUnits += Math.max(1, Math.ceil(entrySize / 1024));
      this.recordSize(`GSI ${index.indexName}`, entrySize);
    }
  }

  private recordSize(kind: string, size: number): void {
    const sizes = this.itemBytes.get(kind) ?? [];
    sizes.push(size);
    this.itemBytes.set(kind, sizes);
  }

  /** Each key read costs its item's size in 4 KB units, at least one; keys left unprocessed are not billed. */
  private countBatchRead(tally: RequestTally, requests: BatchGetRequests, output: { Responses?: Record<string, Item[]>; UnprocessedKeys?: Record<string, { Keys?: Item[] }> }): void {
    for (const [table, request] of Object.entries(requests)) {
      const found = output.Responses?.[table] ?? [];
      const unprocessed = output.UnprocessedKeys?.[table]?.Keys?.length ?? 0;
      const missing = (request.Keys?.length ?? 0) - found.length - unprocessed;
      const units = found.reduce((total, item) => total + Math.max(1, Math.ceil(itemSize(item) / 4096)), 0) + missing;
      tally.bytes += found.reduce((total, item) => total + itemSize(item), 0);
      tally.tableUnits += units * (request.ConsistentRead ? 1 : 0.5);
    }
  }

  /** Counts DynamoDB commands, with the item bytes and the units DynamoDB would bill for them. */
  attachToDynamoDb(client: DynamoDBClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const command = context.commandName?.replace(/Command$/, '') ?? 'unknown';
        const input = args.input as DynamoDbInput;
        const kind = itemKind(input.Item ?? input.Key);
        const tally = this.tally(`DynamoDB ${command}${kind ? ` ${kind}` : ''}`);
        tally.count += 1;
        if (command === 'PutItem' && input.Item) this.countWrite(tally, input.Item, kind ?? 'other');
        for (const request of command === 'BatchWriteItem' ? Object.values(input.RequestItems ?? {}).flat() : []) {
          if (request.PutRequest?.Item) this.countWrite(tally, request.PutRequest.Item, itemKind(request.PutRequest.Item) ?? 'other');
          else tally.tableUnits += 1;
        }
        try {
          const result = await next(args);
          const output = result.output as { Item?: Item; Items?: Item[]; Responses?: Record<string, Item[]>; UnprocessedKeys?: Record<string, { Keys?: Item[] }> };
          if (command === 'BatchGetItem') this.countBatchRead(tally, (input.RequestItems ?? {}) as unknown as BatchGetRequests, output);
          if (command === 'GetItem' || command === 'Query') {
            const read = output.Item ? [output.Item] : output.Items ?? [];
            const size = read.reduce((total, item) => total + itemSize(item), 0);
            tally.bytes += size;
            // 1 RRU per 4 KB read (a query sums its items first), strongly consistent; half that eventually
            // consistent. A read that finds nothing still costs the minimum.
            tally.tableUnits += Math.max(1, Math.ceil(size / 4096)) * (input.ConsistentRead ? 1 : 0.5);
          }
          return result;
        } catch (error) {
          tally.failed += 1;
          throw error;
        }
      },
      { step: 'initialize', name: 'benchRequestCounter' },
    );
  }
}

type Item = Record<string, AttributeValue>;

type BatchGetRequests = Record<string, { Keys?: Item[]; ConsistentRead?: boolean }>;

interface DynamoDbInput {
  Item?: Item;
  Key?: Item;
  RequestItems?: Record<string, { PutRequest?: { Item?: Item }; DeleteRequest?: unknown }[]>;
  ConsistentRead?: boolean;
}

/**
 * Which item of the single-table design a key addresses: `latest`, `history`, or `pk <prefix>#` for the other
 * item kinds (source links, story bands), named by their partition key's prefix as docs/TABLE.md lists them.
 */
function itemKind(key: Item | undefined): string | null {
  const sortKey = key?.sk?.S;
  if (sortKey === undefined) return null;
  if (sortKey === 'LATEST') return 'latest';
  if (sortKey.startsWith('R#')) return 'history';
  return `pk ${(key?.pk?.S ?? sortKey).split('#')[0]}#`;
}

/** The table's GSIs an item appears in: those whose partition and sort key it carries. */
function indexesKeyedBy(item: Item): GlobalIndexDefinition[] {
  return Object.values(ARTICLES_TABLE_INDEXES).filter((index) => item[index.partitionKey] && item[index.sortKey]);
}

/** What an index stores of an item: the table's keys, the index's keys and the projected summary attributes. */
function indexEntry(item: Item, index: GlobalIndexDefinition): Item {
  const names = [ARTICLES_TABLE_KEYS.partitionKey, ARTICLES_TABLE_KEYS.sortKey, index.partitionKey, index.sortKey, ...INDEX_SUMMARY_ATTRIBUTES];
  return Object.fromEntries(names.filter((name) => item[name] !== undefined).map((name) => [name, item[name]]));
}

/** DynamoDB's item size: each attribute's name plus its value, strings and names in UTF-8 bytes. */
export function itemSize(item: Record<string, AttributeValue>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += Buffer.byteLength(name) + valueSize(value);
  return size;
}

function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined) return Math.ceil(value.N.replace(/^-|\.|^0+/g, '').length / 2) + 1;
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((total, s) => total + Buffer.byteLength(s), 0);
  if (value.NS !== undefined) return value.NS.reduce((total, n) => total + Math.ceil(n.length / 2) + 1, 0);
  // Lists and maps: 3 bytes of overhead plus 1 per element, plus the elements (and, for maps, their names).
  if (value.L !== undefined) return 3 + value.L.reduce((total, element) => total + 1 + valueSize(element), 0);
  if (value.M !== undefined) {
    return 3 + Object.entries(value.M).reduce((total, [name, element]) => total + 1 + Buffer.byteLength(name) + valueSize(element), 0);
  }
  return 0;
}
