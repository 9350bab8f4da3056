import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import dynalite from 'dynalite';
import S3rver from 's3rver';

export interface EmbeddedServicesOptions {
  dataDir: string;
  /** 0 picks a free port. */
  s3Port: number;
  dynamoDbPort: number;
  buckets: string[];
}

export interface EmbeddedServices {
  s3: S3rver;
  s3Endpoint: string;
  dynamoDbEndpoint: string;
  close(): Promise<void>;
}

/**
 * Starts an S3 (s3rver, objects under DATA/s3) and a DynamoDB (dynalite, LevelDB under DATA/dynamodb) on loopback.
 * Both persist, so a restart keeps the data.
 */
export async function startEmbeddedServices(options: EmbeddedServicesOptions): Promise<EmbeddedServices> {
  const s3Directory = path.join(options.dataDir, 's3');
  const dynamoDirectory = path.join(options.dataDir, 'dynamodb');
  await mkdir(s3Directory, { recursive: true });
  await mkdir(dynamoDirectory, { recursive: true });

  const s3 = new S3rver({
    address: '127.0.0.1',
    port: options.s3Port,
    silent: true,
    directory: s3Directory,
    configureBuckets: options.buckets.map((name) => ({ name })),
  });
  const s3Address = await s3.run();

  const dynamo = dynalite({ path: dynamoDirectory, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    dynamo.once('error', reject);
    dynamo.listen(options.dynamoDbPort, '127.0.0.1', () => resolve());
  });
  const dynamoAddress = dynamo.address() as AddressInfo;

  return {
    s3,
    s3Endpoint: `http://127.0.0.1:${s3Address.port}`,
    dynamoDbEndpoint: `http://127.0.0.1:${dynamoAddress.port}`,
    async close() {
      await s3.close();
      await new Promise<void>((resolve) => dynamo.close(() => resolve()));
    },
  };
}
