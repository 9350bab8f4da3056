/**
 * The record's direction follows the markup around the story as a browser lays it out: `dir` on the page, on the
 * story's container or on one of its ancestors, or an inline `direction` style. An Arabic story stays right to left
 * under a template's `dir="ltr"`.
 */
import { load } from 'cheerio';
import { extract } from '../../lambdas/extract';
import { declaredDirection, type DomNode } from '../../lambdas/extract/content/dom';

const STORY = [
  'The harbour authority closed the northern quay on Tuesday after divers found cracks along forty metres of the old sea wall, officials said.',
  'Fishing boats were moved to the southern basin, where temporary moorings will stay in place until engineers finish a survey of the foundations.',
  'Repairs are expected to take most of the winter, and the authority said ferry services would not be affected by the closure of the quay.',
].map((text) => `<p>${text}</p>`).join('');

function page({ html = '', body = '', main = '', article = '' }: Record<string, string>): string {
  return `<!doctype html><html${html}><head><meta charset="utf-8"><title>Quay closed</title></head>`
    + `<body${body}><nav><a href="/">Home</a> <a href="/news">News</a></nav><main${main}><article${article}>`
    + `<h1>Northern quay closed after cracks found in sea wall</h1>${STORY}</article></main><footer>© Harbour Gazette</footer></body></html>`;
}

describe('direction declared by the markup around the story', () => {
  it.each([
    ['on <html>', { html: ' dir="rtl"' }],
    ['on <body>', { body: ' dir="RTL"' }],
    ['on the <main> around the story', { main: ' dir="rtl"' }],
    ['on the story\'s <article>', { article: ' dir="rtl"' }],
    ['as an inline style', { article: ' style="text-align:right; direction: rtl"' }],
  ])('reads rtl declared %s', (_where, markup) => {
    const record = extract(page(markup));
    expect(record.body).toContain('The harbour authority closed the northern quay');
    expect(record.direction).toBe('rtl');
  });

  it('takes the declaration nearest the story: an ltr story inside an rtl page is ltr', () => {
    expect(extract(page({ html: ' dir="rtl"', article: ' dir="ltr"' })).direction).toBe('ltr');
  });

  it('reads ltr when nothing is declared, or dir="auto" leaves it to an English text', () => {
    expect(extract(page({})).direction).toBe('ltr');
    expect(extract(page({ html: ' dir="auto"' })).direction).toBe('ltr');
  });

  it('keeps an Arabic story right to left under a template\'s dir="ltr"', () => {
    const arabic = [
      'أعلنت هيئة الميناء إغلاق الرصيف الشمالي يوم الثلاثاء بعد أن عثر غواصون على تشققات على امتداد أربعين مترا من الحاجز البحري القديم، بحسب مسؤولين.',
      'ونقلت قوارب الصيد إلى الحوض الجنوبي، حيث ستبقى المراسي المؤقتة إلى أن ينهي المهندسون مسح الأساسات.',
      'ويتوقع أن تستغرق أعمال الإصلاح معظم فصل الشتاء، وقالت الهيئة إن رحلات العبارات لن تتأثر بإغلاق الرصيف.',
    ].map((text) => `<p>${text}</p>`).join('');
    const html = `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>إغلاق الرصيف</title></head><body><article><h1>إغلاق الرصيف الشمالي</h1>${arabic}</article></body></html>`;
    const record = extract(html);
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
  });
});

describe('rule "the other edition\'s template"', () => {
  it('reads an English story left to right under the Arabic edition\'s <html lang="ar" dir="rtl">', () => {
    const record = extract(page({ html: ' lang="ar" dir="rtl"' }));
    expect(record.language).toBe('en');
    expect(record.direction).toBe('ltr');
  });

  it('still believes dir="rtl" where no right-to-left language was declared', () => {
    expect(extract(page({ html: ' lang="en" dir="rtl"' })).direction).toBe('rtl');
    expect(extract(page({ html: ' dir="rtl"' })).direction).toBe('rtl');
  });
});

describe('declaredDirection', () => {
  const doc = load('<div dir="rtl"><section style="color:red"><p id="inner">x</p></section><p id="ltr" dir="ltr">y</p><p id="styled" style="direction:ltr">z</p></div><p id="free">w</p>');
  const at = (selector: string) => doc(selector)[0] as unknown as DomNode;

  it('reads the nearest dir or inline direction up the ancestors, and nothing when none declares one', () => {
    expect(declaredDirection(at('#inner'))).toBe('rtl');
    expect(declaredDirection(at('#ltr'))).toBe('ltr');
    expect(declaredDirection(at('#styled'))).toBe('ltr');
    expect(declaredDirection(at('#free'))).toBeNull();
    expect(declaredDirection(null)).toBeNull();
  });
});
