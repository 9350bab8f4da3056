import { extract } from '../../../lambdas/extract';
import { normalizeLanguageTag } from '../../../lambdas/extract/language';

const now = new Date('2026-12-08T12:00:00Z');

describe('Arabic declared in a spoken variety\'s locale', () => {
  it('reads WordPress\'s Moroccan locale "ary" as Arabic, its region kept (rule "Arabic\'s spoken varieties")', () => {
    expect(normalizeLanguageTag('ary_MA')).toBe('ar-MA');
    expect(normalizeLanguageTag('arz')).toBe('ar');
    const story = 'سجلت مفرغات السردين بميناء أكادير تراجعا ملحوظا خلال شهر نونبر المنصرم، وهو ما انعكس مباشرة على أسعار هذا النوع من السمك في أسواق الجهة.';
    const html = '<!doctype html><html dir="rtl" lang="ary"><head><meta charset="utf-8"><title>تراجع مفرغات السردين</title>'
      + '<meta property="og:locale" content="ary_MA"></head><body><article><h1>تراجع مفرغات السردين</h1>'
      + `<div class="entry-content"><p>${story}</p><p>${story}</p></div></article></body></html>`;
    const record = extract(Buffer.from(html), { url: 'https://souss.example/2026/12/07/sardine/', now });
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
  });
});

describe('a Maghreb story declared in UTC', () => {
  const column = (body: string) => '<!doctype html><html dir="rtl" lang="ar"><head><meta charset="UTF-8"><title>البلديات بين عجز الميزانيات وانتظارات المواطنين | صوت التجمع</title>'
    + '<meta property="og:locale" content="ar_AR"><meta property="article:published_time" content="2026-12-06T20:10:33+00:00">'
    + '<meta property="article:modified_time" content="2026-12-06T20:10:33+00:00"></head><body><article><h1 class="entry-title">البلديات بين عجز الميزانيات وانتظارات المواطنين</h1>'
    + '<time class="entry-date" datetime="2026-12-06T20:10:33+00:00">6 ديسمبر، 2026</time>'
    + `<div class="td-post-content">${body}</div></article></body></html>`;
  const paragraphs = [
    'مع اقتراب آجال المصادقة على الميزانيات الأولية للبلديات، يعود السؤال القديم إلى الواجهة: كيف تسير بلدية لا تغطي مداخيلها حتى أجور عمالها؟',
    'إن أكثر من ثلثي البلديات تعيش على هذا الوضع، ولا تملك من الجباية المحلية سوى الرسم على النشاط المهني الذي تراجع تباعا.',
  ];

  it('gives the declared instant on the clock the story\'s month names tell (rule "the Maghreb\'s clock, over a declaration in UTC")', () => {
    const html = column([...paragraphs, 'وقد طالب حزبنا منذ جانفي الماضي بمراجعة توزيع الموارد الجبائية بين الدولة والجماعات المحلية.'].map((p) => `<p>${p}</p>`).join(''));
    const record = extract(Buffer.from(html), { url: 'https://party.example/2026/12/06/communes/', now });
    expect(record.publishedAt).toBe('2026-12-06T21:10:33+01:00');
    expect(record.modifiedAt).toBe('2026-12-06T21:10:33+01:00');
  });

  it('keeps the UTC declaration where the story names the months as the Mashriq does', () => {
    const html = column([...paragraphs, 'وقد طالب حزبنا منذ يناير الماضي بمراجعة توزيع الموارد الجبائية بين الدولة والجماعات المحلية.'].map((p) => `<p>${p}</p>`).join(''));
    const record = extract(Buffer.from(html), { url: 'https://party.example/2026/12/06/communes/', now });
    expect(record.publishedAt).toBe('2026-12-06T20:10:33+00:00');
  });
});
