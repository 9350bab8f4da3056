/**
 * The steps every fetch goes through, shared by page fetching and source polling:
 * address policy → schedule (not before `nextFetchAfter`) → robots.txt → per-host politeness → conditional GET.
 *
 * robots.txt and politeness apply to the requested URL's host. A redirect to another host is re-checked against the
 * address policy (in `fetchPage`) but not against that host's robots.txt; the robots.txt request itself, at most one
 * per host and day, is not spaced by the scheduler.
 *
 * Recording the outcome is a separate step ({@link recordFetchState}) so callers write the new validators only after
 * they have durably handled the body; otherwise a failed write followed by a 304 would lose the page for good.
 */
import type { Clock } from '../pipeline/ports';
import { systemClock } from '../pipeline/ports';
import { allowListFromEnvironment, createAddressPolicy, type AddressPolicy } from './address-policy';
import type { FetchStateStore, UrlFetchState } from './fetch-state';
import { DEFAULT_USER_AGENT, fetchPage, type FetchPageOptions, type FetchPageResult } from './http-fetch';
import { createHostScheduler, type HostScheduler, type PolitenessOptions } from './politeness';
import { createRobotsService, isAllowedByRobots, type RobotsService } from './robots';
import { createSafeAgents } from './safe-lookup';

/** How long per-URL state is kept after the last fetch (TTL), independent of the refetch interval. */
export const URL_STATE_TTL_SECONDS = 90 * 24 * 3600;

export interface FetchContext {
  policy: AddressPolicy;
  state: FetchStateStore;
  robots: RobotsService;
  scheduler: HostScheduler;
  /** Options every request starts from: policy, agents, user agent, timeouts, clock, sleep, random. */
  http: FetchPageOptions;
  clock: Clock;
}

export interface FetchContextOptions {
  state: FetchStateStore;
  /** Default: the policy built from `GAZETTE_FETCH_ALLOW`. */
  policy?: AddressPolicy;
  userAgent?: string;
  http?: Omit<FetchPageOptions, 'policy'>;
  politeness?: PolitenessOptions;
  clock?: Clock;
}

/** Wires the pieces with one policy, one user agent and one clock, so they cannot disagree. */
export function createFetchContext(options: FetchContextOptions): FetchContext {
  const clock = options.clock ?? systemClock;
  const policy = options.policy ?? createAddressPolicy(allowListFromEnvironment());
  const userAgent = options.userAgent ?? options.http?.userAgent ?? DEFAULT_USER_AGENT;
  const http: FetchPageOptions = {
    ...options.http,
    policy,
    agents: options.http?.agents ?? createSafeAgents(policy),
    userAgent,
    clock,
  };
  return {
    policy,
    state: options.state,
    robots: createRobotsService({ cache: options.state, userAgent, fetchOptions: http, clock }),
    scheduler: createHostScheduler({ clock, ...(http.sleep ? { sleep: http.sleep } : {}), ...options.politeness }),
    http,
    clock,
  };
}

/** The URL as identity: parsed (host lower-cased, default port dropped, path escaped) and without its fragment. */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

export interface PoliteFetchOptions {
  acceptedContentTypes?: FetchPageOptions['acceptedContentTypes'];
  accept?: string;
  maxBodyBytes?: number;
}

export type SkipCode = 'not-due' | 'robots' | 'host-busy';

export type PoliteFetchResult =
  | { kind: 'skipped'; url: string; code: SkipCode; reason: string }
  | { kind: 'fetched'; url: string; result: FetchPageResult; previous: UrlFetchState | null };

export async function politeFetch(
  url: string,
  context: FetchContext,
  options: PoliteFetchOptions = {},
): Promise<PoliteFetchResult> {
  const verdict = context.policy.checkUrl(url);
  if (!verdict.allowed) {
    return {
      kind: 'fetched',
      url,
      previous: null,
      result: { kind: 'failed', url, finalUrl: url, reason: 'blocked', message: verdict.reason },
    };
  }
  const previous = await context.state.getUrlState(url);
  if (previous && Date.parse(previous.nextFetchAfter) > context.clock.now().getTime()) {
    return { kind: 'skipped', url, code: 'not-due', reason: `not due until ${previous.nextFetchAfter}` };
  }
  const robots = await context.robots.policyFor(url);
  if (!isAllowedByRobots(robots, url)) {
    const reason =
      robots.mode === 'disallow-all'
        ? `robots.txt unreachable (${robots.unreachableReason ?? 'unknown'}); retried later`
        : 'disallowed by robots.txt';
    return { kind: 'skipped', url, code: 'robots', reason };
  }

  const release = await context.scheduler.acquire(new URL(url).host, robots.crawlDelaySeconds);
  if (!release)
    return { kind: 'skipped', url, code: 'host-busy', reason: 'host busy: its crawl delay exceeds the wait budget' };
  try {
    const result = await fetchPage(url, {
      ...context.http,
      ...options,
      etag: previous?.etag ?? null,
      lastModified: previous?.lastModified ?? null,
    });
    return { kind: 'fetched', url, result, previous };
  } finally {
    release();
  }
}

/**
 * Stores validators and the next due time. 200 and 304 wait `intervalSeconds`; 404/410 too (withdrawal is decided
 * elsewhere); other HTTP errors wait for the server's Retry-After if it gave one. Transport failures record nothing,
 * so the next attempt is not delayed.
 */
export async function recordFetchState(
  context: FetchContext,
  url: string,
  result: FetchPageResult,
  previous: UrlFetchState | null,
  intervalSeconds: number,
): Promise<void> {
  if (result.kind === 'failed') return;
  const now = context.clock.now();
  const waitMs =
    result.kind === 'http-error' && result.status !== 404 && result.status !== 410
      ? (result.retryAfterMs ?? 0)
      : intervalSeconds * 1000;
  // A 200 carries the new representation's validators (or none); a 304 may omit them, meaning "unchanged"; an
  // error says nothing about the representation we hold.
  const fromResponse = result.kind === 'ok';
  const fromEither = result.kind === 'not-modified';
  const etag = fromResponse
    ? result.headers.etag
    : fromEither
      ? (result.headers.etag ?? previous?.etag)
      : previous?.etag;
  const lastModified = fromResponse
    ? result.headers.lastModified
    : fromEither
      ? (result.headers.lastModified ?? previous?.lastModified)
      : previous?.lastModified;
  await context.state.putUrlState({
    url,
    etag: etag ?? null,
    lastModified: lastModified ?? null,
    lastStatus: result.status,
    lastFetchedAt: now.toISOString(),
    nextFetchAfter: new Date(now.getTime() + waitMs).toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + URL_STATE_TTL_SECONDS,
  });
}
