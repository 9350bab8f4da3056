import { load } from 'cheerio/slim';
import { readMetaTags } from '../../../lambdas/extract/metadata/meta-tags';

describe('readMetaTags', () => {
  const tags = readMetaTags(load(`<html><head>
    <meta property="og:title" content="  OG  title ">
    <meta name="twitter:title" content="Twitter title">
    <meta name="DC.creator" content="Jane Doe">
    <meta name="parsely-author" content="John Roe">
    <meta property="article:tag" content="one"><meta property="article:tag" content="two"><meta property="article:tag" content="one">
    <meta property="og:title twitter:description" content="RDFa shared">
  </head><body>
    <div itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">Microdata headline</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann Poe</span></span>
      <time itemprop="datePublished" datetime="2017-01-23T10:00:00Z">23 January</time>
    </div>
    <time class="entry-date published" datetime="2017-01-23">Jan 23</time>
  </body></html>`));

  it('reads meta names and properties case-insensitively, keeping repeated values in order without duplicates', () => {
    expect(tags.first('og:title')).toBe('OG title');
    expect(tags.first('dc.creator')).toBe('Jane Doe');
    expect(tags.first('parsely-author')).toBe('John Roe');
    expect(tags.all('article:tag')).toEqual(['one', 'two']);
    expect(tags.first('twitter:description')).toBe('RDFa shared');
  });

  it('reads microdata properties, nested names and datetime attributes', () => {
    expect(tags.first('itemprop:headline')).toBe('Microdata headline');
    expect(tags.first('itemprop:author')).toBe('Ann Poe');
    expect(tags.first('itemprop:datepublished')).toBe('2017-01-23T10:00:00Z');
  });

  it('marks <time datetime> elements that look like the publication time', () => {
    expect(tags.all('time:published')).toEqual(['2017-01-23T10:00:00Z', '2017-01-23']);
  });

  it('returns null and empty lists for missing keys', () => {
    expect(tags.first('missing', 'also-missing')).toBeNull();
    expect(tags.all('missing')).toEqual([]);
  });
});
