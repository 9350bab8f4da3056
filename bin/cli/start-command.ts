import { startLocalRuntime } from '../local/runtime';

export interface StartOptions {
  data: string;
  inbox: string;
  s3Port: number;
  dynamoDbPort: number;
}

/** `gazette start`: runs the local pipeline until Ctrl-C. Events go to stdout, one JSON line each. */
export async function startCommand(options: StartOptions): Promise<number> {
  const runtime = await startLocalRuntime({
    dataDir: options.data,
    inboxDir: options.inbox,
    s3Port: options.s3Port,
    dynamoDbPort: options.dynamoDbPort,
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
