import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ingestOutcomeMetric, METRICS_NAMESPACE } from '../lambdas/handlers/metric-names';
import type { IngestOutcome } from '../lambdas/pipeline/ingest-page';

/** A queue whose every message is a failure someone has to look at. */
export interface WatchedDeadLetterQueue {
  readonly label: string;
  readonly queue: sqs.IQueue;
}

export interface WatchedFunction {
  readonly label: string;
  readonly function: lambda.IFunction;
}

export interface MonitoringProps {
  readonly dashboardName: string;
  readonly deadLetterQueues: readonly WatchedDeadLetterQueue[];
  readonly functions: readonly WatchedFunction[];
  /** Stream-triggered functions: their iterator age says how far change events lag behind table writes. */
  readonly streamConsumers: readonly WatchedFunction[];
  /** Iterator age above which change events count as late. */
  readonly iteratorAgeThreshold: Duration;
  /** The ingest queue, charted so a growing backlog is visible before anything fails. */
  readonly ingestQueue: sqs.IQueue;
  /** The Powertools service name of the parse function, the dimension of its outcome metrics. */
  readonly parseServiceName: string;
  /**
   * Inputs quarantined in one hour above which someone should look: a few pages without an article are normal,
   * a surge means a producer or a site changed (binary uploads, a new template the extractor cannot read).
   */
  readonly quarantineAlarmPerHour: number;
  readonly removalPolicy: RemovalPolicy;
}

const ALARM_PERIOD = Duration.minutes(5);

/** Alarms on every failure path of the pipeline, an encrypted topic they notify, and one dashboard. */
export class Monitoring extends Construct {
  readonly alarmTopic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);

    // A customer-managed key because CloudWatch alarms cannot publish to a topic under the AWS-managed SNS key.
    const topicKey = new kms.Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the Gazette alarm topic; CloudWatch alarms may use it to publish',
      enableKeyRotation: true,
      removalPolicy: props.removalPolicy,
    });
    topicKey.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', { masterKey: topicKey, enforceSSL: true });
    const notify = new SnsAction(this.alarmTopic);

    const addAlarm = (alarmId: string, props: cloudwatch.AlarmProps): cloudwatch.Alarm => {
      const alarm = new cloudwatch.Alarm(this, alarmId, props);
      alarm.addAlarmAction(notify);
      this.alarms.push(alarm);
      return alarm;
    };

    for (const { label, queue } of props.deadLetterQueues) {
      addAlarm(`${label}Depth`, {
        alarmDescription: `${label} holds messages that failed every retry; inspect, fix, then redrive.`,
        metric: queue.metricApproximateNumberOfMessagesVisible({ period: ALARM_PERIOD, statistic: 'Maximum' }),
        threshold: 0,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }
    for (const watched of props.functions) {
      addAlarm(`${watched.label}Errors`, {
        alarmDescription: `The ${watched.label} function failed invocations (crashes or timeouts, not per-item failures).`,
        metric: watched.function.metricErrors({ period: ALARM_PERIOD, statistic: 'Sum' }),
        threshold: 0,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }
    for (const watched of props.streamConsumers) {
      addAlarm(`${watched.label}IteratorAge`, {
        alarmDescription: `Change events from ${watched.label} lag table writes by more than ${props.iteratorAgeThreshold.toHumanString()}.`,
        metric: iteratorAge(watched.function),
        threshold: props.iteratorAgeThreshold.toMilliseconds(),
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 3,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }

    const outcome = (name: IngestOutcome['outcome'], period: Duration, label?: string) =>
      new cloudwatch.Metric({
        namespace: METRICS_NAMESPACE,
        metricName: ingestOutcomeMetric(name),
        dimensionsMap: { service: props.parseServiceName },
        statistic: 'Sum',
        period,
        label,
      });
    addAlarm('QuarantineGrowth', {
      alarmDescription: `More than ${props.quarantineAlarmPerHour} inputs quarantined in an hour; list them with their reasons under quarantine/ in the archive bucket.`,
      metric: outcome('quarantined', Duration.hours(1)),
      threshold: props.quarantineAlarmPerHour,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      defaultInterval: Duration.hours(6),
    });
    this.dashboard.addWidgets(
      new cloudwatch.GraphWidget({
        title: 'Ingest backlog',
        left: [props.ingestQueue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum' })],
        right: [props.ingestQueue.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum' })],
      }),
      new cloudwatch.GraphWidget({
        title: 'Dead-letter queues',
        left: props.deadLetterQueues.map(({ label, queue }) =>
          queue.metricApproximateNumberOfMessagesVisible({ label, statistic: 'Maximum' }),
        ),
      }),
      new cloudwatch.GraphWidget({
        title: 'Ingest outcomes',
        left: (['created', 'updated', 'unchanged', 'stale', 'quarantined'] as const).map((name) => outcome(name, Duration.minutes(5), name)),
      }),
      new cloudwatch.GraphWidget({
        title: 'Stream lag (iterator age)',
        left: props.streamConsumers.map((watched) => iteratorAge(watched.function, watched.label)),
      }),
    );
    this.dashboard.addWidgets(
      ...props.functions.map(
        (watched) =>
          new cloudwatch.GraphWidget({
            title: `${watched.label} function`,
            left: [
              watched.function.metricInvocations({ statistic: 'Sum' }),
              watched.function.metricErrors({ statistic: 'Sum' }),
              watched.function.metricThrottles({ statistic: 'Sum' }),
            ],
            right: [watched.function.metricDuration({ statistic: 'p99' })],
          }),
      ),
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms }),
    );
  }
}

function iteratorAge(fn: lambda.IFunction, label?: string): cloudwatch.Metric {
  return fn.metric('IteratorAge', { period: ALARM_PERIOD, statistic: 'Maximum', label });
}
