/**
 * Publisher Lambda: DynamoDB stream records of the latest items → ArticleCreated / ArticleUpdated on the bus.
 * The event source mapping filters to `sk = LATEST`; history items never reach this code.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { createEventBridgeClient } from '../adapters/aws-clients';
import { fromItem } from '../adapters/dynamodb/article-item';
import { EventBridgeSink } from '../adapters/eventbridge/eventbridge-sink';
import { publishChanges } from '../pipeline/change-events';
import type { EventSink } from '../pipeline/ports';
import { ENV, requireEnv } from './environment';
import { traced, tracerWhenActive, type Annotator } from './tracing';

export interface PublishHandlerDeps {
  sink: EventSink;
  logger: Logger;
  /** X-Ray annotations per event; absent when not tracing. */
  tracer?: Annotator;
}

export function createPublishHandler(deps: PublishHandlerDeps) {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);

  const processRecord = async (record: DynamoDBRecord): Promise<void> => {
    const newImage = record.dynamodb?.NewImage;
    if (!newImage) return;
    const oldImage = record.dynamodb?.OldImage;
    // The stream's AttributeValue type (aws-lambda) and the SDK's describe the same wire format.
    const current = fromItem(newImage as Record<string, AttributeValue>);
    const previous = oldImage ? fromItem(oldImage as Record<string, AttributeValue>) : null;
    const events = await publishChanges([{ previous, current }], deps.sink);
    for (const event of events) {
      deps.tracer?.putAnnotation('articleId', event.detail.articleId);
      deps.logger.info('change published', { detailType: event.detailType, articleId: event.detail.articleId, revision: event.detail.revision });
    }
  };

  return (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> =>
    processPartialResponse(event, processRecord, processor, { context });
}

let configured: Promise<ReturnType<typeof createPublishHandler>> | undefined;

export const handler = async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> =>
  (await (configured ??= publishHandlerFromEnvironment()))(event, context);

async function publishHandlerFromEnvironment() {
  const tracer = await tracerWhenActive();
  return createPublishHandler({
    sink: new EventBridgeSink(traced(tracer, createEventBridgeClient()), requireEnv(ENV.eventBusName)),
    logger: new Logger(),
    ...(tracer ? { tracer } : {}),
  });
}
