import { CfnOutput, Duration, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { AccessLogs } from './access-logs';
import { Archive } from './archive';
import { ArticlesTable } from './articles-table';
import { ChangeEvents } from './change-events';
import { Fetching, fetchingSettings, type FetchingSettings } from './fetching';
import { Ingest } from './ingest';
import { Monitoring } from './monitoring';
import { PARSE_SERVICE_NAME, Parsing } from './parsing';

/** The scale and retention knobs of a Gazette deployment; every required one has a default in GAZETTE_DEFAULTS. */
export interface GazetteScaleProps {
  /** SQS messages per parse invocation. */
  readonly parseBatchSize: number;
  /** How long the ingest event source waits to fill a parse batch. */
  readonly parseMaxBatchingWindow: Duration;
  /** Most concurrent parse invocations: the ceiling on parse throughput and on table write rate. */
  readonly parseMaxConcurrency: number;
  readonly parseMemorySize: number;
  readonly parseTimeout: Duration;
  /** Inputs larger than this are quarantined instead of parsed. */
  readonly maxInputBytes: number;
  /** Deliveries of one ingest message before it goes to the ingest DLQ. */
  readonly ingestMaxReceiveCount: number;
  /**
   * How long dropped objects stay in the ingest bucket. Unset (the default) keeps them until the producer
   * deletes them, which withdraws the article; an expired object can no longer be deleted to withdraw it.
   */
  readonly ingestObjectRetention?: Duration;
  /** Stream records per publisher invocation. */
  readonly publishBatchSize: number;
  readonly publishMaxBatchingWindow: Duration;
  readonly publishRetryAttempts: number;
  /** Concurrent publisher invocations per table-stream shard (1-10). */
  readonly publishParallelizationFactor: number;
  readonly publishMemorySize: number;
  readonly publishTimeout: Duration;
  readonly eventBusName: string;
  /** How long the event archive keeps change events for replay. */
  readonly eventArchiveRetention: Duration;
  readonly rawToInfrequentAccessAfter: Duration;
  readonly rawToGlacierInstantRetrievalAfter: Duration;
  readonly archiveNoncurrentVersionExpiration: Duration;
  readonly accessLogRetention: Duration;
  readonly logRetention: logs.RetentionDays;
  /** Quarantined inputs per hour above which the QuarantineGrowth alarm fires. */
  readonly quarantineAlarmPerHour: number;
  readonly iteratorAgeAlarmThreshold: Duration;
  /**
   * RETAIN keeps buckets, table, queues, keys and logs when the stack is deleted; DESTROY suits throwaway stacks
   * (CloudFormation still cannot delete a bucket that holds objects: empty it first).
   */
  readonly removalPolicy: RemovalPolicy;
}

export const GAZETTE_DEFAULTS: GazetteScaleProps = {
  parseBatchSize: 10,
  parseMaxBatchingWindow: Duration.seconds(5),
  parseMaxConcurrency: 10,
  parseMemorySize: 1024,
  parseTimeout: Duration.seconds(60),
  maxInputBytes: 10 * 1024 * 1024,
  ingestMaxReceiveCount: 5,
  // Listed (as unset) so withDefaults picks the prop up: drops are kept until their producer deletes them.
  ingestObjectRetention: undefined,
  publishBatchSize: 100,
  publishMaxBatchingWindow: Duration.seconds(1),
  publishRetryAttempts: 5,
  publishParallelizationFactor: 1,
  publishMemorySize: 256,
  publishTimeout: Duration.seconds(30),
  eventBusName: 'gazette',
  eventArchiveRetention: Duration.days(365),
  rawToInfrequentAccessAfter: Duration.days(30),
  rawToGlacierInstantRetrievalAfter: Duration.days(90),
  archiveNoncurrentVersionExpiration: Duration.days(30),
  accessLogRetention: Duration.days(90),
  logRetention: logs.RetentionDays.ONE_MONTH,
  iteratorAgeAlarmThreshold: Duration.minutes(5),
  quarantineAlarmPerHour: 50,
  removalPolicy: RemovalPolicy.RETAIN,
};

export interface GazetteStackProps extends StackProps, Partial<GazetteScaleProps>, Partial<FetchingSettings> {}

/**
 * The whole pipeline: ingest bucket → queue → parse → archive + articles table → stream → publisher → `gazette`
 * bus, with alarms and a dashboard. Stages are public so later stages (fetching) can attach to them.
 */
export class GazetteStack extends Stack {
  readonly accessLogs: AccessLogs;
  readonly ingest: Ingest;
  readonly archive: Archive;
  readonly articles: ArticlesTable;
  readonly parsing: Parsing;
  readonly changeEvents: ChangeEvents;
  readonly fetching: Fetching;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: GazetteStackProps = {}) {
    super(scope, id, props);
    // Access logs are delivered under a bucket policy rather than the legacy log-delivery ACL, which S3 rejects
    // on owner-enforced buckets. Set on the stack (before any child exists) so every app that builds it agrees.
    this.node.setContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy', true);
    const settings = withDefaults(props);
    const { removalPolicy } = settings;

    this.accessLogs = new AccessLogs(this, 'AccessLogs', { retention: settings.accessLogRetention, removalPolicy });

    this.ingest = new Ingest(this, 'Ingest', {
      objectRetention: settings.ingestObjectRetention,
      maxReceiveCount: settings.ingestMaxReceiveCount,
      // AWS guidance for SQS event sources: six times the function timeout, plus the time a batch may wait.
      visibilityTimeout: Duration.seconds(
        6 * settings.parseTimeout.toSeconds() + settings.parseMaxBatchingWindow.toSeconds(),
      ),
      accessLogsBucket: this.accessLogs.bucket,
      removalPolicy,
    });

    this.archive = new Archive(this, 'Archive', {
      rawToInfrequentAccessAfter: settings.rawToInfrequentAccessAfter,
      rawToGlacierInstantRetrievalAfter: settings.rawToGlacierInstantRetrievalAfter,
      noncurrentVersionExpiration: settings.archiveNoncurrentVersionExpiration,
      accessLogsBucket: this.accessLogs.bucket,
      removalPolicy,
    });

    this.articles = new ArticlesTable(this, 'Articles', { removalPolicy });

    this.parsing = new Parsing(this, 'Parsing', {
      ingest: this.ingest,
      archive: this.archive,
      articles: this.articles,
      batchSize: settings.parseBatchSize,
      maxBatchingWindow: settings.parseMaxBatchingWindow,
      maxConcurrency: settings.parseMaxConcurrency,
      memorySize: settings.parseMemorySize,
      timeout: settings.parseTimeout,
      maxInputBytes: settings.maxInputBytes,
      logRetention: settings.logRetention,
      removalPolicy,
    });

    this.changeEvents = new ChangeEvents(this, 'ChangeEvents', {
      articles: this.articles,
      eventBusName: settings.eventBusName,
      archiveRetention: settings.eventArchiveRetention,
      batchSize: settings.publishBatchSize,
      maxBatchingWindow: settings.publishMaxBatchingWindow,
      retryAttempts: settings.publishRetryAttempts,
      parallelizationFactor: settings.publishParallelizationFactor,
      memorySize: settings.publishMemorySize,
      timeout: settings.publishTimeout,
      logRetention: settings.logRetention,
      removalPolicy,
    });

    this.fetching = new Fetching(this, 'Fetching', {
      ...fetchingSettings(props),
      ingest: this.ingest,
      articles: this.articles,
      logRetention: settings.logRetention,
      removalPolicy,
    });

    this.monitoring = new Monitoring(this, 'Monitoring', {
      dashboardName: `${this.stackName}-pipeline`,
      deadLetterQueues: [
        { label: 'IngestDeadLetterQueue', queue: this.ingest.deadLetterQueue },
        { label: 'PublishFailureQueue', queue: this.changeEvents.failureQueue },
        { label: 'FetchDeadLetterQueue', queue: this.fetching.deadLetterQueue },
      ],
      functions: [
        { label: 'Parse', function: this.parsing.parser.function },
        { label: 'Publish', function: this.changeEvents.publisher.function },
        { label: 'Fetch', function: this.fetching.fetcher.function },
        { label: 'Poll', function: this.fetching.poller.function },
      ],
      streamConsumers: [{ label: 'Publish', function: this.changeEvents.publisher.function }],
      iteratorAgeThreshold: settings.iteratorAgeAlarmThreshold,
      ingestQueue: this.ingest.queue,
      parseServiceName: PARSE_SERVICE_NAME,
      quarantineAlarmPerHour: settings.quarantineAlarmPerHour,
      removalPolicy,
    });

    new CfnOutput(this, 'IngestBucketName', { value: this.ingest.bucket.bucketName });
    new CfnOutput(this, 'ArchiveBucketName', { value: this.archive.bucket.bucketName });
    new CfnOutput(this, 'ArticlesTableName', { value: this.articles.table.tableName });
    new CfnOutput(this, 'EventBusName', { value: this.changeEvents.bus.eventBusName });
    new CfnOutput(this, 'FetchQueueUrl', { value: this.fetching.queue.queueUrl });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.alarmTopic.topicArn });
  }
}

/** The scale knobs of `props`, each falling back to its default when absent or undefined. */
function withDefaults(props: GazetteStackProps): GazetteScaleProps {
  const settings: Record<string, unknown> = { ...GAZETTE_DEFAULTS };
  for (const key of Object.keys(GAZETTE_DEFAULTS) as (keyof GazetteScaleProps)[]) {
    if (props[key] !== undefined) settings[key] = props[key];
  }
  return settings as unknown as GazetteScaleProps;
}
