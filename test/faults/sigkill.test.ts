/**
 * `gazette start` killed with SIGKILL in the middle of a few hundred inbox pages, then started again: every page
 * ends as exactly one record and exactly one ArticleCreated, and the inbox is empty. The runtime runs as a child
 * process through the real CLI, with ports 0 so it never collides with anything on the machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readEnvelopes } from '../../bin/local/event-log';
import type { LocalEndpointsFile } from '../../bin/local/local-names';
import { createDynamoDbClient } from '../../lambdas/adapters/aws-clients';
import { ArticlesClient } from '../../lambdas/client/articles-client';
import { articleIdForUrl } from '../../lambdas/pipeline/identity/article-id';
import { canonicalizeUrl } from '../../lambdas/pipeline/identity/canonical-url';
import { generatePages } from '../support/page-generator';
import { makeTempDir } from '../support/temp-dir';

const PAGES = 200;
/** Events seen before the kill: enough that the runtime is well into the work, far from done. */
const KILL_AFTER_EVENTS = 30;
const CLI = path.join(__dirname, '..', '..', 'bin', 'gazette.cjs');

jest.setTimeout(120_000);

describe('local runtime killed with SIGKILL mid-way', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dataDir: string;
  let inboxDir: string;
  let child: ChildProcess | null = null;

  const eventsFile = () => path.join(dataDir, 'events.jsonl');

  const startRuntime = async (): Promise<LocalEndpointsFile> => {
    const endpointsFile = path.join(dataDir, 'endpoints.json');
    await rm(endpointsFile, { force: true });
    const started = spawn(process.execPath, [CLI, 'start', '--data', dataDir, '--inbox', inboxDir, '--s3-port', '0', '--dynamodb-port', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child = started;
    let stderr = '';
    started.stderr!.on('data', (chunk) => (stderr += chunk));
    // The runtime writes endpoints.json once it is ready; the copy a killed run left behind was removed above.
    return waitFor(async () => {
      if (started.exitCode !== null) throw new Error(`gazette start exited with ${started.exitCode}: ${stderr}`);
      const text = await readFile(endpointsFile, 'utf8').catch(() => '');
      return text.trim() ? (JSON.parse(text) as LocalEndpointsFile) : null;
    }, 60_000);
  };

  const stopRuntime = async (signal: NodeJS.Signals) => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(signal);
    await exited;
  };

  beforeAll(async () => {
    temp = await makeTempDir('sigkill');
    dataDir = path.join(temp.dir, 'data');
    inboxDir = path.join(temp.dir, 'inbox');
    await mkdir(inboxDir, { recursive: true });
  });

  afterAll(async () => {
    await stopRuntime('SIGKILL');
    await temp.remove();
  });

  it('loses nothing and duplicates nothing across the kill', async () => {
    const pages = generatePages(PAGES);
    await startRuntime();
    for (const page of pages) await writeFile(path.join(inboxDir, `page-${page.index}.html`), page.bytes);

    await waitFor(async () => ((await readEnvelopes(eventsFile())).length >= KILL_AFTER_EVENTS ? true : null), 60_000);
    await stopRuntime('SIGKILL');
    const atKill = (await readEnvelopes(eventsFile())).length;
    expect(atKill).toBeLessThan(PAGES);

    const endpoints = await startRuntime();
    // Idle: the inbox is empty and events.jsonl has stopped growing for a while (nothing new is exposed for tests).
    let last = -1;
    let stableSince = Date.now();
    await waitFor(async () => {
      const count = (await readEnvelopes(eventsFile())).length;
      if (count !== last) {
        last = count;
        stableSince = Date.now();
      }
      const inboxEmpty = (await readdir(inboxDir)).length === 0;
      return inboxEmpty && (count >= PAGES || Date.now() - stableSince > 5_000) ? true : null;
    }, 90_000);

    const envelopes = await readEnvelopes(eventsFile());
    const created = envelopes.filter((envelope) => envelope['detail-type'] === 'ArticleCreated');
    const keys = envelopes.map((envelope) => `${envelope.detail.articleId}#${envelope.detail.revision}`);
    expect(keys.length - new Set(keys).size).toBe(0);
    expect(new Set(created.map((envelope) => envelope.detail.articleId))).toEqual(new Set(pages.map((page) => articleIdForUrl(canonicalizeUrl(page.url)!))));
    expect(created).toHaveLength(PAGES);
    expect(await readdir(inboxDir)).toEqual([]);

    const dynamodb = createDynamoDbClient({ dynamodb: endpoints.dynamodb, region: 'us-east-1' });
    try {
      const articles = new ArticlesClient(dynamodb, endpoints.articlesTable);
      const stored = await Promise.all(pages.map((page) => articles.getByUrl(page.url)));
      expect(stored.filter((article) => article === null)).toHaveLength(0);
      expect(stored.map((article) => article!.revision)).toEqual(pages.map(() => 1));
      expect(stored.map((article) => article!.title)).toEqual(pages.map((page) => page.title));
    } finally {
      dynamodb.destroy();
    }
    await stopRuntime('SIGTERM');
  });
});

/** Polls `check` every 100 ms until it returns a value, or fails after `timeoutMs`. */
async function waitFor<T>(check: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
