import { PutObjectCommand, DeleteObjectCommand } from '@aws-sdk/client-s3';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import path from 'node:path';
import { createDynamoDbClient, createS3Client } from '../../lambdas/adapters/aws-clients';
import { startEmbeddedServices, type EmbeddedServices, type S3rverRecord } from '../../bin/local/embedded-services';
import { makeTempDir } from '../support/temp-dir';

/** s3rver and dynalite on their own thread, reached over loopback as the runtime reaches them. */
describe('embedded services', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let services: EmbeddedServices;
  const received: S3rverRecord[] = [];

  beforeAll(async () => {
    temp = await makeTempDir('services');
    services = await startEmbeddedServices({ dataDir: path.join(temp.dir, 'data'), s3Port: 0, dynamoDbPort: 0, buckets: ['ingest'] });
    services.onS3Event((records) => received.push(...records));
  });

  afterAll(async () => {
    await services.close();
    await temp.remove();
  });

  it('has taken the object event of every PUT and DELETE by the time the request is answered', async () => {
    const s3 = createS3Client({ s3: services.s3Endpoint, region: 'us-east-1' });
    try {
      const keys = Array.from({ length: 20 }, (_, index) => `page-${index}.html`);
      for (const key of keys) {
        await s3.send(new PutObjectCommand({ Bucket: 'ingest', Key: key, Body: `<p>${key}</p>` }));
        expect(received.at(-1)).toMatchObject({ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'ingest' }, object: { key } } });
      }
      await s3.send(new DeleteObjectCommand({ Bucket: 'ingest', Key: keys[0] }));
      expect(received.at(-1)).toMatchObject({ eventName: 'ObjectRemoved:Delete', s3: { object: { key: keys[0] } } });
      expect(received).toHaveLength(keys.length + 1);
    } finally {
      s3.destroy();
    }
  });

  it('serves DynamoDB on its own endpoint', async () => {
    const dynamodb = createDynamoDbClient({ dynamodb: services.dynamoDbEndpoint, region: 'us-east-1' });
    try {
      expect((await dynamodb.send(new ListTablesCommand({}))).TableNames).toEqual([]);
    } finally {
      dynamodb.destroy();
    }
  });

  it('reports a thread that cannot start, instead of hanging', async () => {
    const busy = Number(new URL(services.s3Endpoint).port);
    await expect(startEmbeddedServices({ dataDir: path.join(temp.dir, 'other'), s3Port: busy, dynamoDbPort: 0, buckets: [] })).rejects.toThrow(/EADDRINUSE/);
  });
});
