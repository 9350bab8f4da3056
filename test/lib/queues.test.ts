import { Duration } from 'aws-cdk-lib';
import { logicalIdOf, resourceOf, synthesizeGazette, type SynthesizedGazette } from './synth';

let synthesized: SynthesizedGazette;
beforeAll(() => {
  synthesized = synthesizeGazette();
});

describe('ingest queue', () => {
  test('redrives to its DLQ after five receives', () => {
    const { stack, template } = synthesized;
    expect(resourceOf(template, stack.ingest.queue).Properties).toMatchObject({
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [logicalIdOf(stack.ingest.deadLetterQueue), 'Arn'] },
        maxReceiveCount: 5,
      },
    });
  });

  test('hides a message for six parse timeouts plus the batching window', () => {
    const { stack, template } = synthesized;
    expect(resourceOf(template, stack.ingest.queue).Properties.VisibilityTimeout).toBe(6 * 60 + 5);
  });

  test('redrive count and visibility follow the stack props', () => {
    const custom = synthesizeGazette({ ingestMaxReceiveCount: 3, parseTimeout: Duration.seconds(120) });
    expect(resourceOf(custom.template, custom.stack.ingest.queue).Properties).toMatchObject({
      RedrivePolicy: { maxReceiveCount: 3 },
      VisibilityTimeout: 6 * 120 + 5,
    });
  });
});

describe('every queue', () => {
  test('is encrypted at rest and keeps messages 14 days', () => {
    const queues = synthesized.template.findResources('AWS::SQS::Queue');
    expect(Object.keys(queues)).toHaveLength(5);
    for (const queue of Object.values(queues)) {
      expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    }
  });

  test('denies requests without TLS', () => {
    const { stack, template } = synthesized;
    for (const queue of [stack.ingest.queue, stack.ingest.deadLetterQueue, stack.changeEvents.failureQueue]) {
      const policies = template.findResources('AWS::SQS::QueuePolicy', {
        Properties: { Queues: [{ Ref: logicalIdOf(queue) }] },
      });
      const statements = Object.values(policies).flatMap(
        (policy) => (policy.Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement,
      );
      expect(statements).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  test('lets only the ingest bucket send to the ingest queue', () => {
    const { stack, template } = synthesized;
    const policies = template.findResources('AWS::SQS::QueuePolicy', {
      Properties: { Queues: [{ Ref: logicalIdOf(stack.ingest.queue) }] },
    });
    const statements = Object.values(policies).flatMap(
      (policy) => (policy.Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement,
    );
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Condition: { ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [logicalIdOf(stack.ingest.bucket), 'Arn'] } } },
      }),
    );
  });
});
