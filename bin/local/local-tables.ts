/**
 * Tables of the embedded DynamoDB, created on first start. dynalite answers CreateTable while the table is still
 * CREATING and turns it ACTIVE a moment later, as DynamoDB does; until then every read of it fails with
 * ResourceNotFoundException. A busy machine made the runtime's first scan land in that moment, so creation waits
 * for ACTIVE, as the AWS SDK's table waiter does.
 */
import { type CreateTableCommandInput, CreateTableCommand, DescribeTableCommand, ResourceNotFoundException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

const POLL_INTERVAL_MS = 20;
const MAX_WAIT_MS = 10_000;

export async function ensureActiveTable(client: DynamoDBClient, input: CreateTableCommandInput): Promise<void> {
  if ((await tableStatus(client, input.TableName!)) === null) await client.send(new CreateTableCommand(input));
  const deadline = Date.now() + MAX_WAIT_MS;
  while ((await tableStatus(client, input.TableName!)) !== 'ACTIVE') {
    if (Date.now() > deadline) throw new Error(`table ${input.TableName} did not become ACTIVE within ${MAX_WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

async function tableStatus(client: DynamoDBClient, tableName: string): Promise<string | null> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Table?.TableStatus ?? null;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return null;
    throw error;
  }
}
