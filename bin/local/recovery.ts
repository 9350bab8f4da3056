import type { ArticlesClient } from '../../lambdas/client/articles-client';
import { publishChanges, withdrawalEvent } from '../../lambdas/pipeline/change-events';
import type { ArticleStore } from '../../lambdas/pipeline/ports';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';
import type { EventLog } from './event-log';

/**
 * Emits the events a crash swallowed: a revision written to the table whose event never reached the log.
 * In AWS the stream keeps those records until the publisher acknowledges them; locally the log is the cursor.
 */
export async function emitMissingEvents(articles: ArticlesClient, store: ArticleStore, log: EventLog): Promise<number> {
  let emitted = 0;
  for await (const latest of articles.scanLatest()) {
    const missing: number[] = [];
    const revisionEmitted = (revision: number) =>
      log.hasEmitted(latest.articleId, revision, 'ArticleCreated') || log.hasEmitted(latest.articleId, revision, 'ArticleUpdated');
    for (let revision = latest.revision; revision >= 1 && !revisionEmitted(revision); revision -= 1) {
      missing.unshift(revision);
    }
    for (const revision of missing) {
      const current = revision === latest.revision ? latest : await store.getRevision(latest.articleId, revision);
      if (!current) continue;
      const previous: StoredArticle | null = revision > 1 ? await store.getRevision(latest.articleId, revision - 1) : null;
      emitted += (await publishChanges([{ previous, current }], log)).length;
    }
    if (latest.withdrawnAt && !log.hasEmitted(latest.articleId, latest.revision, 'ArticleWithdrawn')) {
      await log.publish([withdrawalEvent(latest)]);
      emitted += 1;
    }
  }
  return emitted;
}
