import { createHash } from 'node:crypto';
import { extract } from '../extract';
import { RejectedInputError } from '../extract/errors';
import type { ArticleRecord } from '../extract/record';
import { articleIdForContent, articleIdForUrl } from './identity/article-id';
import { canonicalizeUrl, chooseCanonicalUrl } from './identity/canonical-url';
import { contentHash } from './identity/content-hash';
import type { ArticleStore, BlobStore, Clock, StoryIndex } from './ports';
import { quarantine, type QuarantineReason } from './quarantine';
import { upsertArticle } from './upsert-article';
import { assignStory } from './assign-story';
import { storyFingerprint } from './identity/story-fingerprint';
import { hostOf } from './identity/host';

/** One object from the ingest bucket (dropped by a producer or written by the fetcher). */
export interface IngestInput {
  /** Ingest bucket key, for provenance and logs. */
  key: string;
  bytes: Uint8Array;
  contentType: string | null;
  /** S3 user metadata; `url` (and for fetched pages `finalurl`, `fetchedat`) identify the page. */
  metadata: Record<string, string>;
  /** When the object was created (S3 event time), ISO 8601; a fetched page's `fetchedat` wins. */
  observedAt: string;
}

export interface IngestDeps {
  archive: BlobStore;
  articles: ArticleStore;
  stories: StoryIndex;
  clock: Clock;
  /** Inputs above this many bytes (as stored, before gunzip) are quarantined as `too-large`. */
  maxInputBytes: number;
}

export type IngestOutcome =
  | { outcome: 'created' | 'updated' | 'unchanged' | 'stale'; articleId: string; revision: number; rawKey: string }
  | { outcome: 'quarantined'; reason: QuarantineReason; message: string; quarantineKey: string };

export const RAW_PREFIX = 'raw/';

/**
 * The parse stage for one object: decode and extract, archive the raw bytes, upsert the record.
 *
 * Input that can never become an article is quarantined with its reason and the call succeeds, so one bad object
 * never fails its batch. Storage errors are thrown: they are transient, and the queue's redelivery retries them.
 */
export async function ingestPage(input: IngestInput, deps: IngestDeps): Promise<IngestOutcome> {
  const rawSha256 = createHash('sha256').update(input.bytes).digest('hex');
  const setAside = async (reason: QuarantineReason, message: string): Promise<IngestOutcome> => {
    const key = await quarantine(deps.archive, input.bytes, {
      reason,
      message,
      sourceKey: input.key,
      rawSha256,
      quarantinedAt: deps.clock.now().toISOString(),
    });
    return { outcome: 'quarantined', reason, message, quarantineKey: key };
  };

  if (input.bytes.length > deps.maxInputBytes) {
    return setAside('too-large', `${input.bytes.length} bytes exceeds the ${deps.maxInputBytes}-byte limit`);
  }

  const pageUrl = input.metadata.finalurl || input.metadata.url || null;
  let record: ArticleRecord;
  try {
    record = extract(input.bytes, { url: pageUrl, contentType: input.contentType, now: deps.clock.now() });
  } catch (error) {
    if (error instanceof RejectedInputError) return setAside(error.reason, error.message);
    return setAside('extraction-failed', error instanceof Error ? error.message : String(error));
  }
  const missing = missingArticle(record);
  if (missing) return setAside('no-article', missing);

  const rawKey = `${RAW_PREFIX}${rawSha256}`;
  if (!(await deps.archive.exists(rawKey))) {
    await deps.archive.put(rawKey, input.bytes, {
      contentType: input.contentType ?? 'text/html',
      metadata: { sourcekey: encodeURIComponent(input.key), ...(pageUrl ? { url: encodeURI(pageUrl) } : {}) },
    });
  }

  const canonicalUrl = identityUrl(record, pageUrl);
  const articleId = canonicalUrl ? articleIdForUrl(canonicalUrl) : articleIdForContent(record);
  const revisedAt = deps.clock.now().toISOString();
  const fingerprint = storyFingerprint(record.body);
  const story: { register: (() => Promise<void>) | null } = { register: null };
  const result = await upsertArticle(
    deps.articles,
    {
      ...record,
      canonicalUrl,
      articleId,
      contentHash: contentHash(record),
      revisedAt,
      provenance: {
        sourceKey: input.key,
        rawKey,
        rawSha256,
        observedAt: normalizeTime(input.metadata.fetchedat) ?? input.observedAt,
      },
    },
    {
      storyFor: async () => {
        if (!fingerprint) return null;
        const member = { articleId, fingerprint, publishedAt: record.publishedAt, firstSeenAt: revisedAt, siteHost: hostOf(canonicalUrl ?? pageUrl) ?? '' };
        const assigned = await assignStory(deps.stories, member);
        story.register = assigned.register;
        return assigned;
      },
    },
  );
  // Registered only once the article is stored, so a lookup that ended in no write leaves no band items behind.
  const written = result.outcome === 'created' || result.outcome === 'updated';
  if (story.register && written) await story.register();
  // Unchanged content is checked with a read first, so an identical re-delivery writes nothing at all.
  if (written || (await deps.articles.findSource(input.key)) !== result.article.articleId) {
    await deps.articles.linkSource(input.key, result.article.articleId);
  }

  return { outcome: result.outcome, articleId: result.article.articleId, revision: result.article.revision, rawKey };
}

/** Why the record is not an article, or null when it is. A page with no body text at all has nothing to store. */
function missingArticle(record: ArticleRecord): string | null {
  if (record.body.trim().length === 0) return 'no article text was found on the page';
  return null;
}

function identityUrl(record: ArticleRecord, pageUrl: string | null): string | null {
  const chosen = chooseCanonicalUrl({ pageUrl, declaredCanonical: record.canonicalUrl, ogUrl: null });
  return chosen ? canonicalizeUrl(chosen) : null;
}

function normalizeTime(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
