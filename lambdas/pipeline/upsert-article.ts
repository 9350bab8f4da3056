import type { ArticleStore } from './ports';
import type { StoredArticle } from './stored-article';
import { diffBodies } from './identity/body-diff';
import { semanticFieldsChanged } from './identity/content-hash';

/** A new version of an article, before the store has assigned its revision. */
export type ArticleCandidate = Omit<
  StoredArticle,
  'revision' | 'firstSeenAt' | 'changedFields' | 'withdrawnAt' | 'withdrawalReason' | 'storyId' | 'originalArticleId' | 'bodyDiff'
>;

export interface StoryMembership {
  storyId: string;
  originalArticleId: string;
}

export interface UpsertOptions {
  /**
   * Finds the story of an article that has none yet. Called at most once, and only when a revision will be
   * written, so re-ingesting unchanged content costs no story lookups.
   */
  storyFor?(): Promise<StoryMembership | null>;
}

export type UpsertResult =
  | { outcome: 'created' | 'updated'; article: StoredArticle }
  | { outcome: 'unchanged'; article: StoredArticle }
  /** Content older than the stored latest arrived late; it never overwrites the newer revision. */
  | { outcome: 'stale'; article: StoredArticle };

/** Concurrent writers to one article are rare (one URL, one page); a handful of rounds always settles them. */
const MAX_ROUNDS = 8;

/**
 * Writes a candidate as the next revision, idempotently and without transactions.
 *
 * Each round: read the latest; stop if it already has this content; claim revision n+1 by creating its history
 * item (conditional on absence); then move the latest item from n to n+1 (conditional on n). A writer that finds
 * revision n+1 claimed by different content rolls the latest forward to it first ("helping"), so a crash between
 * the two writes never strands a revision and two writers never both win the same number.
 */
export async function upsertArticle(store: ArticleStore, candidate: ArticleCandidate, options: UpsertOptions = {}): Promise<UpsertResult> {
  let foundStory: Promise<StoryMembership | null> | undefined;
  const storyFor = () => (foundStory ??= options.storyFor?.() ?? Promise.resolve(null));
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const latest = await store.getLatest(candidate.articleId);
    const sameContent = latest?.contentHash === candidate.contentHash;
    if (latest && sameContent && !latest.withdrawnAt) return { outcome: 'unchanged', article: latest };
    if (latest && candidate.provenance.observedAt < latest.provenance.observedAt) return { outcome: 'stale', article: latest };

    const revision = (latest?.revision ?? 0) + 1;
    // A withdrawn page that comes back unchanged is a new revision too: its only change is being live again.
    const changedFields: string[] = !latest ? [] : sameContent ? ['withdrawnAt'] : semanticFieldsChanged(latest, candidate);
    // An article keeps its story across revisions: a corrected paragraph must not move it to another story.
    const story = latest?.storyId ? { storyId: latest.storyId, originalArticleId: latest.originalArticleId } : await storyFor();
    let next: StoredArticle = {
      ...candidate,
      revision,
      firstSeenAt: latest?.firstSeenAt ?? candidate.revisedAt,
      changedFields,
      storyId: story?.storyId ?? null,
      originalArticleId: story?.originalArticleId ?? null,
      bodyDiff: latest && changedFields.includes('body') ? diffBodies(latest.body, candidate.body) : null,
      withdrawnAt: null,
      withdrawalReason: null,
    };

    if ((await store.putRevision(next)) === 'conflict') {
      const claimed = await store.getRevision(candidate.articleId, revision);
      if (!claimed) continue;
      if (claimed.contentHash !== next.contentHash) {
        await store.putLatest(claimed, revision - 1);
        continue;
      }
      // Our own earlier attempt (a redelivery after a crash) or an identical concurrent one: finish it.
      next = claimed;
    }

    if ((await store.putLatest(next, revision - 1)) === 'written') {
      return { outcome: revision === 1 ? 'created' : 'updated', article: next };
    }
  }
  throw new Error(`article ${candidate.articleId}: gave up after ${MAX_ROUNDS} contended write rounds`);
}
