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
  s3.middleware.unshift(refuseDotSegmentKeys);
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

/**
 * s3rver stores an object at `<bucket dir>/<key>`, so a key with `..` segments would be written outside its bucket,
 * even outside the data dir. S3 itself treats such keys as plain strings; the local stand-in refuses them instead,
 * with the error S3 gives for a key it cannot take.
 */
async function refuseDotSegmentKeys(context: { path: string; status: number; type: string; body: unknown }, next: () => Promise<void>): Promise<void> {
  let path: string;
  try {
    path = decodeURIComponent(context.path);
  } catch {
    path = context.path;
  }
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) {
    context.status = 400;
    context.type = 'application/xml';
    context.body =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InvalidArgument</Code>' +
      '<Message>The local S3 refuses object keys with "." or ".." path segments: they would escape its data directory.</Message></Error>';
    return;
  }
  await next();
}
