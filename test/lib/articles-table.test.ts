import {
  ARTICLES_TABLE_INDEXES,
  ARTICLES_TABLE_KEYS,
  INDEX_SUMMARY_ATTRIBUTES,
} from '../../lambdas/adapters/dynamodb/articles-table-schema';
import { articlesTableCreateInput } from '../../lambdas/adapters/dynamodb/create-table-input';
import { resourceOf, synthesizeGazette, type SynthesizedGazette } from './synth';

let synthesized: SynthesizedGazette;
let table: Record<string, unknown>;
beforeAll(() => {
  synthesized = synthesizeGazette();
  table = resourceOf(synthesized.template, synthesized.stack.articles.table).Properties;
});

test('is on-demand, AWS-managed encrypted, with point-in-time recovery', () => {
  expect(table).toMatchObject({
    BillingMode: 'PAY_PER_REQUEST',
    SSESpecification: { SSEEnabled: true },
    PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
  });
  expect(table.SSESpecification).not.toHaveProperty('KMSMasterKeyId');
});

test('streams new and old images', () => {
  expect(table.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
});

test('has the key schema of the schema module', () => {
  expect(table.KeySchema).toEqual([
    { AttributeName: ARTICLES_TABLE_KEYS.partitionKey, KeyType: 'HASH' },
    { AttributeName: ARTICLES_TABLE_KEYS.sortKey, KeyType: 'RANGE' },
  ]);
});

test('has exactly the global secondary indexes of the schema module, each projecting only the summary attributes', () => {
  const expected = Object.values(ARTICLES_TABLE_INDEXES).map((index) => ({
    IndexName: index.indexName,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' },
      { AttributeName: index.sortKey, KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...INDEX_SUMMARY_ATTRIBUTES] },
  }));
  expect(table.GlobalSecondaryIndexes).toEqual(expected);
});

test('projects none of the large attributes into the indexes', () => {
  const projected: readonly string[] = INDEX_SUMMARY_ATTRIBUTES;
  for (const large of ['body', 'bodyHtml', 'images', 'bodyDiff', 'extraction', 'description']) expect(projected).not.toContain(large);
});

test('matches the local table built from the same schema: keys, attributes and index projections', () => {
  const local = articlesTableCreateInput('articles');
  expect(table.KeySchema).toEqual(local.KeySchema);
  expect(table.GlobalSecondaryIndexes).toEqual(local.GlobalSecondaryIndexes);
  const byName = (a: { AttributeName?: string }, b: { AttributeName?: string }) => a.AttributeName!.localeCompare(b.AttributeName!);
  expect([...(table.AttributeDefinitions as { AttributeName: string }[])].sort(byName)).toEqual([...local.AttributeDefinitions!].sort(byName));
});

test('declares every key attribute as a string', () => {
  const keyAttributes = [
    ARTICLES_TABLE_KEYS.partitionKey,
    ARTICLES_TABLE_KEYS.sortKey,
    ...Object.values(ARTICLES_TABLE_INDEXES).flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  const definitions = table.AttributeDefinitions as { AttributeName: string; AttributeType: string }[];
  expect(definitions.map((d) => d.AttributeName).sort()).toEqual([...keyAttributes].sort());
  expect(new Set(definitions.map((d) => d.AttributeType))).toEqual(new Set(['S']));
});

test('is retained on stack deletion by default', () => {
  const resources = synthesized.template.toJSON().Resources as Record<string, { Type: string; DeletionPolicy?: string }>;
  const tables = Object.values(resources).filter((r) => r.Type === 'AWS::DynamoDB::Table');
  // The articles table and the fetch-state table.
  expect(tables.map((t) => t.DeletionPolicy)).toEqual(['Retain', 'Retain']);
});
