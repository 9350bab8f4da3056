import { createDynamoDbClient } from '../../lambdas/adapters/aws-clients';
import { DynamoFetchStateStore } from '../../lambdas/adapters/dynamodb/fetch-state-store';
import type { UrlFetchState } from '../../lambdas/fetch/fetch-state';
import { SOURCE_DEFAULTS, type SourceConfig } from '../../lambdas/fetch/poll-sources';
import { activeSourcesPath, DEFAULT_SOURCES_FILE, LOCAL_FETCH_STATE_TABLE, readSourcesFile } from '../local/local-fetching';
import { connectToLocalPipeline } from './local-connection';

export interface SourcesCommandOptions {
  data: string;
  /** A sources file to report on instead of the one the running pipeline polls. */
  sources?: string;
  print?: (line: string) => void;
}

/** The sources the running pipeline polls (it records them in DATA), else ./gazette.sources.json. */
async function configuredSources(options: SourcesCommandOptions): Promise<SourceConfig[]> {
  if (options.sources) return readSourcesFile(options.sources);
  const active = await readSourcesFile(activeSourcesPath(options.data), true);
  return active.length > 0 ? active : readSourcesFile(DEFAULT_SOURCES_FILE, true);
}

function pollState(state: UrlFetchState | null) {
  return {
    lastPolledAt: state?.lastFetchedAt ?? null,
    status: state?.lastStatus ?? null,
    etag: state?.etag ?? null,
    lastModified: state?.lastModified ?? null,
    nextPollAfter: state?.nextFetchAfter ?? null,
  };
}

/**
 * `gazette sources`: one JSON line per configured source with its poll state in the local pipeline (last poll,
 * HTTP status, validators, next poll). A `robots-sitemaps` source also lists the sitemaps robots.txt named and theirs.
 */
export async function sourcesCommand(options: SourcesCommandOptions): Promise<number> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const sources = await configuredSources(options);
  if (sources.length === 0) {
    process.stderr.write(`no sources configured (write ${DEFAULT_SOURCES_FILE}, or start with --sources FILE)\n`);
    return 0;
  }
  const local = await connectToLocalPipeline(options.data);
  const dynamodb = createDynamoDbClient({ dynamodb: local.endpoints.dynamodb, region: 'us-east-1' });
  const state = new DynamoFetchStateStore(dynamodb, LOCAL_FETCH_STATE_TABLE);
  try {
    for (const source of sources) {
      const base = { url: source.url, type: source.type, intervalSeconds: source.intervalSeconds ?? SOURCE_DEFAULTS.intervalSeconds };
      if (source.type !== 'robots-sitemaps') {
        print(JSON.stringify({ ...base, ...pollState(await state.getUrlState(source.url)) }));
        continue;
      }
      const robots = await state.getRobots(new URL(source.url).origin);
      const sitemaps = [];
      for (const sitemap of robots?.policy.sitemaps ?? []) sitemaps.push({ url: sitemap, ...pollState(await state.getUrlState(sitemap)) });
      print(JSON.stringify({ ...base, robotsFetchedAt: robots?.fetchedAt ?? null, sitemaps }));
    }
  } finally {
    dynamodb.destroy();
    local.close();
  }
  return 0;
}
