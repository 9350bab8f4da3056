import { synthesizeGazette } from './synth';

interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource?: unknown;
}

interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
}

let resources: Record<string, Resource>;
let statements: { policy: string; statement: Statement }[];

/** Every statement of every identity policy in the template: policies, managed policies and role inline policies. */
function identityStatements(all: Record<string, Resource>): { policy: string; statement: Statement }[] {
  const found: { policy: string; statement: Statement }[] = [];
  const collect = (policy: string, document: unknown) => {
    for (const statement of (document as { Statement: Statement[] }).Statement) found.push({ policy, statement });
  };
  for (const [id, resource] of Object.entries(all)) {
    if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy') {
      collect(id, resource.Properties!.PolicyDocument);
    }
    if (resource.Type === 'AWS::IAM::Role') {
      for (const inline of (resource.Properties!.Policies as { PolicyDocument: unknown }[] | undefined) ?? []) {
        collect(id, inline.PolicyDocument);
      }
    }
  }
  return found;
}

/** Logical IDs a policy resource refers to through Ref / Fn::GetAtt, at any depth (e.g. inside Fn::Join). */
function referencedLogicalIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencedLogicalIds);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.Ref === 'string') return [record.Ref];
  if (Array.isArray(record['Fn::GetAtt'])) return [record['Fn::GetAtt'][0] as string];
  return Object.values(record).flatMap(referencedLogicalIds);
}

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
const DATA_SERVICES = ['s3', 'dynamodb', 'events', 'sqs', 'sns', 'kms', 'logs'];
const isDataAction = (action: string) => DATA_SERVICES.includes(action.split(':')[0]!);

beforeAll(() => {
  resources = synthesizeGazette().template.toJSON().Resources as Record<string, Resource>;
  statements = identityStatements(resources);
});

test('the walk finds the statements of both function roles', () => {
  expect(new Set(statements.map((s) => s.policy)).size).toBeGreaterThanOrEqual(2);
  expect(statements.length).toBeGreaterThan(8);
});

test('no identity policy allows a data action on "*"', () => {
  const offenders = statements.filter(
    ({ statement }) =>
      statement.Effect === 'Allow' &&
      asArray(statement.Resource).includes('*') &&
      asArray(statement.Action).some(isDataAction),
  );
  expect(offenders).toEqual([]);
});

test('every data action is granted on resources of this stack only', () => {
  for (const { policy, statement } of statements) {
    if (statement.Effect !== 'Allow' || !asArray(statement.Action).some(isDataAction)) continue;
    for (const resource of asArray(statement.Resource)) {
      const targets = referencedLogicalIds(resource).filter((id) => !id.startsWith('AWS::'));
      expect({ policy, resource, ownResource: targets.length > 0 && targets.every((id) => id in resources) }).toEqual({
        policy,
        resource,
        ownResource: true,
      });
    }
  }
});

test('the only actions allowed on "*" are X-Ray trace uploads', () => {
  const onEverything = statements
    .filter(({ statement }) => statement.Effect === 'Allow' && asArray(statement.Resource).includes('*'))
    .flatMap(({ statement }) => asArray(statement.Action));
  expect(new Set(onEverything)).toEqual(new Set(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']));
});

test('no action is a service-wide wildcard', () => {
  const wildcards = statements.flatMap(({ statement }) => asArray(statement.Action)).filter((action) => action.includes('*'));
  expect(wildcards).toEqual([]);
});

test('the publisher reads only its table stream, without ListStreams', () => {
  const publisherPolicy = statements.filter(({ policy }) => policy.startsWith('ChangeEventsPublishRole'));
  const dynamoActions = publisherPolicy.flatMap(({ statement }) => asArray(statement.Action)).filter((a) => a.startsWith('dynamodb:'));
  expect(dynamoActions.sort()).toEqual(['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator']);
});

test('the parse function may get and put items of the base table, singly and in batches, never query, scan, delete or read an index', () => {
  const parsePolicy = statements.filter(({ policy }) => policy.startsWith('ParsingParseRole'));
  const dynamoStatements = parsePolicy.filter(({ statement }) => asArray(statement.Action).some((a) => a.startsWith('dynamodb:')));
  const dynamoActions = dynamoStatements.flatMap(({ statement }) => asArray(statement.Action));
  expect(dynamoActions.sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem']);
  for (const { statement } of dynamoStatements) expect(JSON.stringify(statement.Resource)).not.toContain('/index/');
});

test('the parse function cannot delete or overwrite dropped inputs', () => {
  const parsePolicy = statements.filter(({ policy }) => policy.startsWith('ParsingParseRole'));
  const s3Actions = new Set(parsePolicy.flatMap(({ statement }) => asArray(statement.Action)).filter((a) => a.startsWith('s3:')));
  expect(s3Actions).toEqual(new Set(['s3:GetObject', 's3:ListBucket', 's3:PutObject']));
  const ingestWrites = parsePolicy.filter(
    ({ statement }) =>
      asArray(statement.Action).includes('s3:PutObject') &&
      referencedLogicalIds(statement.Resource).some((id) => id.startsWith('IngestBucket')),
  );
  expect(ingestWrites).toEqual([]);
});
