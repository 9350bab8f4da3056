/**
 * robots.txt (RFC 9309): parsing, choosing the group for our product token, matching paths, and fetching with a
 * cache.
 *
 * Fetch outcomes, as the RFC suggests:
 * - 2xx: the parsed rules.
 * - 4xx (except 429): "unavailable", everything is allowed.
 * - 429, 5xx, network errors, timeouts, anything else: "unreachable", everything is disallowed. This verdict is cached
 *   for a short time only ({@link ROBOTS_TTL.unreachableSeconds}), so a host that was briefly down is retried soon,
 *   while a healthy answer is cached for a day (the RFC's upper bound).
 */
import type { Clock } from '../pipeline/ports';
import { systemClock } from '../pipeline/ports';
import { fetchPage, type FetchPageOptions } from './http-fetch';

export const ROBOTS_TTL = { okSeconds: 24 * 3600, unavailableSeconds: 24 * 3600, unreachableSeconds: 10 * 60 } as const;
/** The RFC asks crawlers to parse at least 500 KiB. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

export interface RobotsRule {
  allow: boolean;
  /** Path pattern, `*` and a trailing `$` special, percent-encoding normalised. */
  pattern: string;
}

export interface RobotsGroup {
  /** Product tokens as written, lower-case. */
  userAgents: string[];
  rules: RobotsRule[];
  crawlDelaySeconds: number | null;
}

export interface ParsedRobotsTxt {
  groups: RobotsGroup[];
  sitemaps: string[];
}

/** The part of a robots.txt that concerns one crawler; small and serialisable, so it is what gets cached. */
export interface RobotsPolicy {
  mode: 'rules' | 'allow-all' | 'disallow-all';
  rules: RobotsRule[];
  crawlDelaySeconds: number | null;
  sitemaps: string[];
  /** For `disallow-all`: why robots.txt was unreachable (`HTTP 503`, a timeout, a blocked address…). */
  unreachableReason?: string;
}

export interface RobotsRecord {
  /** `https://host[:port]`. */
  origin: string;
  policy: RobotsPolicy;
  fetchedAt: string;
  /** Epoch seconds after which the record must not be used. */
  expiresAt: number;
}

export interface RobotsCache {
  getRobots(origin: string): Promise<RobotsRecord | null>;
  putRobots(record: RobotsRecord): Promise<void>;
}

/** Upper-cases percent-escapes and percent-encodes non-ASCII, so equivalent spellings compare equal. */
function normalisePath(path: string): string {
  const upper = path.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
  return Array.from(upper, (ch) => (ch.charCodeAt(0) > 0x7e ? encodeURIComponent(ch) : ch)).join('');
}

/** The crawler's product token: the leading run of letters, `_` and `-` (`GazetteBot/0.1 (…)` → `gazettebot`). */
export function productToken(userAgent: string): string {
  return (/^[A-Za-z_-]+/.exec(userAgent.trim())?.[0] ?? '').toLowerCase();
}

export function parseRobotsTxt(text: string, robotsUrl?: string): ParsedRobotsTxt {
  const groups: RobotsGroup[] = [];
  const sitemaps: string[] = [];
  let current: RobotsGroup | null = null;
  let lastWasUserAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!current || !lastWasUserAgent) {
        current = { userAgents: [], rules: [], crawlDelaySeconds: null };
        groups.push(current);
      }
      current.userAgents.push(value === '*' ? '*' : productToken(value));
      lastWasUserAgent = true;
      continue;
    }
    if (key === 'sitemap') {
      try {
        sitemaps.push(new URL(value, robotsUrl).href);
      } catch {
        // A relative or malformed Sitemap line without a base is unusable; the rest of the file still is.
      }
      continue;
    }
    lastWasUserAgent = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      // An empty Disallow means "nothing is disallowed" and adds no rule.
      if (value !== '') current.rules.push({ allow: key === 'allow', pattern: normalisePath(value) });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySeconds = seconds;
    }
  }
  return { groups, sitemaps };
}

/** Merges the groups naming our product token, or else the `*` groups (RFC 9309 §2.2.1). */
export function robotsPolicyFor(parsed: ParsedRobotsTxt, userAgent: string): RobotsPolicy {
  const token = productToken(userAgent);
  let groups = parsed.groups.filter((g) => g.userAgents.includes(token));
  if (groups.length === 0) groups = parsed.groups.filter((g) => g.userAgents.includes('*'));
  const delays = groups.map((g) => g.crawlDelaySeconds).filter((d): d is number => d !== null);
  return {
    mode: 'rules',
    rules: groups.flatMap((g) => g.rules),
    crawlDelaySeconds: delays.length > 0 ? Math.max(...delays) : null,
    sitemaps: parsed.sitemaps,
  };
}

function patternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const regex = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${regex}${anchored ? '$' : ''}`).test(path);
}

/** Longest matching pattern wins; on a tie, Allow wins. No matching rule means allowed. */
export function isAllowedByRobots(policy: RobotsPolicy, url: string | URL): boolean {
  const target = typeof url === 'string' ? new URL(url) : url;
  if (target.pathname === '/robots.txt') return true;
  if (policy.mode !== 'rules') return policy.mode === 'allow-all';
  const path = normalisePath(target.pathname + target.search);
  let best: RobotsRule | null = null;
  for (const rule of policy.rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    if (
      !best ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.allow)
    ) {
      best = rule;
    }
  }
  return best ? best.allow : true;
}

const EMPTY_POLICY = { rules: [], crawlDelaySeconds: null, sitemaps: [] };

/** Fetches and interprets `<origin>/robots.txt`; never throws. */
export async function fetchRobotsPolicy(
  origin: string,
  userAgent: string,
  fetchOptions: FetchPageOptions,
): Promise<{ policy: RobotsPolicy; ttlSeconds: number }> {
  const robotsUrl = `${origin}/robots.txt`;
  const result = await fetchPage(robotsUrl, {
    ...fetchOptions,
    userAgent,
    etag: null,
    lastModified: null,
    acceptedContentTypes: 'any',
    accept: 'text/plain,*/*;q=0.1',
    maxBodyBytes: ROBOTS_MAX_BYTES,
  });
  if (result.kind === 'ok') {
    const text = new TextDecoder('utf-8').decode(result.body);
    return {
      policy: robotsPolicyFor(parseRobotsTxt(text, result.finalUrl), userAgent),
      ttlSeconds: ROBOTS_TTL.okSeconds,
    };
  }
  if (result.kind === 'http-error' && result.status >= 400 && result.status < 500 && result.status !== 429) {
    return { policy: { mode: 'allow-all', ...EMPTY_POLICY }, ttlSeconds: ROBOTS_TTL.unavailableSeconds };
  }
  const unreachableReason = result.kind === 'failed' ? result.message : `HTTP ${result.status}`;
  return {
    policy: { mode: 'disallow-all', ...EMPTY_POLICY, unreachableReason },
    ttlSeconds: ROBOTS_TTL.unreachableSeconds,
  };
}

export interface RobotsService {
  /** The policy for the URL's origin, from the cache while fresh, else fetched and cached. */
  policyFor(url: string | URL): Promise<RobotsPolicy>;
}

export function createRobotsService(deps: {
  cache: RobotsCache;
  userAgent: string;
  fetchOptions: FetchPageOptions;
  clock?: Clock;
}): RobotsService {
  const clock = deps.clock ?? deps.fetchOptions.clock ?? systemClock;
  return {
    async policyFor(url) {
      const origin = (typeof url === 'string' ? new URL(url) : url).origin;
      const nowSeconds = Math.floor(clock.now().getTime() / 1000);
      const cached = await deps.cache.getRobots(origin);
      if (cached && cached.expiresAt > nowSeconds) return cached.policy;
      const { policy, ttlSeconds } = await fetchRobotsPolicy(origin, deps.userAgent, deps.fetchOptions);
      await deps.cache.putRobots({
        origin,
        policy,
        fetchedAt: clock.now().toISOString(),
        expiresAt: nowSeconds + ttlSeconds,
      });
      return policy;
    },
  };
}
