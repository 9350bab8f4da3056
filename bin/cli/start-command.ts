import { DEFAULT_SOURCES_FILE, readSourcesFile } from '../local/local-fetching';
import { startLocalRuntime } from '../local/runtime';
import { UsageError } from './usage-error';

export interface StartOptions {
  data: string;
  inbox: string;
  s3Port: number;
  dynamoDbPort: number;
  /** Sources file to poll; ./gazette.sources.json is used when present and this is unset. */
  sources?: string;
  pollIntervalSeconds?: number;
}

/** `gazette start`: runs the local pipeline until Ctrl-C. Events go to stdout, one JSON line each. */
export async function startCommand(options: StartOptions): Promise<number> {
  const pollInterval = options.pollIntervalSeconds;
  if (pollInterval !== undefined && !(Number.isFinite(pollInterval) && pollInterval > 0)) {
    throw new UsageError('--poll-interval must be a positive number of seconds');
  }
  const sources = await readSourcesFile(options.sources ?? DEFAULT_SOURCES_FILE, options.sources === undefined);
  const runtime = await startLocalRuntime({
    dataDir: options.data,
    inboxDir: options.inbox,
    s3Port: options.s3Port,
    dynamoDbPort: options.dynamoDbPort,
    sources,
    ...(pollInterval === undefined ? {} : { pollIntervalMs: pollInterval * 1000 }),
    onEvent: (envelope) => process.stdout.write(`${JSON.stringify(envelope)}\n`),
  });
  const { endpoints } = runtime;
  process.stderr.write(
    [
      'Gazette is running locally.',
      `  inbox:     ${options.inbox}  (drop .html or .html.gz files here)`,
      `  S3:        ${endpoints.s3}  buckets ${endpoints.ingestBucket}, ${endpoints.archiveBucket}`,
      `  DynamoDB:  ${endpoints.dynamodb}  table ${endpoints.articlesTable}`,
      `  events:    ${options.data}/events.jsonl`,
      `  sources:   ${sources.length} feed(s)/sitemap(s) polled  (gazette sources; gazette fetch URL)`,
      `  try:       aws s3 cp page.html s3://${endpoints.ingestBucket}/ --endpoint-url ${endpoints.s3}`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stderr.write('Stopping…\n');
  await runtime.stop();
  return 0;
}
