import type { ArticleStore, ConditionalWriteResult } from '../pipeline/ports';
import type { StoredArticle } from '../pipeline/stored-article';

/** Passes every call through to another store; decorators (the local stream stand-in, test fault injectors) override the calls they change. */
export class DelegatingArticleStore implements ArticleStore {
  constructor(protected readonly inner: ArticleStore) {}

  getLatest(articleId: string): Promise<StoredArticle | null> {
    return this.inner.getLatest(articleId);
  }

  getRevision(articleId: string, revision: number): Promise<StoredArticle | null> {
    return this.inner.getRevision(articleId, revision);
  }

  putRevision(article: StoredArticle): Promise<ConditionalWriteResult> {
    return this.inner.putRevision(article);
  }

  putLatest(article: StoredArticle, expectedRevision: number): Promise<ConditionalWriteResult> {
    return this.inner.putLatest(article, expectedRevision);
  }

  linkSource(sourceKey: string, articleId: string): Promise<void> {
    return this.inner.linkSource(sourceKey, articleId);
  }

  findSource(sourceKey: string): Promise<string | null> {
    return this.inner.findSource(sourceKey);
  }
}
