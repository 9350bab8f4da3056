/** Environment variable names the Lambda handlers read; the CDK constructs set exactly these. */
export const ENV = {
  ingestBucket: 'GAZETTE_INGEST_BUCKET',
  archiveBucket: 'GAZETTE_ARCHIVE_BUCKET',
  articlesTable: 'GAZETTE_ARTICLES_TABLE',
  eventBusName: 'GAZETTE_EVENT_BUS',
  maxInputBytes: 'GAZETTE_MAX_INPUT_BYTES',
  fetchStateTable: 'GAZETTE_FETCH_STATE_TABLE',
  fetchQueueUrl: 'GAZETTE_FETCH_QUEUE_URL',
  /** JSON `{ "sources": [...] }`, as `loadSourcesConfig` reads it. */
  fetchSources: 'GAZETTE_FETCH_SOURCES',
  /** The SSRF allow-list; the same name `allowListFromEnvironment` reads. */
  fetchAllow: 'GAZETTE_FETCH_ALLOW',
  userAgent: 'GAZETTE_USER_AGENT',
} as const;

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name}`);
  return value;
}
