import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { wildcardResourceFinding } from './nag-findings';
import { privateBucketProps } from './private-bucket';
import { queueWithDeadLetters } from './private-queue';

export interface IngestProps {
  /**
   * How long a dropped object stays in the ingest bucket. Unset keeps objects until a producer deletes them,
   * which is what withdraws the article; an expired object can no longer be deleted to withdraw its article.
   * When set, keep it longer than the DLQ retention so a redriven message still finds its object.
   */
  readonly objectRetention?: Duration;
  /** Deliveries of one message before it moves to the DLQ. */
  readonly maxReceiveCount: number;
  /** Must cover a whole parse batch: AWS recommends six times the function timeout plus the batching window. */
  readonly visibilityTimeout: Duration;
  readonly accessLogsBucket: s3.IBucket;
  readonly removalPolicy: RemovalPolicy;
}

/**
 * Stage 1: producers drop article HTML into `bucket` (and delete an object to withdraw its article); every
 * ObjectCreated and ObjectRemoved event lands on `queue`, and messages that keep failing move to
 * `deadLetterQueue`.
 */
export class Ingest extends Construct {
  readonly bucket: s3.Bucket;
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: IngestProps) {
    super(scope, id);

    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...privateBucketProps(props.removalPolicy),
      serverAccessLogsBucket: props.accessLogsBucket,
      serverAccessLogsPrefix: 'ingest/',
      lifecycleRules: [
        {
          id: props.objectRetention ? 'expire-drops' : 'abort-incomplete-uploads',
          expiration: props.objectRetention,
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });

    ({ queue: this.queue, deadLetterQueue: this.deadLetterQueue } = queueWithDeadLetters(this, props));

    // ObjectRemoved covers producers' deletes only: lifecycle expirations are separate (LifecycleExpiration) events.
    const toQueue = new s3n.SqsDestination(this.queue);
    this.bucket.addEventNotification(s3.EventType.OBJECT_CREATED, toQueue);
    this.bucket.addEventNotification(s3.EventType.OBJECT_REMOVED, toQueue);
    acknowledgeNotificationsHandler(Stack.of(this));
  }

  /** Lets `role` read dropped objects; it cannot write or delete them. */
  grantReadDrops(role: iam.Role): void {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [this.bucket.arnForObjects('*')] }),
    );
    role.addToPrincipalPolicy(
      // Lets a GetObject on a key deleted since the notification answer 404 (skipped) rather than 403 (retried).
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
    );
    Validations.of(role).acknowledge({
      id: wildcardResourceFinding(this.bucket, '/*'),
      reason: 'Object keys are chosen by producers, so reading a dropped object needs every key of the ingest bucket.',
    });
  }
}

/**
 * `addEventNotification` is implemented by a CDK-owned, stack-wide custom resource whose role is not
 * configurable, so its finding is acknowledged on that handler alone.
 */
function acknowledgeNotificationsHandler(stack: Stack): void {
  const handler = stack.node.children.find((child) => child.node.id.startsWith('BucketNotificationsHandler'));
  if (!handler) throw new Error('expected the CDK bucket-notifications handler after addEventNotification');
  Validations.of(handler).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason: 'CDK-owned deploy-time handler that configures bucket notifications; CDK creates its role with this policy.',
  });
}
