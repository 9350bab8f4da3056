import type { ArticleRecord } from '../../../lambdas/extract/record';

/** A complete, plausible record; tests override the fields they are about. */
export function articleRecord(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    title: 'Council approves the new river bridge',
    description: 'The vote ends a decade of debate - for now...',
    authors: ['Jane Doe', 'Omar Haddad'],
    publishedAt: '2024-03-05T08:30:00+00:00',
    publishedAtRaw: '5 March 2024, 08:30',
    modifiedAt: '2024-03-05T09:00:00+00:00',
    modifiedAtRaw: null,
    language: 'en',
    direction: 'ltr',
    siteName: 'Example News',
    url: 'https://www.example.com/news/bridge?utm_source=rss',
    canonicalUrl: 'https://www.example.com/news/bridge',
    section: 'Local',
    categories: ['City', 'Transport'],
    tags: ['bridge', 'council'],
    leadImage: { url: 'https://cdn.example.com/img/bridge.jpg?w=1200', caption: 'The old bridge.', alt: null, credit: null },
    images: [{ url: 'https://cdn.example.com/img/vote.jpg', caption: 'Councillors vote.', alt: 'A vote', credit: 'AFP' }],
    body: [
      'The city council approved the new river bridge on Tuesday.',
      'Construction is expected to start next spring and to take three years.',
      '"It is a great day for the city," the mayor said.',
    ].join('\n\n'),
    bodyHtml: '<p>The city council approved the new river bridge on Tuesday.</p>',
    wordCount: 36,
    counters: { views: 120, comments: 4 },
    wireSource: null,
    isAccessibleForFree: true,
    extraction: {
      method: 'main-pass',
      confidence: 0.92,
      metadataSources: ['json-ld', 'dom'],
      charset: 'utf-8',
      charsetSource: 'content-type',
      warnings: [],
    },
    ...overrides,
  };
}
