import { load } from 'cheerio/slim';
import { extract } from '../../../lambdas/extract';
import { readMetaTags } from '../../../lambdas/extract/metadata/meta-tags';
import { indexedPage } from '../../support/indexed-page';

describe('readMetaTags', () => {
  const tags = readMetaTags(indexedPage(`<html><head>
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

  it('reads the date a post\'s own <footer> prints after its text, and none from a comment\'s footer or the page footer', () => {
    const post = (footer: string) => readMetaTags(indexedPage(`<body><article class="post type-post hentry"><header class="entry-header"><h1>Title</h1></header>
      <div class="entry-content"><p>Text</p></div>${footer}</article>
      <div id="comments"><article class="comment-body"><footer class="comment-meta"><time datetime="2021-02-15T08:00:00+00:00">15 Feb</time></footer><p>Nice</p></article></div>
      <footer class="site-footer"><time datetime="2021-03-01T00:00:00+00:00">1 March</time></footer></body>`)).all('time:published');
    expect(post('<footer class="entry-footer"><span class="posted-on">Published <time class="entry-date published" datetime="2021-02-14T21:37:10+00:00">14th February 2021</time></span></footer>'))
      .toEqual(['2021-02-14T21:37:10+00:00']);
    expect(post('')).toEqual([]);
  });

  it('joins the clock a <time> prints to the day alone its datetime declares, when its text shows that day', () => {
    const read = (time: string) => readMetaTags(indexedPage(`<body>${time}</body>`));
    expect(read('<time itemprop="datePublished" datetime="2026-11-30">Mo., 30.11.2026, 14:20 Uhr</time>').first('itemprop:datepublished')).toBe('2026-11-30T14:20:00');
    expect(read('<time class="published" datetime="2026-11-30">Nov. 30, 2026 at 2:20 p.m.</time>').first('time:published')).toBe('2026-11-30T14:20:00');
    expect(read('<time class="published" datetime="2026-11-30">30 November 2026</time>').first('time:published')).toBe('2026-11-30');
    expect(read('<time class="published" datetime="2026-11-30">Updated 1 December, 09:15</time>').first('time:published')).toBe('2026-11-30');
    expect(read('<time class="published" datetime="2026-11-30T08:00:00Z">30.11.2026, 14:20 Uhr</time>').first('time:published')).toBe('2026-11-30T08:00:00Z');
  });

  it('reads a Parse.ly page object as the separate parsely-* tags, and ignores one that is not JSON', () => {
    const page = readMetaTags(indexedPage(`<head>
      <meta name="parsely-page" content='{"title":"Harbour wall to be rebuilt","authors":["Mia Holt","Sam Reyes"],"pub_date":"2016-04-05T06:07:08Z","section":"Local","tags":["harbour","council budget"],"post_id":41}'>
      <meta name="parsely-page" content="{not json">
    </head>`));
    expect(page.first('parsely-title')).toBe('Harbour wall to be rebuilt');
    expect(page.all('parsely-author')).toEqual(['Mia Holt', 'Sam Reyes']);
    expect(page.first('parsely-pub-date')).toBe('2016-04-05T06:07:08Z');
    expect(page.first('parsely-section')).toBe('Local');
    expect(page.all('parsely-tags')).toEqual(['harbour', 'council budget']);
    expect(page.has('parsely-post_id')).toBe(false);
  });

  it('gives an archived page with only a Parse.ly page object its title, author, date, section and tags', () => {
    const story = Array.from({ length: 3 }, (_, index) => `<p>Paragraph ${index + 1}: the council voted on Tuesday to rebuild the harbour wall, which storms breached twice last winter, at a cost shared with the port.</p>`).join('');
    const record = extract(`<html><head><title>Harbour wall to be rebuilt - Coast Courier</title>
      <meta name="parsely-page" content='{"title":"Harbour wall to be rebuilt","author":"Mia Holt","pub_date":"2016-04-05T06:07:08Z","section":"Local","tags":["harbour","council budget"]}'>
      </head><body><article>${story}</article></body></html>`);
    expect(record.title).toBe('Harbour wall to be rebuilt');
    expect(record.authors).toEqual(['Mia Holt']);
    expect(record.publishedAt).toBe('2016-04-05T06:07:08+00:00');
    expect(record.section).toBe('Local');
    expect(record.tags).toEqual(['harbour', 'council budget']);
  });

  it('returns null and empty lists for missing keys', () => {
    expect(tags.first('missing', 'also-missing')).toBeNull();
    expect(tags.all('missing')).toEqual([]);
  });
});

describe('readMetaTags microdata values', () => {
  const valuesOf = (body: string, key: string) => readMetaTags(indexedPage(`<html><body>${body}</body></html>`)).all(key);

  it('reads an image from its own src, a nested url property, or the first nested picture', () => {
    expect(valuesOf('<img itemprop="image" src="/own.jpg">', 'itemprop:image')).toEqual(['/own.jpg']);
    expect(valuesOf('<div itemprop="image"><span><img src="/first.jpg" content="/first-content.jpg"></span><meta itemprop="url" content="/url.jpg"></div>', 'itemprop:image'))
      .toEqual(['/first-content.jpg']);
    expect(valuesOf('<div itemprop="image"><meta itemprop="url" content="/url.jpg"><img src="/pic.jpg"></div>', 'itemprop:image')).toEqual(['/url.jpg']);
    expect(valuesOf('<div itemprop="image"><p><img src="/deep.jpg"></p><img src="/second.jpg"></div>', 'itemprop:image')).toEqual(['/deep.jpg']);
  });

  it('reads the whole tag list when only its first link is marked as the keywords (rule "keywords on one tag link")', () => {
    expect(valuesOf('<div class="etiketler"><span>Etiketler:</span> <a href="/etiket/liman" itemprop="keywords">liman</a> <a href="/etiket/feribot">feribot</a> <a href="/etiket/iskele">iskele</a></div>', 'itemprop:keywords'))
      .toEqual(['liman', 'feribot', 'iskele']);
    expect(valuesOf('<div class="tags"><a href="/t/port" itemprop="keywords">port</a> <a href="/t/ferry" itemprop="keywords">ferry</a></div>', 'itemprop:keywords')).toEqual(['port', 'ferry']);
    expect(valuesOf('<p>Filed under <a href="/t/port" itemprop="keywords">port</a>.</p>', 'itemprop:keywords')).toEqual(['port']);
  });

  it('reads an author from a nested name property, by token and with its content first', () => {
    expect(valuesOf('<div itemprop="author"><span itemprop="given name">Ann</span><span itemprop="name">Ann Poe</span></div>', 'itemprop:author')).toEqual(['Ann']);
    expect(valuesOf('<div itemprop="author"><meta itemprop="name" content="Ann Poe"><b>Staff</b></div>', 'itemprop:author')).toEqual(['Ann Poe']);
    expect(valuesOf('<div itemprop="author">By <b>Ann</b> <!-- hidden -->Poe</div>', 'itemprop:author')).toEqual(['By Ann Poe']);
  });

  it('ignores an author or creator that credits a picture, and reads one in the article scope', () => {
    expect(valuesOf('<figure><img src="/a.jpg"><figcaption>Caption <span itemprop="creator">Jane Doe/Agency files</span></figcaption></figure>', 'itemprop:creator')).toEqual([]);
    expect(valuesOf('<div itemprop="image" itemscope><img src="/a.jpg"><span itemprop="author">Jane Doe</span></div>', 'itemprop:author')).toEqual([]);
    expect(valuesOf('<div itemscope itemtype="https://schema.org/VideoObject"><span itemprop="creator">Jane Doe</span></div>', 'itemprop:creator')).toEqual([]);
    expect(valuesOf('<article itemscope itemtype="https://schema.org/NewsArticle"><div itemprop="image" itemscope></div><span itemprop="author">John Roe</span></article>', 'itemprop:author'))
      .toEqual(['John Roe']);
  });

  it('ignores a name inside a person or organization scope, and reads one inside an article scope', () => {
    expect(valuesOf('<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann Poe</span></div>', 'itemprop:name')).toEqual([]);
    expect(valuesOf('<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="name">Story</span></div>', 'itemprop:name')).toEqual(['Story']);
  });
});

describe('readMetaTags abbreviated microdata values', () => {
  it('reads the full value an <abbr> keeps in its title (hAtom, Blogger), not the short form it shows', () => {
    const tags = readMetaTags(indexedPage('<div itemscope><abbr class="published" itemprop="datePublished" title="2017-01-23T09:41:00+01:00">09:41</abbr></div>'));
    expect(tags.first('itemprop:datepublished')).toBe('2017-01-23T09:41:00+01:00');
  });

  it('reads the hAtom dates of an <abbr> without microdata, and none from a sidebar or an unmarked one', () => {
    const tags = readMetaTags(indexedPage(`<div class="hentry"><abbr class="published" title="2023-03-04T10:20:00+01:00">4 March</abbr>
      <abbr class="updated" title="2023-03-06T08:00:00+01:00">6 March</abbr><abbr title="Central European Time">CET</abbr></div>
      <div class="sidebar"><abbr class="published" title="2023-02-01T09:00:00+01:00">1 Feb</abbr></div>`));
    expect(tags.all('time:published')).toEqual(['2023-03-04T10:20:00+01:00']);
    expect(tags.all('time:modified')).toEqual(['2023-03-06T08:00:00+01:00']);
  });

  it('reads the instant a relative stamp under the headline keeps in its title (rule "relative stamp\'s tooltip"), and not a related story\'s', () => {
    const story = '<p>أعلنت وزارة التجارة، الخميس، افتتاح معبر حدودي جديد أمام حركة الشاحنات التجارية، في خطوة تهدف إلى تخفيف الضغط على المعابر القائمة وتسريع تدفق البضائع في الاتجاهين خلال موسم الشتاء.</p>';
    const stamp = '<div class="meta"><span class="post-date" title="2026-12-03 14:20">منذ 3 ساعات</span></div>';
    expect(readMetaTags(indexedPage(`<article><h1>معبر جديد</h1>${stamp}${story}</article>`)).all('time:published')).toEqual(['2026-12-03 14:20']);
    const related = '<ul class="related"><li><a href="/b">معبر آخر</a> <span title="2026-12-01 09:00">منذ يومين</span></li></ul>';
    expect(readMetaTags(indexedPage(`<article><h1>معبر جديد</h1>${story}${related}</article>`)).all('time:published')).toEqual([]);
    // A title that names no day is a label, not the instant.
    expect(readMetaTags(indexedPage(`<article><h1>معبر جديد</h1><span title="تاريخ النشر">منذ 3 ساعات</span>${story}</article>`)).all('time:published')).toEqual([]);
  });

  it('reads a relative stamp\'s tooltip on the clock its UTC datetime puts it on (rule "the tooltip\'s clock"), and a tooltip no offset can part from it as it is', () => {
    const story = '<p>A village council has banned loud music after ten at night and set fines for families who break the rule, after complaints from elders and church ministers.</p>';
    const stamp = (datetime: string, title: string) => `<div class="meta"><time datetime="${datetime}" title="${title}">7 hours ago</time></div>`;
    const read = (datetime: string, title: string) => readMetaTags(indexedPage(`<article><h1>Loud music banned</h1>${stamp(datetime, title)}${story}</article>`)).all('time:published');
    expect(read('2026-12-06T21:00:00Z', 'Monday, 7 December 2026 10:00 AM')).toContain('2026-12-07T10:00:00+13:00');
    expect(read('2026-12-06T15:30:00Z', 'Sunday, 6 December 2026 10:30 AM')).toContain('2026-12-06T10:30:00-05:00');
    expect(read('2026-12-06T21:07:00Z', 'Monday, 7 December 2026 10:00 AM')).toContain('Monday, 7 December 2026 10:00 AM');
    // A head that declares the instant keeps its offset.
    const declared = `<html><head><meta property="article:published_time" content="2026-12-06T21:00:00Z"></head><body><article><h1>Loud music banned</h1>${stamp('2026-12-06T21:00:00Z', 'Monday, 7 December 2026 10:00 AM')}${story}</article></body></html>`;
    expect(readMetaTags(indexedPage(declared)).all('time:published')).toContain('Monday, 7 December 2026 10:00 AM');
  });

  it('reads the day under the headline with the clock its title keeps (rule "clock in the tooltip"), and not a clock beside a stamp that shows one', () => {
    const story = '<p>Паром между островом и городом снова ходит с понедельника после ремонта двигателя, сообщили в транспортной компании, и билеты продают как обычно.</p>';
    const stamp = (title: string, text: string) => `<div class="eDetails"><span class="ed-value" title="${title}">${text}</span></div>`;
    expect(readMetaTags(indexedPage(`<div><h1>Паром</h1>${stamp('14:20', '05.03.2024')}${story}</div>`)).all('time:published')).toEqual(['05.03.2024 14:20']);
    expect(readMetaTags(indexedPage(`<div><h1>Паром</h1>${stamp('14:20', '05.03.2024, 09:10')}${story}</div>`)).all('time:published')).toEqual([]);
    expect(readMetaTags(indexedPage(`<div><h1>Паром</h1>${stamp('Дата публикации', '05.03.2024')}${story}</div>`)).all('time:published')).toEqual([]);
  });

  it('reads a Drupal node\'s RDFa creation date (rule "RDFa creation date"), and not a comment\'s', () => {
    const node = '<span property="dc:date dc:created" content="2026-12-02T10:12:44+01:00" datatype="xsd:dateTime">Soumis par claire.vidal le mer 02/12/2026 - 10:12</span>';
    const comments = '<div id="comments" class="comment-wrapper"><h2 class="title">3 commentaires</h2><div class="comment"><p class="comment-time">'
      + '<span property="dc:date dc:created" content="2026-12-02T12:30:05+01:00" datatype="xsd:dateTime">mer 02/12/2026 - 12:30</span></p><p>Enfin.</p></div></div>';
    expect(readMetaTags(indexedPage(`<article><h1>Titre</h1><div class="meta submitted">${node}</div><p>Texte</p>${comments}</article>`)).all('time:published'))
      .toEqual(['2026-12-02T10:12:44+01:00']);
    expect(readMetaTags(indexedPage(`<article><h1>Titre</h1><p>Texte</p>${comments}</article>`)).all('time:published')).toEqual([]);
    expect(readMetaTags(indexedPage('<span property="dc:title" content="Titre"></span>')).all('time:published')).toEqual([]);
  });

  it('reads the shown text of an <abbr> without a title, and of other elements with one', () => {
    const tags = readMetaTags(indexedPage('<div itemscope><abbr itemprop="datePublished">23 January 2017</abbr><span itemprop="author" title="Profile">Ann Poe</span></div>'));
    expect(tags.first('itemprop:datepublished')).toBe('23 January 2017');
    expect(tags.first('itemprop:author')).toBe('Ann Poe');
  });
});

describe('rule "repeated teaser"', () => {
  const page = (column: string) => load(`<html><body><div class="wrap"><div class="col-left"><h3>Latest</h3>${column}</div>
    <div class="col-main"><h1>Library to close</h1><div class="date">24 November 2026, 14:05</div><p>The council voted to close the library.</p></div></div></body></html>`);
  const item = (title: string, datetime: string) => `<div class="item"><a href="/news/${datetime}">${title}</a> <time datetime="${datetime}">30 Nov</time></div>`;

  it('reads no date from a column of items that each link another story beside a time', () => {
    const tags = readMetaTags(indexedPage(page(item('Bypass reopens after the crash', '2026-11-30T09:10:00Z') + item('Flood warning lifted for the Tamar', '2026-11-29T17:45:00Z'))));
    expect(tags.all('time:datetime')).toEqual([]);
  });

  it('keeps a lone item\'s time, and times beside short links', () => {
    expect(readMetaTags(indexedPage(page(item('Bypass reopens after the crash', '2026-11-30T09:10:00Z')))).all('time:datetime')).toEqual(['2026-11-30T09:10:00Z']);
    expect(readMetaTags(indexedPage(page(item('Permalink', '2026-11-30T09:10:00Z') + item('Permalink', '2026-11-29T17:45:00Z')))).all('time:datetime')).toHaveLength(2);
  });
});
