import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** How long a dead-lettered message waits for someone to look at it: SQS's maximum, so nothing ages out first. */
const DLQ_RETENTION = Duration.days(14);

/**
 * Settings every Gazette queue shares: encrypted at rest with SQS-managed keys, TLS only, and kept as long as a
 * dead letter is, so a message redriven from the DLQ cannot expire before its copy there would have.
 */
export function privateQueueProps(removalPolicy: RemovalPolicy): sqs.QueueProps {
  return {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: DLQ_RETENTION,
    removalPolicy,
  };
}

/** A work queue and its dead-letter queue (construct ids `Queue` and `DeadLetterQueue` under `scope`). */
export function queueWithDeadLetters(
  scope: Construct,
  props: { visibilityTimeout: Duration; maxReceiveCount: number; removalPolicy: RemovalPolicy },
): { queue: sqs.Queue; deadLetterQueue: sqs.Queue } {
  const deadLetterQueue = new sqs.Queue(scope, 'DeadLetterQueue', privateQueueProps(props.removalPolicy));
  const queue = new sqs.Queue(scope, 'Queue', {
    ...privateQueueProps(props.removalPolicy),
    visibilityTimeout: props.visibilityTimeout,
    deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
  });
  return { queue, deadLetterQueue };
}
