import type { CreateTableCommandInput, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { createDynamoDbClient } from '../../lambdas/adapters/aws-clients';
import { articlesTableCreateInput } from '../../lambdas/adapters/dynamodb/create-table-input';
import { fetchStateTableCreateInput } from '../../lambdas/adapters/dynamodb/fetch-state-create-table-input';
import { ensureActiveTable } from '../../bin/local/local-tables';

export interface EmbeddedDynamoDb {
  client: DynamoDBClient;
  tableName: string;
  stop(): Promise<void>;
}

/** dynalite in memory on a random loopback port, with one table created from the input the production code uses. */
async function startWithTable(createInput: CreateTableCommandInput): Promise<EmbeddedDynamoDb> {
  const server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const client = createDynamoDbClient({ dynamodb: `http://127.0.0.1:${port}`, region: 'us-east-1' });
  await ensureActiveTable(client, createInput);
  return {
    client,
    tableName: createInput.TableName!,
    async stop() {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The articles table, from the schema module the CDK construct and the local runtime share. */
export function startEmbeddedDynamoDb(tableName = 'articles'): Promise<EmbeddedDynamoDb> {
  return startWithTable(articlesTableCreateInput(tableName));
}

/** The fetch-state table, from its shared schema module. */
export function startFetchStateDynamoDb(tableName = 'fetch-state'): Promise<EmbeddedDynamoDb> {
  return startWithTable(fetchStateTableCreateInput(tableName));
}
