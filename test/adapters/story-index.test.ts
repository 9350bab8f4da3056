import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { bandPartitionKey } from '../../lambdas/adapters/dynamodb/articles-table-schema';
import { DynamoStoryIndex, MAX_MEMBERS_PER_BAND } from '../../lambdas/adapters/dynamodb/story-index';
import { assignStory } from '../../lambdas/pipeline/assign-story';
import type { StoryCandidate } from '../../lambdas/pipeline/identity/story';
import { encodeStoryFingerprint, STORY_BANDS, STORY_SIGNATURE_SLOTS, storyBandKeys, storyFingerprint } from '../../lambdas/pipeline/identity/story-fingerprint';
import { BOOK_FAIR_STORY, siteACopy, siteBCopy, WATER_PLANT_STORY } from '../pipeline/identity/arabic-wire-fixtures';
import { startEmbeddedDynamoDb } from '../support/embedded-dynamodb';

const WATER_PLANT_ON_SITE_A = storyFingerprint(siteACopy(WATER_PLANT_STORY))!;
/** A valid fingerprint no real text has, so the plumbing tests' members never join the stories of the last test. */
const SYNTHETIC = encodeStoryFingerprint(Uint16Array.from({ length: STORY_SIGNATURE_SLOTS }, (_, slot) => slot));

function candidate(overrides: Partial<StoryCandidate> & Pick<StoryCandidate, 'articleId'>): StoryCandidate {
  return {
    storyId: 'sstory',
    fingerprint: SYNTHETIC,
    publishedAt: null,
    firstSeenAt: '2026-01-01T00:00:00.000Z',
    siteHost: 'www.site-a.example',
    ...overrides,
  };
}

/** DynamoDB's item size rule: attribute names plus values, strings as UTF-8. */
function itemBytes(item: Record<string, { S?: string }>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value.S ?? ' '), 0);
}

describe('DynamoStoryIndex against dynalite', () => {
  let dynamo: Awaited<ReturnType<typeof startEmbeddedDynamoDb>>;
  let index: DynamoStoryIndex;

  beforeAll(async () => {
    dynamo = await startEmbeddedDynamoDb();
    index = new DynamoStoryIndex(dynamo.client, dynamo.tableName);
  });
  afterAll(() => dynamo.stop());

  const queryBand = (bandKey: string) =>
    dynamo.client.send(new QueryCommand({ TableName: dynamo.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: bandPartitionKey(bandKey) } } }));

  it('registers a member under all of its band keys (more than one BatchWriteItem) in items under 1 KB', async () => {
    const member = candidate({ articleId: 'u-items', publishedAt: '2025-12-31T23:00:00.000Z' });
    const keys = storyBandKeys(member.fingerprint);
    await index.register(member, keys);
    expect(keys).toHaveLength(STORY_BANDS);
    for (const key of keys) {
      const { Items } = await queryBand(key);
      const item = Items!.find((found) => found.articleId?.S === 'u-items')!;
      expect(item.sk!.S).toBe('2026-01-01T00:00:00.000Z#u-items');
      expect(itemBytes(item as Record<string, { S?: string }>)).toBeLessThan(1024);
    }
  });

  it('finds members through any shared key, once each, with every field round-tripped', async () => {
    const dated = candidate({ articleId: 'u-dated', storyId: 'sdated', publishedAt: '2025-12-31T22:00:00.000Z', siteHost: 'news.example' });
    const undated = candidate({ articleId: 'u-undated', storyId: 'sundated', firstSeenAt: '2026-01-01T01:00:00.000Z' });
    await index.register(dated, ['k-round-1', 'k-round-2']);
    await index.register(undated, ['k-round-2']);
    const found = await index.findCandidates(['k-round-1', 'k-round-2', 'k-round-unused']);
    expect(found).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining([dated, undated]));
  });

  it(`reads the ${MAX_MEMBERS_PER_BAND} most recently first-seen members of a crowded band key`, async () => {
    const members = Array.from({ length: MAX_MEMBERS_PER_BAND + 5 }, (_, n) =>
      candidate({ articleId: `u-crowd-${String(n).padStart(2, '0')}`, firstSeenAt: new Date(Date.UTC(2026, 0, 2, 0, n)).toISOString() }),
    );
    // Registered newest first, so the result cannot come from insertion order.
    for (const member of [...members].reverse()) await index.register(member, ['k-crowded']);
    const found = await index.findCandidates(['k-crowded']);
    expect(found.map((member) => member.articleId).sort()).toEqual(members.slice(5).map((member) => member.articleId));
  });

  it('groups two sites carrying one wire story through assignStory, and keeps a different story apart', async () => {
    const first = await assignStory(index, { articleId: 'u-site-a', fingerprint: WATER_PLANT_ON_SITE_A, publishedAt: null, firstSeenAt: '2026-01-03T00:00:00.000Z', siteHost: 'www.site-a.example' });
    await first.register();
    const second = await assignStory(index, {
      articleId: 'u-site-b',
      fingerprint: storyFingerprint(siteBCopy(WATER_PLANT_STORY))!,
      publishedAt: null,
      firstSeenAt: '2026-01-03T00:20:00.000Z',
      siteHost: 'news.site-b.example',
    });
    const other = await assignStory(index, {
      articleId: 'u-book-fair',
      fingerprint: storyFingerprint(BOOK_FAIR_STORY.join('\n\n'))!,
      publishedAt: null,
      firstSeenAt: '2026-01-03T00:30:00.000Z',
      siteHost: 'www.site-a.example',
    });
    expect(second).toMatchObject({ storyId: first.storyId, originalArticleId: 'u-site-a' });
    expect(other.storyId).not.toBe(first.storyId);
  });
});
