import { load } from 'cheerio/slim';
import { readJsonLd } from '../../../lambdas/extract/metadata/json-ld';
import { extract } from '../../../lambdas/extract';
import { indexedPage } from '../../support/indexed-page';

const page = (...scripts: string[]) => load(`<html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head><body></body></html>`);

describe('readJsonLd', () => {
  it('reads a fact-checker\'s ClaimReview as the article, its writer and date, and not the reviewed claim\'s author (rule "claim review as the article")', () => {
    const review = {
      '@context': 'https://schema.org', '@type': 'ClaimReview', datePublished: '2026-12-03T10:00:00-05:00', author: { '@type': 'Person', name: 'Lena Park' },
      claimReviewed: 'The mayor banned bicycles downtown.', itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Rick Dalton' }, datePublished: '2026-11-30' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, alternateName: 'False' },
    };
    const alone = readJsonLd(indexedPage(page(JSON.stringify(review)))).article;
    expect(alone).toMatchObject({ authors: ['Lena Park'], datePublished: '2026-12-03T10:00:00-05:00' });
    // Beside a NewsArticle, the article speaks first.
    const article = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'No, the mayor did not ban bicycles', author: { '@type': 'Person', name: 'Ann Poe' }, datePublished: '2026-12-03T11:00:00-05:00' };
    expect(readJsonLd(indexedPage(page(JSON.stringify(review), JSON.stringify(article)))).article).toMatchObject({ authors: ['Ann Poe'], datePublished: '2026-12-03T11:00:00-05:00' });
  });

  it('reads a health site\'s MedicalWebPage as the article, its writer and dates, and not its reviewer (rule "medical web page as the article")', () => {
    const medical = {
      '@context': 'https://schema.org', '@type': 'MedicalWebPage', headline: 'Does sea swimming lower blood pressure?', datePublished: '2026-11-28T08:00:00+00:00',
      dateModified: '2026-12-03T16:45:00+00:00', author: { '@type': 'Person', name: 'Lena Park' }, reviewedBy: { '@type': 'Person', name: 'Dr Tom Roe' },
    };
    expect(readJsonLd(indexedPage(page(JSON.stringify(medical)))).article).toMatchObject({
      authors: ['Lena Park'], datePublished: '2026-11-28T08:00:00+00:00', dateModified: '2026-12-03T16:45:00+00:00',
    });
  });

  it.each(['AdvertiserContentArticle', 'SatiricalArticle'])('reads the page\'s %s as the article, with its writer, dates and section (rule "paid and satirical articles")', (type) => {
    const article = {
      '@context': 'https://schema.org', '@type': type, headline: 'Ten ways to heat a flat for less', datePublished: '2026-12-01T09:00:00+01:00',
      author: { '@type': 'Person', name: 'Mia Holt' }, articleSection: 'Partner content',
    };
    expect(readJsonLd(indexedPage(page(JSON.stringify(article)))).article).toMatchObject({
      headline: 'Ten ways to heat a flat for less', authors: ['Mia Holt'], datePublished: '2026-12-01T09:00:00+01:00',
    });
  });

  it('reads a NewsArticle with nested author objects, publisher, section, keywords and image', () => {
    const result = readJsonLd(indexedPage(page(JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Floods close the coast road',
      description: 'A dek.',
      author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', givenName: 'John', familyName: 'Roe' }],
      publisher: { '@type': 'Organization', name: 'Example Times' },
      datePublished: '2017-01-23T10:00:00+01:00',
      dateModified: '2017-01-24T08:00:00+01:00',
      articleSection: ['World', 'Europe'],
      keywords: 'floods, roads; weather',
      image: [{ '@type': 'ImageObject', url: 'https://example.com/a.jpg' }, 'https://example.com/b.jpg'],
      isAccessibleForFree: 'False',
      inLanguage: 'en-GB',
      articleBody: 'The body.',
      commentCount: 12,
    }))));
    expect(result.warnings).toEqual([]);
    expect(result.article).toMatchObject({
      type: 'newsarticle',
      headline: 'Floods close the coast road',
      description: 'A dek.',
      authors: ['Jane Doe', 'John Roe'],
      publisher: 'Example Times',
      datePublished: '2017-01-23T10:00:00+01:00',
      dateModified: '2017-01-24T08:00:00+01:00',
      sections: ['World', 'Europe'],
      keywords: ['floods', 'roads', 'weather'],
      images: [{ url: 'https://example.com/a.jpg', caption: null, credit: null }, { url: 'https://example.com/b.jpg', caption: null, credit: null }],
      isAccessibleForFree: false,
      inLanguage: 'en-GB',
      articleBody: 'The body.',
      commentCount: 12,
    });
  });

  it('keeps the paragraphs of the articleBody, given as line breaks or as the editor\'s markup', () => {
    const bodyOf = (articleBody: string) => readJsonLd(indexedPage(page(JSON.stringify({ '@type': 'NewsArticle', headline: 'Wind farm approved', articleBody })))).article?.articleBody;
    expect(bodyOf('Ministers approved the wind farm.\n\nIt will have 80  turbines.\r\nWork starts next year.')).toBe('Ministers approved the wind farm.\n\nIt will have 80 turbines.\n\nWork starts next year.');
    expect(bodyOf('<p>Ministers approved the <b>wind farm</b>.</p><p>It will have 80 turbines.<br>Work starts next year.</p>'))
      .toBe('Ministers approved the wind farm.\n\nIt will have 80 turbines.\n\nWork starts next year.');
    expect(bodyOf('   ')).toBeNull();
  });

  it('reads a BreadcrumbList in the order of its positions, with each folder\'s address from a string or an item node', () => {
    const result = readJsonLd(indexedPage(page(JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 3, name: 'Ausland', item: 'https://example.com/politik/ausland/' },
        { '@type': 'ListItem', position: 1, name: 'Start', item: 'https://example.com/' },
        { '@type': 'ListItem', position: 2, item: { '@type': 'WebPage', '@id': 'https://example.com/politik/', name: 'Politik' } },
        { '@type': 'ListItem', position: 4, name: 'Wahl in Portugal' },
      ],
    }))));
    expect(result.breadcrumbs).toEqual([
      { name: 'Start', url: 'https://example.com/' },
      { name: 'Politik', url: 'https://example.com/politik/' },
      { name: 'Ausland', url: 'https://example.com/politik/ausland/' },
      { name: 'Wahl in Portugal', url: null },
    ]);
  });

  it('follows @graph and resolves @id references to authors', () => {
    const result = readJsonLd(indexedPage(page(JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Example Blog' },
        { '@type': 'WebPage', '@id': '#page', name: 'Floods | Example Blog' },
        { '@type': 'Article', headline: 'Floods', author: { '@id': '#jane' }, keywords: ['a', 'b'] },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
      ],
    }))));
    expect(result.article?.type).toBe('article');
    expect(result.article?.authors).toEqual(['Jane Doe']);
    expect(result.article?.keywords).toEqual(['a', 'b']);
    expect(result.siteName).toBe('Example Blog');
  });

  it('resolves a reference written as the bare address of a graph node, and keeps a name that is no node\'s address', () => {
    const authorsOf = (author: string) => readJsonLd(indexedPage(page(JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', headline: 'Floods', author },
        { '@type': 'Person', '@id': 'https://example.com/author/jane/#author', name: 'Jane Doe' },
      ],
    })))).article?.authors;
    expect(authorsOf('https://example.com/author/jane/#author')).toEqual(['Jane Doe']);
    expect(authorsOf('John Roe')).toEqual(['John Roe']);
  });

  it('prefers the most news-specific type across scripts and arrays', () => {
    const result = readJsonLd(indexedPage(page(
      JSON.stringify({ '@type': 'WebPage', headline: 'Page headline', datePublished: '2017-01-01' }),
      JSON.stringify([{ '@type': 'BreadcrumbList' }, { '@type': ['ReportageNewsArticle'], headline: 'Report' }]),
    )));
    expect(result.article?.headline).toBe('Report');
  });

  it('uses a WebPage only when it carries article data', () => {
    expect(readJsonLd(indexedPage(page(JSON.stringify({ '@type': 'WebPage', name: 'Home' })))).article).toBeNull();
    expect(readJsonLd(indexedPage(page(JSON.stringify({ '@type': 'WebPage', name: 'Story', datePublished: '2017-01-01' })))).article?.headline).toBe('Story');
  });

  it('finds an article nested in mainEntity and reads interaction statistics', () => {
    const result = readJsonLd(indexedPage(page(JSON.stringify({
      '@type': 'WebPage',
      mainEntity: {
        '@type': 'BlogPosting',
        headline: 'Nested',
        interactionStatistic: [{ '@type': 'InteractionCounter', interactionType: 'https://schema.org/ViewAction', userInteractionCount: '1,116' }],
      },
    }))));
    expect(result.article?.headline).toBe('Nested');
    expect(result.article?.viewCount).toBe(1116);
  });

  it('repairs trailing commas, raw newlines and CDATA wrappers', () => {
    const result = readJsonLd(indexedPage(page('/*<![CDATA[*/{"@type": "NewsArticle", "headline": "Line one\nline two", "keywords": ["x",],}/*]]>*/')));
    expect(result.article?.headline).toBe('Line one line two');
    expect(result.warnings).toEqual([]);
  });

  it('reads CDATA behind line comments, and objects printed one after another in one script', () => {
    expect(readJsonLd(indexedPage(page('//<![CDATA[\n{"@type": "NewsArticle", "headline": "Behind line comments"}\n//]]>'))).article?.headline).toBe('Behind line comments');
    const adjacent = readJsonLd(indexedPage(page('{"@type": "Organization", "name": "Coast Courier"}\n{"@type": "NewsArticle", "headline": "Second object", "author": {"@type": "Person", "name": "Mia Holt"}}')));
    expect(adjacent.article?.headline).toBe('Second object');
    expect(adjacent.article?.authors).toEqual(['Mia Holt']);
    expect(adjacent.siteName).toBe('Coast Courier');
    expect(adjacent.warnings).toEqual([]);
  });

  it('reads a block opened with script comments and closed with a semicolon, as templates write their scripts', () => {
    expect(readJsonLd(indexedPage(page('// generated by the article template\n/* do not edit */\n{"@type": "NewsArticle", "headline": "Behind script comments"};'))).article?.headline).toBe('Behind script comments');
    expect(readJsonLd(indexedPage(page('<!--\n{"@type": "NewsArticle", "headline": "In an HTML comment"};\n-->'))).article?.headline).toBe('In an HTML comment');
  });

  it('ignores malformed JSON with a warning instead of throwing', () => {
    const result = readJsonLd(indexedPage(page('{"@type": "NewsArticle", "headline": ')));
    expect(result.article).toBeNull();
    expect(result.warnings).toEqual(['json-ld: malformed script ignored']);
  });

  it('walks 1000-deep nesting without exhausting the stack and reports the truncation', () => {
    const deep = `${'{"a":'.repeat(1000)}{"@type":"Thing"}${'}'.repeat(1000)}`;
    const wrapped = `[{"@type":"NewsArticle","headline":"Still found"}, ${deep}]`;
    const result = readJsonLd(indexedPage(page(wrapped)));
    expect(result.article?.headline).toBe('Still found');
    expect(result.warnings).toEqual(['json-ld: structure too deep or too large, truncated']);
  });

  it('survives 100000-deep arrays', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => readJsonLd(indexedPage(page(deep)))).not.toThrow();
  });

  it('skips oversized scripts with a warning', () => {
    const huge = JSON.stringify({ '@type': 'NewsArticle', headline: 'Huge', articleBody: 'x'.repeat(1_100_000) });
    const result = readJsonLd(indexedPage(page(huge)));
    expect(result.article).toBeNull();
    expect(result.warnings[0]).toMatch(/^json-ld: script of \d+ characters skipped$/);
  });

  it('decodes an HTML entity left in a section or keyword list instead of splitting at its semicolon', () => {
    const result = readJsonLd(indexedPage(page('{"@type": "NewsArticle", "headline": "x", "articleSection": "Film &amp; TV; Music", "keywords": "R&amp;B, Jazz"}')));
    expect(result.article?.sections).toEqual(['Film & TV', 'Music']);
    expect(result.article?.keywords).toEqual(['R&B', 'Jazz']);
  });

  it('keeps people as authors and sets organisations apart, dropping the publisher itself', () => {
    const result = readJsonLd(indexedPage(page(JSON.stringify({
      '@type': 'NewsArticle', headline: 'x',
      author: [{ '@type': 'Organization', name: 'Example Times' }, { '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Organization', name: 'Science Desk' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Example Times' },
    }))));
    expect(result.article?.authors).toEqual(['Jane Doe']);
    expect(result.article?.organizationAuthors).toEqual(['Science Desk']);
  });

  it('keeps an organisation that credits the page\'s writers as a group among the authors', () => {
    const result = readJsonLd(indexedPage(page('{"@type": "Article", "headline": "x", "author": {"@type": "Organization", "name": "Contributors to Example projects"}}')));
    expect(result.article?.authors).toEqual(['Contributors to Example projects']);
    expect(result.article?.organizationAuthors).toEqual([]);
  });

  it('adds co-writers listed as creator to the author', () => {
    const result = readJsonLd(indexedPage(page('{"@type": "NewsArticle", "headline": "x", "author": {"@type": "Person", "name": "Jane Doe"}, "creator": ["Jane Doe", "John Roe"]}')));
    expect(result.article?.authors).toEqual(['Jane Doe', 'Jane Doe', 'John Roe']);
  });
});


describe('rule "another page\'s article"', () => {
  const NOW = new Date('2026-12-01T00:00:00Z');
  const nextStory = JSON.stringify({
    '@type': 'NewsArticle', headline: 'New cycle underpass opens in the north', url: 'https://news.example/city/cycle-underpass-118790',
    datePublished: '2026-11-28T09:15:00+01:00', author: [{ '@type': 'Person', name: 'Florian Haslinger' }], keywords: 'cycling, traffic',
  });
  const scrollingPage = (canonical: string, nodeHeadline = 'New cycle underpass opens in the north') => `<html><head>
    <link rel="canonical" href="${canonical}"><meta property="og:title" content="Care homes brace for another hot summer">
    <meta property="article:published_time" content="2026-11-29T18:04:00+01:00"><meta name="author" content="Magdalena Pointner"></head><body>
    <article><h1>Care homes brace for another hot summer</h1><p>${'Care homes in the city are buying fans and planning cooler rooms for the summer, the council said. '.repeat(3)}</p></article>
    <div class="stream-item"><script type="application/ld+json">${nextStory.replace('New cycle underpass opens in the north', nodeHeadline)}</script>
    <h2>New cycle underpass opens in the north</h2><p>${'The underpass links two estates and the river path, and cost four million euros. '.repeat(3)}</p></div></body></html>`;

  it('leaves out the JSON-LD of the story an endless page appends, which names another address and another headline', () => {
    const record = extract(scrollingPage('https://news.example/city/care-homes-heat-118771'), { now: NOW });
    expect(record.authors).toEqual(['Magdalena Pointner']);
    expect(record.publishedAt).toBe('2026-11-29T18:04:00+01:00');
  });

  it("keeps a node that names the page's own address, or the page's own headline", () => {
    expect(extract(scrollingPage('https://www.news.example/city/cycle-underpass-118790/'), { now: NOW }).authors).toEqual(['Florian Haslinger']);
    const sameHeadline = scrollingPage('https://news.example/city/care-homes-heat-118771', 'Care homes brace for another hot summer');
    expect(extract(sameHeadline, { now: NOW }).authors).toEqual(['Florian Haslinger']);
  });
});

describe('rule "the site\'s own node"', () => {
  const NOW = new Date('2026-12-01T00:00:00Z');
  const post = (node: string, canonical = 'https://blog.example/posts/dwell-time') => `<html><head><title>Where the minutes go | Example Blog</title>
    <link rel="canonical" href="${canonical}"><script type="application/ld+json">${node}</script></head><body>
    <article><h1>Where the minutes go</h1><div class="meta"><span>Nov 13, 2025</span></div><p>${'Couriers lose more time at the curb than on the road, the data shows. '.repeat(4)}</p></article></body></html>`;
  const siteNode = (extra = '') => `{"@type":"BlogPosting","headline":"Example Blog","datePublished":"2023-04-01"${extra}}`;

  it('reads no date from the node a site pastes into every page, headed with the site\'s name', () => {
    expect(extract(post(siteNode()), { now: NOW }).publishedAt?.slice(0, 10)).toBe('2025-11-13');
  });

  it("keeps the dates of a node that gives the page's own address, or the page's headline", () => {
    expect(extract(post(siteNode(',"url":"https://blog.example/posts/dwell-time"')), { now: NOW }).publishedAt?.slice(0, 10)).toBe('2023-04-01');
    const ownNode = '{"@type":"BlogPosting","headline":"Where the minutes go","datePublished":"2025-11-12"}';
    expect(extract(post(ownNode), { now: NOW }).publishedAt?.slice(0, 10)).toBe('2025-11-12');
  });
});

describe('rule "live coverage\'s start"', () => {
  const live = (extra: string) => page(`{"@type":"LiveBlogPosting","headline":"Live: storm","coverageStartTime":"2026-11-25T07:00:00-05:00"${extra},"liveBlogUpdate":[{"@type":"BlogPosting","headline":"Trains halted","datePublished":"2026-11-25T15:42:00-05:00"}]}`);

  it('dates a live blog that declares no publication by the start of its coverage', () => {
    expect(readJsonLd(indexedPage(live(''))).article?.datePublished).toBe('2026-11-25T07:00:00-05:00');
  });

  it('keeps a declared publication, and reads no coverage start of another type', () => {
    expect(readJsonLd(indexedPage(live(',"datePublished":"2026-11-25T06:55:00-05:00"'))).article?.datePublished).toBe('2026-11-25T06:55:00-05:00');
    const event = page('{"@type":"NewsArticle","headline":"Match preview","coverageStartTime":"2026-11-25T19:00:00Z"}');
    expect(readJsonLd(indexedPage(event)).article?.datePublished).toBeNull();
  });
});

describe('rule "the clip is the page"', () => {
  const clip = (type: string, name: string) => `{"@type":"${type}","name":"${name}","uploadDate":"2026-12-04T19:30:00+02:00","creator":{"@type":"Person","name":"Jane Doe"},"description":"The new bridge opens."}`;

  it('reads the date, the creator and the summary of the one clip a page declares without an article, and leaves its name to the page', () => {
    const article = readJsonLd(indexedPage(page(clip('VideoObject', 'New bridge opens')))).article;
    expect(article?.datePublished).toBe('2026-12-04T19:30:00+02:00');
    expect(article?.headline).toBeNull();
    expect(article?.description).toBe('The new bridge opens.');
    expect(extract(`<html><head><script type="application/ld+json">${clip('VideoObject', 'New bridge opens')}</script></head><body><h1>New bridge opens</h1><p>The bridge opened on Thursday evening after three years of work, the governor said.</p></body></html>`, { now: new Date('2026-12-06T12:00:00Z') }).authors).toEqual(['Jane Doe']);
  });

  it('reads no clip of a page that declares an article, or several clips', () => {
    const withArticle = readJsonLd(indexedPage(page('{"@type":"NewsArticle","headline":"Bridge opens","datePublished":"2026-12-05T08:00:00+02:00"}', clip('VideoObject', 'Clip'))));
    expect(withArticle.article?.datePublished).toBe('2026-12-05T08:00:00+02:00');
    expect(readJsonLd(indexedPage(page(clip('VideoObject', 'One'), clip('VideoObject', 'Two')))).article).toBeNull();
  });
});
