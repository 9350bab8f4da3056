import type { ArticlesClient } from '../../lambdas/client/articles-client';
import { publishChanges, withdrawalEvent } from '../../lambdas/pipeline/change-events';
import type { ArticleStore } from '../../lambdas/pipeline/ports';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';
import type { EventLog } from './event-log';

/**
 * Emits every event the table implies for one article and the log lacks: each revision up to the latest, and the
 * withdrawal when the latest carries one. In AWS the DynamoDB stream holds a change until the publisher has
 * handled it; locally the log is that cursor, so this is what makes a lost acknowledgement or a crash harmless.
 * Costs nothing when the log is up to date (an in-memory check).
 */
export async function emitMissingEventsOf(latest: StoredArticle, store: ArticleStore, log: EventLog): Promise<number> {
  const revisionEmitted = (revision: number) =>
    log.hasEmitted(latest.articleId, revision, 'ArticleCreated') || log.hasEmitted(latest.articleId, revision, 'ArticleUpdated');
  const missing: number[] = [];
  for (let revision = latest.revision; revision >= 1 && !revisionEmitted(revision); revision -= 1) missing.unshift(revision);

  let emitted = 0;
  for (const revision of missing) {
    const current = revision === latest.revision ? latest : await store.getRevision(latest.articleId, revision);
    if (!current) continue;
    const previous = revision > 1 ? await store.getRevision(latest.articleId, revision - 1) : null;
    emitted += (await publishChanges([{ previous, current }], log)).length;
  }
  if (latest.withdrawnAt && !log.hasEmitted(latest.articleId, latest.revision, 'ArticleWithdrawn')) {
    await log.publish([withdrawalEvent(latest)]);
    emitted += 1;
  }
  return emitted;
}

/** At start: the events a crash swallowed, for every article in the table. */
export async function emitMissingEvents(articles: ArticlesClient, store: ArticleStore, log: EventLog): Promise<number> {
  let emitted = 0;
  for await (const latest of articles.scanLatest()) emitted += await emitMissingEventsOf(latest, store, log);
  return emitted;
}
