import { readFile } from 'node:fs/promises';
import { createDynamoDbClient, createS3Client } from '../../lambdas/adapters/aws-clients';
import { S3BlobStore } from '../../lambdas/adapters/s3/s3-blob-store';
import { ArticlesClient } from '../../lambdas/client/articles-client';
import type { LocalEndpointsFile } from '../local/local-names';
import { endpointsFilePath } from '../local/runtime';

/** Clients for the local pipeline running on DATA, found through the endpoints file `gazette start` writes. */
export async function connectToLocalPipeline(dataDir: string) {
  let endpoints: LocalEndpointsFile;
  try {
    endpoints = JSON.parse(await readFile(endpointsFilePath(dataDir), 'utf8')) as LocalEndpointsFile;
  } catch {
    throw new Error(`no local pipeline is running on ${dataDir} (start one with: gazette start --data ${dataDir})`);
  }
  const region = 'us-east-1';
  const s3 = createS3Client({ s3: endpoints.s3, region });
  const dynamodb = createDynamoDbClient({ dynamodb: endpoints.dynamodb, region });
  return {
    endpoints,
    s3,
    articles: new ArticlesClient(dynamodb, endpoints.articlesTable, { archive: new S3BlobStore(s3, endpoints.archiveBucket) }),
    close() {
      s3.destroy();
      dynamodb.destroy();
    },
  };
}
