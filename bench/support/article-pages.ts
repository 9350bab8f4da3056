/**
 * Generated news article pages for the performance benchmarks: a realistic page shape (head full of meta tags,
 * JSON-LD, inline scripts and styles; navigation; sidebars; the article with byline, date, figure and many
 * paragraphs; related links; comments; footer), in English or Arabic, UTF-8 or windows-1256, at a chosen size.
 *
 * Deterministic: the same seed always yields the same page, so runs compare like with like; different seeds yield
 * distinct headlines, bodies and URLs, so the pipeline stores every page as its own article.
 */
import { encodeLegacy } from '../../test/fixtures/encode-legacy';
import { seededRandom } from '../../test/support/seeded-random';

export type PageLanguage = 'en' | 'ar';
export type PageCharset = 'utf-8' | 'windows-1256';

export interface PageSpec {
  seed: number;
  language: PageLanguage;
  /** windows-1256 only for Arabic pages: it has no Latin letters beyond ASCII. */
  charset: PageCharset;
  /** Approximate size of the encoded page. */
  targetBytes: number;
  /**
   * Words of article text; the rest of the page is boilerplate (scripts, menus, comments), as on real news pages
   * where the story is a few KB of a 50-200 KB page. Without it, article text and boilerplate grow together.
   */
  articleWords?: number;
}

export interface GeneratedPage {
  spec: PageSpec;
  url: string;
  bytes: Uint8Array;
  contentType: string;
}

const EN_WORDS = (
  'government minister officials said on tuesday the city council announced new measures after weeks of talks ' +
  'between unions and employers over wages while analysts warned that inflation could rise again this year ' +
  'according to figures published by the statistics office the economy grew slowly in the third quarter ' +
  'residents of the northern district gathered outside the court where the trial continued for a second day ' +
  'police spokesperson confirmed that investigators had questioned several witnesses about the incident ' +
  'the company reported higher profits despite falling sales in europe and asia and plans to cut costs ' +
  'health authorities urged people to get vaccinated before the winter season as hospitals prepare for pressure ' +
  'the prime minister travelled to the capital for a summit with regional leaders on security and trade'
).split(' ');

const AR_WORDS = (
  'قال مسؤولون في الحكومة يوم الثلاثاء إن المجلس البلدي أعلن عن إجراءات جديدة بعد أسابيع من المحادثات ' +
  'بين النقابات وأصحاب العمل حول الأجور بينما حذر محللون من أن التضخم قد يرتفع مجددا هذا العام ' +
  'وفقا لأرقام نشرها مكتب الإحصاء نما الاقتصاد ببطء في الربع الثالث من السنة ' +
  'تجمع سكان الحي الشمالي أمام المحكمة حيث استمرت المحاكمة لليوم الثاني على التوالي ' +
  'وأكد المتحدث باسم الشرطة أن المحققين استجوبوا عددا من الشهود حول الحادث ' +
  'وأعلنت الشركة عن أرباح أعلى رغم تراجع المبيعات في أوروبا وآسيا وتخطط لخفض التكاليف ' +
  'ودعت السلطات الصحية المواطنين إلى تلقي اللقاح قبل فصل الشتاء مع استعداد المستشفيات للضغط ' +
  'وتوجه رئيس الوزراء إلى العاصمة لحضور قمة مع قادة المنطقة حول الأمن والتجارة'
).split(' ');

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

const SITES = {
  en: [
    { host: 'www.harbour-times.example', name: 'The Harbour Times' },
    { host: 'news.northgate.example', name: 'Northgate News' },
    { host: 'www.daily-ledger.example', name: 'Daily Ledger' },
  ],
  ar: [
    { host: 'www.sahel-news.example', name: 'صحيفة الساحل الإخبارية' },
    { host: 'www.alwadi-daily.example', name: 'جريدة الوادي' },
    { host: 'www.nile-post.example', name: 'بريد النيل' },
  ],
};

const EN_AUTHORS = ['Sarah Collins', 'David Okafor', 'Maria Lindqvist', 'James Whitfield'];
const AR_AUTHORS = ['محمد الأمين', 'فاطمة الزهراء', 'أحمد السيد', 'ليلى حسن'];

class Writer {
  private readonly random: () => number;
  private readonly words: string[];

  constructor(seed: number, readonly language: PageLanguage) {
    this.random = seededRandom(seed);
    this.words = language === 'ar' ? AR_WORDS : EN_WORDS;
  }

  integer(below: number): number {
    return Math.floor(this.random() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.integer(items.length)];
  }

  sentence(minWords: number, maxWords: number): string {
    const count = minWords + this.integer(maxWords - minWords + 1);
    const words = Array.from({ length: count }, () => this.pick(this.words));
    if (this.language === 'en') words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  }

  paragraph(): string {
    const sentences = 2 + this.integer(4);
    return Array.from({ length: sentences }, () => this.sentence(8, 22)).join(' ');
  }
}

export function generatePage(spec: PageSpec): GeneratedPage {
  if (spec.charset === 'windows-1256' && spec.language !== 'ar') throw new Error('windows-1256 pages must be Arabic');
  const text = new Writer(spec.seed, spec.language);
  const site = text.pick(SITES[spec.language]);
  const articleNumber = 100_000 + spec.seed;
  const url = `https://${site.host}/${2016 + (spec.seed % 8)}/${String(1 + (spec.seed % 12)).padStart(2, '0')}/story-${articleNumber}`;
  const headline = `${text.sentence(6, 12).slice(0, -1)} ${articleNumber}`;
  const description = text.sentence(14, 24);
  const author = text.pick(spec.language === 'ar' ? AR_AUTHORS : EN_AUTHORS);
  const month = spec.seed % 12;
  const day = 1 + (spec.seed % 28);
  const year = 2016 + (spec.seed % 8);
  const isoDate = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:${String(spec.seed % 60).padStart(2, '0')}:00+02:00`;
  const shownDate = spec.language === 'ar' ? `${day} ${AR_MONTHS[month]} ${year}` : `${day} ${EN_MONTHS[month]} ${year}`;

  // The fixed parts of the page are ~9 KB; the rest is article text and boilerplate that grows with the page
  // (longer navigation, more comments, a bigger inline state script), as long real pages grow.
  const budget = Math.max(0, spec.targetBytes - 9_000);
  const bytesPerChar = spec.language === 'ar' && spec.charset === 'utf-8' ? 1.8 : 1;
  const paragraphs = spec.articleWords ? paragraphsOfWords(text, spec.articleWords) : paragraphsFor(text, (budget * 0.6) / bytesPerChar);
  const articleChars = paragraphs.reduce((total, paragraph) => total + paragraph.length + 8, 0);
  const boilerplate = Math.max(0, budget / bytesPerChar - articleChars);
  const share = spec.articleWords ? { comments: 0.3, links: 0.3, script: 0.4 } : { comments: 0.625, links: 0.375, script: 0 };
  const comments = paragraphsFor(text, boilerplate * share.comments);
  const linkCount = Math.max(8, Math.round((boilerplate * share.links) / 90));
  const stateScript = inlineState(text, Math.round(boilerplate * share.script * bytesPerChar));

  const html = `<!DOCTYPE html>
<html lang="${spec.language}"${spec.language === 'ar' ? ' dir="rtl"' : ''}>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${spec.charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${headline} - ${site.name}</title>
<link rel="canonical" href="${url}">
<meta name="description" content="${description}">
<meta property="og:type" content="article">
<meta property="og:title" content="${headline}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="${site.name}">
<meta property="og:image" content="https://${site.host}/media/${articleNumber}/lead.jpg">
<meta property="article:published_time" content="${isoDate}">
<meta property="article:section" content="${text.pick(text.language === 'ar' ? ['سياسة', 'اقتصاد', 'محليات'] : ['Politics', 'Business', 'World'])}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    datePublished: isoDate,
    author: [{ '@type': 'Person', name: author }],
    publisher: { '@type': 'Organization', name: site.name },
    mainEntityOfPage: url,
  })}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-${articleNumber}');
(function(w,d){var s=d.createElement('script');s.async=true;s.src='https://ads.example/tag.js?site=${site.host}';d.head.appendChild(s)})(window,document);</script>
${stateScript}
<style>body{font-family:sans-serif;margin:0}.nav a{padding:0 8px}.sidebar{float:right;width:300px}.article p{line-height:1.6}
.comments .comment{border-top:1px solid #ddd;padding:8px}.footer{background:#222;color:#eee}.ad{min-height:250px}</style>
</head>
<body class="single single-post postid-${articleNumber}">
<header class="site-header"><a class="logo" href="https://${site.host}/">${site.name}</a>
<nav class="nav main-menu"><ul>${links(text, site.host, linkCount, 'section')}</ul></nav>
<div class="breaking-ticker"><span>${text.language === 'ar' ? 'عاجل' : 'Breaking'}</span> ${text.sentence(6, 10)}</div>
</header>
<div class="ad ad-leaderboard"><iframe src="https://ads.example/slot/728x90"></iframe></div>
<main class="container">
<aside class="sidebar sidebar-left"><h3>${text.language === 'ar' ? 'الأكثر قراءة' : 'Most read'}</h3><ol class="most-read">${links(text, site.host, 10, 'story')}</ol>
<div class="views-counter">${text.integer(90_000)} ${text.language === 'ar' ? 'مشاهدة' : 'views'}</div></aside>
<article class="article post-${articleNumber}">
<h1 class="entry-title">${headline}</h1>
<div class="entry-meta"><span class="byline">${text.language === 'ar' ? 'بقلم' : 'By'} <a rel="author" href="https://${site.host}/author/${spec.seed % 4}">${author}</a></span>
<time class="published" datetime="${isoDate}">${shownDate}</time></div>
<figure class="wp-caption"><img src="https://${site.host}/media/${articleNumber}/lead.jpg" alt="${text.sentence(4, 8)}" width="640" height="400">
<figcaption>${text.sentence(6, 12)}</figcaption></figure>
<div class="entry-content">
${paragraphs.map((paragraph, index) => (index > 0 && index % 7 === 0 ? `<h2>${text.sentence(4, 8)}</h2>\n` : '') + `<p>${paragraph}</p>`).join('\n')}
</div>
<div class="share-buttons"><a href="https://social.example/share?u=${encodeURIComponent(url)}">Share</a></div>
<div class="related"><h3>${text.language === 'ar' ? 'أخبار ذات صلة' : 'Related'}</h3><ul>${links(text, site.host, 8, 'story')}</ul></div>
</article>
<aside class="sidebar sidebar-right"><div class="ad ad-mpu"></div><h3>${text.language === 'ar' ? 'آخر الأخبار' : 'Latest'}</h3><ul>${links(text, site.host, 12, 'story')}</ul></aside>
<section class="comments" id="comments"><h3>${comments.length} ${text.language === 'ar' ? 'تعليقات' : 'comments'}</h3>
${comments.map((comment, index) => `<div class="comment" id="comment-${index}"><span class="comment-author">user${index}</span><p>${comment}</p></div>`).join('\n')}
</section>
</main>
<footer class="footer"><ul>${links(text, site.host, 16, 'page')}</ul><p>&copy; ${year} ${site.name}</p></footer>
</body>
</html>
`;

  const bytes = spec.charset === 'windows-1256' ? encodeLegacy(html, 'windows-1256') : Buffer.from(html, 'utf8');
  return { spec, url, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), contentType: 'text/html' };
}

function paragraphsFor(text: Writer, chars: number): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < chars || paragraphs.length < 3) {
    const paragraph = text.paragraph();
    paragraphs.push(paragraph);
    length += paragraph.length + 8;
  }
  return paragraphs;
}

function paragraphsOfWords(text: Writer, words: number): string[] {
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const paragraph = text.paragraph();
    paragraphs.push(paragraph);
    count += paragraph.split(' ').length;
  }
  return paragraphs;
}

/** The serialised app state many news sites inline (teasers of other stories), `bytes` long; empty below 1 KB. */
function inlineState(text: Writer, bytes: number): string {
  if (bytes < 1024) return '';
  const teasers: object[] = [];
  let length = 0;
  while (length < bytes) {
    const teaser = { id: text.integer(1e7), headline: text.sentence(5, 10), summary: text.sentence(12, 20), image: `/media/${text.integer(1e6)}.jpg` };
    teasers.push(teaser);
    length += JSON.stringify(teaser).length * (text.language === 'ar' ? 1.6 : 1);
  }
  return `<script id="__STATE__" type="application/json">${JSON.stringify({ teasers })}</script>`;
}

function links(text: Writer, host: string, count: number, kind: string): string {
  return Array.from({ length: count }, (_, index) => `<li><a href="https://${host}/${kind}/${index}-${text.integer(1e6)}">${text.sentence(2, 6).slice(0, -1)}</a></li>`).join('');
}

/**
 * A varied set for pipeline runs: English and Arabic in turn, a third of the Arabic pages in windows-1256,
 * 300-1,500-word stories on pages of 40-160 KB, a typical news article page.
 */
export function generateMixedPages(count: number, firstSeed = 1): GeneratedPage[] {
  return Array.from({ length: count }, (_, index) => {
    const seed = firstSeed + index;
    const language: PageLanguage = index % 2 === 0 ? 'en' : 'ar';
    const charset: PageCharset = language === 'ar' && index % 3 === 0 ? 'windows-1256' : 'utf-8';
    return generatePage({ seed, language, charset, targetBytes: 40_000 + ((seed * 7919) % 120_000), articleWords: 300 + ((seed * 104_729) % 1_200) });
  });
}
