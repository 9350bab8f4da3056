import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'أقر مجلس الوزراء في اجتماعه الدوري اليوم خطة لانتظام صرف مرتبات المتقاعدين في المحافظات ابتداء من الشهر المقبل.',
  'وكلف المجلس وزارة المالية بالتنسيق مع البنك المركزي لتوفير السيولة اللازمة وصرف المرتبات عبر مكاتب البريد.',
  'كما وافق المجلس على اتفاقية منحة لدعم مشاريع المياه والصرف الصحي في عدد من المحافظات.',
];

describe('Arabic WordPress author boxes', () => {
  it('leaves out the site editor\'s account credited over the text, its label glued to it (rule "the site\'s editor")', () => {
    const html = '<html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>خطة لصرف مرتبات المتقاعدين</title></head><body>'
      + '<div class="mg-blog-post-box"><div class="mg-header"><div class="mg-blog-category"><a href="/category/local">أخبار محلية</a></div>'
      + '<h1 class="title single">خطة لصرف مرتبات المتقاعدين</h1><div class="media mg-info-author-block">'
      + '<a class="mg-author-pic" href="/author/editor"><img alt="" src="/avatar.png" class="avatar photo" height="150" width="150"></a>'
      + '<div class="media-body"><h4 class="media-heading"><span>بواسطة</span><a href="/author/editor">محرر الموقع</a></h4>'
      + '<span class="mg-blog-date"><time class="entry-date published" datetime="2026-12-05T17:20:00+03:00">ديسمبر 5, 2026</time></span></div></div></div>'
      + '<img width="1024" height="576" src="/uploads/cabinet.jpg" class="img-fluid wp-post-image" alt="">'
      + `<article class="small single">${story.map((p) => `<p>${p}</p>`).join('')}</article></div></body></html>`;
    const record = extract(Buffer.from(html), { url: 'https://sawtnews.example/archives/101', now });
    expect(record.body.split('\n\n')[0]).toBe(story[0]);
  });
});
