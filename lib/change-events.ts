import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ARTICLES_TABLE_KEYS, LATEST_SORT_KEY } from '../lambdas/adapters/dynamodb/articles-table-schema';
import { ENV } from '../lambdas/handlers/environment';
import { EVENT_SOURCE } from '../lambdas/pipeline/events';
import { ArticlesTable } from './articles-table';
import { GazetteFunction } from './gazette-function';
import { privateQueueProps } from './private-queue';

export interface ChangeEventsProps {
  readonly articles: ArticlesTable;
  /** Name of the EventBridge bus consumers subscribe to. */
  readonly eventBusName: string;
  /** How long the bus archive keeps events for replay. */
  readonly archiveRetention: Duration;
  /** Stream records per publisher invocation. */
  readonly batchSize: number;
  readonly maxBatchingWindow: Duration;
  /** Retries of a failing batch (after bisecting) before its records go to the failure queue. */
  readonly retryAttempts: number;
  /** Concurrent publisher invocations per stream shard (1-10). */
  readonly parallelizationFactor: number;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Stage 3: the table stream's latest-item records become ArticleCreated/ArticleUpdated events on the `gazette`
 * bus, which archives them for replay. Records that still fail after retries are described on `failureQueue`.
 */
export class ChangeEvents extends Construct {
  readonly bus: events.EventBus;
  readonly archive: events.Archive;
  readonly publisher: GazetteFunction;
  readonly failureQueue: sqs.Queue;
  readonly streamMapping: lambda.EventSourceMapping;

  constructor(scope: Construct, id: string, props: ChangeEventsProps) {
    super(scope, id);

    this.bus = new events.EventBus(this, 'Bus', { eventBusName: props.eventBusName });
    this.archive = this.bus.archive('Archive', {
      description: 'Every Gazette change event, for replay to new or recovering consumers',
      eventPattern: { source: [EVENT_SOURCE] },
      retention: props.archiveRetention,
    });

    this.publisher = new GazetteFunction(this, 'Publish', {
      entry: 'lambdas/handlers/publish.ts',
      serviceName: 'publish',
      description: 'Publishes article changes from the table stream to the gazette event bus',
      memorySize: props.memorySize,
      timeout: props.timeout,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      environment: { [ENV.eventBusName]: props.eventBusName },
    });
    this.bus.grantPutEventsTo(this.publisher.role);

    // An on-failure destination, not a redrive DLQ: it receives metadata about failed stream batches, which are
    // re-read from the stream (24 h retention) to recover.
    this.failureQueue = new sqs.Queue(this, 'FailureQueue', privateQueueProps(props.removalPolicy));
    Validations.of(this.failureQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter destination of the stream event source; it is alarmed on, not redriven.',
    });

    // A plain event source mapping rather than DynamoEventSource: that one also grants dynamodb:ListStreams on
    // "*", which the poller does not need for a mapping that names its stream ARN.
    props.articles.grantStreamRecordsRead(this.publisher.role);
    this.streamMapping = this.publisher.function.addEventSourceMapping('ArticlesStream', {
      eventSourceArn: props.articles.streamArn,
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: props.batchSize,
      maxBatchingWindow: props.maxBatchingWindow,
      parallelizationFactor: props.parallelizationFactor,
      bisectBatchOnError: true,
      retryAttempts: props.retryAttempts,
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(this.failureQueue),
      // History items (sk `R#...`) are written alongside every latest item; only the latest one is news, and
      // removals have no change event, so neither is worth an invocation.
      filters: [
        lambda.FilterCriteria.filter({
          eventName: lambda.FilterRule.or('INSERT', 'MODIFY'),
          dynamodb: { Keys: { [ARTICLES_TABLE_KEYS.sortKey]: { S: lambda.FilterRule.isEqual(LATEST_SORT_KEY) } } },
        }),
      ],
    });
  }
}
