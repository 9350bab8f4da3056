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
