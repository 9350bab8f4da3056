import { DelegatingArticleStore } from '../../lambdas/adapters/delegating-article-store';
import type { ArticleStore, ConditionalWriteResult } from '../../lambdas/pipeline/ports';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';
import type { EventLog } from './event-log';
import { emitMissingEventsOf } from './recovery';

/**
 * The local stand-in for the DynamoDB stream: whenever the latest item of an article is written or read, the events
 * the table implies and the log lacks are published. Publishing from table state, not from the write call's result,
 * means a write that landed but whose answer was lost (a reset connection, a timeout) still gets its event when the
 * message is redelivered and the upsert reads the latest item again.
 */
export class PublishingArticleStore extends DelegatingArticleStore {
  constructor(
    inner: ArticleStore,
    private readonly log: EventLog,
  ) {
    super(inner);
  }

  override async getLatest(articleId: string): Promise<StoredArticle | null> {
    const latest = await this.inner.getLatest(articleId);
    if (latest) await emitMissingEventsOf(latest, this.inner, this.log);
    return latest;
  }

  override async putLatest(article: StoredArticle, expectedRevision: number): Promise<ConditionalWriteResult> {
    const result = await this.inner.putLatest(article, expectedRevision);
    if (result === 'written') await emitMissingEventsOf(article, this.inner, this.log);
    return result;
  }
}
