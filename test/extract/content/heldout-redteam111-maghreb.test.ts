import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'استقبلت شواطئ الولاية أكثر من مليون مصطاف منذ الافتتاح الرسمي لموسم الاصطياف، حسب حصيلة مصالح الحماية المدنية.',
  'وسجلت الشواطئ الغربية أكبر توافد للعائلات، خاصة في نهايات الأسبوع، حيث تجاوز عدد المصطافين مائة ألف زائر.',
  'وأكد رئيس اللجنة الولائية أن فرق المراقبة ستكثف خرجاتها الميدانية لضمان احترام مجانية الدخول إلى الشواطئ.',
];

describe('Maghreb Arabic details rows', () => {
  it('leaves out a row whose counter reads "قرئ … مرة" (rule "read so many times, in Arabic")', () => {
    const html = '<html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>شواطئ الولاية تستقبل مليون مصطاف</title></head><body>'
      + '<div class="article"><h1>شواطئ الولاية تستقبل مليون مصطاف</h1>'
      + '<div class="article-info"><span class="writer">كتب: ع. ب</span> <span class="sep">|</span> '
      + '<span class="date">نشر في 12 جويلية 2026 على الساعة 16:45</span> <span class="sep">|</span> <span class="hits">قرئ 1204 مرة</span></div>'
      + `<div class="article-text">${story.join('<br><br>')}</div></div></body></html>`;
    const record = extract(Buffer.from(html), { url: 'https://city.example/article.php?id=1', now });
    expect(record.body.split('\n\n')[0]).toBe(story[0]);
    expect(record.counters.views).toBe(1204);
  });
});
