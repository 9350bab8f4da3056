import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ENV } from '../lambdas/handlers/environment';
import { Archive } from './archive';
import { ArticlesTable } from './articles-table';
import { GazetteFunction } from './gazette-function';
import { Ingest } from './ingest';

/** Powertools service name of the parse function: its metrics' `service` dimension. */
export const PARSE_SERVICE_NAME = 'parse';

export interface ParsingProps {
  readonly ingest: Ingest;
  readonly archive: Archive;
  readonly articles: ArticlesTable;
  /** SQS messages per invocation (1-10 without a batching window, up to 10,000 with one). */
  readonly batchSize: number;
  /** How long the event source waits to fill a batch. */
  readonly maxBatchingWindow: Duration;
  /** Most parse invocations the SQS event source runs at once (2-1000): the ceiling on table write rate. */
  readonly maxConcurrency: number;
  readonly memorySize: number;
  readonly timeout: Duration;
  /** Inputs larger than this are quarantined instead of parsed. */
  readonly maxInputBytes: number;
  readonly logRetention: logs.RetentionDays;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Stage 2: the parse function drains the ingest queue, archives each input and upserts the article. It owns
 * exactly the grants that work needs.
 */
export class Parsing extends Construct {
  readonly parser: GazetteFunction;

  constructor(scope: Construct, id: string, props: ParsingProps) {
    super(scope, id);

    this.parser = new GazetteFunction(this, 'Parse', {
      entry: 'lambdas/handlers/parse.ts',
      serviceName: PARSE_SERVICE_NAME,
      description: 'Parses dropped article HTML: archives the input and upserts the article',
      memorySize: props.memorySize,
      timeout: props.timeout,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      environment: {
        [ENV.ingestBucket]: props.ingest.bucket.bucketName,
        [ENV.archiveBucket]: props.archive.bucket.bucketName,
        [ENV.articlesTable]: props.articles.table.tableName,
        [ENV.maxInputBytes]: String(props.maxInputBytes),
      },
      runsExtractionEngine: true,
    });

    props.ingest.grantReadDrops(this.parser.role);
    props.archive.grantArchiveWrites(this.parser.role);
    props.articles.grantArticleUpserts(this.parser.role);

    // The event source also grants the function consume rights on exactly this queue.
    this.parser.function.addEventSource(
      new SqsEventSource(props.ingest.queue, {
        batchSize: props.batchSize,
        maxBatchingWindow: props.maxBatchingWindow,
        maxConcurrency: props.maxConcurrency,
        reportBatchItemFailures: true,
      }),
    );
  }
}
