import { articleIdForContent, articleIdForUrl } from '../../../lambdas/pipeline/identity/article-id';
import { articleRecord } from './record-fixture';

describe('articleIdForUrl', () => {
  it('is a u-prefixed 128-bit base32 digest', () => {
    expect(articleIdForUrl('https://example.com/a')).toMatch(/^u[a-z2-7]{26}$/);
  });

  it('is stable', () => {
    expect(articleIdForUrl('https://example.com/a')).toBe(articleIdForUrl('https://example.com/a'));
  });

  it('is the same for every spelling of one address', () => {
    const id = articleIdForUrl('https://example.com/news/story-1');
    for (const spelling of [
      'http://example.com/news/story-1',
      'https://www.example.com/news/story-1/',
      'https://amp.example.com/news/story-1/amp?utm_source=tw#x',
      'HTTPS://EXAMPLE.COM/news/story-1/index.html',
    ]) {
      expect(articleIdForUrl(spelling)).toBe(id);
    }
  });

  it('differs for different articles, including path case', () => {
    const ids = new Set(
      ['https://example.com/a', 'https://example.com/A', 'https://example.com/a?id=2', 'https://example.org/a'].map(
        articleIdForUrl,
      ),
    );
    expect(ids.size).toBe(4);
  });

  it('throws for something that is not an http(s) URL', () => {
    expect(() => articleIdForUrl('/relative')).toThrow(/not an absolute http\(s\) URL/);
  });
});

describe('articleIdForContent', () => {
  it('is a c-prefixed 128-bit base32 digest', () => {
    expect(articleIdForContent(articleRecord())).toMatch(/^c[a-z2-7]{26}$/);
  });

  it('ignores whitespace, quote style and invisible marks', () => {
    const record = articleRecord({ title: 'It\'s "done"', body: 'One - two...\n\nThree' });
    const noisy = articleRecord({ title: ' It’s “done”\u200B', body: 'One – two…\n\n\n  Three ' });
    expect(articleIdForContent(noisy)).toBe(articleIdForContent(record));
  });

  it('ignores everything but title and body', () => {
    const record = articleRecord();
    const other = articleRecord({ url: null, authors: [], counters: { views: 1, comments: null } });
    expect(articleIdForContent(other)).toBe(articleIdForContent(record));
  });

  it('changes with the title and with the body', () => {
    const id = articleIdForContent(articleRecord());
    expect(articleIdForContent(articleRecord({ title: 'Another title' }))).not.toBe(id);
    expect(articleIdForContent(articleRecord({ body: 'Another body.' }))).not.toBe(id);
  });

  it('does not let text move between title and body unnoticed', () => {
    expect(articleIdForContent({ title: 'ab', body: 'c' })).not.toBe(articleIdForContent({ title: 'a', body: 'bc' }));
  });

  it('treats a missing title like an empty one', () => {
    expect(articleIdForContent({ title: null, body: 'x' })).toBe(articleIdForContent({ title: '  ', body: 'x' }));
  });
});
