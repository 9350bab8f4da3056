import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'شهدت محطات الوقود في المدينة ازدحاما شديدا منذ الصباح بعد تأخر وصول الشاحنات من المستودع الرئيسي.',
  'وقال سائقون إنهم ينتظرون ساعات طويلة للحصول على حصتهم، فيما ارتفعت الأسعار في السوق السوداء.',
  'وطالب المجلس البلدي الحكومة بتأمين الطريق وتخصيص حصة ثابتة من الوقود للمدينة.',
];
const page = (meta: string) => '<html dir="rtl"><head><meta charset="utf-8"><title>أزمة وقود في المدينة</title></head><body>'
  + `<div class="menu"><a href="/">الرئيسية</a> | <a href="/cat/1">أخبار</a></div><div class="news"><h1>أزمة وقود في المدينة</h1>${meta}`
  + `<div class="text">${story.map((p) => `<p>${p}</p>`).join('')}</div></div><div class="footer">جميع الحقوق محفوظة</div></body></html>`;
const record = (meta: string) => extract(Buffer.from(page(meta)), { url: 'http://wahanews.example/news.php?id=101', now });

describe('Libyan legacy templates\' dates', () => {
  it('reads a date with a Jamahiriya-era month name, on Tripoli\'s clock (rule "the Jamahiriya\'s months")', () => {
    expect(record('<div class="date">نشر بتاريخ: الأحد 06 الكانون 2026 - 19:30</div>').publishedAt).toBe('2026-12-06T19:30:00+02:00');
    expect(record('<div class="date">نشر بتاريخ: 14 الطير 2026</div>').publishedAt?.slice(0, 10)).toBe('2026-04-14');
  });

  it('does not read those names as months outside a whole date', () => {
    expect(record('<div class="date">موسم الربيع 2026</div>').publishedAt).toBeNull();
  });
});

describe('Joomla\'s article info in Arabic', () => {
  const joomla = '<html dir="rtl" lang="ar-aa"><head><meta charset="utf-8"><meta name="author" content="مراسل المدينة"><title>أزمة وقود في المدينة</title></head><body>'
    + '<ul class="nav menu"><li><a href="/">الرئيسية</a></li><li><a href="/news/region">شؤون الولاية</a></li></ul>'
    + '<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">أزمة وقود في المدينة</h2></div>'
    + '<dl class="article-info muted"><dt class="article-info-term">التفاصيل</dt>'
    + '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">كتب بواسطة: <span itemprop="name">مراسل المدينة</span></dd>'
    + '<dd class="category-name">الفئة: <a href="/news/region" itemprop="genre">شؤون الولاية</a></dd>'
    + '<dd class="published"><time datetime="2026-12-06T13:40:00+02:00" itemprop="datePublished">نشر بتاريخ: 06 كانون1/ديسمبر 2026</time></dd></dl>'
    + `<div itemprop="articleBody">${story.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;

  it('reads the category line labelled "الفئة:" as the section, and not as a city and its writer (rule "Joomla\'s category, in Arabic")', () => {
    const read = extract(Buffer.from(joomla), { url: 'https://wahanews.example/news/region/101-fuel', now });
    expect(read.authors).toEqual([]);
    expect(read.section).toBe('شؤون الولاية');
  });
});

describe('Arab table layouts\' info row', () => {
  it('reads the writer before a dash and the date\'s label "نشر بتاريخ:" (rule "date\'s label after the row\'s dash")', () => {
    const row = '<div class="info"><font size="2">طبرق: سالم المنصوري &nbsp;-&nbsp; نشر بتاريخ: الأحد 06 ديسمبر 2026 - 19:30 &nbsp;-&nbsp; عدد القراءات: 734</font></div>';
    expect(record(row).authors).toEqual(['سالم المنصوري']);
  });
});

describe('Arab table layouts\' counters', () => {
  it('reads the reads count of a row parted by dashes between no-break spaces (rule "dash between no-break spaces")', () => {
    const row = '<div class="info"><font size="2">طبرق: سالم المنصوري &nbsp;-&nbsp; نشر بتاريخ: الأحد 06 ديسمبر 2026 - 19:30 &nbsp;-&nbsp; عدد القراءات: 734</font></div>';
    expect(record(row).counters.views).toBe(734);
  });
});

describe('Arab footers\' copyright holder', () => {
  it('names the site the title adds when the notice reserves the rights to it after the kind\'s word (rule "the holder\'s kind, in Arabic")', () => {
    const html = page('').replace('<title>أزمة وقود في المدينة</title>', '<title>واحة الأخبار :: أزمة وقود في المدينة</title>')
      .replace('<div class="footer">جميع الحقوق محفوظة</div>', '<div class="footer">جميع الحقوق محفوظة لموقع واحة الأخبار &copy; 2005 - 2026<br>تصميم: شركة الويب</div>');
    expect(extract(Buffer.from(html), { url: 'http://wahanews.example/news.php?id=101', now }).siteName).toBe('واحة الأخبار');
  });
});

describe('Arab opinion columns\' headlines', () => {
  const column = (headline: string) => '<html dir="rtl" lang="ar"><head><meta charset="utf-8">'
    + `<title>${headline} | صوت المدينة</title><meta property="og:title" content="${headline}"></head><body>`
    + `<div class="post"><h1>${headline}</h1><div class="meta">بقلم <a href="/author/x">د. عثمان الطيب محجوب</a></div>`
    + `<div class="content">${story.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
  const title = (headline: string) => extract(Buffer.from(column(headline)), { url: 'https://sawtmadina.example/2026/12/05/column/', now }).title;

  it('reads the column\'s title after its writer\'s name and "يكتب:" (rule "the columnist writes")', () => {
    expect(title('د. عثمان الطيب محجوب يكتب: الخبز قبل الخطابة')).toBe('الخبز قبل الخطابة');
  });

  it('keeps a headline that quotes what one person wrote', () => {
    expect(title('ترامب يكتب: سنعيد بناء الاقتصاد')).toBe('ترامب يكتب: سنعيد بناء الاقتصاد');
  });
});

describe('Yemeni, Libyan and Sudanese regional portals\' clock', () => {
  const regional = (headline: string) => '<html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>' + headline + '</title></head><body>'
    + `<div class="news"><h1>${headline}</h1><div class="info"><span class="date">07-12-2026 | 10:35 صباحاً</span></div>`
    + `<div class="text">${story.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
  const published = (headline: string) => extract(Buffer.from(regional(headline)), { url: 'https://regionnet.example/news.php?id=7', now }).publishedAt;

  it('reads a zoneless stamp on the clock of the country whose governorate\'s seat the headline names (rule "the regions\' seats")', () => {
    expect(published('صيادو المكلا يشكون تراجع المصيد')).toBe('2026-12-07T10:35:00+03:00');
    expect(published('أزمة وقود خانقة في سبها')).toBe('2026-12-07T10:35:00+02:00');
    expect(published('افتتاح مستشفى جديد في كسلا')).toBe('2026-12-07T10:35:00+02:00');
  });
});

describe('Radio stations\' sites', () => {
  it('names the station as its title does where its logo adds the band (rule "the station\'s band")', () => {
    const html = page('').replace('<title>أزمة وقود في المدينة</title>', '<title>أزمة وقود في المدينة - راديو الواحة 98.2</title>')
      .replace('<div class="menu">', '<a href="/" class="brand"><img src="/logo.svg" alt="راديو الواحة 98.2 إف إم"></a><div class="menu">');
    expect(extract(Buffer.from(html), { url: 'https://wahafm.example/news/4471', now }).siteName).toBe('راديو الواحة 98.2');
  });
});

describe('Facebook comment boxes', () => {
  const box = '<div class="fb-comments" data-href="http://wahanews.example/news.php?id=101" data-numposts="10"></div>';
  const withBox = (comments: string) => page('').replace('<div class="footer">', `${comments}<div class="footer">`);
  const comments = (comments: string) => extract(Buffer.from(withBox(comments)), { url: 'http://wahanews.example/news.php?id=101', now }).counters.comments;

  it('reads no count from the title boxed with the box the Facebook SDK fills in (rule "Facebook\'s comment box")', () => {
    expect(comments(`<div class="fb-comments-wrap"><h3>أضف تعليقك عبر فيسبوك</h3>${box}</div>`)).toBeNull();
  });
});
