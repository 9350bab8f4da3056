import { load } from 'cheerio/slim';
import { readLeadImage } from '../../../lambdas/extract/metadata/images';
import { IndexedPage } from '../../../lambdas/extract/metadata/regions';
import { readMetaTags } from '../../../lambdas/extract/metadata/meta-tags';
import { readJsonLd } from '../../../lambdas/extract/metadata/json-ld';

const leadImageOf = (html: string, url: string | null = 'https://example.com/news/1') => {
  const $ = load(html);
  return readLeadImage(IndexedPage.of($), readMetaTags($), readJsonLd($).article, url);
};

describe('readLeadImage', () => {
  it('resolves og:image against the page URL', () => {
    expect(leadImageOf('<meta property="og:image" content="/img/lead.jpg">')).toBe('https://example.com/img/lead.jpg');
  });

  it('falls back to JSON-LD image, then twitter:image', () => {
    expect(leadImageOf('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","image":{"@type":"ImageObject","url":"https://cdn.example.com/ld.jpg"}}</script><meta name="twitter:image" content="https://cdn.example.com/tw.jpg">'))
      .toBe('https://cdn.example.com/ld.jpg');
    expect(leadImageOf('<meta name="twitter:image" content="//cdn.example.com/tw.jpg">')).toBe('https://cdn.example.com/tw.jpg');
  });

  it('skips data URIs and returns null without any image', () => {
    expect(leadImageOf('<meta property="og:image" content="data:image/png;base64,AAAA">')).toBeNull();
    expect(leadImageOf('<p>no image</p>')).toBeNull();
  });
});
