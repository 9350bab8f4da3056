import { DelegatingArticleStore } from '../../lambdas/adapters/delegating-article-store';
import { publishChanges } from '../../lambdas/pipeline/change-events';
import type { ArticleStore, ConditionalWriteResult, EventSink } from '../../lambdas/pipeline/ports';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';

/**
 * The local stand-in for the DynamoDB stream: after each successful write of a latest item, hands the (previous,
 * current) pair to the same publisher code the stream Lambda runs in AWS.
 */
export class PublishingArticleStore extends DelegatingArticleStore {
  constructor(
    inner: ArticleStore,
    private readonly sink: EventSink,
  ) {
    super(inner);
  }

  override async putLatest(article: StoredArticle, expectedRevision: number): Promise<ConditionalWriteResult> {
    const result = await this.inner.putLatest(article, expectedRevision);
    if (result === 'written') {
      // A withdrawal rewrites the latest item at its own revision; its "before" is that revision's history item.
      const previous = expectedRevision > 0 ? await this.inner.getRevision(article.articleId, expectedRevision) : null;
      await publishChanges([{ previous, current: article }], this.sink);
    }
    return result;
  }
}
