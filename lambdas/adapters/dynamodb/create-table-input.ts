import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { ARTICLES_TABLE_INDEXES, ARTICLES_TABLE_KEYS, INDEX_SUMMARY_ATTRIBUTES } from './articles-table-schema';

/** CreateTable input for the articles table, built from the same schema module the CDK construct uses. */
export function articlesTableCreateInput(tableName: string): CreateTableCommandInput {
  const indexes = Object.values(ARTICLES_TABLE_INDEXES);
  const attributeNames = new Set<string>([
    ARTICLES_TABLE_KEYS.partitionKey,
    ARTICLES_TABLE_KEYS.sortKey,
    ...indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ]);
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributeNames].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: ARTICLES_TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: ARTICLES_TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: indexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...INDEX_SUMMARY_ATTRIBUTES] },
    })),
  };
}
