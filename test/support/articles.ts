import type { ArticleCandidate } from '../../lambdas/pipeline/upsert-article';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';

/** A candidate article with every field filled, for use-case tests that care about identity and revisions. */
export function candidate(overrides: Partial<ArticleCandidate> & { body?: string } = {}): ArticleCandidate {
  const body = overrides.body ?? 'First paragraph of the story.\n\nSecond paragraph of the story.';
  return {
    title: 'A story',
    description: null,
    authors: [],
    publishedAt: '2017-01-23T00:00:00.000Z',
    publishedAtRaw: null,
    modifiedAt: null,
    modifiedAtRaw: null,
    language: 'en',
    direction: 'ltr',
    siteName: null,
    url: 'https://news.example/story',
    canonicalUrl: 'https://news.example/story',
    section: null,
    categories: [],
    tags: [],
    leadImage: null,
    images: [],
    body,
    bodyHtml: '',
    wordCount: body.split(/\s+/).length,
    counters: { views: null, comments: null },
    wireSource: null,
    isAccessibleForFree: null,
    extraction: { method: 'test', confidence: 1, metadataSources: [], charset: null, charsetSource: null, warnings: [] },
    articleId: 'u-story',
    contentHash: `hash:${body}`,
    revisedAt: '2026-01-01T00:00:00.000Z',
    provenance: { sourceKey: 'inbox/story.html', rawKey: 'raw/x', rawSha256: 'x', observedAt: '2026-01-01T00:00:00.000Z' },
    ...overrides,
  };
}

/** A stored revision built from {@link candidate}. */
export function storedArticle(revision: number, body: string, overrides: Partial<StoredArticle> = {}): StoredArticle {
  return {
    ...candidate({ body, contentHash: `hash:${body}` }),
    revision,
    firstSeenAt: '2026-01-01T00:00:00.000Z',
    changedFields: [],
    withdrawnAt: null,
    withdrawalReason: null,
    storyId: null,
    originalArticleId: null,
    bodyDiff: null,
    ...overrides,
  };
}
