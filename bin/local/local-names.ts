/** Resource names of the local runtime; in AWS the stack names them. */
export const LOCAL_RESOURCES = {
  ingestBucket: 'gazette-ingest',
  archiveBucket: 'gazette-archive',
  articlesTable: 'gazette-articles',
} as const;

export const DEFAULT_PORTS = { s3: 4568, dynamodb: 4567 } as const;

/** What a running local pipeline writes to DATA/endpoints.json so other `gazette` commands can find it. */
export interface LocalEndpointsFile {
  s3: string;
  dynamodb: string;
  ingestBucket: string;
  archiveBucket: string;
  articlesTable: string;
  pid: number;
}
