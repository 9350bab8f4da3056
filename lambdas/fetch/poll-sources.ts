/**
 * Use case: poll configured sources (feeds, sitemaps, the sitemaps a site's robots.txt lists), and hand the article
 * URLs not seen before to a queue.
 *
 * Delivery is at-least-once: URLs are enqueued first and marked seen afterwards, so a crash in between re-enqueues
 * them on the next poll rather than losing them; `fetchIntoIngest` absorbs duplicates through its own schedule.
 */
import { parseFeed } from './feeds';
import { canonicalUrl, politeFetch, recordFetchState, type FetchContext, type SkipCode } from './polite-fetch';
import { parseSitemap, type SitemapReference } from './sitemaps';

export type SourceType = 'feed' | 'sitemap' | 'robots-sitemaps';

export interface SourceConfig {
  type: SourceType;
  /** Feed or sitemap URL; for `robots-sitemaps`, any URL on the site (only its origin is used). */
  url: string;
  /** Minimum seconds between polls of this source. Default {@link SOURCE_DEFAULTS.intervalSeconds}. */
  intervalSeconds?: number;
  /** Most URLs taken from one poll of this source. Default {@link SOURCE_DEFAULTS.maxUrls}. */
  maxUrls?: number;
}

export interface SourcesConfig {
  sources: SourceConfig[];
}

export const SOURCE_DEFAULTS = {
  intervalSeconds: 900,
  maxUrls: 1_000,
  /** Child sitemaps fetched per source and poll (the most recently modified first). */
  maxSitemapsPerSource: 20,
  /** How long a discovered URL stays "seen". */
  seenTtlSeconds: 30 * 24 * 3600,
  /** Feeds and sitemaps are larger than articles; gzipped sitemaps are bounded again after inflating. */
  maxSourceBytes: 20 * 1024 * 1024,
} as const;

export interface UrlQueue {
  enqueue(urls: readonly string[]): Promise<void>;
}

export class SourcesConfigError extends Error {
  override readonly name = 'SourcesConfigError';
}

const SOURCE_TYPES: readonly SourceType[] = ['feed', 'sitemap', 'robots-sitemaps'];
const SOURCE_KEYS = new Set(['type', 'url', 'intervalSeconds', 'maxUrls']);

function positiveInteger(value: unknown, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new SourcesConfigError(`${where} must be a positive integer`);
  }
  return value;
}

/** Parses and validates `{ "sources": [ { "type": "feed", "url": "https://…" }, … ] }`. Throws {@link SourcesConfigError}. */
export function loadSourcesConfig(text: string): SourcesConfig {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (err) {
    throw new SourcesConfigError(`sources config is not valid JSON: ${(err as Error).message}`);
  }
  const list = (document as { sources?: unknown } | null)?.sources;
  if (typeof document !== 'object' || document === null || !Array.isArray(list)) {
    throw new SourcesConfigError('sources config must be an object with a "sources" array');
  }
  return {
    sources: list.map((raw, index): SourceConfig => {
      const where = `sources[${index}]`;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new SourcesConfigError(`${where} must be an object`);
      const entry = raw as Record<string, unknown>;
      const unknownKey = Object.keys(entry).find((key) => !SOURCE_KEYS.has(key));
      if (unknownKey) throw new SourcesConfigError(`${where} has an unknown field "${unknownKey}"`);
      if (!SOURCE_TYPES.includes(entry.type as SourceType)) {
        throw new SourcesConfigError(`${where}.type must be one of ${SOURCE_TYPES.join(', ')}`);
      }
      let url: URL;
      try {
        url = new URL(String(entry.url));
      } catch {
        throw new SourcesConfigError(`${where}.url must be an absolute URL`);
      }
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || typeof entry.url !== 'string') {
        throw new SourcesConfigError(`${where}.url must be an http or https URL`);
      }
      const intervalSeconds = positiveInteger(entry.intervalSeconds, `${where}.intervalSeconds`);
      const maxUrls = positiveInteger(entry.maxUrls, `${where}.maxUrls`);
      return {
        type: entry.type as SourceType,
        url: url.href,
        ...(intervalSeconds === undefined ? {} : { intervalSeconds }),
        ...(maxUrls === undefined ? {} : { maxUrls }),
      };
    }),
  };
}

export type SourcePollOutcome =
  | {
      url: string;
      type: SourceType;
      outcome: 'polled';
      /** Distinct article URLs found (before the seen filter). */
      discovered: number;
      enqueued: string[];
      /** Problems with individual child sitemaps that did not stop the poll. */
      warnings: string[];
    }
  | { url: string; type: SourceType; outcome: 'not-modified' }
  | { url: string; type: SourceType; outcome: 'skipped'; reason: string }
  | { url: string; type: SourceType; outcome: 'error'; error: string };

export interface PollSourcesDeps {
  context: FetchContext;
  queue: UrlQueue;
  seenTtlSeconds?: number;
  maxSitemapsPerSource?: number;
}

/** What one document fetch produced: its URLs, or why not. Validators are recorded once the caller is done. */
type DocumentFetch =
  | { kind: 'body'; body: Uint8Array; finalUrl: string; commit: () => Promise<void> }
  | { kind: 'not-modified'; commit: () => Promise<void> }
  | { kind: 'skipped'; code: SkipCode; reason: string }
  | { kind: 'error'; error: string; commit: () => Promise<void> };

async function fetchDocument(url: string, intervalSeconds: number, context: FetchContext): Promise<DocumentFetch> {
  const fetched = await politeFetch(url, context, {
    acceptedContentTypes: 'any',
    accept:
      'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1',
    maxBodyBytes: SOURCE_DEFAULTS.maxSourceBytes,
  });
  if (fetched.kind === 'skipped') return { kind: 'skipped', code: fetched.code, reason: fetched.reason };
  const { result, previous } = fetched;
  const commit = (): Promise<void> => recordFetchState(context, url, result, previous, intervalSeconds);
  if (result.kind === 'ok') return { kind: 'body', body: result.body, finalUrl: result.finalUrl, commit };
  if (result.kind === 'not-modified') return { kind: 'not-modified', commit };
  if (result.kind === 'http-error') return { kind: 'error', error: `HTTP ${result.status} for ${url}`, commit };
  return { kind: 'error', error: result.message, commit };
}

interface Harvest {
  urls: string[];
  warnings: string[];
  commits: Array<() => Promise<void>>;
}

/**
 * Fetches the sitemaps in order (newest first when an index says so), following indexes. An index that
 * answers 304 is not expanded this round, so a child that changes while its index does not is only picked up once the
 * index changes (news indexes normally update a child's `lastmod`, which changes the index).
 */
async function harvestSitemaps(
  initial: SitemapReference[],
  intervalSeconds: number,
  budget: number,
  context: FetchContext,
  harvest: Harvest,
): Promise<void> {
  const pending = [...initial];
  let fetchedCount = 0;
  const visited = new Set<string>();
  while (pending.length > 0 && fetchedCount < budget) {
    const reference = pending.shift() as SitemapReference;
    if (visited.has(reference.url)) continue;
    visited.add(reference.url);
    fetchedCount += 1;
    const document = await fetchDocument(reference.url, intervalSeconds, context);
    if (document.kind === 'skipped') {
      // A child sitemap polled recently is simply not due; only other skips are worth reporting.
      if (document.code !== 'not-due') harvest.warnings.push(`${reference.url}: skipped, ${document.reason}`);
      continue;
    }
    harvest.commits.push(document.commit);
    if (document.kind === 'not-modified') continue;
    if (document.kind === 'error') {
      harvest.warnings.push(`${reference.url}: ${document.error}`);
      continue;
    }
    const parsed = parseSitemap(document.body, { baseUrl: document.finalUrl });
    if (!parsed.ok) harvest.warnings.push(`${reference.url}: ${parsed.error}`);
    else if (parsed.kind === 'urlset') harvest.urls.push(...parsed.urls.map((u) => u.url));
    else {
      // sitemaps.org forbids nested indexes but they occur; they are followed too, within the same fetch budget.
      const children = [...parsed.sitemaps].sort((a, b) => (b.lastModified ?? '').localeCompare(a.lastModified ?? ''));
      pending.push(...children);
    }
  }
}

async function pollOne(source: SourceConfig, deps: PollSourcesDeps): Promise<SourcePollOutcome> {
  const { context } = deps;
  const intervalSeconds = source.intervalSeconds ?? SOURCE_DEFAULTS.intervalSeconds;
  const maxUrls = source.maxUrls ?? SOURCE_DEFAULTS.maxUrls;
  const budget = deps.maxSitemapsPerSource ?? SOURCE_DEFAULTS.maxSitemapsPerSource;
  const base = { url: source.url, type: source.type };
  const harvest: Harvest = { urls: [], warnings: [], commits: [] };

  if (source.type === 'feed') {
    const document = await fetchDocument(source.url, intervalSeconds, context);
    if (document.kind === 'skipped') return { ...base, outcome: 'skipped', reason: document.reason };
    if (document.kind === 'not-modified') {
      await document.commit();
      return { ...base, outcome: 'not-modified' };
    }
    if (document.kind === 'error') {
      await document.commit();
      return { ...base, outcome: 'error', error: document.error };
    }
    const parsed = parseFeed(document.body, { baseUrl: document.finalUrl, maxEntries: maxUrls });
    if (!parsed.ok) {
      // Recorded like any response, so a broken feed is retried on its interval rather than on every poll.
      await document.commit();
      return { ...base, outcome: 'error', error: parsed.error };
    }
    harvest.urls.push(...parsed.entries.map((e) => e.url));
    harvest.commits.push(document.commit);
  } else if (source.type === 'sitemap') {
    const due = await context.state.getUrlState(source.url);
    if (due && Date.parse(due.nextFetchAfter) > context.clock.now().getTime()) {
      return { ...base, outcome: 'skipped', reason: `not due until ${due.nextFetchAfter}` };
    }
    await harvestSitemaps([{ url: source.url }], intervalSeconds, budget, context, harvest);
  } else {
    const verdict = context.policy.checkUrl(source.url);
    if (!verdict.allowed) return { ...base, outcome: 'error', error: verdict.reason };
    const robots = await context.robots.policyFor(source.url);
    if (robots.mode === 'disallow-all') {
      return {
        ...base,
        outcome: 'error',
        error: `robots.txt unreachable (${robots.unreachableReason ?? 'unknown'}); retried later`,
      };
    }
    if (robots.sitemaps.length === 0) return { ...base, outcome: 'error', error: 'robots.txt lists no sitemaps' };
    await harvestSitemaps(
      robots.sitemaps.map((url) => ({ url })),
      intervalSeconds,
      budget,
      context,
      harvest,
    );
  }

  const distinct = [...new Set(harvest.urls.map(canonicalUrl))];
  const candidates = distinct.slice(0, maxUrls);
  const fresh = await context.state.filterUnseen(candidates);
  if (fresh.length > 0) await deps.queue.enqueue(fresh);
  const seenUntil =
    Math.floor(context.clock.now().getTime() / 1000) + (deps.seenTtlSeconds ?? SOURCE_DEFAULTS.seenTtlSeconds);
  await context.state.markSeen(fresh, seenUntil);
  for (const commit of harvest.commits) await commit();
  return { ...base, outcome: 'polled', discovered: distinct.length, enqueued: fresh, warnings: harvest.warnings };
}

/** Polls each source in turn; one source failing does not stop the others. */
export async function pollSources(
  sources: readonly SourceConfig[],
  deps: PollSourcesDeps,
): Promise<SourcePollOutcome[]> {
  const outcomes: SourcePollOutcome[] = [];
  for (const source of sources) {
    try {
      outcomes.push(await pollOne(source, deps));
    } catch (err) {
      outcomes.push({
        url: source.url,
        type: source.type,
        outcome: 'error',
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }
  return outcomes;
}
