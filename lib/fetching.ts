import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { FETCH_STATE_TABLE_KEYS, FETCH_STATE_TTL_ATTRIBUTE } from '../lambdas/adapters/dynamodb/fetch-state-table-schema';
import { parseAllowList } from '../lambdas/fetch/address-policy';
import { DEFAULT_USER_AGENT } from '../lambdas/fetch/http-fetch';
import { loadSourcesConfig, type SourceConfig } from '../lambdas/fetch/poll-sources';
import { ENV } from '../lambdas/handlers/environment';
import { ArticlesTable } from './articles-table';
import { GazetteFunction } from './gazette-function';
import { Ingest } from './ingest';
import { wildcardResourceFinding } from './nag-findings';
import { queueWithDeadLetters } from './private-queue';

/** What a deployment configures about fetching; every field has a default in FETCHING_DEFAULTS. */
export interface FetchingSettings {
  /** Feeds and sitemaps the poller reads. With none, the schedule is created disabled. */
  readonly sources: readonly SourceConfig[];
  /** SSRF allow-list (`GAZETTE_FETCH_ALLOW` syntax): hosts, IPs or CIDRs that may be fetched although private. */
  readonly fetchAllow: string;
  /** Sent with every request; operators should add a contact URL, e.g. `GazetteBot/0.1 (+https://news.example/bot)`. */
  readonly userAgent: string;
  /** How often the poller runs; each source is still polled no more often than its own interval. */
  readonly pollRate: Duration;
  /** Most fetch invocations at once (2-1000): with per-process politeness, the ceiling on load per host. */
  readonly fetchMaxConcurrency: number;
}

export const FETCHING_DEFAULTS: FetchingSettings = {
  sources: [],
  fetchAllow: '',
  userAgent: DEFAULT_USER_AGENT,
  pollRate: Duration.minutes(5),
  fetchMaxConcurrency: 5,
};

/** URLs per fetch invocation: same-host URLs wait for each other (1 s apart at least), so batches stay small. */
const FETCH_BATCH_SIZE = 5;
/** Five URLs, each bounded at 30 s of network time plus politeness waits, with room to spare. */
const FETCH_TIMEOUT = Duration.minutes(3);
const POLL_TIMEOUT = Duration.minutes(5);
const FETCH_MAX_RECEIVE_COUNT = 5;
/** Lambda allows 4 KB of environment in total; the sources config shares it with the other variables. */
const MAX_SOURCES_ENV_BYTES = 3_000;

export interface FetchingProps extends FetchingSettings {
  readonly ingest: Ingest;
  readonly articles: ArticlesTable;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Stage 0: Gazette's own producer. On a schedule the poller reads the configured feeds and sitemaps and sends new
 * article URLs to `queue` (which also takes URLs from anyone with send rights); the fetcher drains it, writing each
 * page into the ingest bucket under `fetched/`, where parsing takes it like any upload. Both share `stateTable`
 * (validators, seen marks, robots.txt verdicts; items expire through TTL on `expiresAt`).
 */
export class Fetching extends Construct {
  readonly stateTable: dynamodb.Table;
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly fetcher: GazetteFunction;
  readonly poller: GazetteFunction;
  readonly schedule: events.Rule;

  constructor(scope: Construct, id: string, props: FetchingProps) {
    super(scope, id);
    // Validated here as well as in bin/app.ts, so a stack built in code fails at synth, not at the first poll.
    parseAllowList(props.fetchAllow);
    const sourcesJson = JSON.stringify(loadSourcesConfig(JSON.stringify({ sources: props.sources })));
    if (Buffer.byteLength(sourcesJson) > MAX_SOURCES_ENV_BYTES) {
      throw new Error(`the sources config is ${Buffer.byteLength(sourcesJson)} bytes; the poll function's environment holds at most ${MAX_SOURCES_ENV_BYTES}`);
    }

    this.stateTable = new dynamodb.Table(this, 'StateTable', {
      partitionKey: { name: FETCH_STATE_TABLE_KEYS.partitionKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: FETCH_STATE_TTL_ATTRIBUTE,
      removalPolicy: props.removalPolicy,
    });

    ({ queue: this.queue, deadLetterQueue: this.deadLetterQueue } = queueWithDeadLetters(this, {
      // AWS guidance for SQS event sources: six times the function timeout.
      visibilityTimeout: Duration.seconds(6 * FETCH_TIMEOUT.toSeconds()),
      maxReceiveCount: FETCH_MAX_RECEIVE_COUNT,
      removalPolicy: props.removalPolicy,
    }));

    const fetchEnvironment = {
      [ENV.fetchStateTable]: this.stateTable.tableName,
      ...(props.fetchAllow ? { [ENV.fetchAllow]: props.fetchAllow } : {}),
      [ENV.userAgent]: props.userAgent,
    };

    this.fetcher = new GazetteFunction(this, 'Fetch', {
      entry: 'lambdas/handlers/fetch.ts',
      serviceName: 'fetch',
      description: 'Fetches article URLs from the fetch queue into the ingest bucket; withdraws pages that are gone',
      memorySize: 512,
      timeout: FETCH_TIMEOUT,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      environment: {
        ...fetchEnvironment,
        [ENV.ingestBucket]: props.ingest.bucket.bucketName,
        [ENV.articlesTable]: props.articles.table.tableName,
      },
    });
    this.fetcher.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [props.ingest.bucket.arnForObjects('fetched/*')] }),
    );
    Validations.of(this.fetcher.role).acknowledge({
      id: wildcardResourceFinding(props.ingest.bucket, '/fetched/*'),
      reason: 'Fetched pages are keyed by host and URL digest under fetched/, so the fetcher writes any key below that prefix and nowhere else.',
    });
    this.grantItems(this.fetcher.role, this.stateTable, ['dynamodb:GetItem', 'dynamodb:PutItem']);
    // Withdrawing a gone page: read its source link and latest item, rewrite the latest item conditionally.
    this.grantItems(this.fetcher.role, props.articles.table, ['dynamodb:GetItem', 'dynamodb:PutItem']);
    this.fetcher.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: FETCH_BATCH_SIZE,
        maxConcurrency: props.fetchMaxConcurrency,
        reportBatchItemFailures: true,
      }),
    );

    this.poller = new GazetteFunction(this, 'Poll', {
      entry: 'lambdas/handlers/poll.ts',
      serviceName: 'poll',
      description: 'Polls the configured feeds and sitemaps and sends new article URLs to the fetch queue',
      memorySize: 512,
      timeout: POLL_TIMEOUT,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      environment: {
        ...fetchEnvironment,
        [ENV.fetchQueueUrl]: this.queue.queueUrl,
        [ENV.fetchSources]: sourcesJson,
      },
    });
    this.poller.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.queue.queueArn] }),
    );
    this.grantItems(this.poller.role, this.stateTable, [
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:BatchGetItem',
      'dynamodb:BatchWriteItem',
    ]);

    this.schedule = new events.Rule(this, 'Schedule', {
      description: 'Runs the Gazette poller',
      schedule: events.Schedule.rate(props.pollRate),
      enabled: props.sources.length > 0,
      // A missed run is simply made up by the next one, so failed deliveries are not retried for long.
      targets: [new targets.LambdaFunction(this.poller.function, { retryAttempts: 2, maxEventAge: Duration.minutes(2) })],
    });
  }

  private grantItems(role: iam.Role, table: dynamodb.ITable, actions: string[]): void {
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions, resources: [table.tableArn] }));
  }
}

/** `settings` with every absent or undefined field taken from FETCHING_DEFAULTS. */
export function fetchingSettings(settings: Partial<FetchingSettings>): FetchingSettings {
  return {
    sources: settings.sources ?? FETCHING_DEFAULTS.sources,
    fetchAllow: settings.fetchAllow ?? FETCHING_DEFAULTS.fetchAllow,
    userAgent: settings.userAgent ?? FETCHING_DEFAULTS.userAgent,
    pollRate: settings.pollRate ?? FETCHING_DEFAULTS.pollRate,
    fetchMaxConcurrency: settings.fetchMaxConcurrency ?? FETCHING_DEFAULTS.fetchMaxConcurrency,
  };
}
