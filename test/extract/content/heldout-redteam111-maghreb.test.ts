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

const kairouanStory = [
  'انطلقت مصالح المعهد الوطني للتراث في أشغال ترميم الجزء المنهار من سور المدينة العتيقة قرب الباب الجديد بعد الأمطار الأخيرة.',
  'وأفاد محافظ التراث بالجهة أن الأشغال ستتم وفق الطرق التقليدية باستعمال الآجر والجير وبإشراف فريق مختص في ترميم المعالم.',
  'ومن المنتظر أن تستغرق الأشغال نحو أربعة أشهر، على أن يعاد فتح الممر المحاذي للسور أمام المترجلين بعد تأمينه.',
];
/** A table layout's one cell: the story's lines, then the boxes under it, all parted by line breaks. */
const tableCell = (tail: string) => '<html dir="rtl"><head><meta charset="utf-8"><title>صدى المدينة - ترميم سور المدينة العتيقة</title></head><body>'
  + '<table width="780"><tr><td width="600" valign="top"><font size="4"><b>ترميم سور المدينة العتيقة</b></font><br><br>'
  + `<font face="Tahoma" size="2">${kairouanStory.join('<br><br>')}</font><br><br>${tail}</td></tr></table></body></html>`;

describe('Maghreb Arabic boxes under a table layout\'s story', () => {
  it('leaves out the list headed "مقالات ذات علاقة:" (rule "related, in the Maghreb")', () => {
    const html = tableCell('<b>مقالات ذات علاقة:</b><br>&raquo; <a href="article.php?id=5490">أمطار غزيرة تكشف هشاشة البنية التحتية</a> (28/11/2026)<br>'
      + '&raquo; <a href="article.php?id=5402">انطلاق الدورة الجديدة للمولد النبوي</a> (14/09/2026)<br>');
    const record = extract(Buffer.from(html), { url: 'http://sada.example/article.php?id=5523', now });
    expect(record.body.split('\n\n').at(-1)).toBe(kairouanStory[2]);
  });

  it('leaves out the readers\' comments headed by their count, no rule above (rule "the readers\' discussion, counted, on a line of its own")', () => {
    const html = tableCell('<b>تعليقات القراء (1)</b><br><table width="100%" cellspacing="1" cellpadding="4"><tr><td><b>قيرواني</b> - 06/12/2026<br>أخيرا تحركوا، لكن بعد ما طاح السور.</td></tr></table>'
      + '<br><b>أضف تعليقك</b><form action="comment.php" method="post"><input type="text" name="nom"> الاسم<br><textarea name="texte"></textarea><br><input type="submit" value="أرسل"></form>');
    const record = extract(Buffer.from(html), { url: 'http://sada.example/article.php?id=5523', now });
    expect(record.body.split('\n\n').at(-1)).toBe(kairouanStory[2]);
    expect(record.body).not.toContain('أضف تعليقك');
  });
});

describe('Maghreb Arabic credit lines', () => {
  it('leaves out the line crediting the site\'s unnamed correspondent in a city (rule "the site\'s correspondent, unnamed")', () => {
    const paragraphs = [
      'سجلت مفرغات السردين بميناء المدينة تراجعا ملحوظا خلال الشهر المنصرم، وهو ما انعكس مباشرة على أسعار السمك في الأسواق.',
      'وأرجع مهنيون في قطاع الصيد الساحلي هذا التراجع إلى سوء الأحوال الجوية التي حالت دون خروج المراكب لأيام عدة.',
      'ويتوقع المهنيون أن تعود المفرغات إلى مستوياتها الطبيعية مع تحسن الأحوال الجوية خلال النصف الثاني من الشهر الجاري.',
    ];
    const html = '<html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>تراجع مفرغات السردين يرفع الأسعار</title></head><body>'
      + '<article><h1>تراجع مفرغات السردين يرفع الأسعار</h1><div class="content-inner"><p><strong>مراسل الموقع بأكادير</strong></p>'
      + `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
    const record = extract(Buffer.from(html), { url: 'https://souss.example/2026/12/07/sardine/', now });
    expect(record.body.split('\n\n')[0]).toBe(paragraphs[0]);
    expect(record.authors).toEqual([]);
  });
});
