import { setTimeout as delay } from 'node:timers/promises';
import { createDynamoDbClient } from '../../lambdas/adapters/aws-clients';
import { DynamoArticleStore } from '../../lambdas/adapters/dynamodb/article-store';
import { DynamoFetchStateStore } from '../../lambdas/adapters/dynamodb/fetch-state-store';
import { S3BlobStore } from '../../lambdas/adapters/s3/s3-blob-store';
import { fetchIntoIngest } from '../../lambdas/fetch/fetch-url';
import { createFetchContext } from '../../lambdas/fetch/polite-fetch';
import { LOCAL_FETCH_STATE_TABLE } from '../local/local-fetching';
import { connectToLocalPipeline } from './local-connection';
import { UsageError } from './usage-error';

/** How long to wait for the running pipeline to parse a fetched page before giving up on its article id. */
const PARSE_WAIT_MS = 15_000;
const PARSE_POLL_MS = 200;

export interface FetchCommandOptions {
  data: string;
  /** Where each JSON line goes; stdout by default. */
  print?: (line: string) => void;
  parseWaitMs?: number;
}

/**
 * `gazette fetch URL...`: fetches each URL into the running local pipeline's ingest bucket through the same use case
 * the fetch Lambda runs (address policy from GAZETTE_FETCH_ALLOW, robots.txt, politeness, conditional GET), then
 * waits for the parse to name the article. One JSON line per URL; exit 1 if any URL failed.
 */
export async function fetchCommand(urls: string[], options: FetchCommandOptions): Promise<number> {
  if (urls.length === 0) throw new UsageError('fetch needs at least one URL');
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const local = await connectToLocalPipeline(options.data);
  const dynamodb = createDynamoDbClient({ dynamodb: local.endpoints.dynamodb, region: 'us-east-1' });
  const context = createFetchContext({ state: new DynamoFetchStateStore(dynamodb, LOCAL_FETCH_STATE_TABLE) });
  const ingest = new S3BlobStore(local.s3, local.endpoints.ingestBucket);
  const articles = new DynamoArticleStore(dynamodb, local.endpoints.articlesTable);

  /** The article the parse made of `key`, once the pipeline has linked the object to it. */
  const awaitArticle = async (key: string): Promise<string | null> => {
    const deadline = Date.now() + (options.parseWaitMs ?? PARSE_WAIT_MS);
    for (;;) {
      const articleId = await articles.findSource(key);
      if (articleId || Date.now() >= deadline) return articleId;
      await delay(PARSE_POLL_MS);
    }
  };

  let failures = 0;
  try {
    for (const url of urls) {
      const outcome = await fetchIntoIngest(url, { ingest, context });
      if (outcome.outcome === 'stored') {
        const articleId = await awaitArticle(outcome.key);
        if (!articleId) failures += 1;
        print(
          JSON.stringify({
            url: outcome.url,
            outcome: 'stored',
            articleId,
            ...(articleId ? {} : { note: `no article for ${outcome.key} yet; see gazette quarantine` }),
          }),
        );
        continue;
      }
      if (outcome.outcome === 'error' || outcome.outcome === 'gone') failures += 1;
      print(JSON.stringify(outcome));
    }
  } finally {
    dynamodb.destroy();
    local.close();
  }
  return failures === 0 ? 0 : 1;
}
