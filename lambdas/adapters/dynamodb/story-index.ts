import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { StoryCandidate } from '../../pipeline/identity/story';
import type { StoryIndex } from '../../pipeline/ports';
import { BAND_SORT_KEY, bandPartitionKey } from './articles-table-schema';
import { batchGetItems, batchWriteItems, type Item } from './batch-requests';

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
    const bandKeyOf = new Map(bandKeys.map((bandKey) => [bandPartitionKey(bandKey), bandKey]));
    const keys = [...bandKeyOf.keys()].map((pk) => ({ pk: { S: pk }, sk: { S: BAND_SORT_KEY } }));
    const items = await batchGetItems(this.client, this.tableName, keys, { owner: 'story index', things: 'band keys' });
    return new Map(items.map((item) => [bandKeyOf.get(item.pk!.S!)!, toCandidate(item)]));
  }

  async register(member: StoryCandidate, bandKeys: string[]): Promise<void> {
    const requests = [...new Set(bandKeys)].map((bandKey) => ({ PutRequest: { Item: bandItem(bandKey, member) } }));
    await batchWriteItems(this.client, this.tableName, requests, { owner: 'story index', things: 'band items' });
  }
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
