import { Duration } from 'aws-cdk-lib';
import { ENV } from '../../lambdas/handlers/environment';
import { logicalIdOf, resourceOf, synthesizeGazette, type SynthesizedGazette } from './synth';

let synthesized: SynthesizedGazette;
let parse: Record<string, unknown>;
beforeAll(() => {
  synthesized = synthesizeGazette();
  parse = resourceOf(synthesized.template, synthesized.stack.parsing.parser.function).Properties;
});

test('runs on arm64 Node.js 22 with 1024 MB, active tracing and JSON logs in its own log group', () => {
  const { stack } = synthesized;
  expect(parse).toMatchObject({
    Architectures: ['arm64'],
    Runtime: 'nodejs22.x',
    Handler: 'index.handler',
    MemorySize: 1024,
    Timeout: 60,
    TracingConfig: { Mode: 'Active' },
    LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: logicalIdOf(stack.parsing.parser.logGroup) } },
  });
});

test('gets every handler environment variable it reads, named by the ENV contract', () => {
  const { stack } = synthesized;
  expect((parse.Environment as { Variables: Record<string, unknown> }).Variables).toEqual({
    [ENV.ingestBucket]: { Ref: logicalIdOf(stack.ingest.bucket) },
    [ENV.archiveBucket]: { Ref: logicalIdOf(stack.archive.bucket) },
    [ENV.articlesTable]: { Ref: logicalIdOf(stack.articles.table) },
    [ENV.maxInputBytes]: String(10 * 1024 * 1024),
    POWERTOOLS_SERVICE_NAME: 'parse',
    POWERTOOLS_METRICS_NAMESPACE: 'Gazette',
    NODE_OPTIONS: '--enable-source-maps',
    AWS_LAMBDA_EXEC_WRAPPER: '/var/task/engine-flags.sh',
  });
});

test('keeps its logs for a month', () => {
  const { stack, template } = synthesized;
  expect(resourceOf(template, stack.parsing.parser.logGroup).Properties).toMatchObject({ RetentionInDays: 30 });
});

test('drains the ingest queue in batches, reporting per-message failures', () => {
  const { stack, template } = synthesized;
  template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
    FunctionName: { Ref: logicalIdOf(stack.parsing.parser.function) },
    EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(stack.ingest.queue), 'Arn'] },
    BatchSize: 10,
    MaximumBatchingWindowInSeconds: 5,
    ScalingConfig: { MaximumConcurrency: 10 },
    FunctionResponseTypes: ['ReportBatchItemFailures'],
  });
});

test('scale knobs flow from the stack props to the function and its event source', () => {
  const custom = synthesizeGazette({
    parseBatchSize: 50,
    parseMaxBatchingWindow: Duration.seconds(20),
    parseMaxConcurrency: 40,
    parseMemorySize: 2048,
    parseTimeout: Duration.seconds(90),
    maxInputBytes: 2_000_000,
  });
  const fn = custom.stack.parsing.parser.function;
  expect(resourceOf(custom.template, fn).Properties).toMatchObject({
    MemorySize: 2048,
    Timeout: 90,
    Environment: { Variables: { [ENV.maxInputBytes]: '2000000' } },
  });
  custom.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
    FunctionName: { Ref: logicalIdOf(fn) },
    BatchSize: 50,
    MaximumBatchingWindowInSeconds: 20,
    ScalingConfig: { MaximumConcurrency: 40 },
  });
});
