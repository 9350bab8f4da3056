import { CreateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { createDynamoDbClient } from '../../lambdas/adapters/aws-clients';
import { fetchStateTableCreateInput } from '../../lambdas/adapters/dynamodb/fetch-state-create-table-input';

/** dynalite in memory on a random loopback port, with the fetch-state table created from the shared schema. */
export async function startFetchStateDynamoDb(
  tableName = 'fetch-state',
): Promise<{ client: DynamoDBClient; tableName: string; stop(): Promise<void> }> {
  const server = dynalite({ createTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const client = createDynamoDbClient({ dynamodb: `http://127.0.0.1:${port}`, region: 'us-east-1' });
  await client.send(new CreateTableCommand(fetchStateTableCreateInput(tableName)));
  return {
    client,
    tableName,
    async stop() {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
