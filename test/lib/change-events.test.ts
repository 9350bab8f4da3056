import { EVENT_SOURCE } from '../../lambdas/pipeline/events';
import { ENV } from '../../lambdas/handlers/environment';
import { logicalIdOf, resourceOf, synthesizeGazette, type SynthesizedGazette } from './synth';

let synthesized: SynthesizedGazette;
beforeAll(() => {
  synthesized = synthesizeGazette();
});

test('creates the event bus named gazette', () => {
  const { stack, template } = synthesized;
  expect(resourceOf(template, stack.changeEvents.bus).Properties).toMatchObject({ Name: 'gazette' });
});

test('archives every gazette event on the bus for replay, for a year', () => {
  const { stack, template } = synthesized;
  template.hasResourceProperties('AWS::Events::Archive', {
    SourceArn: { 'Fn::GetAtt': [logicalIdOf(stack.changeEvents.bus), 'Arn'] },
    EventPattern: { source: [EVENT_SOURCE] },
    RetentionDays: 365,
  });
});

test('the bus name is a stack prop', () => {
  const custom = synthesizeGazette({ eventBusName: 'gazette-staging' });
  const publisher = resourceOf(custom.template, custom.stack.changeEvents.publisher.function).Properties;
  expect(resourceOf(custom.template, custom.stack.changeEvents.bus).Properties).toMatchObject({ Name: 'gazette-staging' });
  expect(publisher).toMatchObject({ Environment: { Variables: { [ENV.eventBusName]: 'gazette-staging' } } });
});

test('the publisher runs on arm64 with tracing and knows the bus', () => {
  const { stack, template } = synthesized;
  expect(resourceOf(template, stack.changeEvents.publisher.function).Properties).toMatchObject({
    Architectures: ['arm64'],
    TracingConfig: { Mode: 'Active' },
    Environment: {
      Variables: {
        [ENV.eventBusName]: 'gazette',
        POWERTOOLS_SERVICE_NAME: 'publish',
        POWERTOOLS_METRICS_NAMESPACE: 'Gazette',
      },
    },
  });
});

describe('table stream event source', () => {
  let mapping: Record<string, unknown>;
  beforeAll(() => {
    const { stack, template } = synthesized;
    const mappings = template.findResources('AWS::Lambda::EventSourceMapping', {
      Properties: { FunctionName: { Ref: logicalIdOf(stack.changeEvents.publisher.function) } },
    });
    expect(Object.keys(mappings)).toHaveLength(1);
    mapping = Object.values(mappings)[0]!.Properties;
  });

  test('reads the articles table stream from the oldest record', () => {
    expect(mapping).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(synthesized.stack.articles.table), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
    });
  });

  test('only delivers inserts and modifications of LATEST items', () => {
    const filters = (mapping.FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(filters.map((filter) => JSON.parse(filter.Pattern))).toEqual([
      { eventName: ['INSERT', 'MODIFY'], dynamodb: { Keys: { sk: { S: ['LATEST'] } } } },
    ]);
  });

  test('bisects failing batches, retries a bounded number of times, then sends them to the failure queue', () => {
    expect(mapping).toMatchObject({
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [logicalIdOf(synthesized.stack.changeEvents.failureQueue), 'Arn'] } },
      },
    });
  });
});
