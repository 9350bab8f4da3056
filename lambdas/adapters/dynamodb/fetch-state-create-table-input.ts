import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { FETCH_STATE_TABLE_KEYS } from './fetch-state-table-schema';

/** CreateTable input for the fetch-state table, built from the same schema module the CDK construct uses. */
export function fetchStateTableCreateInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: FETCH_STATE_TABLE_KEYS.partitionKey, AttributeType: 'S' }],
    KeySchema: [{ AttributeName: FETCH_STATE_TABLE_KEYS.partitionKey, KeyType: 'HASH' }],
  };
}
