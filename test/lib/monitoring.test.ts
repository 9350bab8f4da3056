import { Match } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { logicalIdOf, resourceOf, synthesizeGazette, type SynthesizedGazette } from './synth';
import { ingestOutcomeMetric, METRICS_NAMESPACE } from '../../lambdas/handlers/metric-names';
import { PARSE_SERVICE_NAME } from '../../lib/parsing';

let synthesized: SynthesizedGazette;
let alarms: Record<string, unknown>[];
beforeAll(() => {
  synthesized = synthesizeGazette();
  alarms = Object.values(synthesized.template.findResources('AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties);
});

/** Alarms on `metricName` whose only dimension is `dimension` = `value`. */
function alarmsOn(metricName: string, dimension: string, value: unknown): Record<string, unknown>[] {
  return alarms.filter(
    (alarm) =>
      alarm.MetricName === metricName &&
      JSON.stringify(alarm.Dimensions) === JSON.stringify([{ Name: dimension, Value: value }]),
  );
}

const queueName = (queue: Construct) => ({ 'Fn::GetAtt': [logicalIdOf(queue), 'QueueName'] });
const functionName = (fn: Construct) => ({ Ref: logicalIdOf(fn) });

test('alarms as soon as either dead-letter queue holds a message', () => {
  const { stack } = synthesized;
  for (const queue of [stack.ingest.deadLetterQueue, stack.changeEvents.failureQueue]) {
    const depth = alarmsOn('ApproximateNumberOfMessagesVisible', 'QueueName', queueName(queue));
    expect(depth).toHaveLength(1);
    expect(depth[0]).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold', Namespace: 'AWS/SQS' });
  }
});

test('alarms on errors of both functions', () => {
  const { stack } = synthesized;
  for (const fn of [stack.parsing.parser.function, stack.changeEvents.publisher.function]) {
    const errors = alarmsOn('Errors', 'FunctionName', functionName(fn));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ Threshold: 0, Statistic: 'Sum', Namespace: 'AWS/Lambda' });
  }
});

test('alarms when the publisher lags the table stream by more than five minutes', () => {
  const iteratorAge = alarmsOn('IteratorAge', 'FunctionName', functionName(synthesized.stack.changeEvents.publisher.function));
  expect(iteratorAge).toHaveLength(1);
  expect(iteratorAge[0]).toMatchObject({ Threshold: 5 * 60 * 1000, Statistic: 'Maximum', ComparisonOperator: 'GreaterThanThreshold' });
});

test('alarms when more than 50 inputs are quarantined in an hour, on the metric the parse handler emits', () => {
  const growth = alarmsOn(ingestOutcomeMetric('quarantined'), 'service', PARSE_SERVICE_NAME);
  expect(growth).toHaveLength(1);
  expect(growth[0]).toMatchObject({ Namespace: METRICS_NAMESPACE, Statistic: 'Sum', Period: 3600, Threshold: 50, ComparisonOperator: 'GreaterThanThreshold' });
});

test('every alarm notifies the alarm topic', () => {
  const topic = { Ref: logicalIdOf(synthesized.stack.monitoring.alarmTopic) };
  expect(alarms).toHaveLength(9);
  for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([topic]);
});

test('the alarm topic is KMS-encrypted with a rotated key CloudWatch may use, and TLS-only', () => {
  const { stack, template } = synthesized;
  const topic = resourceOf(template, stack.monitoring.alarmTopic).Properties;
  const keyId = (topic.KmsMasterKeyId as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  const key = (template.toJSON().Resources as Record<string, { Properties: Record<string, unknown> }>)[keyId]!.Properties;
  expect(key.EnableKeyRotation).toBe(true);
  expect((key.KeyPolicy as { Statement: unknown[] }).Statement).toContainEqual(
    expect.objectContaining({
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    }),
  );
  template.hasResourceProperties('AWS::SNS::TopicPolicy', {
    Topics: [{ Ref: logicalIdOf(stack.monitoring.alarmTopic) }],
    PolicyDocument: {
      Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })],
    },
  });
});

test('one dashboard charts the backlog, dead letters, stream lag, functions and alarm states', () => {
  const dashboards = Object.values(synthesized.template.findResources('AWS::CloudWatch::Dashboard'));
  expect(dashboards).toHaveLength(1);
  const body = JSON.stringify(dashboards[0]!.Properties.DashboardBody);
  for (const title of ['Ingest backlog', 'Ingest outcomes', 'Dead-letter queues', 'Stream lag (iterator age)', 'Parse function', 'Publish function', 'Alarms']) {
    expect(body).toContain(`"title\\":\\"${title}\\"`);
  }
});
