import type { ArticleStore, Clock } from './ports';

export type WithdrawOutcome = 'withdrawn' | 'already-withdrawn' | 'unknown';

const MAX_ROUNDS = 8;

/**
 * Marks an article's latest revision withdrawn. The content is kept (downstream may need to retract what it
 * showed); the latest item is rewritten at the same revision, which the publisher turns into ArticleWithdrawn.
 * New content for the URL later simply becomes the next revision and clears the mark.
 */
export async function withdrawArticle(
  store: ArticleStore,
  articleId: string,
  reason: string,
  clock: Clock,
): Promise<WithdrawOutcome> {
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const latest = await store.getLatest(articleId);
    if (!latest) return 'unknown';
    if (latest.withdrawnAt) return 'already-withdrawn';
    const withdrawn = { ...latest, withdrawnAt: clock.now().toISOString(), withdrawalReason: reason };
    if ((await store.putLatest(withdrawn, latest.revision)) === 'written') return 'withdrawn';
  }
  throw new Error(`article ${articleId}: gave up withdrawing after ${MAX_ROUNDS} contended rounds`);
}

/** Withdraws whatever article an ingest object produced, when that object is deleted. */
export async function withdrawSource(store: ArticleStore, sourceKey: string, clock: Clock): Promise<WithdrawOutcome> {
  const articleId = await store.findSource(sourceKey);
  return articleId ? withdrawArticle(store, articleId, 'source-deleted', clock) : 'unknown';
}
