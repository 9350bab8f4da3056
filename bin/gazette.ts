/**
 * The `gazette` command line.
 *
 *   gazette parse [--url URL] FILE...          extract records, no services needed
 *   gazette start [--data DIR] [--inbox DIR]   run the whole pipeline locally
 *                 [--sources FILE] [--poll-interval SECONDS]
 *   gazette fetch URL...                       fetch pages into the running local pipeline
 *   gazette sources                            configured feeds and sitemaps, and their poll state
 *   gazette get ID | --url URL                 a stored record of the running local pipeline
 *   gazette list [--site HOST] [--since DATE]  stored articles, newest first
 *   gazette events [--follow]                  local change events
 *   gazette quarantine [--show KEY]            inputs set aside, with reasons
 */
import { parseArgs } from 'node:util';
import { DEFAULT_PORTS } from './local/local-names';
import { UsageError } from './cli/usage-error';

const USAGE = `usage: gazette <command> [options]

commands:
  parse [--url URL] FILE...            print one JSON record per file (.html, .html.gz)
  start [--data DIR] [--inbox DIR]     run the pipeline locally (embedded S3 and DynamoDB)
        [--s3-port N] [--dynamodb-port N]
        [--sources FILE]               feeds and sitemaps to poll (default ./gazette.sources.json if present)
        [--poll-interval SECONDS]      how often to poll them (default 300)
  fetch URL...                         fetch pages into the running pipeline; one JSON outcome per URL
  sources [--sources FILE]             list the configured sources and their poll state
  get ID | --url URL                   print a stored article
  list [--site HOST] [--since DATE]    list stored articles
  events [--follow]                    print change events
  quarantine [--show KEY]              list quarantined inputs, or print one's raw bytes

Every command that talks to the local pipeline takes --data DIR (default ./.gazette).
Fetching refuses private and loopback addresses unless GAZETTE_FETCH_ALLOW lists them (hosts, IPs, CIDRs).
`;

/**
 * Each command's module, loaded when the command runs: `parse` needs only the extractor, and loading the AWS SDK,
 * s3rver and dynalite that the other commands bring took a second of every `gazette parse` call. `require` is
 * resolved by the tsx hook that bin/gazette.cjs registers, as the static imports are.
 */
const commandModules = {
  parse: () => require('./cli/parse-command') as typeof import('./cli/parse-command'),
  start: () => require('./cli/start-command') as typeof import('./cli/start-command'),
  fetch: () => require('./cli/fetch-command') as typeof import('./cli/fetch-command'),
  sources: () => require('./cli/sources-command') as typeof import('./cli/sources-command'),
  read: () => require('./cli/read-commands') as typeof import('./cli/read-commands'),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      data: { type: 'string', default: './.gazette' },
      inbox: { type: 'string', default: './inbox' },
      site: { type: 'string' },
      since: { type: 'string' },
      follow: { type: 'boolean', default: false },
      show: { type: 'string' },
      sources: { type: 'string' },
      'poll-interval': { type: 'string' },
      's3-port': { type: 'string', default: String(DEFAULT_PORTS.s3) },
      'dynamodb-port': { type: 'string', default: String(DEFAULT_PORTS.dynamodb) },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const data = values.data!;
  switch (command) {
    case 'parse':
      return commandModules.parse().parseCommand(positionals, { url: values.url });
    case 'start':
      return commandModules.start().startCommand({
        data,
        inbox: values.inbox!,
        s3Port: Number(values['s3-port']),
        dynamoDbPort: Number(values['dynamodb-port']),
        sources: values.sources,
        pollIntervalSeconds: values['poll-interval'] === undefined ? undefined : Number(values['poll-interval']),
      });
    case 'fetch':
      return commandModules.fetch().fetchCommand(positionals, { data });
    case 'sources':
      return commandModules.sources().sourcesCommand({ data, sources: values.sources });
    case 'get':
      return commandModules.read().getCommand(positionals[0], { url: values.url, data });
    case 'list':
      return commandModules.read().listCommand({ site: values.site, since: values.since, data });
    case 'events':
      return commandModules.read().eventsCommand({ follow: values.follow!, data });
    case 'quarantine':
      return commandModules.read().quarantineCommand({ data, show: values.show });
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

// A reader that stops early (`gazette parse *.html | head`, `gazette events --follow | grep -m1 …`) closes the pipe;
// that ends the command as it ends any Unix filter, without the stack trace of an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`gazette: ${(error as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`gazette: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
