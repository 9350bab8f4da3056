import { BatchGetItemCommand, BatchWriteItemCommand, type AttributeValue, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import type { StoryCandidate } from '../../pipeline/identity/story';
import type { StoryIndex } from '../../pipeline/ports';
import { BAND_SORT_KEY, bandPartitionKey } from './articles-table-schema';

/** BatchGetItem reads at most 100 keys, BatchWriteItem writes at most 25 items. */
const MAX_BATCH_GET = 100;
const MAX_BATCH_WRITE = 25;

const MAX_UNPROCESSED_ROUNDS = 5;

type Item = Record<string, AttributeValue>;

/**
 * {@link StoryIndex} in the articles table: one item per band key, `pk = B#<band key>`, `sk = BAND`, naming the
 * key's owner and holding what story grouping needs to decide without reading the article itself: the fingerprint
 * (the MinHash signature a candidate is scored from), the story, and the dates that choose the original. About 560
 * bytes (bench/story-grouping.ts), so one write unit each, and one eventually consistent half read unit.
 *
 * A lookup is one BatchGetItem over all of an article's keys (STORY_BANDS, under its 100-key limit); a
 * registration one BatchWriteItem of the keys that had no owner. The writes are unconditional (BatchWriteItem
 * takes no conditions, and a conditional PutItem per key would cost a request each): of two articles that both
 * found a key without an owner and register it at once, the later write stays. Either is a valid owner, and
 * re-registering an article writes the same items again, so redelivery is harmless.
 */
export class DynamoStoryIndex implements StoryIndex {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async findOwners(bandKeys: string[]): Promise<Map<string, StoryCandidate>> {
    const owners = new Map<string, StoryCandidate>();
    const bandKeyOf = new Map(bandKeys.map((bandKey) => [bandPartitionKey(bandKey), bandKey]));
    const partitionKeys = [...bandKeyOf.keys()];
    for (let start = 0; start < partitionKeys.length; start += MAX_BATCH_GET) {
      let pending: Item[] = partitionKeys.slice(start, start + MAX_BATCH_GET).map((pk) => ({ pk: { S: pk }, sk: { S: BAND_SORT_KEY } }));
      for (let round = 0; pending.length > 0; round += 1) {
        if (round === MAX_UNPROCESSED_ROUNDS) throw new Error(`story index: ${pending.length} band keys still unprocessed`);
        if (round > 0) await backOff(round);
        const response = await this.client.send(new BatchGetItemCommand({ RequestItems: { [this.tableName]: { Keys: pending } } }));
        for (const item of response.Responses?.[this.tableName] ?? []) owners.set(bandKeyOf.get(item.pk!.S!)!, toCandidate(item));
        pending = response.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      }
    }
    return owners;
  }

  async register(member: StoryCandidate, bandKeys: string[]): Promise<void> {
    const requests: WriteRequest[] = [...new Set(bandKeys)].map((bandKey) => ({ PutRequest: { Item: bandItem(bandKey, member) } }));
    for (let start = 0; start < requests.length; start += MAX_BATCH_WRITE) {
      let pending = requests.slice(start, start + MAX_BATCH_WRITE);
      for (let round = 0; pending.length > 0; round += 1) {
        if (round === MAX_UNPROCESSED_ROUNDS) throw new Error(`story index: ${pending.length} band items still unprocessed`);
        if (round > 0) await backOff(round);
        const response = await this.client.send(new BatchWriteItemCommand({ RequestItems: { [this.tableName]: pending } }));
        pending = response.UnprocessedItems?.[this.tableName] ?? [];
      }
    }
  }
}

/** Unprocessed keys or items mean the partition is throttled: wait 50 ms, then twice as long each round. */
function backOff(round: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50 * 2 ** (round - 1)));
}

/** The band item making `member` the owner of `bandKey` (exported for the bench's item-size figure). */
export function bandItem(bandKey: string, member: StoryCandidate): Item {
  return {
    pk: { S: bandPartitionKey(bandKey) },
    sk: { S: BAND_SORT_KEY },
    articleId: { S: member.articleId },
    storyId: { S: member.storyId },
    fingerprint: { S: member.fingerprint },
    publishedAt: member.publishedAt ? { S: member.publishedAt } : { NULL: true },
    firstSeenAt: { S: member.firstSeenAt },
    siteHost: { S: member.siteHost },
  };
}

function toCandidate(item: Item): StoryCandidate {
  return {
    articleId: item.articleId!.S!,
    storyId: item.storyId!.S!,
    fingerprint: item.fingerprint!.S!,
    publishedAt: item.publishedAt?.S ?? null,
    firstSeenAt: item.firstSeenAt!.S!,
    siteHost: item.siteHost!.S!,
  };
}
