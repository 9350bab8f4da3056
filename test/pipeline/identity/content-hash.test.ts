import { contentHash, semanticFieldsChanged } from '../../../lambdas/pipeline/identity/content-hash';
import { articleRecord } from './record-fixture';

const base = articleRecord();

describe('contentHash', () => {
  it('is a SHA-256 hex digest', () => {
    expect(contentHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['collapsed and extra whitespace', { title: '  Council  approves the\tnew river bridge ', body: base.body.replace(/\n\n/g, '\n\n\n ') }],
    ['typographic quotes', { body: base.body.replace('"It is', '“It is').replace('city,"', 'city,”') }],
    ['typographic dashes and ellipsis', { description: 'The vote ends a decade of debate — for now…' }],
    ['zero-width and bidi marks', { title: '\u200FCouncil approves\u200B the new river bridge\u200E' }],
    ['decomposed Unicode', { authors: ['Jane Doe', 'Omar Haddad'].map((a) => a.normalize('NFD')) }],
    ['counter changes', { counters: { views: 99999, comments: 87 } }],
    ['a different URL and canonical URL', { url: 'http://example.com/x', canonicalUrl: null }],
    ['extraction diagnostics', { extraction: { ...base.extraction, confidence: 0.4, method: 'fallback:json-ld-articleBody', warnings: ['w'] } }],
    ['wordCount and bodyHtml', { wordCount: 1, bodyHtml: '<p>other</p>' }],
    ['modifiedAt (bumped by republishing)', { modifiedAt: '2024-04-01T00:00:00Z', modifiedAtRaw: 'April 1' }],
    ['the same instant in another notation', { publishedAt: '2024-03-05T10:30:00+02:00' }],
    ['tag and category order and case', { tags: ['Council', 'bridge'], categories: ['transport', 'City', 'City'] }],
    ['image cache-busters and scheme', { leadImage: { ...base.leadImage!, url: 'http://cdn.example.com/img/bridge.jpg?w=640&v=2' } }],
    ['image alt and credit', { images: [{ ...base.images[0]!, alt: 'other', credit: null }] }],
    ['duplicate author', { authors: ['Jane Doe', 'Omar Haddad', 'Jane Doe'] }],
  ])('is stable under %s', (_noise, overrides) => {
    expect(contentHash(articleRecord(overrides))).toBe(contentHash(base));
  });

  it.each([
    ['a one-word body edit', { body: base.body.replace('three years', 'four years') }],
    ['a title edit', { title: 'Council rejects the new river bridge' }],
    ['an added author', { authors: [...base.authors, 'A. N. Other'] }],
    ['author order', { authors: ['Omar Haddad', 'Jane Doe'] }],
    ['a new publication date', { publishedAt: '2024-03-06T08:30:00+00:00' }],
    ['a new lead image', { leadImage: { ...base.leadImage!, url: 'https://cdn.example.com/img/other.jpg' } }],
    ['a caption edit', { images: [{ ...base.images[0]!, caption: 'Councillors vote on Tuesday.' }] }],
    ['a removed tag', { tags: ['bridge'] }],
    ['a new section', { section: 'Politics' }],
  ])('changes under %s', (_edit, overrides) => {
    expect(contentHash(articleRecord(overrides))).not.toBe(contentHash(base));
  });
});

describe('semanticFieldsChanged', () => {
  it('is empty for noise-only differences', () => {
    const noisy = articleRecord({ title: ` ${base.title} `, counters: { views: 1, comments: 1 }, modifiedAt: null });
    expect(semanticFieldsChanged(base, noisy)).toEqual([]);
  });

  it('names exactly the body when one paragraph was corrected', () => {
    expect(semanticFieldsChanged(base, articleRecord({ body: base.body.replace('Tuesday', 'Wednesday') }))).toEqual(['body']);
  });

  it('names every changed field, in a fixed order', () => {
    const next = articleRecord({
      tags: ['bridge'],
      title: 'Bridge approved',
      images: [],
      description: null,
      counters: { views: 0, comments: 0 },
    });
    expect(semanticFieldsChanged(base, next)).toEqual(['title', 'description', 'images', 'tags']);
  });

  it('agrees with contentHash', () => {
    const edits = [{}, { body: 'x' }, { modifiedAt: null }, { section: null }, { leadImage: null }];
    for (const edit of edits) {
      const next = articleRecord(edit);
      const hashChanged = contentHash(next) !== contentHash(base);
      expect(semanticFieldsChanged(base, next).length > 0).toBe(hashChanged);
    }
  });
});
