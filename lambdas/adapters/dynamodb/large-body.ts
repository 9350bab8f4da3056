import type { BlobStore } from '../../pipeline/ports';
import type { StoredArticle } from '../../pipeline/stored-article';

/**
 * DynamoDB refuses items over 400 KB, and every revision is written twice (latest and history) and projected into
 * the indexes. Articles whose item would pass this budget keep a preview of the body in the table and the full
 * `body` and `bodyHtml` in the archive bucket, under a content-addressed key in `bodyRef`.
 */
export const ITEM_BUDGET_BYTES = 300 * 1024;

/** Characters of body text kept in the item as a preview when the body lives in S3. */
export const BODY_PREVIEW_CHARS = 2_000;

export const BODIES_PREFIX = 'bodies/';

interface OffloadedBody {
  body: string;
  bodyHtml: string;
}

/** The article as it should be written: unchanged when it fits, otherwise with its body moved out. */
export async function offloadLargeBody(article: StoredArticle, archive: BlobStore | undefined, itemBytes: number): Promise<StoredArticle> {
  if (itemBytes <= ITEM_BUDGET_BYTES) return article;
  if (!archive) throw new Error(`article ${article.articleId} needs ${itemBytes} bytes, over the item budget, and no archive is configured for its body`);
  const bodyRef = `${BODIES_PREFIX}${article.contentHash}.json`;
  if (!(await archive.exists(bodyRef))) {
    const payload: OffloadedBody = { body: article.body, bodyHtml: article.bodyHtml };
    await archive.put(bodyRef, Buffer.from(JSON.stringify(payload)), { contentType: 'application/json' });
  }
  return { ...article, body: article.body.slice(0, BODY_PREVIEW_CHARS), bodyHtml: '', bodyRef };
}

/** The article with its full body, read back from the archive when the item only holds a preview. */
export async function restoreLargeBody(article: StoredArticle, archive: BlobStore | undefined): Promise<StoredArticle> {
  if (!article.bodyRef || !archive) return article;
  const stored = await archive.get(article.bodyRef);
  if (!stored) throw new Error(`article ${article.articleId}: body ${article.bodyRef} is missing from the archive`);
  const payload = JSON.parse(Buffer.from(stored.bytes).toString('utf8')) as OffloadedBody;
  const { bodyRef: _bodyRef, ...rest } = article;
  return { ...rest, body: payload.body, bodyHtml: payload.bodyHtml };
}
