import { load } from 'cheerio/slim';
import { readMetadata } from '../../../lambdas/extract/metadata';

const accessOf = (head: string, body = '<h1>Council approves the new tram line</h1>') =>
  readMetadata(load(`<html><head>${head}</head><body>${body}</body></html>`), { url: null, now: new Date('2024-06-01T12:00:00Z') }).isAccessibleForFree;
const jsonLd = (value: object) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const article = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council approves the new tram line', datePublished: '2024-05-30' };

describe('readMetadata isAccessibleForFree', () => {
  it('is null when nothing on the page says', () => {
    expect(accessOf(jsonLd(article))).toBeNull();
    expect(accessOf('<meta property="og:type" content="article">')).toBeNull();
  });

  it('reads the JSON-LD article\'s own value, and a locked part when it states none', () => {
    expect(accessOf(jsonLd({ ...article, isAccessibleForFree: 'False' }))).toBe(false);
    expect(accessOf(jsonLd({ ...article, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' } }))).toBe(false);
    expect(accessOf(jsonLd({ ...article, hasPart: [{ '@id': '#free-part' }, { '@id': '#locked-part' }] })
      + jsonLd({ '@graph': [{ '@type': 'WebPageElement', '@id': '#free-part', isAccessibleForFree: true }, { '@type': 'WebPageElement', '@id': '#locked-part', isAccessibleForFree: false }] }))).toBe(false);
  });

  it('learns nothing from a part marked free', () => {
    expect(accessOf(jsonLd({ ...article, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: 'true', cssSelector: '.article' } }))).toBeNull();
  });

  it('reads the value a graph states on its WebPage, or on an article node without a headline, when the other nodes agree', () => {
    expect(accessOf(jsonLd({ '@graph': [article, { '@type': 'WebPage', name: 'Tram line', isAccessibleForFree: 'True' }] }))).toBe(true);
    expect(accessOf(jsonLd({ '@type': 'Article', dateModified: '2024-05-30', isAccessibleForFree: true }))).toBe(true);
    expect(accessOf(jsonLd({ '@graph': [article, { '@type': 'WebPage', isAccessibleForFree: true }, { '@type': 'CollectionPage', isAccessibleForFree: false }] }))).toBeNull();
  });

  it('reads schema.org\'s property as a meta tag or a microdata item property', () => {
    expect(accessOf('<meta itemprop="isAccessibleForFree" content="false">')).toBe(false);
    expect(accessOf('<meta name="isAccessibleForFree" content="True">')).toBe(true);
    expect(accessOf('', '<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Tram</h1><link itemprop="isAccessibleForFree" href="https://schema.org/False"></article>')).toBe(false);
  });

  it('reads the content tier: free is free, locked and metered are not, a tier of the site\'s own says nothing', () => {
    expect(accessOf('<meta property="article:content_tier" content="free">')).toBe(true);
    expect(accessOf('<meta property="article:content_tier" content="locked">')).toBe(false);
    expect(accessOf('<meta property="article:content_tier" content="metered">')).toBe(false);
    expect(accessOf('<meta property="article:content_tier" content="archive">')).toBeNull();
  });

  it('never overrides an explicit JSON-LD value with the tags', () => {
    expect(accessOf(jsonLd({ ...article, isAccessibleForFree: true }) + '<meta property="article:content_tier" content="locked">')).toBe(true);
    expect(accessOf(jsonLd({ ...article, isAccessibleForFree: true, hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false } }))).toBe(true);
    expect(accessOf(jsonLd({ ...article, isAccessibleForFree: false }) + '<meta itemprop="isAccessibleForFree" content="true">')).toBe(false);
  });
});
