/**
 * The small ports the pipeline's use cases talk to. Adapters implement them for AWS (S3, DynamoDB, EventBridge)
 * and for the local runtime; tests may implement them in memory.
 */
import type { ChangeEvent } from './events';
import type { StoryCandidate } from './identity/story';
import type { StoredArticle } from './stored-article';

export interface StoredBlob {
  bytes: Uint8Array;
  contentType: string | null;
  /** User metadata (S3 `x-amz-meta-*`), keys lower-case. */
  metadata: Record<string, string>;
}

export interface PutBlobOptions {
  contentType?: string;
  metadata?: Record<string, string>;
}

/** One bucket. */
export interface BlobStore {
  get(key: string): Promise<StoredBlob | null>;
  put(key: string, bytes: Uint8Array, options?: PutBlobOptions): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** Result of a conditional write: `conflict` means another writer got there first; re-read and decide again. */
export type ConditionalWriteResult = 'written' | 'conflict';

/**
 * Revisioned article storage. Every operation is a single-item conditional write, so the store needs no
 * transactions (the local DynamoDB stand-in has none).
 */
export interface ArticleStore {
  getLatest(articleId: string): Promise<StoredArticle | null>;
  getRevision(articleId: string, revision: number): Promise<StoredArticle | null>;
  /** Writes a history item; succeeds only if that revision does not exist yet. */
  putRevision(article: StoredArticle): Promise<ConditionalWriteResult>;
  /** Replaces the latest item; succeeds only if the stored latest is at `expectedRevision` (0: none yet). */
  putLatest(article: StoredArticle, expectedRevision: number): Promise<ConditionalWriteResult>;
  /** Remembers which article an ingest object produced, so deleting the object can withdraw the article. */
  linkSource(sourceKey: string, articleId: string): Promise<void>;
  findSource(sourceKey: string): Promise<string | null>;
}

/**
 * Near-duplicate lookup for story grouping: each MinHash band key has at most one owner, the article registered
 * under it, found again by equality on the key (so DynamoDB serves a whole lookup with one batched read).
 */
export interface StoryIndex {
  /** The owner of each of the keys that has one; keys without an owner are absent from the map. */
  findOwners(bandKeys: string[]): Promise<Map<string, StoryCandidate>>;
  /**
   * Makes `member` the owner of the keys. Callers pass only keys `findOwners` found without an owner; of two
   * articles registering one key at once, one ends as its owner.
   */
  register(member: StoryCandidate, bandKeys: string[]): Promise<void>;
}

export interface EventSink {
  publish(events: ChangeEvent[]): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
