import { BatchWriteItemCommand, QueryCommand, type AttributeValue, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import type { StoryCandidate } from '../../pipeline/identity/story';
import type { StoryIndex } from '../../pipeline/ports';
import { bandPartitionKey } from './articles-table-schema';

/** BatchWriteItem takes at most 25 requests. */
const MAX_BATCH_WRITE = 25;

/**
 * Members read per band key. A key shared by this many articles is a template's boilerplate rather than a story, and
 * the nearest members are found through the article's other 27 keys anyway.
 */
const MAX_MEMBERS_PER_BAND = 50;

const MAX_UNPROCESSED_ROUNDS = 5;

/**
 * {@link StoryIndex} in the articles table: one item per (band key, article), `pk = B#<band key>`, `sk = <articleId>`,
 * holding what story grouping needs to decide without reading the articles themselves.
 */
export class DynamoStoryIndex implements StoryIndex {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
  ) {}

  async findCandidates(bandKeys: string[]): Promise<StoryCandidate[]> {
    const pages = await Promise.all(
      bandKeys.map((bandKey) =>
        this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': { S: bandPartitionKey(bandKey) } },
            Limit: MAX_MEMBERS_PER_BAND,
          }),
        ),
      ),
    );
    const byArticle = new Map<string, StoryCandidate>();
    for (const item of pages.flatMap((page) => page.Items ?? [])) {
      const candidate = toCandidate(item);
      byArticle.set(candidate.articleId, candidate);
    }
    return [...byArticle.values()];
  }

  async register(member: StoryCandidate, bandKeys: string[]): Promise<void> {
    const requests: WriteRequest[] = bandKeys.map((bandKey) => ({ PutRequest: { Item: toItem(bandKey, member) } }));
    for (let start = 0; start < requests.length; start += MAX_BATCH_WRITE) {
      let pending = requests.slice(start, start + MAX_BATCH_WRITE);
      for (let round = 0; pending.length > 0; round += 1) {
        if (round === MAX_UNPROCESSED_ROUNDS) throw new Error(`story index: ${pending.length} band items still unprocessed`);
        const response = await this.client.send(new BatchWriteItemCommand({ RequestItems: { [this.tableName]: pending } }));
        pending = response.UnprocessedItems?.[this.tableName] ?? [];
        if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** round));
      }
    }
  }
}

function toItem(bandKey: string, member: StoryCandidate): Record<string, AttributeValue> {
  return {
    pk: { S: bandPartitionKey(bandKey) },
    sk: { S: member.articleId },
    storyId: { S: member.storyId },
    fingerprint: { S: member.fingerprint },
    publishedAt: member.publishedAt ? { S: member.publishedAt } : { NULL: true },
    firstSeenAt: { S: member.firstSeenAt },
    siteHost: { S: member.siteHost },
  };
}

function toCandidate(item: Record<string, AttributeValue>): StoryCandidate {
  return {
    articleId: item.sk.S!,
    storyId: item.storyId.S!,
    fingerprint: item.fingerprint.S!,
    publishedAt: item.publishedAt?.S ?? null,
    firstSeenAt: item.firstSeenAt.S!,
    siteHost: item.siteHost.S!,
  };
}
