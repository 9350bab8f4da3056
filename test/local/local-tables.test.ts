import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DescribeTableCommand, ResourceNotFoundException, ScanCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { createDynamoDbClient } from '../../lambdas/adapters/aws-clients';
import { articlesTableCreateInput } from '../../lambdas/adapters/dynamodb/create-table-input';
import { ensureActiveTable } from '../../bin/local/local-tables';

describe('ensureActiveTable', () => {
  // A slow table creation stands in for a busy machine: dynalite keeps the table CREATING this long.
  const CREATE_TABLE_MS = 300;
  let server: ReturnType<typeof dynalite>;
  let client: DynamoDBClient;

  beforeEach(async () => {
    server = dynalite({ createTableMs: CREATE_TABLE_MS });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    client = createDynamoDbClient({ dynamodb: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, region: 'us-east-1' });
  });

  afterEach(async () => {
    client.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('shows the hazard it guards against: a table read right after CreateTable is not found yet', async () => {
    await client.send(new CreateTableCommand(articlesTableCreateInput('articles')));
    await expect(client.send(new ScanCommand({ TableName: 'articles' }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('returns only once a new table is ACTIVE, so the first read succeeds', async () => {
    await ensureActiveTable(client, articlesTableCreateInput('articles'));
    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'articles' }));
    expect(Table?.TableStatus).toBe('ACTIVE');
    await expect(client.send(new ScanCommand({ TableName: 'articles' }))).resolves.toMatchObject({ Count: 0 });
  });

  it('leaves an existing table as it is', async () => {
    await ensureActiveTable(client, articlesTableCreateInput('articles'));
    await ensureActiveTable(client, articlesTableCreateInput('articles'));
    const { Table } = await client.send(new DescribeTableCommand({ TableName: 'articles' }));
    expect(Table?.TableStatus).toBe('ACTIVE');
  });
});
