import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { Logger } from '@aws-lambda-powertools/logger';
import { mockClient } from 'aws-sdk-client-mock';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { toLatestItem } from '../../lambdas/adapters/dynamodb/article-item';
import { EventBridgeSink } from '../../lambdas/adapters/eventbridge/eventbridge-sink';
import { createPublishHandler } from '../../lambdas/handlers/publish';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';
import { storedArticle } from '../support/articles';

const stored = (revision: number, body: string, changedFields: string[] = []): StoredArticle => storedArticle(revision, body, { changedFields });

const streamRecord = (sequence: string, previous: StoredArticle | null, current: StoredArticle): DynamoDBRecord => ({
  eventID: sequence,
  eventName: previous ? 'MODIFY' : 'INSERT',
  eventSource: 'aws:dynamodb',
  eventSourceARN: 'arn:aws:dynamodb:eu-west-1:123456789012:table/articles/stream/2026',
  dynamodb: {
    SequenceNumber: sequence,
    NewImage: toLatestItem(current) as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'],
    ...(previous ? { OldImage: toLatestItem(previous) as NonNullable<DynamoDBRecord['dynamodb']>['OldImage'] } : {}),
  },
});

describe('publish handler', () => {
  const eventBridge = mockClient(EventBridgeClient);
  const handler = createPublishHandler({
    sink: new EventBridgeSink(new EventBridgeClient({ region: 'eu-west-1' }), 'gazette'),
    logger: new Logger({ logLevel: 'SILENT' }),
  });
  const context = { awsRequestId: 'test' } as Context;

  beforeEach(() => eventBridge.reset());

  it('puts ArticleCreated and ArticleUpdated on the bus, with changedFields from the item', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: '1' }] });
    const first = stored(1, 'a');
    const second = stored(2, 'b', ['body']);
    const event: DynamoDBStreamEvent = { Records: [streamRecord('1', null, first), streamRecord('2', first, second)] };

    const response = await handler(event, context);

    expect(response.batchItemFailures).toEqual([]);
    const entries = eventBridge.commandCalls(PutEventsCommand).flatMap((call) => call.args[0].input.Entries ?? []);
    expect(entries.map((entry) => [entry.Source, entry.DetailType, entry.EventBusName])).toEqual([
      ['gazette', 'ArticleCreated', 'gazette'],
      ['gazette', 'ArticleUpdated', 'gazette'],
    ]);
    expect(JSON.parse(entries[1].Detail!)).toMatchObject({ schemaVersion: 1, articleId: 'u-story', revision: 2, changedFields: ['body'], contentHash: 'hash:b' });
  });

  it('publishes nothing for a rewrite of the same revision', async () => {
    const first = stored(1, 'a');
    const response = await handler({ Records: [streamRecord('1', first, first)] }, context);
    expect(response.batchItemFailures).toEqual([]);
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('reports the record whose events EventBridge rejected, so the stream retries it alone', async () => {
    eventBridge
      .on(PutEventsCommand)
      .resolvesOnce({ FailedEntryCount: 0, Entries: [{ EventId: '1' }] })
      .resolvesOnce({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'ThrottlingException' }] });
    const event: DynamoDBStreamEvent = {
      Records: [streamRecord('10', null, stored(1, 'a')), streamRecord('11', null, { ...stored(1, 'z'), articleId: 'u-other' })],
    };
    const response = await handler(event, context);
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: '11' }]);
  });
});
