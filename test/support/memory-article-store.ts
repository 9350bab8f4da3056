import type { ArticleStore, ConditionalWriteResult } from '../../lambdas/pipeline/ports';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';

/** An in-memory ArticleStore with the same conditional semantics as the DynamoDB adapter, for use-case tests. */
export class MemoryArticleStore implements ArticleStore {
  readonly latest = new Map<string, StoredArticle>();
  readonly revisions = new Map<string, StoredArticle>();
  readonly sources = new Map<string, string>();

  async linkSource(sourceKey: string, articleId: string): Promise<void> {
    this.sources.set(sourceKey, articleId);
  }

  async findSource(sourceKey: string): Promise<string | null> {
    return this.sources.get(sourceKey) ?? null;
  }

  async getLatest(articleId: string): Promise<StoredArticle | null> {
    return structuredClone(this.latest.get(articleId) ?? null);
  }

  async getRevision(articleId: string, revision: number): Promise<StoredArticle | null> {
    return structuredClone(this.revisions.get(`${articleId}#${revision}`) ?? null);
  }

  async putRevision(article: StoredArticle): Promise<ConditionalWriteResult> {
    const key = `${article.articleId}#${article.revision}`;
    if (this.revisions.has(key)) return 'conflict';
    this.revisions.set(key, structuredClone(article));
    return 'written';
  }

  async putLatest(article: StoredArticle, expectedRevision: number): Promise<ConditionalWriteResult> {
    const current = this.latest.get(article.articleId);
    if ((current?.revision ?? 0) !== expectedRevision) return 'conflict';
    this.latest.set(article.articleId, structuredClone(article));
    return 'written';
  }
}
