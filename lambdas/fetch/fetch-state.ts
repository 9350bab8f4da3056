/**
 * The port for what the fetcher remembers between runs: per-URL validators and schedule, seen-URL marks for
 * discovery, and cached robots.txt verdicts.
 *
 * TTL: every record carries `expiresAt`, epoch **seconds** — the attribute a DynamoDB table's Time To Live should be
 * configured on. DynamoDB deletes expired items lazily (up to days late), so an adapter must also treat an item whose
 * `expiresAt` is in the past as absent on read, as the in-memory implementation below does.
 */
import type { Clock } from '../pipeline/ports';
import { systemClock } from '../pipeline/ports';
import type { RobotsCache, RobotsRecord } from './robots';

export interface UrlFetchState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** HTTP status of the last completed fetch (304 included). */
  lastStatus: number;
  /** ISO 8601. */
  lastFetchedAt: string;
  /** ISO 8601; the URL is not fetched again before this time. */
  nextFetchAfter: string;
  /** Epoch seconds (TTL attribute). */
  expiresAt: number;
}

export interface FetchStateStore extends RobotsCache {
  getUrlState(url: string): Promise<UrlFetchState | null>;
  putUrlState(state: UrlFetchState): Promise<void>;
  /** The subset of `urls` with no live seen-mark, in input order. */
  filterUnseen(urls: readonly string[]): Promise<string[]>;
  /** Marks URLs as seen until `expiresAt` (epoch seconds). */
  markSeen(urls: readonly string[], expiresAt: number): Promise<void>;
}

export class InMemoryFetchStateStore implements FetchStateStore {
  private readonly urls = new Map<string, UrlFetchState>();
  private readonly seen = new Map<string, number>();
  private readonly robots = new Map<string, RobotsRecord>();

  constructor(private readonly clock: Clock = systemClock) {}

  private live(expiresAt: number): boolean {
    return expiresAt > this.clock.now().getTime() / 1000;
  }

  async getUrlState(url: string): Promise<UrlFetchState | null> {
    const state = this.urls.get(url);
    return state && this.live(state.expiresAt) ? { ...state } : null;
  }

  async putUrlState(state: UrlFetchState): Promise<void> {
    this.urls.set(state.url, { ...state });
  }

  async filterUnseen(urls: readonly string[]): Promise<string[]> {
    return urls.filter((url) => {
      const expiresAt = this.seen.get(url);
      return expiresAt === undefined || !this.live(expiresAt);
    });
  }

  async markSeen(urls: readonly string[], expiresAt: number): Promise<void> {
    for (const url of urls) this.seen.set(url, expiresAt);
  }

  async getRobots(origin: string): Promise<RobotsRecord | null> {
    const record = this.robots.get(origin);
    return record && this.live(record.expiresAt) ? structuredClone(record) : null;
  }

  async putRobots(record: RobotsRecord): Promise<void> {
    this.robots.set(record.origin, structuredClone(record));
  }
}
