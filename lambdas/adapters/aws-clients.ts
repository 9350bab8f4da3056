import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { S3Client } from '@aws-sdk/client-s3';

/** Where to reach the services: unset in AWS; loopback endpoints for the local runtime and tests. */
export interface AwsEndpoints {
  s3?: string;
  dynamodb?: string;
  region?: string;
}

const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function createS3Client(endpoints: AwsEndpoints = {}): S3Client {
  return new S3Client({
    region: endpoints.region,
    // Checksums only where S3 requires them: with the default, streamed uploads to s3rver are stored with the
    // aws-chunked framing inside the object, and in AWS the extra CRC work buys nothing for content-addressed keys.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(endpoints.s3 ? { endpoint: endpoints.s3, forcePathStyle: true, credentials: LOCAL_CREDENTIALS } : {}),
  });
}

export function createDynamoDbClient(endpoints: AwsEndpoints = {}): DynamoDBClient {
  return new DynamoDBClient({
    region: endpoints.region,
    ...(endpoints.dynamodb ? { endpoint: endpoints.dynamodb, credentials: LOCAL_CREDENTIALS } : {}),
  });
}

export function createEventBridgeClient(endpoints: AwsEndpoints = {}): EventBridgeClient {
  return new EventBridgeClient({ region: endpoints.region });
}
