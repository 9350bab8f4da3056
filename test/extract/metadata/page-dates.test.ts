import { readPageDates } from '../../../lambdas/extract/metadata/page-dates';
import { readMetaTags } from '../../../lambdas/extract/metadata/meta-tags';
import { readJsonLd } from '../../../lambdas/extract/metadata/json-ld';
import { readMetadata } from '../../../lambdas/extract/metadata';
import { datelineParts, publicationItem } from '../../../lambdas/extract/metadata/dateline-parts';
import { parseDate } from '../../../lambdas/extract/metadata/dates';
import { indexedPage } from '../../support/indexed-page';

const NOW = new Date('2026-11-29T12:00:00Z');
const datesOf = (html: string, url: string | null = null) => {
  const page = indexedPage(html);
  return readPageDates(page, readMetaTags(page), readJsonLd(page).article, url, NOW);
};

describe('readPageDates', () => {
  it('reads a Lao date under the headline on Vientiane\'s clock (rule "Lao months")', () => {
    const page = indexedPage(`<html lang="lo"><body><article><h2>ເປີດຕະຫຼາດນັດ</h2><div class="news-date">ວັນທີ 7 ທັນວາ 2026 ເວລາ 09:40</div>
      <p>ພະແນກກະສິກຳ ໄດ້ເປີດຕະຫຼາດນັດກະສິກຳສະອາດແຫ່ງໃໝ່ ຢູ່ບໍລິເວນສວນສາທາລະນະ ເຊິ່ງຈະເປີດຂາຍທຸກວັນເສົາ ນັບແຕ່ເວລາ 6 ໂມງເຊົ້າ.</p></article></body></html>`);
    expect(readMetadata(page, { url: null, now: new Date('2026-12-07T12:00:00Z') }).publishedAt).toBe('2026-12-07T09:40:00+07:00');
  });

  it('reads the month and day a meta row sets in a box of its own as this year\'s date, and its writer beside it (rule "this year\'s day on its own")', () => {
    const story = '<p>The council met on Monday, and the engineers, residents and planners agreed on the next steps for the bridge and the pier.</p>';
    const row = (date: string) => readMetadata(indexedPage(`<html><body><article><h1>Bridge reopens</h1><div class="post-meta"><a href="/@jane">Jane Doe</a><span>·</span><span>5 min read</span><span>·</span><span>${date}</span></div>${story}</article></body></html>`),
      { url: null, now: NOW });
    expect(row('Nov 2')).toMatchObject({ publishedAt: '2026-11-02T00:00:00+00:00', authors: ['Jane Doe'] });
    expect(row('Dec 24')).toMatchObject({ publishedAt: '2025-12-24T00:00:00+00:00' });
    // A day in a sentence of the row is no date of the row's.
    expect(row('Concert on Nov 2').publishedAt).toBeNull();
  });

  it('reads no offset from a dateline that prints the next day\'s update beside a publication declared in UTC, on a page of a country of several zones (rule "offset the country keeps")', () => {
    const story = '<p>Sydney woke to the worst air quality of any major city in the world on Saturday as smoke settled over the basin.</p>';
    const metadataOf = (lang: string) => readMetadata(indexedPage(`<html lang="${lang}"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Smoke blankets city",
      "datePublished":"2026-12-05T22:10:00Z","dateModified":"2026-12-06T00:55:00Z"}</script></head><body><article><h1>Smoke blankets city</h1>
      <div class="byline"><span class="time">Updated <time datetime="2026-12-06T11:55:00+11:00">December 6, 2026 — 11.55am</time>, first published at 9.10am</span></div>${story}</article></body></html>`), { url: null, now: new Date('2026-12-07T12:00:00Z') });
    expect(metadataOf('en-AU')).toMatchObject({ publishedAt: '2026-12-06T09:10:00+11:00', modifiedAt: '2026-12-06T11:55:00+11:00' });
    // Where no country of several zones is known, the printed clock still gives the offset.
    expect(metadataOf('en').publishedAt).toBe('2026-12-06T11:55:00+13:45');
  });

  it('writes an update declared in UTC on the clock the modified meta tag gives the same instant, and not on one a meta tag gives another instant (rule "update on its declared clock")', () => {
    const html = (metaModified: string, marked = '2026-11-24T09:00:00-05:00') => `<head><script type="application/ld+json">{"@type":"Article","datePublished":"2026-11-24T14:00:00+00:00","dateModified":"2026-11-24T19:22:10+00:00"}</script>
      <meta property="article:published_time" content="${marked}"><meta property="article:modified_time" content="${metaModified}"></head>
      <h1>Headline</h1><time datetime="${marked}">November 24, 2026</time><p>Text</p>`;
    expect(datesOf(html('2026-11-24T14:22:10-05:00'))).toMatchObject({ published: { iso: '2026-11-24T09:00:00-05:00' }, modified: { iso: '2026-11-24T14:22:10-05:00' } });
    expect(datesOf(html('2026-11-24T13:00:00-05:00', '2026-11-24T08:00:00-05:00')).modified.iso).toBe('2026-11-24T19:22:10+00:00');
  });

  it('writes a publication declared in UTC on the clock the published meta tag gives the same instant, where no <time datetime> marks it, and not on one a meta tag gives another instant (rule "publication on its declared clock")', () => {
    const html = (meta: string) => `<head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-11-24T17:02:00Z"}</script>
      <meta property="article:published_time" content="${meta}"></head><h1>Headline</h1><p>Text</p>`;
    expect(datesOf(html('2026-11-24T11:02:00-06:00')).published.iso).toBe('2026-11-24T11:02:00-06:00');
    expect(datesOf(html('2026-11-24T10:00:00-06:00')).published.iso).toBe('2026-11-24T17:02:00+00:00');
  });

  it('writes an update declared in UTC on the offset the publication\'s <time datetime> gave its declared instant, and not on one of another instant (rule "update on the publication\'s marked clock")', () => {
    const html = (marked: string) => `<head><meta property="article:published_time" content="2026-11-26T08:30:00+00:00">
      <meta property="article:modified_time" content="2026-11-26T10:02:41+00:00"></head>
      <h1>Headline</h1><time datetime="${marked}">26 novembre 2026</time><p>Text</p>`;
    expect(datesOf(html('2026-11-26T09:30:00+01:00'))).toMatchObject({ published: { iso: '2026-11-26T09:30:00+01:00' }, modified: { iso: '2026-11-26T11:02:41+01:00' } });
    expect(datesOf(html('2026-11-26T12:00:00+01:00')).modified.iso).toBe('2026-11-26T10:02:41+00:00');
  });

  it('takes the clock of the meta tag on the day a JSON-LD node declares alone (rule "declared clock on the declared day")', () => {
    const html = `<head><script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"2026-11-03","author":{"@type":"Organization","name":"Truth Meter"}}</script>
      <meta property="article:published_time" content="2026-11-03T16:05:00-05:00"></head><h1>Headline</h1><p>Text</p>`;
    expect(datesOf(html).published.iso).toBe('2026-11-03T16:05:00-05:00');
    // A meta on another day dates something else: the declared day stands.
    const other = html.replace('2026-11-03T16:05:00-05:00', '2026-10-20T16:05:00-05:00');
    expect(datesOf(other).published.iso?.slice(0, 10)).toBe('2026-11-03');
  });

  it('writes a UTC instant on the clock of the page\'s zone, and leaves UTC midnight and an unknown zone alone', () => {
    const page = (published: string, modified = '2020-01-12T11:58:02+00:00') => `<head>
      <meta property="article:published_time" content="${published}"><meta property="article:modified_time" content="${modified}">
      </head><h1>Headline</h1><p>Text</p>`;
    const inZone = (html: string, timeZone: string | null) => {
      const page = indexedPage(html);
      return readPageDates(page, readMetaTags(page), readJsonLd(page).article, null, NOW, null, null, timeZone);
    };
    expect(inZone(page('2020-01-07T23:30:16Z'), 'Europe/Paris')).toMatchObject({
      published: { iso: '2020-01-08T00:30:16+01:00', raw: '2020-01-07T23:30:16Z' }, modified: { iso: '2020-01-12T12:58:02+01:00' },
    });
    expect(inZone(page('2020-01-07T23:30:16Z'), null).published.iso).toBe('2020-01-07T23:30:16+00:00');
    expect(inZone(page('2020-01-08T00:00:00Z'), 'America/Bogota').published.iso).toBe('2020-01-08T00:00:00+00:00');
    expect(inZone(page('2020-01-07T23:30:16+02:00'), 'Europe/Paris').published.iso).toBe('2020-01-07T23:30:16+02:00');
    expect(inZone(page('2020-01-07T12:00:00Z'), 'Europe/London').published.iso).toBe('2020-01-07T12:00:00+00:00');
  });

  it('keeps a dateline that names its clock in words on that clock, an hour behind the page\'s zone (rule "clock named in words stays")', () => {
    const page = indexedPage('<h1>Headline</h1><time class="entry-date">25 de noviembre de 2026, 10:12 (hora canaria)</time><p>Text</p>');
    const dates = readPageDates(page, readMetaTags(page), readJsonLd(page).article, null, NOW, null, null, 'Europe/Madrid');
    expect(dates.published).toMatchObject({ iso: '2026-11-25T10:12:00+00:00', raw: '25 de noviembre de 2026, 10:12 (hora canaria)' });
  });

  it('writes a declared UTC time, and the update, in the offset a dateline printing its minute at another hour shows', () => {
    const page = (dateline: string) => `<head><meta property="article:published_time" content="2025-11-18T10:00:00Z">
      <meta property="article:modified_time" content="2025-11-18T12:12:00Z"></head><h1>Headline</h1><p class="date">${dateline}</p><p>Text</p>`;
    expect(datesOf(page('Publié le 18 novembre 2025 à 5 h 00'))).toMatchObject({
      published: { iso: '2025-11-18T05:00:00-05:00' }, modified: { iso: '2025-11-18T07:12:00-05:00' },
    });
    // Another minute dates something else; twelve hours apart is a 12-hour clock's lost half of the day, no zone.
    expect(datesOf(page('Publié le 18 novembre 2025 à 5 h 40'))).toMatchObject({
      published: { iso: '2025-11-18T10:00:00+00:00' }, modified: { iso: '2025-11-18T12:12:00+00:00' },
    });
    expect(datesOf(page('18 novembre 2025, 22:00')).published.iso).toBe('2025-11-18T10:00:00+00:00');
  });

  it('takes the dateline on the permalink\'s day for its clock and printed form, and keeps the permalink\'s day over another day', () => {
    const page = (dateline: string) => `<h1>Headline</h1><p class="date">${dateline}</p><p>Text</p>`;
    const url = 'https://news.example/2017/01/23/story/';
    expect(datesOf(page('الإثنين 23 كانون الثاني/يناير 2017 - 10:30'), url)).toMatchObject({
      published: { iso: '2017-01-23T10:30:00+00:00', raw: 'الإثنين 23 كانون الثاني/يناير 2017 - 10:30' }, publishedSource: 'dom',
    });
    expect(datesOf(page('2/24/2017 7:11 AM PST'), url)).toMatchObject({ published: { iso: '2017-01-23T00:00:00+00:00', raw: '2017-01-23' }, publishedSource: 'url' });
  });

  it('takes a dateline whose instant falls on the permalink\'s UTC day, the day the server dated it by (rule "the permalink\'s UTC day")', () => {
    const page = (dateline: string) => `<h1>Headline</h1><p class="date">${dateline}</p><p>Text</p>`;
    const url = 'https://news.example/2026/11/04/story/';
    expect(datesOf(page('Published: Nov. 3, 2026 at 10:41 PM EST'), url)).toMatchObject({
      published: { iso: '2026-11-03T22:41:00-05:00', raw: 'Published: Nov. 3, 2026 at 10:41 PM EST' }, publishedSource: 'dom',
    });
    // A dateline two days off, or one whose instant stays on its own day, is another date: the permalink's day stays.
    expect(datesOf(page('Published: Nov. 2, 2026 at 10:41 PM EST'), url)).toMatchObject({ publishedSource: 'url' });
    expect(datesOf(page('Published: Nov. 3, 2026 at 10:41 AM EST'), url)).toMatchObject({ publishedSource: 'url' });
  });

  it('leaves the update empty when the declared modification precedes the publication (a scheduled post saved before it went live)', () => {
    const page = (modified: string) => `<head><meta property="article:published_time" content="2023-10-31T15:00:00+01:00">
      <meta property="article:modified_time" content="${modified}"></head><h1>Headline</h1><p>Text</p>`;
    expect(datesOf(page('2023-10-10T13:21:37+01:00'))).toMatchObject({ published: { iso: '2023-10-31T15:00:00+01:00' }, modified: { iso: null, raw: null } });
    expect(datesOf(page('2023-10-31T14:30:00+00:00'))).toMatchObject({ modified: { iso: '2023-10-31T14:30:00+00:00' } });
    expect(datesOf(page('2023-11-02T09:00:00+01:00'))).toMatchObject({ modified: { iso: '2023-11-02T09:00:00+01:00', raw: '2023-11-02T09:00:00+01:00' } });
  });

  it('keeps the raw string but no instant for an update declared as the day alone on the day of a publication with a clock', () => {
    const page = (modified: string) => `<head><meta property="article:published_time" content="2023-10-31T15:00:00+01:00">
      <meta property="article:modified_time" content="${modified}"></head><h1>Headline</h1><p>Text</p>`;
    expect(datesOf(page('2023-10-31'))).toMatchObject({ published: { iso: '2023-10-31T15:00:00+01:00' }, modified: { iso: null, raw: '2023-10-31' } });
    expect(datesOf(page('2023-11-01'))).toMatchObject({ modified: { iso: '2023-11-01T00:00:00+00:00', raw: '2023-11-01' } });
  });

  it('takes the clock and zone of a <time datetime> on the permalink\'s day, and not of one on another day', () => {
    const page = (datetime: string) => `<h1>Ferry runs all winter</h1><div class="meta"><a href="/profile/jo-pike">Jo Pike</a> |
      <time datetime="${datetime}">Nov. 18, 2026, 9:30 a.m.</time></div><p>Text of the story.</p>`;
    const url = 'https://news.example/2026/11/18/ferry-winter/';
    expect(datesOf(page('2026-11-18T09:30:00-05:00'), url)).toMatchObject({
      published: { iso: '2026-11-18T09:30:00-05:00', raw: '2026-11-18T09:30:00-05:00' }, publishedSource: 'time',
    });
    // A datetime of the day alone takes the clock its own text prints (rule "the day and the clock").
    expect(datesOf(page('2026-11-18'), url)).toMatchObject({ published: { iso: '2026-11-18T09:30:00+00:00', raw: '2026-11-18T09:30:00' }, publishedSource: 'time' });
    expect(datesOf(page('2026-11-17T22:00:00-05:00'), url).published.iso?.slice(0, 10)).toBe('2026-11-18');
  });

  it('refines a declared day without a clock with the clock of a <time datetime> or a dateline on that day, and keeps the day over another day\'s', () => {
    const page = (tag: string, dateline: string) => `<head>${tag}</head><h1>Bridge reopens to traffic</h1>${dateline}<p>Text of the story.</p>`;
    const machineTime = '<time class="article-date" datetime="2026-11-20T06:00:00+01:00">20.11.2026, 06:00</time>';
    expect(datesOf(page('<meta name="date" content="2026-11-20">', machineTime))).toMatchObject({ published: { iso: '2026-11-20T06:00:00+01:00' }, publishedSource: 'time' });
    expect(datesOf(page('<meta name="dc.date" content="2026-11-20">', '<p class="date">20.11.2026, 14:35 Uhr</p>')).published.iso).toBe('2026-11-20T14:35:00+00:00');
    expect(datesOf(page('<meta name="date" content="2026-11-20">', '<p class="date">18.11.2026, 14:35 Uhr</p>')).published).toEqual({ iso: '2026-11-20T00:00:00+00:00', raw: '2026-11-20' });
    // A declared midnight written with its clock is a time of its own.
    expect(datesOf(page('<meta name="date" content="2026-11-20T00:00:00+01:00">', machineTime)).published.iso).toBe('2026-11-20T00:00:00+01:00');
    // A modification declared as the day alone, on the refined publication's day, is no save made before it, and
    // its clock is unknown (rule "updated later that day").
    expect(datesOf(page('<meta name="date" content="2026-11-20"><meta name="dcterms.modified" content="2026-11-20">', machineTime)).modified)
      .toEqual({ iso: null, raw: '2026-11-20' });
  });

  it('reads no date from the <time> of a comment under a Korean comment-list heading (rule "Korean comment list")', () => {
    const { published } = datesOf(`<html lang="ko"><body><article><h2>주차장 새로 짓는다</h2><p>강진군은 오일장 뒤편에 공영주차장을 짓기로 하고 이달 중 공사에 들어간다고 밝혔다.</p></article>
      <section id="bo_vc"><h2>댓글목록</h2><article><header><span>주민</span> <time datetime="2026-11-28T11:02:00+09:00">26-11-28 11:02</time></header><p>좋네요</p></article></section></body></html>`);
    expect(published.iso).toBeNull();
  });

  it('reads no date from the <time> of a reader comment or a sidebar teaser, but the article\'s dateline', () => {
    const dates = datesOf(`<article><h1>Headline</h1><p class="date">Montag, 09.12.2019</p><p>Text of the story.</p></article>
      <div id="comments" class="comments-area"><ol><li class="comment"><time datetime="2019-12-11T20:10:00+01:00">11.12.2019</time> Great!</li></ol></div>
      <aside class="sidebar"><ul><li><a href="/other">Other story</a> <time datetime="2019-12-12">12.12.2019</time></li></ul></aside>`);
    expect(dates.published?.iso?.slice(0, 10)).toBe('2019-12-09');
  });

  it('trusts JSON-LD first, then meta tags', () => {
    const dates = datesOf(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2017-01-23T10:00:00+01:00","dateModified":"2017-01-24T09:00:00+01:00"}</script>
      <meta property="article:published_time" content="2017-01-20T10:00:00+01:00">`);
    expect(dates.published).toEqual({ iso: '2017-01-23T10:00:00+01:00', raw: '2017-01-23T10:00:00+01:00' });
    expect(dates.modified.iso).toBe('2017-01-24T09:00:00+01:00');
    expect(dates.publishedSource).toBe('json-ld');
  });

  it('reads the publication from newsroom systems\' own date tags, compact or written out', () => {
    expect(datesOf('<meta name="pdate" content="20170123"><meta name="utime" content="20170124093000">').published.iso).toBe('2017-01-23T00:00:00+00:00');
    expect(datesOf('<meta name="pdate" content="20170123"><meta name="utime" content="20170124093000">').modified.iso).toBe('2017-01-24T09:30:00+00:00');
    expect(datesOf('<meta name="OriginalPublicationDate" content="2017/01/23 10:20:00">').published.iso).toBe('2017-01-23T10:20:00+00:00');
    expect(datesOf('<meta property="rnews:datePublished" content="2017-01-23">').published.iso?.slice(0, 10)).toBe('2017-01-23');
    expect(datesOf('<meta name="pdate" content="20170123"><meta name="ptime" content="20170123102030">').published.iso).toBe('2017-01-23T10:20:30+00:00');
  });

  it('rejects a future date with a warning and moves on to the next source', () => {
    const dates = datesOf('<meta property="article:published_time" content="2031-01-01T00:00:00Z"><meta name="date" content="2017-01-23">');
    expect(dates.published.iso).toBe('2017-01-23T00:00:00+00:00');
    expect(dates.warnings).toEqual(['date: implausible meta date "2031-01-01T00:00:00Z" rejected']);
  });

  it('does not take a date before the web in the visible text for the page\'s, and keeps one its metadata declares', () => {
    expect(datesOf('<h1>Studio</h1><p>Berlin – The studio, the most modern of its time, opened on 21 August 1948.</p>').published.iso).toBeNull();
    expect(datesOf('<h1>Studio</h1><p>Berlin, 21. August 1998 – The studio opened.</p>').published.iso).toBe('1998-08-21T00:00:00+00:00');
    expect(datesOf('<meta property="article:published_time" content="1948-08-21"><h1>Studio</h1>').published.iso).toBe('1948-08-21T00:00:00+00:00');
  });

  it('reads a date that the title carries as a segment of its own, but not a number inside the headline', () => {
    expect(datesOf('<title>Counter-offensive: goals and risks | Europe | 28.04.2023</title>').published.iso).toBe('2023-04-28T00:00:00+00:00');
    expect(datesOf('<title>Sales rose 28.04 percent | Example</title>').published.iso).toBeNull();
  });

  it('reads an ambiguous numeric date month first on a US page, day first elsewhere', () => {
    const page = (lang: string, locale: string) => `<html lang="${lang}"><head><meta property="og:locale" content="${locale}"></head>
      <body><h1>Storm closes schools</h1><span class="post-date">Updated: 05/06/2025</span><p>Text.</p></body></html>`;
    const publishedAt = (html: string) => readMetadata(indexedPage(html), { url: null, now: NOW }).publishedAt;
    expect(publishedAt(page('en-US', 'en_US'))).toBe('2025-05-06T00:00:00+00:00');
    expect(publishedAt(page('en', 'en_US'))).toBe('2025-05-06T00:00:00+00:00');
    expect(publishedAt(page('en-GB', 'en_GB'))).toBe('2025-06-05T00:00:00+00:00');
    expect(publishedAt(page('fr', 'fr_FR'))).toBe('2025-06-05T00:00:00+00:00');
    // Rule "locale of another language": an SEO plugin's default og:locale on a page in another language.
    expect(publishedAt(page('tr', 'en_US'))).toBe('2025-06-05T00:00:00+03:00');
  });

  it('reads the date a permalink encodes', () => {
    expect(datesOf('<p>x</p>', 'https://example.com/2017/01/23/floods/').published.iso).toBe('2017-01-23T00:00:00+00:00');
  });

  it('reads the visible dateline after the headline, not the masthead date before it', () => {
    const dates = datesOf(`<body><div class="masthead-date">الأربعاء 29 تشرين الثاني 2026</div>
      <h1>عنوان الخبر</h1><span class="entry-date">الإثنين 23 كانون الثاني/يناير 2017</span><p>نص الخبر</p></body>`);
    expect(dates.published).toEqual({ iso: '2017-01-23T00:00:00+00:00', raw: 'الإثنين 23 كانون الثاني/يناير 2017' });
  });

  it('reads the date in the opening words of a blog\'s post metadata sentence', () => {
    const feedNotice = 'Sie können alle Antworten zu diesem Eintrag durch den RSS 2.0 Feed verfolgen. Kommentare und Pings sind geschlossen. '.repeat(2);
    const post = (meta: string) => `<body><h1>Wahl verschoben</h1><div class="entry">${'<p>Die Wahl wird verschoben, teilte die Kommission mit.</p>'.repeat(30)}
      <div class="singlepostmeta">${meta}</div></div></body>`;
    expect(datesOf(post(`Von <a rel="author">Ada Roth</a> am 21/02/2021. Abgelegt unter <a>Politik</a>. ${feedNotice}`)).published)
      .toMatchObject({ iso: '2021-02-21T00:00:00+00:00' });
    expect(datesOf(post(`This entry was posted on Sunday, February 21st, 2021 at 10:00 and is filed under <a>Politics</a>. ${feedNotice}`)).published)
      .toMatchObject({ iso: '2021-02-21T10:00:00+00:00' });
  });

  it('reads the dateline under the shown headline, past a hidden copy of the headline kept for share previews at the top', () => {
    const dates = datesOf(`<body><div style="display:none;"><img src="share.jpg"><h1>外国专家谈合作</h1><h2>导语</h2></div>
      <ul>${'<li><a href="/channel/">频道</a></li>'.repeat(30)}</ul>
      <h1 class="title">外国专家谈合作</h1><div class="fenx"><div class="le">2023-11-17 15:13</div></div>
      ${'<p>在美国旧金山举行的会晤吸引了全世界的目光。</p>'.repeat(30)}</body>`);
    expect(dates.published.iso).toBe('2023-11-17T15:13:00+00:00');
  });

  it('reads a dateline classed as a time stamp before a dated card further down', () => {
    const dates = datesOf(`<h1>Ferry runs all winter</h1><div><span class="author">Jo Pike</span> · <span class="timeStamp">Posted: Aug 08, 2024 4:00 AM EDT</span></div>
      <p>Text of the story.</p><div><a href="/video/1"><span class="formattedDate">14 hours ago</span></a></div>`);
    expect(dates.published).toEqual({ iso: '2024-08-08T04:00:00-04:00', raw: 'Posted: Aug 08, 2024 4:00 AM EDT' });
  });

  it('reads a dateline classed as the last edit as the update, and the one classed as the publication as the publication', () => {
    const dates = datesOf(`<h1>Ferry runs all winter</h1><p><span class="author">Jo Pike</span> | <span class="updated">29. Dezember 2022</span><span class="entry-date published">30. Dezember 2022</span></p><p>Text of the story.</p>`);
    expect(dates.published).toEqual({ iso: '2022-12-30T00:00:00+00:00', raw: '30. Dezember 2022' });
    // Saved before it went live: no update the readers saw.
    expect(dates.modified).toEqual({ iso: null, raw: null });
    const later = datesOf(`<h1>Ferry runs all winter</h1><p><span class="updated">2. Januar 2023</span> <span class="posted-on">30. Dezember 2022</span></p><p>Text of the story.</p>`);
    expect(later.published.iso).toBe('2022-12-30T00:00:00+00:00');
    expect(later.modified.iso).toBe('2023-01-02T00:00:00+00:00');
  });

  it('reads the dateline nearest above the headline when none follows it, not the masthead date further up', () => {
    const dates = datesOf(`<body><div class="header-date">الأربعاء 29 تشرين الثاني 2026</div>
      <div class="item-date">الإثنين 23 كانون الثاني/يناير 2017</div><h1>عنوان الخبر</h1><p>نص الخبر</p></body>`);
    expect(dates.published).toEqual({ iso: '2017-01-23T00:00:00+00:00', raw: 'الإثنين 23 كانون الثاني/يناير 2017' });
  });

  it('reads a date that opens the text after the headline', () => {
    expect(datesOf('<h1>Press release</h1><p>Berlin, 2. Dezember 2022 – Die Firma hat heute bekannt gegeben, dass …</p>').published.iso)
      .toBe('2022-12-02T00:00:00+00:00');
  });

  it('reads a "Stand:" line at the foot of a long text, and not one in the sidebar or inside a sentence', () => {
    const blocks = Array.from({ length: 30 }, (_, index) => `<p>Abschnitt ${index + 1} erklärt einen Teil des Themas ausführlich.</p>`).join('');
    const foot = '<p>Seit dem Stand vom Januar hat sich wenig geändert.</p><p class="stand">Stand: 14.03.2023</p>';
    const sidebar = '<aside class="sidebar"><p>Stand: 28.11.2023</p></aside>';
    expect(datesOf(`<body>${sidebar}<h1>Eisenmangel</h1>${blocks}${foot}</body>`).published).toEqual({ iso: '2023-03-14T00:00:00+00:00', raw: 'Stand: 14.03.2023' });
    expect(datesOf(`<body><h1>Eisenmangel</h1>${blocks}${sidebar}</body>`).published.iso).toBeNull();
    expect(datesOf(`<body><h1>Afvalpas</h1>${blocks}<p>Laatst gewijzigd op 7 februari 2024</p></body>`).published.iso).toBe('2024-02-07T00:00:00+00:00');
  });

  it('reads a short line that a publication label opens, and not a sentence that opens with the word', () => {
    // Past the opening blocks, which are read for a date of their own first.
    const story = '<p>Text of the story, long enough to be the story, and more of it in every paragraph.</p>'.repeat(30);
    const page = (line: string) => `<h1>Ferry runs all winter</h1>${story}<div><span class="x1">${line}</span></div>`;
    expect(datesOf(page('Publisert: 05.08.24 kl. 14:47')).published).toEqual({ iso: '2024-08-05T14:47:00+00:00', raw: 'Publisert: 05.08.24 kl. 14:47' });
    expect(datesOf(page('Veröffentlicht am 12.03.2023')).published.iso).toBe('2023-03-12T00:00:00+00:00');
    expect(datesOf(page('Published on March 3, 2023')).published.iso).toBe('2023-03-03T00:00:00+00:00');
    expect(datesOf(page('Published on March 3 by the council, the plan was cut.')).published.iso).toBeNull();
  });

  it('reads the page footer\'s last-changed part when the page states no other date, and a line of the page\'s own first', () => {
    const text = '<h1>Neue Straßenbeleuchtung</h1><p>Die Beleuchtung wird erneuert.</p>';
    const footer = '<footer><p>© Gemeinde Hohenfels · Letzte Aktualisierung: 12.03.2023 · Impressum</p></footer>';
    expect(datesOf(`<body>${text}${footer}</body>`).published).toEqual({ iso: '2023-03-12T00:00:00+00:00', raw: 'Letzte Aktualisierung: 12.03.2023' });
    expect(datesOf(`<body>${text}<p>Stand: 02.02.2023</p>${footer}</body>`).published.iso).toBe('2023-02-02T00:00:00+00:00');
    expect(datesOf(`<body>${text}<footer><p>© 2023 Gemeinde Hohenfels</p></footer></body>`).published.iso).toBeNull();
  });

  it('reads Blogger\'s day header with the time under the post (rule "day over the posts, time under the post")', () => {
    const html = `<h1 class="title"><a href="https://blog.example.dz/">Blog</a></h1><div class="widget Blog" id="Blog1"><h2 class="date-header"><span>الثلاثاء، 24 نوفمبر 2026</span></h2>
      <div class="post hentry"><h3 class="post-title">Title</h3><div class="post-body"><p>Text of the post.</p></div>
      <div class="post-footer"><span class="post-timestamp">في <a class="timestamp-link" href="/p"><abbr class="published">10:12 ص</abbr></a></span></div></div></div>`;
    expect(datesOf(html).published.iso).toBe('2026-11-24T10:12:00+00:00');
  });

  it('reads agency copy\'s day-only opening at the clock of the classed dateline over the headline (rule "agency\'s day, the template\'s clock")', () => {
    const html = `<div class="itemHeader"><span class="itemDateCreated">Шанбе, 25 ноябри 2026 15:30</span><h1 class="itemTitle">Сарлавҳа</h1></div>
      <div class="itemFullText"><p>ДУШАНБЕ, 25.11.2026 /АМИТ «Ховар»/. Дар пойтахт нерӯгоҳи нав ба истифода дода шуд.</p><p>Матни дигар.</p></div>`;
    expect(datesOf(html).published.iso).toBe('2026-11-25T15:30:00+00:00');
    expect(datesOf(html.replace('Шанбе, 25 ноябри', 'Якшанбе, 26 ноябри')).published.iso).toBe('2026-11-25T00:00:00+00:00');
  });

  it('dates the page by a Hijri-only date, converted, and keeps its raw string', () => {
    expect(datesOf('<h1>عنوان</h1><span class="date">15 رجب 1438 هـ</span>').published).toMatchObject({ iso: '2017-04-12T00:00:00+00:00', raw: '15 رجب 1438 هـ' });
  });

  it('writes a UTC timestamp on the visible day when the page shows the previous day', () => {
    const dates = datesOf('<meta property="article:published_time" content="2022-05-04T00:25:56Z"><h1>Title</h1><span class="date">3 de mayo de 2022</span>');
    expect(dates.published.iso).toBe('2022-05-03T23:25:56-01:00');
    expect(Date.parse(dates.published.iso!)).toBe(Date.parse('2022-05-04T00:25:56Z'));
  });

  it('keeps a declared UTC time beside a printed age, which is counted from the fetch and is no clock (rule "an age is no clock")', () => {
    for (const age of ['2 hours ago', 'vor 2 Stunden', 'hace 2 horas']) {
      const dates = datesOf(`<h1>Title</h1><span class="date"><time datetime="2026-11-28T20:14:07Z">${age}</time></span><p>Text</p>`);
      expect(dates.published.iso).toBe('2026-11-28T20:14:07+00:00');
    }
  });

  it('recognises a date-only value stored as local midnight in UTC', () => {
    expect(datesOf('<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">').published.iso).toBe('2022-11-07T00:00:00+01:00');
  });

  it('does not date the page by an event\'s schedule, marked by an event class or schema.org startDate', () => {
    expect(datesOf(`<h1>Open-air concert</h1><div class="tribe-events-schedule"><span class="date">14 June 2025</span></div>
      <p>Bring a picnic.</p><p class="posted">Posted 2 May 2025</p>`).published.iso).toBe('2025-05-02T00:00:00+00:00');
    expect(datesOf(`<h1>Open-air concert</h1><span itemprop="startDate">14 June 2025</span>
      <p>Bring a picnic.</p><p class="posted">Posted 2 May 2025</p>`).published.iso).toBe('2025-05-02T00:00:00+00:00');
    expect(datesOf('<h1>Open-air concert</h1><p class="eventDate">14 June 2025</p><p>Bring a picnic.</p>').published.iso).toBeNull();
  });

  it.each([
    ['Funeral Mass: Saturday, December 5, 2025, 10:00 AM'], ['Died December 2, 2025'], ['Beisetzung: Freitag, 11.12.2025, 13.30 Uhr'],
    ['Décédé le 2 décembre 2025'], ['Obsèques le 5 décembre 2025 à 10h30'], ['Sepelio: sábado 5 de diciembre de 2025'], ['When: Saturday, Dec. 19, 2025'],
  ])('does not date a notice by the occasion %j it announces (rule "date of the occasion")', (line) => {
    expect(datesOf(`<h1>Harold Whitcomb</h1><p>${line}</p><p>He farmed the family homestead for fifty years.</p>`).published.iso).toBeNull();
    expect(datesOf(`<h1>Harold Whitcomb</h1><p>${line}</p><p>He farmed the family homestead.</p><p class="posted">Posted December 1, 2025</p>`).published.iso).toBe('2025-12-01T00:00:00+00:00');
  });

  it('dates the page by the posting line a calendar item sets in the event\'s own box, not by the schedule beside it (rule "posted, not scheduled")', () => {
    expect(datesOf(`<h1>Winter coat drive</h1><div class="event-page"><div class="event-when">Saturday, 14 June 2025</div>
      <p>Bring your coats.</p><p class="posted">Posted Wednesday, 2 May 2025</p></div>`).published.iso).toBe('2025-05-02T00:00:00+00:00');
    expect(datesOf(`<h1>Winter coat drive</h1><div class="event-page"><div class="event-when">Saturday, 14 June 2025</div>
      <p>Bring your coats.</p><p>Posted Wednesday, 2 May 2025</p></div>`).published.iso).toBe('2025-05-02T00:00:00+00:00');
    expect(datesOf(`<h1>Winter coat drive</h1><div class="event-page"><p>Saturday, 14 June 2025</p><p>Bring your coats.</p></div>`).published.iso).toBeNull();
  });

  it('reads the publication from the part of a dateline no update label leads, and the update beside it', () => {
    const dates = datesOf('<h1>Headline</h1><p class="meta">Last updated: 14 March 2023 / Written: 12 March 2023</p><p>Text.</p>');
    // The publication's raw string is the whole line, by which the body stage knows the date row.
    expect(dates.published).toEqual({ iso: '2023-03-12T00:00:00+00:00', raw: 'Last updated: 14 March 2023 / Written: 12 March 2023' });
    expect(dates.modified).toEqual({ iso: '2023-03-14T00:00:00+00:00', raw: 'Last updated: 14 March 2023' });
  });

  it('reads the Bengali publication and update labels of a meta strip dated in Bengali digits', () => {
    const dates = datesOf('<h1>Headline</h1><div class="rpt-time"><span>প্রকাশ: ১২ মার্চ ২০২৫, ১০:৩০</span><span>আপডেট: ১২ মার্চ ২০২৫, ১৪:১৫</span></div><p>Text.</p>');
    expect(dates.published.iso).toBe('2025-03-12T10:30:00+00:00');
    expect(dates.modified.iso).toBe('2025-03-12T14:15:00+00:00');
  });

  it('reads the update printed in an element before the publication\'s (rule "update before the dateline")', () => {
    const dates = datesOf('<h1>Headline</h1><div class="info"><span>آخر تحديث: 24 نوفمبر 2026 09:30</span> <span>نشر: 23 نوفمبر 2026 07:00</span></div><p>Text.</p>');
    expect(dates.published.iso).toBe('2026-11-23T07:00:00+00:00');
    expect(dates.modified.iso).toBe('2026-11-24T09:30:00+00:00');
  });

  it('reads the publication and the update a dateline prints on two lines of one element', () => {
    const lines = '<div class="postdate">Published Nov 27, 2026, 05:30 PM<br>Updated Nov 27, 2026, 09:12 PM</div>';
    const dates = datesOf(`<h1>Headline</h1>${lines}<p>Text.</p>`);
    // The whole dateline stays the raw string the body knows the row by; the record keeps the publication's line.
    expect(dates.published).toEqual({ iso: '2026-11-27T17:30:00+00:00', raw: 'Published Nov 27, 2026, 05:30 PM Updated Nov 27, 2026, 09:12 PM', item: 'Published Nov 27, 2026, 05:30 PM' });
    expect(dates.modified).toEqual({ iso: '2026-11-27T21:12:00+00:00', raw: 'Updated Nov 27, 2026, 09:12 PM' });
    // The same dateline under a declared publication gives the update the declaration leaves out.
    const declared = `<head><meta property="article:published_time" content="2026-11-27T17:30:00+08:00"></head><h1>Headline</h1>${lines}<p>Text.</p>`;
    expect(datesOf(declared).modified.iso).toBe('2026-11-27T21:12:00+08:00');
    // An update beside the dateline whose label has a line of its own.
    expect(datesOf('<h1>Headline</h1><div><span class="date">27 November 2026</span><span>Updated<br>Nov 28, 2026</span></div><p>Text.</p>').modified.iso)
      .toBe('2026-11-28T00:00:00+00:00');
  });

  it('reads the update on the line right after an unmarked dateline under the headline (rule "update on the next line")', () => {
    const story = (lines: string) => datesOf(`<h1>Headline</h1>${lines}<p>The council met on Tuesday and approved the plan for the harbour.</p>`);
    expect(story('<p>November 27, 2026 10:21 AM</p><p>Updated: November 27, 2026 2:05 PM</p>').modified.iso).toBe('2026-11-27T14:05:00+00:00');
    expect(story('<p>2026年11月27日 10時21分</p><p>11月27日 14時05分更新</p>').modified.iso).toBe('2026-11-27T14:05:00+00:00');
    expect(story('<p>2026年11月27日 10時21分</p><p>（最終更新：11月27日 14時05分）</p>').modified.iso).toBe('2026-11-27T14:05:00+00:00');
    expect(story('<p>November 27, 2026 10:21 AM</p><p>Updated 2:05 PM</p>').modified.iso).toBe('2026-11-27T14:05:00+00:00');
    // A next line that dates something else is no update.
    expect(story('<p>November 27, 2026 10:21 AM</p><p>The vote is set for November 28, 2026.</p>').modified.iso).toBeNull();
  });

  it('passes over the publication\'s line read again from its nested boxes before the update (rule "the line read again")', () => {
    const story = (meta: string) => datesOf(`<h1>Titular</h1><div class="a_md">${meta}</div><p>El Consejo de Ministros ha aprobado hoy el plan de vivienda para jóvenes.</p>`);
    const published = '<div class="a_md_p"><span>Madrid</span> - <a href="/hemeroteca/"><span>27 nov 2026 - 10:12</span> <abbr>CET</abbr></a></div>';
    const update = '<div class="a_md_f"><span>Actualizado:</span> <span>27 nov 2026 - 12:40</span> <abbr>CET</abbr></div>';
    expect(story(published + update)).toMatchObject({ published: { iso: '2026-11-27T10:12:00+01:00' }, modified: { iso: '2026-11-27T12:40:00+01:00' } });
    expect(story(published).modified.iso).toBeNull();
  });

  /** Each meta line read on the page around it: its publication and its update, in that order. */
  function expectPublishedAndModified(page: (dateline: string) => string, cases: Array<[string, string, string]>): void {
    for (const [dateline, published, modified] of cases) {
      const dates = datesOf(page(dateline));
      expect([dateline, dates.published.iso, dates.modified.iso]).toEqual([dateline, published, modified]);
    }
  }

  it('reads the update labels and publication labels of Vietnamese, Slovenian, Albanian, Kazakh and Welsh datelines', () => {
    const page = (dateline: string) => `<h1>Headline</h1><p class="meta">${dateline}</p><p>Text.</p>`;
    expectPublishedAndModified(page, [
      ['Cập nhật: 06/03/2024 10:00 | Ngày đăng: 05/03/2024 08:15', '2024-03-05T08:15:00+00:00', '2024-03-06T10:00:00+00:00'],
      ['Posodobljeno: 6. marca 2024 | Objavljeno: 5. marca 2024', '2024-03-05T00:00:00+00:00', '2024-03-06T00:00:00+00:00'],
      ['Përditësuar: 6 mars 2024 · Publikuar: 5 mars 2024', '2024-03-05T00:00:00+00:00', '2024-03-06T00:00:00+00:00'],
      ['Жаңартылды: 6 наурыз 2024 | Жарияланды: 5 наурыз 2024', '2024-03-05T00:00:00+00:00', '2024-03-06T00:00:00+00:00'],
      ['Diweddarwyd: 6 Mawrth 2024 | Cyhoeddwyd: 5 Mawrth 2024', '2024-03-05T00:00:00+00:00', '2024-03-06T00:00:00+00:00'],
    ]);
  });

  it('reads the Frisian and Maltese update labels, the Frisian one with its clock alone (rule "regional languages\' update labels")', () => {
    const page = (dateline: string) => `<h1>Headline</h1><p class="meta">${dateline}</p><p>Text.</p>`;
    expectPublishedAndModified(page, [
      ['snein 3 maart 2024, 08:15 Bywurke: 10:40', '2024-03-03T08:15:00+00:00', '2024-03-03T10:40:00+00:00'],
      ["il-5 ta' Marzu 2024, 14:20 | Aġġornat: is-6 ta' Marzu 2024, 18:05", '2024-03-05T14:20:00+00:00', '2024-03-06T18:05:00+00:00'],
    ]);
  });

  it('reads the Joomla details list\'s dates, in Portuguese before the spelling reform, over the masthead\'s day named in its language (rules "the details list\'s dates", "Portuguese before the spelling reform", "today in the site\'s language")', () => {
    const page = `<html><head><title>Caju: preço mínimo fixado - O Semanal</title></head><body><div id="header"><h1 class="logo"><a href="/">O Semanal</a></h1>
      <div class="data-hoje">Maputo, Sexta-feira, 27 de Novembro de 2026</div></div>
      <div class="item-page"><h2 class="contentheading"><a href="/caju">Caju: preço mínimo fixado</a></h2>
      <dl class="article-info">
      <dt class="article-info-term">Detalhes</dt>
      <dd class="category-name">Categoria: <a href="/economia">Economia</a></dd>
      <dd class="create">Criado em Quinta, 26 Novembro 2026 08:47</dd>
      <dd class="modified">Última actualização em Quinta, 26 Novembro 2026 10:12</dd>
      <dd class="createdby">Escrito por Celso Mabunda</dd>
      <dd class="hits">Acessos: 1532</dd>
      </dl>
      <p>A campanha de comercialização da castanha de caju arrancou esta semana na província de Nampula, com o preço mínimo fixado.</p></div></body></html>`;
    const metadata = readMetadata(indexedPage(page), { url: null, now: NOW });
    expect(metadata.publishedAt).toBe('2026-11-26T08:47:00+02:00');
    expect(metadata.modifiedAt).toBe('2026-11-26T10:12:00+02:00');
  });

  it('reads the Arabic, Persian and Urdu words for the update and the publication beyond "آخر تحديث" and "نشر"', () => {
    const page = (dateline: string) => `<h1>عنوان الخبر</h1><p class="meta">${dateline}</p><p>نص الخبر.</p>`;
    expectPublishedAndModified(page, [
      ['نشر في 23 جانفي 2017 | محدث في 24 جانفي 2017', '2017-01-23T00:00:00+01:00', '2017-01-24T00:00:00+01:00'],
      ['آخر تعديل: 24 يناير 2017 - نشر: 23 يناير 2017', '2017-01-23T00:00:00+00:00', '2017-01-24T00:00:00+00:00'],
      ['تاریخ انتشار: ۱۴۰۲/۰۸/۰۶ - ۱۰:۳۰ | به‌روزرسانی: ۱۴۰۲/۰۸/۰۷', '2023-10-28T10:30:00+00:00', '2023-10-29T00:00:00+00:00'],
      ['شائع 23 جنوری 2017 | اپ ڈیٹ 24 جنوری 2017', '2017-01-23T00:00:00+00:00', '2017-01-24T00:00:00+00:00'],
    ]);
  });

  it('reads the Catalan labels, an Italian update in brackets, and Japanese and Chinese update labels written after the date or with their lead word', () => {
    const page = (dateline: string) => `<h1>Headline</h1><p class="meta">${dateline}</p><p>Text.</p>`;
    expectPublishedAndModified(page, [
      ['12.06.2023 - 10:15 h Actualitzat: 12.06.2023 - 12:40 h', '2023-06-12T10:15:00+00:00', '2023-06-12T12:40:00+00:00'],
      ['Publicat: 11.06.2023 | Actualitzada: 12.06.2023', '2023-06-11T00:00:00+00:00', '2023-06-12T00:00:00+00:00'],
      ['14 novembre 2022 (modifica il 14 novembre 2022 | 09:41)', '2022-11-14T00:00:00+00:00', '2022-11-14T09:41:00+00:00'],
      ['2024年3月5日 14:20（2024年3月5日 18:05更新）', '2024-03-05T14:20:00+00:00', '2024-03-05T18:05:00+00:00'],
      ['發佈日期：2024年3月5日 14:20 | 最後更新：2024年3月6日 09:15', '2024-03-05T14:20:00+00:00', '2024-03-06T09:15:00+00:00'],
    ]);
    const beside = (update: string) => `<h1>見出し</h1><div class="meta"><time class="date">2024年3月5日 14:20</time><span class="note">${update}</span></div><p>本文。</p>`;
    expect(datesOf(beside('（2024年3月5日 18:05更新）')).modified).toEqual({ iso: '2024-03-05T18:05:00+00:00', raw: '2024年3月5日 18:05' });
    expect(datesOf(beside('最後更新：2024年3月6日 09:15')).modified.iso).toBe('2024-03-06T09:15:00+00:00');
  });

  it('reads a line that a publication label opens as a dateline whatever its class, beside the writer\'s portrait and before a teaser\'s dated card', () => {
    const cards = '<div class="cards"><a href="/a/1">Other story</a> <span class="card-date">14/03/2022</span></div>';
    const page = (line: string) => `<h1>عنوان الخبر</h1><div class="flex gap-3"><img class="h-9 w-9 rounded-full" src="/a.jpg" alt="">
      <div><div class="font-semibold">فهد العتيبي</div><div class="u-when">${line}</div></div></div><p>نص الخبر.</p>${cards}`;
    expect(datesOf(page('نُشر: 25/02/2024 11:40 م')).published).toEqual({ iso: '2024-02-25T23:40:00+00:00', raw: 'نُشر: 25/02/2024 11:40 م' });
    expect(datesOf(page('نُشر في: ١٥/٠٣/٢٠٢٢ - ٠٩:٤٥ ص · حُدّث في: ١٥/٠٣/٢٠٢٢ - ١١:٠٥ ص'))).toMatchObject({
      published: { iso: '2022-03-15T09:45:00+00:00' }, modified: { iso: '2022-03-15T11:05:00+00:00', raw: 'حُدّث في: ١٥/٠٣/٢٠٢٢ - ١١:٠٥ ص' },
    });
  });

  it('takes a later dateline on or before an update that is shown alone for the publication, and the update only without one', () => {
    const page = (later: string) => `<h1>Headline</h1><span class="date-updated">Updated: March 5, 2023</span><p>By Jane Doe</p>
      <p>Text of the story.</p><span class="entry-date">${later}</span>`;
    expect(datesOf(page('March 1, 2023'))).toMatchObject({ published: { iso: '2023-03-01T00:00:00+00:00' }, modified: { iso: '2023-03-05T00:00:00+00:00' } });
    expect(datesOf(page('March 9, 2023'))).toMatchObject({ published: { iso: '2023-03-05T00:00:00+00:00' }, modified: { iso: '2023-03-05T00:00:00+00:00' } });
  });

  it('reads the update a meta line prints after its dateline, in an element of its own', () => {
    const page = (afterDate: string) => `<h1>Bahnstreik: Was Pendler wissen müssen</h1><div class="article-meta">
      <span class="author">Von Jan Schneider</span><span class="date">25.11.2026, 16:40 Uhr</span>${afterDate}</div><p>Text der Meldung.</p>`;
    expect(datesOf(page('<span>Aktualisiert: 26.11.2026, 08:15 Uhr</span><span>4 Min.</span>'))).toMatchObject({
      published: { iso: '2026-11-25T16:40:00+00:00', raw: '25.11.2026, 16:40 Uhr' },
      modified: { iso: '2026-11-26T08:15:00+00:00', raw: 'Aktualisiert: 26.11.2026, 08:15 Uhr' },
    });
    // Classed as the update, with no label; and the dateline alone in its wrapper.
    expect(datesOf(page('<span class="last-modified">26.11.2026, 08:15 Uhr</span>')).modified.iso).toBe('2026-11-26T08:15:00+00:00');
    expect(datesOf(`<h1>Headline</h1><div><div class="date"><time>25.11.2026</time></div><p>Last updated 27.11.2026</p></div><p>Text.</p>`).modified.iso)
      .toBe('2026-11-27T00:00:00+00:00');
    // A sibling that merely holds a date, or one far along the line, says nothing of this page's edits.
    expect(datesOf(page('<a href="/termine">Nächster Streik: 02.12.2026</a>')).modified.iso).toBeNull();
    expect(datesOf(page('<span>4 Min.</span><span>12 Kommentare</span><span>Teilen</span><span>Aktualisiert: 26.11.2026</span>')).modified.iso).toBeNull();
  });

  it('takes the clock a meta line prints in an element of its own right after a dateline that shows none', () => {
    const page = (afterDate: string) => `<h1>عنوان الخبر</h1><div class="article__info"><span class="article__source">الرياض - أ ف ب</span>
      <span class="article__date">الأربعاء 6 رجب 1445 هـ - 17 يناير 2024 م</span> ${afterDate}</div><p>نص الخبر.</p>`;
    expect(datesOf(page('<span class="article__time">الساعة 09:15 ص</span><span>عدد المشاهدات: 845</span>')).published)
      .toEqual({ iso: '2024-01-17T09:15:00+00:00', raw: 'الأربعاء 6 رجب 1445 هـ - 17 يناير 2024 م' });
    // Nothing but a clock: a date there is another item's, an update's clock is the update's, and a far one is not read.
    expect(datesOf(page('<span>18 يناير 2024 09:15</span>')).published.iso).toBe('2024-01-17T00:00:00+00:00');
    expect(datesOf(page('<span>آخر تحديث 09:15</span>')).published.iso).toBe('2024-01-17T00:00:00+00:00');
    expect(datesOf(page('<span>عدد المشاهدات: 845</span><span>الساعة 09:15 ص</span>')).published.iso).toBe('2024-01-17T00:00:00+00:00');
    expect(datesOf(page('<span class="video-duration">03:45</span>')).published.iso).toBe('2024-01-17T00:00:00+00:00');
    // A dateline that shows its own clock keeps it.
    expect(datesOf(`<h1>Headline</h1><p><span class="date">17.01.2024, 08:00</span> <span>09:15</span></p><p>Text.</p>`).published.iso)
      .toBe('2024-01-17T08:00:00+00:00');
  });

  it('takes a dotted clock alone in the element after the dateline as its time (rule "dotted clock alone")', () => {
    const page = (afterDate: string) => `<h1>Allerta rossa</h1><div class="meta"><span class="date">25 novembre 2026</span> ${afterDate}</div><p>Testo.</p>`;
    expect(datesOf(page('<span class="ora">18.40</span>')).published.iso).toBe('2026-11-25T18:40:00+00:00');
    expect(datesOf(page('<span>ore 9.05</span>')).published.iso).toBe('2026-11-25T09:05:00+00:00');
    // A row that only the time and the date are in reads as one stamp (rule "dotted clock closing the stamp").
    expect(datesOf(page('<span class="ora">18.40</span>').replace('class="date"', 'class="data"')).published.iso).toBe('2026-11-25T18:40:00+00:00');
    // A figure that cannot be a time of day, or one that a word follows, is no clock.
    expect(datesOf(page('<span>27.80</span>')).published.iso).toBe('2026-11-25T00:00:00+00:00');
    expect(datesOf(page('<span>18.40 per cento</span>')).published.iso).toBe('2026-11-25T00:00:00+00:00');
  });

  it('reads a publication that prints only its time after a dated update on the update\'s day (rule "publication on the update\'s day")', () => {
    const line = datesOf('<h1>Station funded</h1><div class="byline-date"><span>Updated March 4 2024 - 6:12pm, first published 5:30pm</span></div><p>Text.</p>');
    expect(line.published.iso).toBe('2024-03-04T17:30:00+00:00');
    expect(line.modified.iso).toBe('2024-03-04T18:12:00+00:00');
    // A clock later than the update's is no publication of that day.
    expect(datesOf('<h1>Station funded</h1><div class="byline-date"><span>Updated March 4 2024 - 6:12pm, first published 7:30pm</span></div><p>Text.</p>').published.iso)
      .toBe('2024-03-04T18:12:00+00:00');
  });

  it('reads an update that prints only its time on the publication\'s day and in its zone, beside the dateline or in it', () => {
    const beside = datesOf(`<h1>Lawmakers strike deal</h1><div class="ArticlePage-datePublished">March 3, 2024 5:12 p.m. ET</div><span> | </span>
      <div class="ArticlePage-dateModified">Updated 6:40 p.m.</div><p>Text.</p>`);
    expect(beside.published.iso).toBe('2024-03-03T17:12:00-05:00');
    expect(beside.modified).toEqual({ iso: '2024-03-03T18:40:00-05:00', raw: 'Updated 6:40 p.m.' });
    expect(datesOf('<h1>Lawmakers strike deal</h1><p class="date">March 3, 2024 5:12 p.m. ET | Updated 6:40 p.m.</p><p>Text.</p>').modified.iso)
      .toBe('2024-03-03T18:40:00-05:00');
    expect(datesOf('<h1>عنوان الخبر</h1><div class="date">الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)</div><p>نص الخبر.</p>').modified.iso)
      .toBe('2013-08-28T14:00:00+04:00');
    // A time before the publication's is no update of it.
    expect(datesOf('<h1>Lawmakers strike deal</h1><p class="date">March 3, 2024 5:12 p.m. ET | Updated 9:05 a.m.</p><p>Text.</p>').modified.iso).toBeNull();
  });

  it('reads the Hungarian update label', () => {
    const dates = datesOf('<h1>Headline</h1><div class="cikk-info"><span class="datum">2025. március 12., 14:05</span> <span>Frissítve: 2025. március 12., 16:20</span></div><p>Text.</p>');
    expect(dates.published.iso).toBe('2025-03-12T14:05:00+00:00');
    expect(dates.modified.iso).toBe('2025-03-12T16:20:00+00:00');
  });

  it('reads the Romanian update label and the Tunisian word for "updated"', () => {
    const romanian = datesOf('<h1>Headline</h1><div class="meta"><span class="data">Publicat: 20.02.2025, 13:10</span> <span class="actualizat">Actualizat: 20.02.2025, 15:47</span></div><p>Text.</p>');
    expect(romanian.published.iso).toBe('2025-02-20T13:10:00+00:00');
    expect(romanian.modified.iso).toBe('2025-02-20T15:47:00+00:00');
    const tunisian = datesOf('<h1>عنوان الخبر</h1><div class="meta"><span class="date">03 فيفري 2026 - 14:05</span><span class="maj">| آخر تحيين: 03 فيفري 2026 - 16:40</span></div><p>نص الخبر.</p>');
    expect(tunisian.published.iso).toBe('2026-02-03T14:05:00+01:00');
    expect(tunisian.modified.iso).toBe('2026-02-03T16:40:00+01:00');
  });

  it('reads the dateline\'s update on the clock of a declared publication that it prints, and not a dateline that prints another time', () => {
    const page = (published: string, dateline: string) => `<head><meta property="article:published_time" content="${published}"></head>
      <h1>Headline</h1><div class="meta"><span>Redacción</span><span>·</span><span>${dateline}</span><span>·</span><span>Actualizado 24/11/2026 13:40</span></div><p>Text.</p>`;
    expect(datesOf(page('2026-11-24T12:05:00+01:00', '24/11/2026 12:05')).modified).toEqual({ iso: '2026-11-24T13:40:00+01:00', raw: 'Actualizado 24/11/2026 13:40' });
    expect(datesOf(page('2026-11-24T12:05:00+01:00', '24/11/2026 12:17')).modified.iso).toBeNull();
    expect(datesOf(page('2026-11-24T12:05:00+01:00', '20/11/2026 12:05')).modified.iso).toBeNull();
  });

  it('reads the date item of an unclassed meta list beside a count of digits alone, and not the dates of a list of dated items (rule "count beside the date")', () => {
    const page = (items: string) => `<h1>«الكهرباء»: خطة لربط 3 محطات شمسية جديدة بالشبكة</h1><ul>${items}</ul><p>أعلنت وزارة الكهرباء والماء اليوم خطة لربط ثلاث محطات جديدة للطاقة الشمسية بالشبكة.</p>`;
    expect(datesOf(page('<li><i></i> كونا</li><li><i></i> 02-11-2026 | 11:47 ص</li><li><i></i> 642</li>')).published.iso).toBe('2026-11-02T11:47:00+00:00');
    // Items that open with dates list other items: none of their dates is the page's.
    expect(datesOf(page('<li>02-11-2026 11:47 <a href="/a">خبر آخر</a></li><li>01-11-2026 09:10 <a href="/b">خبر ثالث</a></li>')).published.iso).toBeNull();
  });

  it('reads an update printed alone in the meta row on the declared publication\'s offset, not on hours measured against it (rule "a line with the update alone")', () => {
    const page = (published: string, row: string) => `<head><meta property="article:published_time" content="${published}"></head>
      <h1>Ny cykelsti åbner i Vejle</h1><div class="meta">${row}</div><p>Den nye cykelsti langs fjorden åbner mandag, efter at kommunen har bygget den færdig.</p>`;
    expect(datesOf(page('2026-11-24T08:30:00+01:00', 'Af Mette Jensen · Opdateret tirsdag d. 24. november 2026, kl. 10.30')).modified.iso).toBe('2026-11-24T10:30:00+01:00');
    expect(datesOf(page('2026-11-24T08:30:00+01:00', 'By Jane Roe · Updated November 24, 2026, 10:30')).modified.iso).toBe('2026-11-24T10:30:00+01:00');
  });

  it('reads the update beside a dateline that prints the declared day alone on the declared offset\'s clock (rule "update beside the declared day")', () => {
    const page = (published: string, dateline: string) => `<head><meta property="article:published_time" content="${published}"></head>
      <h1>Headline</h1><div class="meta"><span>Redacción</span><span>·</span><span>${dateline}</span><span>·</span><span>Actualizado 24/11/2026 13:40</span></div><p>Text.</p>`;
    expect(datesOf(page('2026-11-24T10:05:00+07:00', '24/11/2026')).modified).toEqual({ iso: '2026-11-24T13:40:00+07:00', raw: 'Actualizado 24/11/2026 13:40' });
    // A dateline of another day dates another item.
    expect(datesOf(page('2026-11-24T10:05:00+07:00', '20/11/2026')).modified.iso).toBeNull();
  });

  it('writes a declared UTC time on the clock the dateline prints it in, and the wall clock it prints as the local one', () => {
    const inZone = (html: string, timeZone: string | null) => {
      const page = indexedPage(html);
      return readPageDates(page, readMetaTags(page), readJsonLd(page).article, null, NOW, null, null, timeZone);
    };
    const ld = (published: string, modified: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Dam levels rise', datePublished: published, dateModified: modified })}</script>`;
    // The same instant, printed in a named zone, for the update too.
    const station = inZone(`${ld('2026-10-29T23:05:12+00:00', '2026-10-30T01:47:30+00:00')}<h1>Dam levels rise</h1>
      <p class="byline-date">Posted: <time>Oct 29, 2026 / 06:05 PM CDT</time></p><p class="byline-date">Updated: <time>Oct 29, 2026 / 08:47 PM CDT</time></p><p>Text.</p>`, null);
    expect(station.published.iso).toBe('2026-10-29T18:05:12-05:00');
    expect(station.modified).toEqual({ iso: '2026-10-29T20:47:30-05:00', raw: '2026-10-30T01:47:30+00:00' });
    const sameDay = inZone(`${ld('2026-10-29T11:20:00Z', '2026-10-29T15:02:00Z')}<h1>Dam levels rise</h1>
      <div class="stamp"><time>Published October 29, 2026</time> <span class="stamp-updated">Updated 11:02 a.m. ET</span></div><p>Text.</p>`, null);
    // The publication printed without a clock is on the update's printed clock too, on the day the page prints.
    expect(sameDay.published.iso).toBe('2026-10-29T07:20:00-04:00');
    expect(sameDay.modified.iso).toBe('2026-10-29T11:02:00-04:00');
    const dayBefore = inZone(`${ld('2026-10-29T02:20:00Z', '2026-10-29T15:02:00Z')}<h1>Dam levels rise</h1>
      <div class="stamp"><time>Published October 29, 2026</time> <span class="stamp-updated">Updated 11:02 a.m. ET</span></div><p>Text.</p>`, null);
    expect(dayBefore.published.iso).toBe('2026-10-29T02:20:00+00:00');
    const unprinted = inZone(`${ld('2026-11-28T19:42:00Z', '2026-11-28T21:10:00Z')}<h1>Wildfire spreads</h1>
      <div class="date"><time datetime="2026-11-28T19:42:00Z">Updated November 28, 2026 at 1:10 p.m. PST</time></div><p>Text.</p>`, null);
    expect(unprinted.published.iso).toBe('2026-11-28T11:42:00-08:00');
    expect(unprinted.modified.iso).toBe('2026-11-28T13:10:00-08:00');
    // The local wall clock declared with a UTC offset: the dateline prints it on the page's clock.
    const local = (dateline: string) => inZone(`${ld('2026-10-29T09:14:00+00:00', '2026-10-29T09:14:00+00:00')}<h1>Dam levels rise</h1>
      <span class="post-date"><time class="entry-date">${dateline}</time></span><p>Text.</p>`, 'Africa/Johannesburg').published.iso;
    expect(local('29 October 2026 | 09:14')).toBe('2026-10-29T09:14:00+02:00');
    // A dateline that prints the instant on the page's clock, or another time, leaves the declared instant as it is.
    expect(local('29 October 2026 | 11:14')).toBe('2026-10-29T11:14:00+02:00');
    expect(local('29 October 2026 | 10:30')).toBe('2026-10-29T11:14:00+02:00');
  });

  it('passes over a declared publication at midnight of the death day of the person an obituary is about, for the notice\'s own date', () => {
    const page = (published: string) => `<script type="application/ld+json">${JSON.stringify({
      '@type': 'Article', headline: 'Harold Finch Obituary', datePublished: published,
      about: { '@type': 'Person', name: 'Harold James Finch', birthDate: '1941-09-17', deathDate: '2026-05-10' },
    })}</script><h1>Harold James Finch</h1><p class="lifespan">September 17, 1941 - May 10, 2026</p>
      <p>Harold died peacefully at home.</p><p class="notice-date">Published in the Example Herald on May 14, 2026.</p>`;
    expect(datesOf(page('2026-05-10T00:00:00-04:00')).published).toEqual({ iso: '2026-05-14T00:00:00-04:00', raw: 'Published in the Example Herald on May 14, 2026.' });
    // A story on the death, put out that day, declares the time it went out; another day is the page's own.
    expect(datesOf(page('2026-05-10T14:20:00-04:00')).published.iso).toBe('2026-05-10T14:20:00-04:00');
    expect(datesOf(page('2026-05-12')).published.iso).toBe('2026-05-12T00:00:00+00:00');
  });

  it('dates a dateline that prints its day and month without a year by its <time>, and reads the update printed beside it', () => {
    const page = (published: string) => `<h1>Tulvavaroitus Pohjanmaalle</h1><div class="meta">
      <span class="meta-published">Julkaistu ${published}</span><span class="meta-modified">| Päivitetty 6.10. klo 11.45</span></div><p>Teksti.</p>`;
    expect(datesOf(page('<time datetime="2026-10-06T09:30:00+03:00">6.10. klo 9.30</time>'))).toMatchObject({
      published: { iso: '2026-10-06T09:30:00+03:00' }, modified: { iso: '2026-10-06T11:45:00+03:00', raw: '| Päivitetty 6.10. klo 11.45' },
    });
    // Without a machine value the print places the day in no year.
    expect(datesOf(page('<time>6.10. klo 9.30</time>'))).toMatchObject({ published: { iso: null }, modified: { iso: null } });
  });

  it('reads an update the dateline prints as an age beside a declared publication as the instant it counts back to', () => {
    // NOW is 12:00 UTC, 16:00 on the declared publication's clock.
    const page = (update: string) => `<head><meta property="article:published_time" content="2026-11-29T14:05:00+04:00"></head>
      <h1>Headline</h1><div class="meta"><span>نُشر: <time datetime="2026-11-29T10:05:00Z">الأحد 29 نوفمبر 2026 - 02:05 م</time></span>
      <span class="updated">${update}</span></div><p>Text.</p>`;
    expect(datesOf(page('آخر تحديث: منذ ساعة')).modified.iso).toBe('2026-11-29T11:00:00+00:00');
    expect(datesOf(page('Updated 30 minutes ago')).modified.iso).toBe('2026-11-29T11:30:00+00:00');
    // Three hours ago is before the publication: an edit saved before it went live is not its update.
    expect(datesOf(page('آخر تحديث: منذ 3 ساعات')).modified.iso).toBeNull();
  });

  it('passes over a masthead\'s date of the day on a page without an <h1>', () => {
    const page = `<table><tr><td><a href="Default.aspx"><img src="logo.gif" alt="Site"></a></td>
      <td class="DateTop"><span id="ctl00_lblToday">Sunday 29 November 2026</span></td></tr></table>
      <table><tr><td class="NewsTitle"><span id="ctl00_lblTitle">Headline of the story</span></td></tr>
      <tr><td class="NewsInfo"><span>Khartoum: Jane Doe</span> | <span id="ctl00_lblDate">27/11/2026 09:40:12 PM</span></td></tr>
      <tr><td>Text of the story.</td></tr></table>`;
    expect(datesOf(page).published.iso).toBe('2026-11-27T21:40:12+00:00');
    expect(datesOf(`<div class="current-date">Sunday 29 November 2026</div><p><span class="date">27/11/2026</span></p><p>Text.</p>`).published.iso)
      .toBe('2026-11-27T00:00:00+00:00');
  });

  it('reads the datelines after a headline set in a table cell the title names before the masthead\'s date above it', () => {
    const headline = 'مزارعو الأغوار يخسرون نصف محصول التمور';
    const html = `<title>وكالة الأنباء :: ${headline}</title><body><table><tr><td class="date">الخميس 19/05/2016</td>
      <td><a href="index.php">الرئيسية</a> | <a href="contact.php">اتصل بنا</a></td></tr></table>
      <table><tr><td class="newstitle">${headline}</td></tr><tr><td class="newsinfo">تاريخ النشر: 2016/05/18 - 14:32 &nbsp; عدد القراءات: 731</td></tr>
      <tr><td>نص الخبر.</td></tr></table>
      <table class="morecat"><tr><td>» <a href="news.php?id=1">خبر آخر</a> <span class="reldate">(2016/05/17)</span></td></tr></table></body>`;
    expect(readMetadata(indexedPage(html), { url: null, now: NOW }).publishedAt).toBe('2016-05-18T14:32:00+00:00');
  });

  it('keeps a declared modified date over the dateline\'s update', () => {
    const dates = datesOf(`<meta property="article:modified_time" content="2023-03-20T08:00:00+01:00">
      <h1>Headline</h1><p class="date">Published 12 March 2023 | Updated 14 March 2023</p>`);
    expect(dates.published.iso).toBe('2023-03-12T00:00:00+00:00');
    expect(dates.modified.iso).toBe('2023-03-20T08:00:00+01:00');
  });

  it('takes a later update the dateline labels over a declared modification equal to the publication, with the clock of its <time>', () => {
    const page = (modified: string, line: string) => `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Walk",
      "datePublished":"2024-10-02T06:00:00+01:00","dateModified":"${modified}"}</script>
      <h1>Walk</h1><div class="entry-meta"><span>By Holly</span> ${line}</div><p>Text.</p>`;
    const labelled = '<span class="posted-on"><span class="meta-label">Last updated</span> <time class="entry-date updated" datetime="2025-03-14T10:22:08+00:00">March 14, 2025</time></span>';
    expect(datesOf(page('2024-10-02T06:00:00+01:00', labelled)).modified).toEqual({ iso: '2025-03-14T10:22:08+00:00', raw: '2025-03-14T10:22:08+00:00' });
    // A declared edit stands; so does the declaration against an update the dateline prints on the publication's day.
    expect(datesOf(page('2024-11-20T09:00:00+01:00', labelled)).modified.iso).toBe('2024-11-20T09:00:00+01:00');
    expect(datesOf(page('2024-10-02T06:00:00+01:00', labelled.replaceAll('2025-03-14T10:22:08', '2024-10-02T18:40:00').replace('March 14, 2025', 'October 2, 2024'))).modified.iso)
      .toBe('2024-10-02T06:00:00+01:00');
    // A meta line classed "updated" that prints the publication under its label is no edit.
    expect(datesOf(page('2024-10-02T06:00:00+01:00', '<span class="byline-updated">Published 14 March 2025</span>')).modified.iso).toBe('2024-10-02T06:00:00+01:00');
  });

  it('takes the labelled publication a day after the creation Drupal declares in dcterms.date, with the clock of its <time>', () => {
    const page = (head: string, dateline: string) => `<head>${head}</head><h1>Beaver dams</h1>
      <div class="field--name-field-release-date">${dateline}</div><p>Text.</p>`;
    const creation = '<meta name="dcterms.date" content="2024-05-07T16:12:00+01:00">';
    const released = '<span class="label">Published:</span> <time datetime="2024-05-08T09:00:00Z">8 May 2024</time>';
    expect(datesOf(page(creation, released)).published).toEqual({ iso: '2024-05-08T09:00:00+00:00', raw: '2024-05-08T09:00:00Z' });
    // A dateline without the label, one on the creation's day, and a declared publication leave the declaration standing.
    expect(datesOf(page(creation, '<time datetime="2024-05-08T09:00:00Z">8 May 2024</time>')).published.iso).toBe('2024-05-07T16:12:00+01:00');
    expect(datesOf(page(creation, released.replace('2024-05-08T09:00:00Z', '2024-05-07T17:00:00Z').replace('8 May', '7 May'))).published.iso).toBe('2024-05-07T16:12:00+01:00');
    expect(datesOf(page('<meta property="article:published_time" content="2024-05-07T16:12:00+01:00">', released)).published.iso).toBe('2024-05-07T16:12:00+01:00');
  });

  it('reads no date from a copyright notice, and the date before a photo credit\'s copyright mark', () => {
    expect(datesOf('<h1>Our practice</h1><p>We treat back pain.</p><div id="bottom"><p>© 14.02.2023 Practice on the Square</p></div>').published.iso).toBeNull();
    expect(datesOf('<h1>Our practice</h1><p>Copyright 14.02.2023 Practice on the Square</p>').published.iso).toBeNull();
    expect(datesOf('<h1>Headline</h1><p class="date">12.03.2023 | Foto: © Jane Doe</p>').published).toEqual({ iso: '2023-03-12T00:00:00+00:00', raw: '12.03.2023 | Foto: © Jane Doe' });
  });

  it('reads the short line right above the headline, but not a masthead\'s date in the site header', () => {
    expect(datesOf('<article><p class="kicker">Politik · 03.03.2023</p><h1>Budget passed</h1><p>Text.</p></article>').published.iso).toBe('2023-03-03T00:00:00+00:00');
    expect(datesOf('<header><span>Sonntag, 29. November 2026</span><a href="/">Site</a></header><h1>Budget passed</h1><p>Text.</p>').published.iso).toBeNull();
  });

  it('reads the Gregorian day and clock set in boxes after the Hijri day (rule "Gregorian day beside the Hijri one")', () => {
    const meta = (after: string) => `<h1>افتتاح سوق الأسماك</h1><div class="post-meta"><span class="hijri-date">الأحد 19 جمادى الآخرة 1448 هـ</span> ${after}</div><p>نص الخبر.</p>`;
    const both = datesOf(meta('<span class="post-date">29 نوفمبر 2026</span> <span class="post-time">10:35 ص</span>')).published;
    expect(both.iso).toBe('2026-11-29T10:35:00+00:00');
    expect(both.raw).toBe('29 نوفمبر 2026');
    // A Gregorian day weeks away is another item's (an issue's, an event's), and the Hijri day stands.
    expect(datesOf(meta('<span class="issue-date">1 نوفمبر 2026</span>')).published.iso).toBe('2026-11-29T00:00:00+00:00');
  });

  it('reads the civil day and clock set in a box after the Hebrew day (rule "civil day beside the Hebrew one")', () => {
    const meta = (after: string) => `<h1>הסדרי תנועה לחנוכה</h1><div class="art-info"><span class="writer">מאת: ישראל וינברג</span> | <span class="hdate">י״ט בכסלו תשפ״ז</span> | ${after}</div><p>העירייה פרסמה את הסדרי התנועה.</p>`;
    const both = datesOf(meta('<span class="gdate">29.11.2026 10:20</span>')).published;
    expect(both.iso).toBe('2026-11-29T10:20:00+00:00');
    expect(both.raw).toBe('29.11.2026 10:20');
    // Alone, the Hebrew day is the dateline, read at midnight.
    expect(datesOf(meta('<span class="views">צפיות</span>')).published.iso).toBe('2026-11-29T00:00:00+00:00');
  });

  it('passes over the day a site\'s top bar shows, in both calendars (rule "date in the top bar")', () => {
    const bar = '<div class="top-bar"><span class="date-hijri">الأحد 19 جمادى الآخرة 1448 هـ</span> | <span class="date-milady">29 نوفمبر 2026 م</span></div>';
    expect(datesOf(`${bar}<div class="site-head"><a href="/">الموقع</a></div><div class="col"><h1>حين تصبح المكتبة ساحة للحي</h1><p>نص المقال.</p></div>`).published.iso).toBeNull();
    expect(datesOf(`<div class="jeg_topbar"><div class="jeg_top_date">الأحد، 29 نوفمبر 2026</div></div><h1>عنوان</h1><p>نص.</p>`).published.iso).toBeNull();
    // A bar that is not the site's: a story's own row over its headline, inside its <article>.
    expect(datesOf(`<article><div class="post-topbar">25 نوفمبر 2026</div><h1>عنوان</h1><p>نص.</p></article>`).published.iso).toBe('2026-11-25T00:00:00+00:00');
  });

  it('reads the lines above a headline set in a wrapper of its own, nearest first, but no block of the page body itself', () => {
    const header = '<div class="x1">21.12.2022</div><hr><div class="x2"><a href="/public/">Public</a></div><div class="x3"><a href="/theme/concrete/">Concrete</a></div>';
    expect(datesOf(`<div class="x0">${header}<div class="x4"><h1>Sports centre extended</h1></div><p>Text.</p></div>`).published.iso).toBe('2022-12-21T00:00:00+00:00');
    expect(datesOf(`<body><div class="x1">Sonntag, 29. November 2026</div><div class="x4"><h1>Sports centre extended</h1></div><p>Text.</p></body>`).published.iso).toBeNull();
  });

  it('reads the font line right above a table layout\'s headline (rule "kicker in a font")', () => {
    const html = `<table><tr><td><a href="/news/">Новости</a> | <a href="/weather/">Погода</a></td></tr><tr><td valign="top">
      <font size="1" color="#666666">26.11.2026 08:15 | Погода</font>
      <h2>В Чуйской области выпал первый снег</h2>
      <font size="2">В ночь на субботу в Чуйской области выпал первый снег.<br><br>Дорожные службы вывели на трассы технику.<br><br></font></td></tr></table>`;
    const page = indexedPage(`<html><head><title>Вечерний Экспресс :: Новости :: В Чуйской области выпал первый снег</title></head><body>${html}</body></html>`);
    expect(readPageDates(page, readMetaTags(page), null, null, NOW, null, 'В Чуйской области выпал первый снег').published.iso).toBe('2026-11-26T08:15:00+00:00');
  });

  it('reads the table row right above a headline that no heading holds, the row of a print version (rule "kicker line")', () => {
    const printed = (dateRow: string) => `<html><head><title>Valley Courier :: Council approves the second bridge over the river</title></head><body><table>
      <tr><td><img src="/logo_print.gif" alt="Valley Courier"></td></tr>${dateRow}
      <tr><td class="ptitle">Council approves the second bridge over the river</td></tr>
      <tr><td>The council voted on Tuesday to build a second bridge over the river, after three years of debate.</td></tr></table></body></html>`;
    const headline = 'Council approves the second bridge over the river';
    const published = (html: string) => {
      const page = indexedPage(html);
      return readPageDates(page, readMetaTags(page), null, null, NOW, null, headline).published.iso;
    };
    expect(published(printed('<tr><td><font size="2">Saturday, November 28, 2026 - Issue 6120</font></td></tr>'))).toBe('2026-11-28T00:00:00+00:00');
    expect(published(printed(''))).toBeNull();
  });

  it('passes over a date that each item of a list shows, and keeps the date of a meta list', () => {
    expect(datesOf(`<h1>Dike raised</h1><ul><li><a href="/a">Water level rises</a> <span class="date">02.02.2023</span></li>
      <li><a href="/b">Sandbags handed out</a> <span class="date">01.02.2023</span></li></ul><p>Text.</p><p class="date">15.03.2023</p>`).published.iso)
      .toBe('2023-03-15T00:00:00+00:00');
    expect(datesOf(`<h1>Dike raised</h1><ul class="post-meta"><li class="date">02.02.2023</li><li class="author"><a href="/jane">Jane Doe</a></li></ul>
      <p>Text.</p><p class="date">15.03.2023</p>`).published.iso).toBe('2023-02-02T00:00:00+00:00');
  });

  it('passes over the items of a list that each link to a story and print its date, wherever in the item', () => {
    const article = '<div class="news-date">17.01.2024 10:25</div><h1>Water conference opens</h1><p>Text of the story.</p>';
    const latest = (item: (title: string, date: string) => string) => `<div class="box"><div class="box-title">Latest news</div><ul>
      ${item('Ceasefire talks resume', '17.01.2024 10:10')}${item('Housing portal launched', '17.01.2024 09:11')}</ul></div>`;
    expect(datesOf(article + latest((title, date) => `<li><a href="/n/1">${title}</a> <span>${date}</span></li>`)).published.iso).toBe('2024-01-17T10:25:00+00:00');
    expect(datesOf(article + latest((title, date) => `<li><span class="time">${date}</span><a href="/n/1">${title}</a></li>`)).published.iso)
      .toBe('2024-01-17T10:25:00+00:00');
    const rows = '<table><tr><td><a href="/n/1">Ceasefire talks resume</a> (16.01.2024)</td></tr><tr><td><a href="/n/2">Housing portal launched</a> (15.01.2024)</td></tr></table>';
    expect(datesOf(`<h1>Water conference opens</h1>${rows}<p>Text of the story.</p><p>17.01.2024</p>`).published.iso).toBe('2024-01-17T00:00:00+00:00');
    // An item that links and dates alone, or a meta list whose date item holds no link, is the page's.
    expect(datesOf('<h1>Water conference opens</h1><ul><li><a href="/jane">Jane Doe</a>, 17.01.2024</li></ul><p>Text.</p>').published.iso).toBe('2024-01-17T00:00:00+00:00');
    expect(datesOf(`<h1>Water conference opens</h1><ul><li><a href="/jane">Jane Doe</a></li><li>17.01.2024</li><li><a href="/local">Local</a></li></ul>
      <p>Text.</p>`).published.iso).toBe('2024-01-17T00:00:00+00:00');
  });

  it('reads the text after a headline set in a table cell that the title ends with, past the masthead\'s date of the day', () => {
    const html = `<title>Valley Gazette - Sondrio, old dairy closes after ninety years</title><body><table>
      <tr><td colspan="2"><font size="1">Tuesday 29 November 2026 - Updated at 20:10</font></td></tr>
      <tr><td><table><tr><td>LATEST</td></tr><tr><td><font size="1">11/03/2024</font><br><a href="/a/1">Station car park opens</a></td></tr>
        <tr><td><font size="1">10/03/2024</font><br><a href="/a/2">Farmers' market returns</a></td></tr></table></td>
      <td><table><tr><td><b>SONDRIO</b></td></tr><tr><td><font size="5"><b>Old dairy closes after ninety years</b></font></td></tr>
        <tr><td><font size="1">12 March 2024 - 14:30 | Read 1,532 times</font></td></tr><tr><td>The shutters come down on Saturday.</td></tr></table></td></tr></table></body>`;
    expect(readMetadata(indexedPage(html), { url: null, now: NOW }).publishedAt).toBe('2024-03-12T14:30:00+00:00');
  });

  it('reads the dateline after a headline set in bold type at the head of a table cell, without the headline', () => {
    const headline = 'الأمم المتحدة تدعو إلى وقف إطلاق النار في المنطقة بعد أسابيع من القتال العنيف والمفاوضات المتعثرة';
    const html = `<title>${headline}</title><table><tr><td><a href="/">الرئيسية</a> | <a href="/world">دولي</a></td></tr>
      <tr><td><font size="5"><b>${headline}</b></font><br><font size="2">نشر في: الاثنين 23 تشرين الثاني/نوفمبر 2026 - 09:30</font><br><br>
      <font size="3">نيويورك (ا ف ب) - دعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار، معربا عن قلقه البالغ.</font></td></tr></table>`;
    const metadata = readMetadata(indexedPage(html), { url: null, now: NOW });
    expect(metadata.title).toBe(headline);
    expect(metadata.publishedAt).toBe('2026-11-23T09:30:00+00:00');
    // The cell runs on after a <br>; the text the date was read from starts at the dateline, not at the headline.
    expect(metadata.publishedAtRaw?.startsWith('نشر في: الاثنين 23 تشرين الثاني/نوفمبر 2026 - 09:30')).toBe(true);
  });

  it('reads the clock printed after a date that opens a block past the lead\'s first words', () => {
    const dates = datesOf(`<h1>Mountain hut reopens</h1><p class="signature">Par Jeanne Martinez (avec AFP)<br>
      Article publié le 03/02/2015 à 08h40 | Mis à jour le 04/02/2015 à 19h15</p><p>Text of the story.</p>`);
    expect(dates.published.iso).toBe('2015-02-03T08:40:00+00:00');
    expect(dates.modified).toEqual({ iso: '2015-02-04T19:15:00+00:00', raw: 'Mis à jour le 04/02/2015 à 19h15' });
  });

  it('reads the dateline a table layout sets in a <font> of the byline box, not a related story\'s date further down', () => {
    const html = `<title>School board approves new bus routes - The Valley Courier - Local</title><body><table><tr><td>
      <font size="5"><b>School board approves new bus routes</b></font><br><br>
      <font face="Arial" size="2"><b>By JOHN MERRILL</b><br><font color="#666666">Courier Staff Writer</font><br>
      <font color="#666666" size="1">Published: Monday, March 2, 2009 10:15 PM EST</font></font><br><br>
      <font size="3">The board voted on Monday night.<br><br>Parents had asked for shorter routes.</font><br><br>
      <table><tr><td><font size="2"><b>Related stories:</b><br>&#149; <a href="/news/1.html">Board weighs bus cuts</a> <font size="1">(Feb. 12, 2009)</font></font></td></tr></table>
      </td></tr></table></body>`;
    expect(readMetadata(indexedPage(html), { url: null, now: NOW }).publishedAt).toBe('2009-03-02T22:15:00-05:00');
  });

  it('passes over the date of a teaser set as one link around its title and date, and keeps a permalink around the dateline alone', () => {
    const rail = `<div class="rail"><h2>More on this</h2><div class="card"><a href="/other-story"><span class="card__topline">Energy</span>
      <span class="card__headline">What the heating law has achieved so far</span><span class="card__date">17.11.2026</span></a></div></div>`;
    expect(datesOf(`<h1>Bridge reopens to traffic</h1><div class="metaline">Stand: 20.11.2026 11:04 Uhr</div><p>Text of the story.</p>${rail}`).published.iso)
      .toBe('2026-11-20T11:04:00+00:00');
    expect(datesOf(`<h1>Bridge reopens to traffic</h1><a href="/bridge" rel="bookmark"><span class="entry-date">20.11.2026</span></a><p>Text.</p>`).published.iso)
      .toBe('2026-11-20T00:00:00+00:00');
  });

  it('reads the update from the part of a dateline its class names as the update, printed as a time on the publication\'s day', () => {
    const dates = datesOf(`<h1>Rent cap agreed</h1><div class="story-dates"><span class="published">Veröffentlicht 27.11.2026, 10.12 Uhr</span>
      <span class="updated">(Update: 14.35 Uhr)</span></div><p>Text of the story.</p>`);
    expect(dates.published.iso).toBe('2026-11-27T10:12:00+00:00');
    expect(dates.modified).toEqual({ iso: '2026-11-27T14:35:00+00:00', raw: '(Update: 14.35 Uhr)' });
  });

  it('finds nothing on a page without dates', () => {
    expect(datesOf('<h1>Title</h1><p>Text without any date.</p>').published).toEqual({ iso: null, raw: null });
  });
});

describe('rule "raw date of its own"', () => {
  const item = (line: string) => publicationItem(line, (text) => parseDate(text, NOW) !== null);

  it('keeps of a meta line the item that dates the publication, not the byline, the section or the update', () => {
    expect(item('By Jane Doe | December 5, 2026 at 10:40 am | Politics')).toBe('December 5, 2026 at 10:40 am');
    expect(item('Publié le 5 décembre 2026 à 10h40, mis à jour le 5 décembre 2026 à 12h00')).toBe('Publié le 5 décembre 2026 à 10h40');
    expect(item('Përditësuar: 6 shkurt 2024, 10:00 · Publikuar: 5 shkurt 2024, 08:15')).toBe('Publikuar: 5 shkurt 2024, 08:15');
    expect(item('الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)')).toBe('الأربعاء، 28 آب/اغسطس 2013');
  });

  it('parts a line at its spaced dashes, but not the dash before a clock, nor the dashes inside a date (rule "dashed items")', () => {
    expect(item('كتب: محمد علي - السبت 5 ديسمبر 2026 - 10:40 ص - اقتصاد')).toBe('السبت 5 ديسمبر 2026 - 10:40 ص');
    expect(item('By Jane Doe – December 5, 2026 – Politics')).toBe('December 5, 2026');
    // A dash before the word for the hour and the clock joins them to the date.
    expect(item('الثلاثاء 14 شباط 2017 - الساعة 10:30 - محليات')).toBe('الثلاثاء 14 شباط 2017 - الساعة 10:30');
    expect(item('December 5, 2026 – at 10:40 am – Politics')).toBe('December 5, 2026 – at 10:40 am');
    // The place of a dateline before the date is the dateline's own.
    expect(item('الزرقاء – 4 مارس 2026 – بلديات')).toBe('الزرقاء – 4 مارس 2026');
    // A Hijri date before the Gregorian one: the raw date reaches the Gregorian date it is read by.
    expect(item('الأحد 11 رمضان 1444 هـ - 2 أبريل 2023 م - محليات')).toBe('الأحد 11 رمضان 1444 هـ - 2 أبريل 2023 م');
    expect(item('26 - نوفمبر - 2026')).toBe('26 - نوفمبر - 2026');
    // A release's dateline run on into its first sentence: the date's item is the dateline.
    expect(item('Fallingen, den 3. November 2026 – Die Stadtwerke Fallingen haben')).toBe('Fallingen, den 3. November 2026');
  });

  it('keeps a clock set as an item of its own before the date, and the clock a separator joins after it', () => {
    expect(item('08:15 / 5-sentabr, 2024')).toBe('08:15 / 5-sentabr, 2024');
    expect(item('Von Anna Schmidt | 24.11.2026 | 14:05 Uhr | 3 Min.')).toBe('24.11.2026 | 14:05 Uhr');
  });

  it('keeps of a row set in elements the one that dates it, with the clock in the element beside it', () => {
    const rawOf = (row: string) => readMetadata(indexedPage(`<article><h1>Headline of the story</h1>${row}<p>Text of the story.</p></article>`), { url: null, now: NOW }).publishedAtRaw;
    expect(rawOf('<ul class="post-meta"><li>٢٥ تشرين الثاني ٢٠٢٦</li><li>٠٧:٢٠ م</li><li><a href="#comments">٣ تعليقات</a></li></ul>')).toBe('٢٥ تشرين الثاني ٢٠٢٦ ٠٧:٢٠ م');
    expect(rawOf('<div class="post-info"><span class="by">By Jane Doe</span> <span class="dt">November 27, 2026</span></div>')).toBe('November 27, 2026');
    // The update's element is not the publication's, first as it may stand.
    expect(rawOf('<div class="dates"><span>Aktualisiert: 27.11.2026, 09:10 Uhr</span><span>Erstellt: 25.11.2026, 18:00 Uhr</span></div>')).toBe('Erstellt: 25.11.2026, 18:00 Uhr');
    // Text of the row's own between its elements makes it one item.
    expect(rawOf('<div class="post-info">Posted <span>November 27, 2026</span> in <a href="/news">News</a></div>')).toBe('Posted November 27, 2026 in News');
  });

  it('keeps of a row set as lines parted by line breaks the line that dates it (rule "lines of a row")', () => {
    const rawOf = (row: string) => readMetadata(indexedPage(`<article><h1>Headline of the story</h1>${row}<p>Text of the story.</p></article>`), { url: null, now: NOW }).publishedAtRaw;
    expect(rawOf('<div class="art-info">بقلم: سامي يوسف<br>نشر في: 25 تشرين الثاني 2026 - 10:40<br>قراءات: 3127</div>')).toBe('نشر في: 25 تشرين الثاني 2026 - 10:40');
    expect(rawOf('<div class="meta">By <a href="/staff/jane">Jane Doe</a><br>Posted: <b>November 27, 2026</b> 09:15<br/>Views: 214</div>')).toBe('Posted: November 27, 2026 09:15');
    // One line: the row is one item.
    expect(rawOf('<div class="meta">Posted: November 27, 2026<br></div>')).toBe('Posted: November 27, 2026');
  });

  it('keeps a line of one item, and a line no item of which dates the publication alone, whole', () => {
    expect(item('Fallingen, den 3. November 2026, teilten die Stadtwerke Fallingen mit')).toBe('Fallingen, den 3. November 2026, teilten die Stadtwerke Fallingen mit');
    expect(item('السبت 24 جمادى الأولى | الموافق')).toBe('السبت 24 جمادى الأولى | الموافق');
  });
});

describe('rule "separator before the clock"', () => {
  it('keeps the clock a bar or a dot joins to the update\'s date with the update', () => {
    expect(datelineParts('Actualizado: 3 de diciembre de 2026 · 00:40 hrs')).toEqual({ published: '', updated: 'Actualizado: 3 de diciembre de 2026 · 00:40 hrs' });
    expect(datelineParts('24.11.2026 | 14:05 Uhr · Aktualisiert 24.11.2026 | 16:40 Uhr')).toEqual({ published: '24.11.2026 | 14:05 Uhr ', updated: 'Aktualisiert 24.11.2026 | 16:40 Uhr' });
    expect(datelineParts('za 05/12/2026 - 14u05 Laatste update: 15u30').updated).toBe('Laatste update: 15u30');
  });

  it('reads the Arabic update labels whose noun takes the article, as one label with "date of" before it', () => {
    expect(datelineParts('تاريخ النشر: 03/12/2026 07:00 ص | تاريخ التعديل: 03/12/2026 01:15 م').updated).toBe('تاريخ التعديل: 03/12/2026 01:15 م');
    expect(datelineParts('نشر في: 03 ديسمبر 2026 - 07:00 تم التحديث قبل 5 ساعات').updated).toBe('التحديث قبل 5 ساعات');
  });

  it('reads a clock in Arabic-Indic digits as a clock', () => {
    expect(datelineParts('نشر في: ٢ ديسمبر ٢٠٢٦ | ١٠:١٥ ص آخر تحديث: ٢ ديسمبر ٢٠٢٦ | ٠١:٤٠ م').updated).toBe('آخر تحديث: ٢ ديسمبر ٢٠٢٦ | ٠١:٤٠ م');
  });

  it('still parts the items of a meta line', () => {
    expect(datelineParts('Updated 2 hours ago · Published 3 days ago').updated).toBe('Updated 2 hours ago');
    expect(datelineParts('Von Jane Doe | 12.03.2023 · 3 Min.').updated).toBeNull();
  });
});

describe('rule "labelled time"', () => {
  const line = (first: string, second: string) => `<html><body><h1>Library to close</h1><p class="meta">${first} <time datetime="2026-11-24T18:12:00+00:00">24 November 2026, 18:12</time> · ${second} <time datetime="2026-11-24T14:05:00+00:00">24 November 2026, 14:05</time></p><p>The council voted to close the library.</p></body></html>`;

  it('dates the article by the time its label names the publication, and the edit by the one labelled the update', () => {
    const dates = datesOf(line('Updated', 'Published'));
    expect(dates.published.iso).toBe('2026-11-24T14:05:00+00:00');
    expect(dates.modified.iso).toBe('2026-11-24T18:12:00+00:00');
    expect(datesOf(line('<span>Last updated on:</span>', '<span>First published</span>')).published.iso).toBe('2026-11-24T14:05:00+00:00');
  });

  it('keeps the first time where no label says which is which', () => {
    expect(datesOf(line('', '')).published.iso).toBe('2026-11-24T18:12:00+00:00');
  });
});

describe('rule "republication note"', () => {
  const page = (note: string) => `<html><body><h1>Maternity wards close</h1><div class="republish-note">${note}</div><div class="entry-meta"><span class="posted-on">November 27, 2026</span></div><p>Fourteen rural hospitals stopped delivering babies.</p></body></html>`;

  it('reads the page\'s own dateline past a note on another newsroom\'s publication', () => {
    expect(datesOf(page('This story was originally published by Heartland Health Desk on November 20, 2026.')).published.iso).toBe('2026-11-27T00:00:00+00:00');
    expect(datesOf(page('Este artículo fue publicado originalmente en El Faro el 20 de noviembre de 2026.')).published.iso).toBe('2026-11-27T00:00:00+00:00');
  });

  it('keeps a first publication that names no other newsroom', () => {
    expect(datesOf(page('First published on November 20, 2026')).published.iso).toBe('2026-11-20T00:00:00+00:00');
    expect(datesOf(page('Originally published in November 20, 2026 edition')).published.iso).toBe('2026-11-20T00:00:00+00:00');
  });
});

describe('rule "labelled dateline over an unmarked time"', () => {
  const live = (published: string) => `<html lang="en-US"><body><div class="live-header"><h1>Storm snarls travel</h1><div class="live-timestamps"><span>${published}</span> <span>Updated 3:42 p.m. ET</span></div></div>
    <article class="live-post"><time datetime="2026-11-25T15:42:00-05:00">3:42 p.m. ET</time><h2>Trains halted</h2><p>Amtrak suspended service.</p></article></body></html>`;

  it('dates a live blog by its labelled publication, not by the newest entry\'s time', () => {
    const dates = datesOf(live('Published Nov. 25, 2026 at 7:00 a.m. ET'));
    expect(dates.published.iso).toBe('2026-11-25T07:00:00-05:00');
    expect(dates.modified.iso).toBe('2026-11-25T15:42:00-05:00');
  });

  it('keeps the time where the dateline prints its minute, or no clock', () => {
    expect(datesOf(live('Published Nov. 25, 2026 at 8:42 p.m.')).published.iso).toBe('2026-11-25T15:42:00-05:00');
    expect(datesOf(live('Published Nov. 25, 2026')).published.iso).toBe('2026-11-25T15:42:00-05:00');
  });
});

describe('rule "printed update on the learned clock"', () => {
  const page = (update: string) => `<html lang="es"><head><meta property="article:published_time" content="2026-11-24T13:05:00Z">
    <meta property="article:modified_time" content="2026-11-24T13:05:00Z"></head><body><h1>Cierra la biblioteca</h1>
    <div class="fecha">24/11/2026 14:05 <span>${update}</span></div><p>El pleno votó el cierre de la biblioteca municipal.</p></body></html>`;

  it('keeps the clock of an update printed in no zone and writes the offset the publication taught', () => {
    expect(datesOf(page('Actualizado 25/11/2026 09:20')).modified.iso).toBe('2026-11-25T09:20:00+01:00');
  });

  it('keeps an update that names its zone as the instant it names', () => {
    expect(datesOf(page('Actualizado 25/11/2026 09:20 GMT')).modified.iso).toBe('2026-11-25T10:20:00+01:00');
  });
});

describe('rule "update under the meta line", past the boxes a theme nests the line in', () => {
  const page = (update: string) => `<html lang="pl"><body><article><div class="entry-header"><h1>Nowa linia tramwajowa na Pradze dopiero w 2028 roku</h1>
    <div class="jeg_meta_container"><div class="jeg_post_meta"><div class="meta_left"><div class="jeg_meta_author">przez <a href="/author/kw/">Katarzyna Wolska</a></div>
    <div class="jeg_meta_date"><a href="/p/">3 grudnia 2026, 08:15</a></div></div><div class="meta_right"><div class="jeg_meta_comment"><a href="#comments">14</a></div></div></div></div>
    ${update}</div><p>Tramwaje na nowej trasie nie pojadą w 2027 roku, jak zapowiadał ratusz.</p></article></body></html>`;

  const datesOnDay = (html: string) => {
    const parsed = indexedPage(html);
    return readPageDates(parsed, readMetaTags(parsed), null, null, new Date('2026-12-05T12:00:00Z'));
  };

  it('reads the labelled update under the outermost short box that holds the dateline', () => {
    expect(datesOnDay(page('<div class="jeg_meta_updated">Ostatnia aktualizacja: 3 grudnia 2026, 14:40</div>')).modified)
      .toEqual({ iso: '2026-12-03T14:40:00+00:00', raw: 'Ostatnia aktualizacja: 3 grudnia 2026, 14:40' });
  });

  it('reads no date there without an update label', () => {
    expect(datesOnDay(page('<div class="next-event">Sesja rady: 10 grudnia 2026, 10:00</div>')).modified.iso).toBeNull();
  });
});

describe('rule "update under the story"', () => {
  const page = (footer: string, after = '') => `<html lang="ja"><body><article><header><h1>金沢の和菓子店、台北に初の海外店舗</h1>
    <div class="info"><time class="info__time">12/6(日) 14:12配信</time></div></header>
    <div class="body"><p>金沢市の和菓子店が来年３月、台北市に初の海外店舗を開く。創業から２００年の節目に、菓子文化を海外に発信する。</p>
    <p>店頭では職人２人が和菓子作りを実演する計画だ。</p></div>${footer}</article>${after}</body></html>`;
  const datesOnDay = (html: string) => {
    const parsed = indexedPage(html);
    return readPageDates(parsed, readMetaTags(parsed), null, null, new Date('2026-12-07T12:00:00Z'));
  };

  it('reads the labelled update in the article\'s footer, its bracketed weekday inside it (rule "brackets inside the update")', () => {
    expect(datelineParts('最終更新:12/6(日) 16:40')).toEqual({ published: '', updated: '最終更新:12/6(日) 16:40' });
    expect(datesOnDay(page('<p class="footer">最終更新:12/6(日) 16:40</p>')).modified.iso?.slice(0, 16)).toBe('2026-12-06T16:40');
    expect(datesOnDay(page('<p>Zuletzt aktualisiert: 06.12.2026, 16:40</p>')).modified.iso?.slice(0, 16)).toBe('2026-12-06T16:40');
  });

  it('reads no update outside the article, none without a label, and none before the publication', () => {
    expect(datesOnDay(page('', '<aside><p>最終更新:12/6(日) 16:40</p></aside>')).modified.iso).toBeNull();
    expect(datesOnDay(page('<p class="event">12/10(木) 10:00</p>')).modified.iso).toBeNull();
    expect(datesOnDay(page('<p>最終更新:12/5(土) 09:00</p>')).modified.iso).toBeNull();
  });
});

describe('rule "listed line"', () => {
  const datesOnDay = (html: string) => {
    const parsed = indexedPage(html);
    return readPageDates(parsed, readMetaTags(parsed), null, null, new Date('2026-12-07T12:00:00Z'));
  };
  const page = (more: string) => `<html><body><table><tr><td><h1>Clinic opens in the east of the city</h1>
    <div class="newsinfo">Dammam - Salman Aldosari &nbsp; 2026/12/06 &nbsp; 8:15 pm</div>
    <div class="newstext">The health directorate opened a new clinic on Sunday evening for some 35,000 residents of the district and those around it.</div>
    ${more}</td></tr></table></body></html>`;

  it('reads no date of the related stories a box lists on lines of their own, each link followed by its date', () => {
    const html = page('<div class="morenews"><b>Related:</b><br><a href="/news.php?id=1">Maternity hospital opens in Khobar</a> <span class="date">2026/12/03</span><br><a href="/news.php?id=2">Flu vaccination campaign in schools</a> <span class="date">2026/12/01</span></div>');
    expect(datesOnDay(html).published.iso).toBe('2026-12-06T20:15:00+00:00');
  });

  it('still reads a meta row\'s one date after the writer\'s link', () => {
    expect(datesOnDay(page('<div class="meta"><a href="/author/sd/">Sara Doe</a> <span class="date">2026/12/05</span></div>')).published.iso).toBe('2026-12-05T00:00:00+00:00');
  });
});

describe('rule "publication in the page\'s data"', () => {
  const story = '<article><h1>Bridge reopens</h1><p>The council met on Monday, and the engineers, residents and planners agreed on the next steps.</p></article>';
  const withScripts = (...scripts: string[]) => datesOf(`<html><head>${scripts.join('')}</head><body>${story}</body></html>`);

  it('reads the publication an inline script\'s data names, where the page declares and prints none', () => {
    expect(withScripts('<script>window.dataLayer = [{"page_type" : "Article", "publication_date" : "2026-11-03 00:03:19", "item_id" : "151f"}];</script>').published)
      .toEqual({ iso: '2026-11-03T00:03:19+00:00', raw: '2026-11-03 00:03:19' });
    expect(withScripts('<script type="application/json">{"props":{"article":{"firstPublished":1762781477000,"section":"news"}}}</script>').published.iso)
      .toBe('2025-11-10T13:31:17+00:00');
    // The same instant written twice, in two forms, is one.
    expect(withScripts('<script>cfg={"publicationDate":"2026-11-20T23:27:57.000Z"}</script><script>track={"publicationDate":"2026-11-20T23:27:57Z"}</script>').published.iso)
      .toBe('2026-11-20T23:27:57+00:00');
  });

  it('reads nothing from data that dates several items, and leaves a declared date first', () => {
    expect(withScripts('<script>feed=[{"published_at":"2026-11-02T10:00:00Z"},{"published_at":"2026-11-05T09:00:00Z"}]</script>').published.iso).toBeNull();
    const declared = datesOf(`<html><head><meta property="article:published_time" content="2026-11-04T08:00:00+01:00">
      <script>track={"publishDate":"2026-10-01T08:00:00Z"}</script></head><body>${story}</body></html>`);
    expect(declared.published.iso).toBe('2026-11-04T08:00:00+01:00');
  });
});
