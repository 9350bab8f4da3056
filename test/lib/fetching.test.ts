import { Duration } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ENV } from '../../lambdas/handlers/environment';
import { logicalIdOf, resourceOf, synthesizeGazette, type SynthesizedGazette } from './synth';

const SOURCES = [
  { type: 'feed' as const, url: 'https://news.example/feed.rss' },
  { type: 'sitemap' as const, url: 'https://news.example/news-sitemap.xml', intervalSeconds: 600 },
];

let synthesized: SynthesizedGazette;
beforeAll(() => {
  synthesized = synthesizeGazette({
    sources: SOURCES,
    fetchAllow: 'intranet.example,10.20.0.0/16',
    userAgent: 'GazetteBot/0.1 (+https://news.example/bot)',
    pollRate: Duration.minutes(10),
    fetchMaxConcurrency: 7,
  });
});

const arn = (construct: Construct) => ({ 'Fn::GetAtt': [logicalIdOf(construct), 'Arn'] });

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

/** The statements of a function role's policy, one `{ action, resource }` per action. */
function grantsOf(role: Construct): { action: string; resource: string }[] {
  const policy = resourceOf(synthesized.template, role.node.findChild('DefaultPolicy'));
  const statements = (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
  return statements.flatMap((statement) =>
    [statement.Action].flat().flatMap((action) => [statement.Resource].flat().map((resource) => ({ action, resource: JSON.stringify(resource) }))),
  );
}

const dataGrants = (role: Construct, service: string) => grantsOf(role).filter((grant) => grant.action.startsWith(`${service}:`));

describe('fetch queue', () => {
  test('redrives to its DLQ after five receives and hides a message for six function timeouts', () => {
    const { stack, template } = synthesized;
    expect(resourceOf(template, stack.fetching.queue).Properties).toMatchObject({
      RedrivePolicy: { deadLetterTargetArn: arn(stack.fetching.deadLetterQueue), maxReceiveCount: 5 },
      VisibilityTimeout: 6 * 180,
    });
  });

  test('both queues are encrypted at rest, keep messages 14 days and deny requests without TLS', () => {
    const { stack, template } = synthesized;
    for (const queue of [stack.fetching.queue, stack.fetching.deadLetterQueue]) {
      expect(resourceOf(template, queue).Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
      const policies = template.findResources('AWS::SQS::QueuePolicy', { Properties: { Queues: [{ Ref: logicalIdOf(queue) }] } });
      const statements = Object.values(policies).flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: unknown[] }).Statement);
      expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    }
  });

  test('feeds the fetch function five URLs at a time, reporting item failures, at the configured concurrency', () => {
    const { stack, template } = synthesized;
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: arn(stack.fetching.queue),
      FunctionName: { Ref: logicalIdOf(stack.fetching.fetcher.function) },
      BatchSize: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 7 },
    });
  });

  test('an alarm fires as soon as its DLQ holds a message', () => {
    const depth = Object.values(synthesized.template.findResources('AWS::CloudWatch::Alarm'))
      .map((alarm) => alarm.Properties)
      .filter((alarm) => JSON.stringify(alarm.Dimensions) === JSON.stringify([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalIdOf(synthesized.stack.fetching.deadLetterQueue), 'QueueName'] } }]));
    expect(depth).toHaveLength(1);
    expect(depth[0]).toMatchObject({ MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
  });
});

describe('fetch-state table', () => {
  test('is on-demand with point-in-time recovery, keyed by pk, and expires items through TTL on expiresAt', () => {
    const { stack, template } = synthesized;
    expect(resourceOf(template, stack.fetching.stateTable).Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      SSESpecification: { SSEEnabled: true },
    });
  });
});

describe('poll schedule', () => {
  test('runs the poll function at the configured rate', () => {
    const { stack, template } = synthesized;
    expect(resourceOf(template, stack.fetching.schedule).Properties).toMatchObject({
      ScheduleExpression: 'rate(10 minutes)',
      State: 'ENABLED',
      Targets: [expect.objectContaining({ Arn: arn(stack.fetching.poller.function), RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 120 } })],
    });
  });

  test('is created disabled, every five minutes, when no sources are configured', () => {
    const bare = synthesizeGazette();
    expect(resourceOf(bare.template, bare.stack.fetching.schedule).Properties).toMatchObject({ ScheduleExpression: 'rate(5 minutes)', State: 'DISABLED' });
  });
});

describe('function environment', () => {
  const variables = (construct: Construct) =>
    (resourceOf(synthesized.template, construct).Properties.Environment as { Variables: Record<string, unknown> }).Variables;

  test('the fetch function gets its buckets, tables, allow-list and user agent', () => {
    const { stack } = synthesized;
    expect(variables(stack.fetching.fetcher.function)).toEqual({
      [ENV.ingestBucket]: { Ref: logicalIdOf(stack.ingest.bucket) },
      [ENV.articlesTable]: { Ref: logicalIdOf(stack.articles.table) },
      [ENV.fetchStateTable]: { Ref: logicalIdOf(stack.fetching.stateTable) },
      [ENV.fetchAllow]: 'intranet.example,10.20.0.0/16',
      [ENV.userAgent]: 'GazetteBot/0.1 (+https://news.example/bot)',
      POWERTOOLS_SERVICE_NAME: 'fetch',
      POWERTOOLS_METRICS_NAMESPACE: 'Gazette',
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  test('the poll function gets the validated sources as JSON, the queue URL and the state table', () => {
    const { stack } = synthesized;
    const env = variables(stack.fetching.poller.function);
    expect(JSON.parse(env[ENV.fetchSources] as string)).toEqual({ sources: SOURCES });
    expect(env).toMatchObject({
      [ENV.fetchQueueUrl]: { Ref: logicalIdOf(stack.fetching.queue) },
      [ENV.fetchStateTable]: { Ref: logicalIdOf(stack.fetching.stateTable) },
      [ENV.userAgent]: 'GazetteBot/0.1 (+https://news.example/bot)',
    });
  });

  test('an empty allow-list is left out rather than set to an empty string', () => {
    const bare = synthesizeGazette();
    const env = (resourceOf(bare.template, bare.stack.fetching.fetcher.function).Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(env).not.toHaveProperty(ENV.fetchAllow);
    expect(env[ENV.userAgent]).toBe('GazetteBot/0.1');
  });

  test('a config that is invalid or too large for a Lambda environment fails the synth', () => {
    expect(() => synthesizeGazette({ sources: [{ type: 'feed', url: 'ftp://news.example/feed' }] })).toThrow(/http or https/);
    expect(() => synthesizeGazette({ fetchAllow: '10.0.0.0/33' })).toThrow(/invalid allow-list entry/);
    const many = Array.from({ length: 60 }, (_, i) => ({ type: 'feed' as const, url: `https://news.example/section-${i}/feed.rss` }));
    expect(() => synthesizeGazette({ sources: many })).toThrow(/environment holds at most/);
  });
});

describe('IAM scope', () => {
  test('the fetch role writes only under fetched/ of the ingest bucket, and reads nothing from S3', () => {
    const { stack } = synthesized;
    expect(dataGrants(stack.fetching.fetcher.role, 's3')).toEqual([
      { action: 's3:PutObject', resource: JSON.stringify({ 'Fn::Join': ['', [arn(stack.ingest.bucket), '/fetched/*']] }) },
    ]);
  });

  test('the fetch role gets and puts items of its state table and the articles table, nothing else in DynamoDB', () => {
    const { stack } = synthesized;
    const grants = dataGrants(stack.fetching.fetcher.role, 'dynamodb');
    const onTable = (table: Construct) => grants.filter((g) => g.resource === JSON.stringify(arn(table))).map((g) => g.action).sort();
    expect(onTable(stack.fetching.stateTable)).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem']);
    expect(onTable(stack.articles.table)).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem']);
    expect(grants).toHaveLength(4);
  });

  test('the fetch role consumes only the fetch queue', () => {
    const { stack } = synthesized;
    const grants = dataGrants(stack.fetching.fetcher.role, 'sqs');
    expect(grants.length).toBeGreaterThan(0);
    for (const grant of grants) expect(grant.resource).toBe(JSON.stringify(arn(stack.fetching.queue)));
    expect(grants.map((g) => g.action)).not.toContain('sqs:SendMessage');
  });

  test('the poll role sends only to the fetch queue, uses only its state table, and touches no bucket or article', () => {
    const { stack } = synthesized;
    const role = stack.fetching.poller.role;
    expect(dataGrants(role, 'sqs')).toEqual([{ action: 'sqs:SendMessage', resource: JSON.stringify(arn(stack.fetching.queue)) }]);
    const dynamo = dataGrants(role, 'dynamodb');
    expect(dynamo.map((g) => g.action).sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem']);
    for (const grant of dynamo) expect(grant.resource).toBe(JSON.stringify(arn(stack.fetching.stateTable)));
    expect(dataGrants(role, 's3')).toEqual([]);
  });
});
