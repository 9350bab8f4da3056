import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../lambdas/extract';
import { seedPage, SEED_URL } from '../fixtures/seed';

const NOW = new Date('2026-11-29T12:00:00Z');
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/metadata', `${name}.html`), 'utf8');

describe('extract() on the seed page (windows-1256 WordPress, Arabic AFP story)', () => {
  const record = extract(seedPage(), { url: SEED_URL, contentType: 'text/html', now: NOW });

  it('reads the headline once, without the site name', () => {
    expect(record.title).toBe('طائرتان روسيتان تنقلان 70 من جرحى قوات حفتر في ليبيا إلى موسكو لتقديم العلاج لهم');
    expect(record.siteName).toBe('صحيفة الساحل الإخبارية');
  });

  it('reads the Levantine/Egyptian dual-month dateline as the publication date', () => {
    // The page names no zone, no country and no agency; its headline and opening name Libya alone, whose clock the
    // day is read on (rule "the story's country").
    expect(record.publishedAt).toBe('2017-01-23T00:00:00+02:00');
    expect(record.publishedAtRaw).toBe('الإثنين 23 كانون الثاني/يناير 2017');
  });

  it('reads the WordPress categories', () => {
    expect(record.categories).toEqual(['أخبار عربية', 'في الواجهة']);
    expect(record.section).toBe('أخبار عربية');
  });

  it('reads the view and comment counters', () => {
    expect(record.counters).toEqual({ views: 1116, comments: 0 });
  });

  it('is Arabic, right to left, decoded from windows-1256', () => {
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
    expect(record.extraction.charset).toBe('windows-1256');
  });

  it('has no authors and credits no agency the page does not name', () => {
    expect(record.authors).toEqual([]);
    expect(record.wireSource).toBeNull();
  });

  it('resolves the canonical URL and the lead image against the page URL', () => {
    expect(record.canonicalUrl).toBe(SEED_URL);
    expect(record.leadImage?.url).toBe('https://www.sahel-news.example/wp-content/uploads/2017/01/haftar-1.jpg');
  });
});

describe('extract() on a Levantine-style page', () => {
  const record = extract(fixture('levantine'), { url: 'https://arz.example/news/2017/politics/power-plan', now: NOW });

  it('reads title, authors, Levantine date with time, and taxonomy', () => {
    expect(record.title).toBe('مجلس الوزراء يقرّ خطة الكهرباء الجديدة');
    expect(record.authors).toEqual(['سمير خليل', 'ريم حداد']);
    expect(record.publishedAt).toBe('2017-02-14T10:30:00+00:00');
    expect(record.publishedAtRaw).toBe('الثلاثاء 14 شباط 2017 - الساعة 10:30');
    expect(record.categories).toEqual(['محليات', 'اقتصاد']);
    expect(record.tags).toEqual(['الكهرباء', 'مجلس الوزراء']);
  });

  it('lets the Arabic text overrule html[lang="en"]', () => {
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
  });

  it('reads the article view counter, not the sidebar one, and the closing agency credit', () => {
    expect(record.counters).toEqual({ views: 250, comments: null });
    expect(record.wireSource).toBe('Reuters');
  });

  it('resolves canonical URL and lead image', () => {
    expect(record.canonicalUrl).toBe('https://arz.example/news/2017/politics/power-plan');
    expect(record.leadImage?.url).toBe('https://arz.example/uploads/2017/02/power-plant.jpg');
  });
});

describe('extract() on an Egyptian-style page', () => {
  const record = extract(fixture('egyptian'), { url: 'https://nile.example/news/123', now: NOW });

  it('reads the يناير date with Arabic-Indic digits and the PM marker', () => {
    expect(record.publishedAt).toBe('2017-01-05T15:45:00+00:00');
    expect(record.publishedAtRaw).toBe('الخميس، ٥ يناير ٢٠١٧ - ٠٣:٤٥ م');
  });

  it('reads title, the كتب byline, keyword tags and Arabic-Indic counters', () => {
    expect(record.title).toBe('ارتفاع أسعار الذهب في السوق المحلية');
    expect(record.authors).toEqual(['أحمد حسن']);
    expect(record.tags).toEqual(['الذهب', 'الأسعار', 'السوق المحلية']);
    expect(record.counters).toEqual({ views: 1234, comments: 3 });
  });

  it('detects Arabic without any declared language', () => {
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
    expect(record.description).toBe('ارتفعت أسعار الذهب اليوم في محلات الصاغة');
  });
});

describe('extract() on a page that prints the byline and the date in one row of the story', () => {
  const paragraph = (text: string) => `<p>${text} ${'وأضاف المتحدث أن العمل سيستمر خلال الأسابيع المقبلة وفق الجدول المعلن. '.repeat(3)}</p>`;
  const record = extract(`<html lang="ar"><head><title>خطة جديدة لدعم المزارعين</title></head><body><article>
    <h1>خطة جديدة لدعم المزارعين</h1>
    <p><span class="writer">كتب أحمد محمود</span> <span class="date">الأحد، 22 يناير 2017 12:30 م</span></p>
    ${paragraph('أعلنت الحكومة خطة جديدة لدعم المزارعين.')}${paragraph('وقال وزير الزراعة إن الخطة تستهدف زيادة الإنتاج.')}
    ${paragraph('وأشار إلى أن المرحلة الأولى تبدأ في الدلتا.')}${paragraph('وتمتد لاحقا إلى محافظات الصعيد.')}
  </article></body></html>`, { now: NOW });

  it('reads the author and the date from the row, and leaves the row out of the body', () => {
    expect(record.authors).toEqual(['أحمد محمود']);
    expect(record.publishedAtRaw).toBe('الأحد، 22 يناير 2017 12:30 م');
    expect(record.body.startsWith('أعلنت الحكومة')).toBe(true);
    expect(record.body).not.toContain('كتب أحمد محمود');
  });
});

describe('extract() on a Maghreb-style page', () => {
  const record = extract(fixture('maghreb'), { url: 'https://maghreb.example/national/road', now: NOW });

  it('reads the جانفي date with its time', () => {
    expect(record.publishedAt).toBe('2017-01-07T18:20:00+01:00');
    expect(record.publishedAtRaw).toBe('السبت 7 جانفي 2017 على الساعة 18:20');
  });

  it('takes people from JSON-LD authors and the agency as wire source', () => {
    expect(record.authors).toEqual(['كريم بن علي']);
    expect(record.wireSource).toBe('AFP');
  });

  it('reads publisher, section, keywords, image and access from JSON-LD', () => {
    expect(record.siteName).toBe('صوت المغرب العربي');
    expect(record.section).toBe('وطني');
    expect(record.tags).toEqual(['طرقات', 'نقل']);
    expect(record.leadImage?.url).toBe('https://maghreb.example/img/road.jpg');
    expect(record.isAccessibleForFree).toBe(true);
    expect(record.language).toBe('ar');
    expect(record.extraction.metadataSources[0]).toBe('json-ld');
  });
});

describe('extract() on an English page with a JSON-LD graph', () => {
  const record = extract(fixture('english'), { url: 'https://example.com/uk/floods', now: NOW });

  it('reads the headline, graph-referenced authors and dates', () => {
    expect(record.title).toBe('Floods close the coast road');
    expect(record.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(record.publishedAt).toBe('2017-01-23T09:15:00+00:00');
    expect(record.modifiedAt).toBe('2017-01-23T11:00:00+00:00');
  });

  it('keeps the declared regional language tag the text agrees with', () => {
    expect(record.language).toBe('en-GB');
    expect(record.direction).toBe('ltr');
  });

  it('reads section, tags, site name, lead image and the empty comment thread', () => {
    expect(record.section).toBe('UK News');
    expect(record.tags).toEqual(['Floods', 'Roads']);
    expect(record.siteName).toBe('The Example Times');
    expect(record.leadImage?.url).toBe('https://cdn.example.com/floods.jpg');
    expect(record.counters.comments).toBe(0);
    expect(record.wireSource).toBeNull();
  });
});

describe('extract() guards', () => {
  it('never publishes a future date and says why', () => {
    const record = extract('<html><head><meta property="article:published_time" content="2030-01-01T00:00:00Z"></head><body><h1>T</h1><p>Text.</p></body></html>', { now: NOW });
    expect(record.publishedAt).toBeNull();
    expect(record.extraction.warnings).toContain('date: implausible meta date "2030-01-01T00:00:00Z" rejected');
  });

  it('reads a relative Arabic date from now', () => {
    const record = extract('<html><body><h1>عنوان</h1><span class="date">منذ 3 ساعات</span><p>نص</p></body></html>', { now: NOW });
    expect(record.publishedAt).toBe('2026-11-29T09:00:00+00:00');
    expect(record.publishedAtRaw).toBe('منذ 3 ساعات');
  });

  it('survives hostile JSON-LD and reports it', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const html = `<html><head><script type="application/ld+json">${deep}</script><script type="application/ld+json">{"broken":</script></head><body><h1>Title here</h1><p>Text.</p></body></html>`;
    const record = extract(html, { now: NOW });
    expect(record.title).toBe('Title here');
    expect(record.extraction.warnings).toEqual(expect.arrayContaining(['json-ld: structure too deep or too large, truncated', 'json-ld: malformed script ignored']));
  });

  it('credits the agency of the source line the body closes with, and leaves the line out of the body', () => {
    const paragraph = '<p>Die Gespräche scheiterten am Montag nach zehn Stunden Verhandlungen zwischen beiden Seiten, teilten die Beteiligten mit.</p>';
    const html = `<html lang="de"><body><article><h1>Gespräche gescheitert</h1>${paragraph}${paragraph}${paragraph}<p>Quelle: hafen.de, lbe/dpa</p></article></body></html>`;
    const record = extract(html, { now: NOW });
    expect(record.wireSource).toBe('dpa');
    expect(record.body).not.toContain('Quelle');
  });

  it('credits the closing source line over a dateline that names another agency', () => {
    const html = '<html lang="en"><body><article><h1>Talks fail</h1><p>PARIS (AFP) - The talks failed on Monday after ten hours of negotiations between the two sides, officials said.</p><p>More talks are planned for next week in the capital, the ministry said in a statement.</p><p>Source: Reuters</p></article></body></html>';
    const record = extract(html, { now: NOW });
    expect(record.wireSource).toBe('Reuters');
    expect(record.body).not.toContain('Source:');
  });

  it('credits an agency from the dateline in the body', () => {
    const html = '<html lang="en"><body><article><h1>Talks fail</h1><p>PARIS (AFP) - The talks failed on Monday after ten hours of negotiations between the two sides, officials said.</p><p>More talks are planned for next week in the capital.</p></article></body></html>';
    expect(extract(html, { now: NOW }).wireSource).toBe('AFP');
  });
});

describe('extract() on a page that renders its story with a script', () => {
  it('takes the body from the JSON-LD articleBody, paragraph by paragraph', () => {
    const articleBody = 'Ministers have approved a wind farm twenty miles off the east coast, the largest yet in the region.\n\n'
      + 'The project, which will have up to 80 turbines, is expected to power a million homes when it is completed.\n\n'
      + 'Fishing groups had objected to the plans, saying the turbines would close off some of their best grounds.';
    const html = `<html lang="en"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Wind farm approved', articleBody })}</script></head>
      <body><div id="__next"><div class="skeleton"></div></div></body></html>`;
    const record = extract(html, { now: NOW });
    expect(record.extraction.method).toBe('fallback:json-ld-articleBody');
    expect(record.body).toBe(articleBody);
    expect(record.bodyHtml.match(/<p>/g)).toHaveLength(3);
  });
});

describe('extract() canonical address', () => {
  const story = '<p>The council met on Monday, and the engineers, residents and planners agreed on the next steps; the works will cost about four million and start in May.</p>';
  const canonicalOf = (href: string) => extract(Buffer.from(`<!doctype html><html lang="en"><head><title>Bridge reopens</title><link rel="canonical" href="${href}"></head><body><article><h1>Bridge reopens</h1>${story}${story}</article></body></html>`), { url: 'https://news.example/world/bridge-123?ref=home', now: NOW }).canonicalUrl;

  it('drops the campaign tags a template echoes into it (rule "tracking parameters in the canonical address")', () => {
    expect(canonicalOf('https://news.example/world/bridge-123?utm_source=rss&amp;utm_medium=feed')).toBe('https://news.example/world/bridge-123');
    expect(canonicalOf('https://news.example/world/story?id=123&amp;fbclid=abc')).toBe('https://news.example/world/story?id=123');
  });

  it('drops a fragment that points into the page, and keeps a hash-bang that names the story (rule "place in the page")', () => {
    expect(canonicalOf('https://news.example/world/bridge-123#comments')).toBe('https://news.example/world/bridge-123');
    expect(canonicalOf('https://news.example/#!/world/bridge-123')).toBe('https://news.example/#!/world/bridge-123');
  });
});
