import { BatchGetItemCommand, BatchWriteItemCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { BAND_SORT_KEY, bandPartitionKey } from '../../lambdas/adapters/dynamodb/articles-table-schema';
import { DynamoStoryIndex } from '../../lambdas/adapters/dynamodb/story-index';
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
  const commands: string[] = [];

  beforeAll(async () => {
    dynamo = await startEmbeddedDynamoDb();
    index = new DynamoStoryIndex(dynamo.client, dynamo.tableName);
    dynamo.client.middlewareStack.add(
      (next, context) => async (args) => {
        commands.push(context.commandName!);
        return next(args);
      },
      { step: 'initialize', name: 'storyIndexCommandLog' },
    );
  });
  afterAll(() => dynamo.stop());
  beforeEach(() => commands.splice(0));

  const bandItemOf = async (bandKey: string) =>
    (await dynamo.client.send(new GetItemCommand({ TableName: dynamo.tableName, Key: { pk: { S: bandPartitionKey(bandKey) }, sk: { S: BAND_SORT_KEY } } }))).Item;

  it('registers a member under all of its band keys with one BatchWriteItem, in items under 1 KB', async () => {
    const member = candidate({ articleId: 'u-items', publishedAt: '2025-12-31T23:00:00.000Z' });
    const keys = storyBandKeys(member.fingerprint);
    await index.register(member, keys);
    expect(keys).toHaveLength(STORY_BANDS);
    expect(commands).toEqual([BatchWriteItemCommand.name]);
    for (const key of keys) {
      const item = (await bandItemOf(key))!;
      expect(item.articleId!.S).toBe('u-items');
      expect(itemBytes(item as Record<string, { S?: string }>)).toBeLessThan(1024);
    }
  });

  it('finds the owner of every owned key with one BatchGetItem, every field round-tripped, and leaves unowned keys out', async () => {
    const dated = candidate({ articleId: 'u-dated', storyId: 'sdated', publishedAt: '2025-12-31T22:00:00.000Z', siteHost: 'news.example' });
    const undated = candidate({ articleId: 'u-undated', storyId: 'sundated', firstSeenAt: '2026-01-01T01:00:00.000Z' });
    await index.register(dated, ['k-round-1', 'k-round-2']);
    await index.register(undated, ['k-round-3']);
    commands.splice(0);
    const owners = await index.findOwners(['k-round-1', 'k-round-2', 'k-round-3', 'k-round-unused']);
    expect(commands).toEqual([BatchGetItemCommand.name]);
    expect(owners).toEqual(
      new Map([
        ['k-round-1', dated],
        ['k-round-2', dated],
        ['k-round-3', undated],
      ]),
    );
  });

  it('reads more keys than one BatchGetItem takes in several', async () => {
    const keys = Array.from({ length: 130 }, (_, n) => `k-many-${n}`);
    await index.register(candidate({ articleId: 'u-many' }), keys.slice(0, 1).concat(keys.slice(-1)));
    commands.splice(0);
    const owners = await index.findOwners(keys);
    expect([...owners.keys()]).toEqual(expect.arrayContaining([keys[0], keys[129]]));
    expect(owners.size).toBe(2);
    expect(commands).toEqual([BatchGetItemCommand.name, BatchGetItemCommand.name]);
  });

  it('registers an article again with the same items: a redelivered registration changes nothing', async () => {
    const member = candidate({ articleId: 'u-again', storyId: 'sagain' });
    await index.register(member, ['k-again']);
    const first = await bandItemOf('k-again');
    await index.register(member, ['k-again']);
    expect(await bandItemOf('k-again')).toEqual(first);
  });

  it('leaves one owner per key when two copies of a new story race, and a third copy joins one of their stories', async () => {
    const copy = (articleId: string, fingerprint: string, minute: number) => ({
      articleId,
      fingerprint,
      publishedAt: null,
      firstSeenAt: new Date(Date.UTC(2026, 0, 4, 0, minute)).toISOString(),
      siteHost: `${articleId}.example`,
    });
    const onSiteA = storyFingerprint(siteACopy(BOOK_FAIR_STORY))!;
    const onSiteB = storyFingerprint(siteBCopy(BOOK_FAIR_STORY))!;
    // Both look up before either registers: neither sees the other, as two workers at the same moment.
    const [first, second] = await Promise.all([assignStory(index, copy('u-race-a', onSiteA, 0)), assignStory(index, copy('u-race-b', onSiteB, 0))]);
    expect(first.storyId).not.toBe(second.storyId);
    await Promise.all([first.register(), second.register()]);
    const keys = [...new Set([...storyBandKeys(onSiteA), ...storyBandKeys(onSiteB)])];
    const owners = await index.findOwners(keys);
    expect(owners.size).toBe(keys.length);
    for (const owner of owners.values()) expect(['u-race-a', 'u-race-b']).toContain(owner.articleId);
    const third = await assignStory(index, copy('u-race-c', onSiteA, 5));
    expect([first.storyId, second.storyId]).toContain(third.storyId);
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

describe('DynamoStoryIndex under throttling', () => {
  const tableName = 'articles';
  const ownerItem = (bandKey: string) => ({
    pk: { S: bandPartitionKey(bandKey) },
    sk: { S: BAND_SORT_KEY },
    articleId: { S: `u-${bandKey}` },
    storyId: { S: 'sstory' },
    fingerprint: { S: SYNTHETIC },
    publishedAt: { NULL: true },
    firstSeenAt: { S: '2026-01-01T00:00:00.000Z' },
    siteHost: { S: 'www.site-a.example' },
  });

  it('asks again for the keys and items DynamoDB left unprocessed', async () => {
    const inputs: unknown[] = [];
    const responses = [
      { Responses: { [tableName]: [ownerItem('k1')] }, UnprocessedKeys: { [tableName]: { Keys: [{ pk: { S: bandPartitionKey('k2') }, sk: { S: BAND_SORT_KEY } }] } } },
      { Responses: { [tableName]: [ownerItem('k2')] } },
      { UnprocessedItems: { [tableName]: [{ PutRequest: { Item: ownerItem('k3') } }] } },
      {},
    ];
    const client = { send: async (command: { input: unknown }) => (inputs.push(command.input), responses.shift()) };
    const throttled = new DynamoStoryIndex(client as never, tableName);
    const owners = await throttled.findOwners(['k1', 'k2']);
    expect([...owners].map(([key, owner]) => [key, owner.articleId])).toEqual([
      ['k1', 'u-k1'],
      ['k2', 'u-k2'],
    ]);
    await throttled.register(candidate({ articleId: 'u-k3' }), ['k3', 'k4']);
    expect(inputs).toHaveLength(4);
    expect(inputs[1]).toEqual({ RequestItems: { [tableName]: { Keys: [{ pk: { S: bandPartitionKey('k2') }, sk: { S: BAND_SORT_KEY } }] } } });
    expect(inputs[3]).toEqual({ RequestItems: { [tableName]: [{ PutRequest: { Item: ownerItem('k3') } }] } });
  });

  it('gives up with an error when keys stay unprocessed, so the delivery is retried', async () => {
    const stuck = { UnprocessedKeys: { [tableName]: { Keys: [{ pk: { S: bandPartitionKey('k1') }, sk: { S: BAND_SORT_KEY } }] } } };
    const throttled = new DynamoStoryIndex({ send: async () => stuck } as never, tableName);
    await expect(throttled.findOwners(['k1'])).rejects.toThrow(/1 band keys still unprocessed/);
  });
});
