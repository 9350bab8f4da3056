import { BatchWriteItemCommand, QueryCommand, type AttributeValue, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import type { StoryCandidate } from '../../pipeline/identity/story';
import type { StoryIndex } from '../../pipeline/ports';
import { bandPartitionKey } from './articles-table-schema';

/** BatchWriteItem takes at most 25 requests. */
const MAX_BATCH_WRITE = 25;

/**
 * Members read per band key, newest first. A key shared by more articles is either a story carried by that many
 * sites (any recent member leads to it) or a template's boilerplate (not a story at all); republications follow the
 * original within hours or days, so the most recently seen members are the ones worth scoring. A story whose
 * original is older than its newest 50 members on every shared key is joined through those members, and its
 * original is then chosen among the members read.
 */
export const MAX_MEMBERS_PER_BAND = 50;

const MAX_UNPROCESSED_ROUNDS = 5;

/**
 * {@link StoryIndex} in the articles table: one item per (band key, article), `pk = B#<band key>`,
 * `sk = <firstSeenAt>#<articleId>` (firstSeenAt is `Date.toISOString()` output, which sorts as a string, so a
 * Query reads a band newest first), holding what story grouping needs to decide without reading the articles
 * themselves: the fingerprint (with the MinHash signature a candidate is scored from), the story, and the dates that
 * choose the original. About 610 bytes each (bench/story-grouping.ts), so one write unit per item.
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
            ScanIndexForward: false,
            Limit: MAX_MEMBERS_PER_BAND,
          }),
        ),
      ),
    );
    const byArticle = new Map<string, StoryCandidate>();
    for (const item of pages.flatMap((page) => page.Items ?? [])) {
      const candidate = toCandidate(item);
      if (!byArticle.has(candidate.articleId)) byArticle.set(candidate.articleId, candidate);
    }
    return [...byArticle.values()];
  }

  async register(member: StoryCandidate, bandKeys: string[]): Promise<void> {
    const requests: WriteRequest[] = bandKeys.map((bandKey) => ({ PutRequest: { Item: bandItem(bandKey, member) } }));
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

/** The band item registering `member` under `bandKey` (exported for the bench's item-size figure). */
export function bandItem(bandKey: string, member: StoryCandidate): Record<string, AttributeValue> {
  return {
    pk: { S: bandPartitionKey(bandKey) },
    sk: { S: `${member.firstSeenAt}#${member.articleId}` },
    articleId: { S: member.articleId },
    storyId: { S: member.storyId },
    fingerprint: { S: member.fingerprint },
    publishedAt: member.publishedAt ? { S: member.publishedAt } : { NULL: true },
    firstSeenAt: { S: member.firstSeenAt },
    siteHost: { S: member.siteHost },
  };
}

function toCandidate(item: Record<string, AttributeValue>): StoryCandidate {
  return {
    articleId: item.articleId!.S!,
    storyId: item.storyId!.S!,
    fingerprint: item.fingerprint!.S!,
    publishedAt: item.publishedAt?.S ?? null,
    firstSeenAt: item.firstSeenAt!.S!,
    siteHost: item.siteHost!.S!,
  };
}
