/**
 * Deterministic, distinct, realistic small news pages for volume tests (fault injection, crash recovery, soak).
 * Page `n` always has the same bytes, so a test can regenerate what it expects instead of keeping copies.
 */

export interface GeneratedPage {
  /** The index the page was generated from. */
  index: number;
  /** The page's public address (also its rel=canonical). */
  url: string;
  title: string;
  language: 'en' | 'ar';
  html: string;
  bytes: Buffer;
  /** Which version of the story this is: 0 the original, 1 and up corrections. */
  version: number;
}

const ENGLISH_PLACES = ['Lisbon', 'Nairobi', 'Oslo', 'Tunis', 'Lima', 'Hanoi', 'Accra', 'Tbilisi', 'Quito', 'Riga', 'Dakar', 'Perth'];
const ENGLISH_SUBJECTS = ['harbour authority', 'city council', 'rail operator', 'water board', 'teachers union', 'health ministry', 'fishing cooperative', 'national library'];
const ENGLISH_VERBS = ['announced', 'approved', 'postponed', 'defended', 'unveiled', 'reviewed', 'rejected', 'expanded'];
const ENGLISH_OBJECTS = ['a new budget', 'the winter timetable', 'repairs to the old bridge', 'a plan for cheaper tickets', 'longer opening hours', 'a study of the river', 'the port expansion', 'free school meals'];

const ARABIC_PLACES = ['تونس', 'عمان', 'بيروت', 'الرباط', 'مسقط', 'الدوحة', 'طرابلس', 'الخرطوم'];
const ARABIC_SUBJECTS = ['وزارة الصحة', 'المجلس البلدي', 'هيئة الموانئ', 'نقابة المعلمين', 'البنك المركزي', 'وزارة النقل'];
const ARABIC_VERBS = ['أعلنت', 'أقرت', 'أجلت', 'عرضت', 'راجعت', 'وسعت'];
const ARABIC_OBJECTS = ['ميزانية جديدة', 'خطة لتوسيع الميناء', 'جدولا جديدا للقطارات', 'برنامجا لدعم المزارعين', 'مشروعا لتحلية المياه', 'إصلاحات في الطرق'];

const SITES = ['coastal-times.example', 'daily-ledger.example', 'al-akhbar.example', 'valley-herald.example', 'alwatan-news.example'];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

/**
 * Page `index` of the generated corpus. Every third page is Arabic. `version` above 0 rewrites one paragraph, as
 * a correction does, so the page stays the same article (same URL) with changed content.
 */
export function generatePage(index: number, version = 0): GeneratedPage {
  const language = index % 3 === 2 ? 'ar' : 'en';
  const site = pick(SITES, index);
  const url = `https://${site}/${2000 + (index % 25)}/${String(1 + (index % 12)).padStart(2, '0')}/story-${index}`;
  const published = new Date(Date.UTC(2000 + (index % 25), index % 12, 1 + (index % 28), index % 24, index % 60));
  const { title, paragraphs } = language === 'en' ? englishStory(index, version) : arabicStory(index, version);
  const html = renderPage({ url, site, title, paragraphs, language, published });
  return { index, url, title, language, html, bytes: Buffer.from(html, 'utf8'), version };
}

/** Pages 0..count-1. */
export function generatePages(count: number, version = 0): GeneratedPage[] {
  return Array.from({ length: count }, (_, index) => generatePage(index, version));
}

function englishStory(index: number, version: number): { title: string; paragraphs: string[] } {
  const place = pick(ENGLISH_PLACES, index);
  const subject = pick(ENGLISH_SUBJECTS, index * 7 + 3);
  const verb = pick(ENGLISH_VERBS, index * 5 + 1);
  const object = pick(ENGLISH_OBJECTS, index * 3 + 2);
  const title = `${place} ${subject} ${verb} ${object} (report ${index})`;
  const paragraphs = [
    `The ${subject} in ${place} ${verb} ${object} on Tuesday, after a meeting that ran late into the evening, officials said in a statement numbered ${index}.`,
    `Residents had waited ${3 + (index % 9)} months for a decision. "We have listened to everyone who wrote to us," a spokesperson told reporters outside the building.`,
    `Critics said the plan would cost ${10 + (index % 90)} million and asked for the figures to be published in full before the next session.`,
    version === 0
      ? `The next review is expected in the spring, when the ${subject} will report on progress.`
      : `Correction ${version}: the next review is expected in the autumn, not the spring, the ${subject} said.`,
  ];
  return { title, paragraphs };
}

function arabicStory(index: number, version: number): { title: string; paragraphs: string[] } {
  const place = pick(ARABIC_PLACES, index);
  const subject = pick(ARABIC_SUBJECTS, index * 7 + 3);
  const verb = pick(ARABIC_VERBS, index * 5 + 1);
  const object = pick(ARABIC_OBJECTS, index * 3 + 2);
  const title = `${subject} في ${place} ${verb} ${object} (تقرير ${index})`;
  const paragraphs = [
    `${verb} ${subject} في ${place} يوم الثلاثاء ${object}، بعد اجتماع استمر حتى ساعة متأخرة من المساء، بحسب بيان رسمي رقم ${index}.`,
    `وكان السكان ينتظرون القرار منذ ${3 + (index % 9)} أشهر، وقال متحدث للصحافيين إن الجهات المعنية استمعت إلى جميع الآراء.`,
    `وقال منتقدون إن كلفة الخطة تبلغ ${10 + (index % 90)} مليون دينار، وطالبوا بنشر الأرقام كاملة قبل الجلسة المقبلة.`,
    version === 0
      ? `ومن المتوقع أن تجري المراجعة المقبلة في الربيع.`
      : `تصحيح ${version}: المراجعة المقبلة ستجري في الخريف وليس في الربيع.`,
  ];
  return { title, paragraphs };
}

interface PageParts {
  url: string;
  site: string;
  title: string;
  paragraphs: string[];
  language: 'en' | 'ar';
  published: Date;
}

function renderPage({ url, site, title, paragraphs, language, published }: PageParts): string {
  const direction = language === 'ar' ? 'rtl' : 'ltr';
  const iso = published.toISOString();
  const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: iso, mainEntityOfPage: url });
  return [
    `<!doctype html><html lang="${language}" dir="${direction}"><head><meta charset="utf-8">`,
    `<title>${title} | ${site}</title>`,
    `<link rel="canonical" href="${url}"><meta property="og:title" content="${title}">`,
    `<meta property="og:site_name" content="${site}"><meta property="article:published_time" content="${iso}">`,
    `<script type="application/ld+json">${jsonLd}</script></head><body>`,
    `<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>`,
    `<main><article><h1>${title}</h1><time datetime="${iso}">${iso.slice(0, 10)}</time>`,
    ...paragraphs.map((paragraph) => `<p>${paragraph}</p>`),
    `</article><aside><h2>Most read</h2><ul><li><a href="/a">Other story</a></li></ul></aside></main>`,
    `<footer><p>© ${site}</p></footer></body></html>`,
  ].join('\n');
}
