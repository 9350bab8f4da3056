import { extract } from '../../../lambdas/extract';
import { findCreditedAgency } from '../../../lambdas/extract/metadata/wire-agencies';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'اداره راه آهن می‌گوید خط آهن میان بندر حیرتان و شهر مزار شریف از روز شنبه برای ترمیم ریل‌ها یک هفته بسته خواهد بود.',
  'مسوول راه آهن در زون شمال گفت که در این مدت کالاهای وارداتی با موترهای باربری از بندر به مزار شریف انتقال داده می‌شوند.',
  'شماری از تاجران مزار شریف می‌گویند بسته شدن خط آهن در ماه قوس بهای تیل و آرد را در بازار بالا خواهد برد.',
];
const page = (info: string, after = '') => '<!DOCTYPE html><html dir="rtl"><head><meta charset="utf-8"><title>بلخ‌نامه - خط آهن حیرتان بسته می‌شود</title></head><body>'
  + '<div id="menu"><a href="/">صفحه اول</a> | <a href="/?cat=1">بلخ</a></div><div class="post"><h2>خط آهن حیرتان بسته می‌شود</h2>'
  + `<div class="post-info">${info}</div><div class="post-body">${story.map((p) => `<p>${p}</p>`).join('')}</div>${after}</div>`
  + '<div id="footer">تمام حقوق برای بلخ‌نامه محفوظ است</div></body></html>';
const read = (info: string, after = '') => extract(Buffer.from(page(info, after)), { url: 'http://balkhnama.example/news.php?id=1', now });

describe('Iranian provincial and Afghan portals', () => {
  it('reads the agency before the place its provincial bureau reports from (rule "agency\'s provincial bureau")', () => {
    expect(findCreditedAgency('به گزارش خبرگزاري تسنيم از کرمان، مدير جهاد کشاورزي گفت: برداشت پسته کمتر شد.')).toBe('Tasnim');
    expect(findCreditedAgency('به گزارش ایرنا از یزد، معاون شهرسازی گفت: آب‌انبارها آبگیری می‌شوند.')).toBe('IRNA');
    // A site's own reporter from a city is no agency.
    expect(findCreditedAgency('به گزارش خبرنگار ما از کرمان، مدیر جهاد کشاورزی گفت: برداشت پسته کمتر شد.')).toBeNull();
  });

  it('reads the Afghan reporter\'s label as a byline (rule "Dari reporter\'s label")', () => {
    expect(read('گزارشگر: <b>محمد ظاهر صدیقی</b> | تاریخ: ۱۵ قوس ۱۴۰۵ ساعت ۰۹:۵۰').authors).toEqual(['محمد ظاهر صدیقی']);
  });

  it('takes no WordPress account named for the administrator in Persian for a writer (rule "admin account in Persian letters")', () => {
    for (const account of ['ادمین', 'مدیر سایت']) expect(read(`توسط <a href="/author/admin/" rel="author">${account}</a> | ۱۵ قوس ۱۴۰۵`).authors).toEqual([]);
  });

  it('reads the agency an Afghan dated dateline names in its bracket (rule "Afghan agency\'s dated dateline")', () => {
    expect(findCreditedAgency('بامیان (پژواک، ۱۵ قوس ۱۴۰۵): نخستین برف زمستانی امسال راه بامیان - کابل را بست.')).toBe('Pajhwok');
    expect(findCreditedAgency('مزار شریف (باختر، 15 قوس 1405): خط آهن حیرتان یک هفته بسته می‌شود.')).toBe('Bakhtar');
    // The word in a sentence's bracket is no credit.
    expect(findCreditedAgency('صدای کوه (پژواک) در دره پیچید و مردم بیرون آمدند.')).toBeNull();
  });

  it('reads the views of a table layout\'s tools row beside a row of related links (rule "tool link is no story")', () => {
    const html = '<html dir="rtl"><head><meta charset="utf-8"><title>کرمان امروز - کشت پسته دو برابر شد</title></head><body><table>'
      + '<tr><td><font size="4"><b>کشت پسته دو برابر شد</b></font></td></tr>'
      + `<tr><td class="text">${story.map((p) => `<p>${p}</p>`).join('')}</td></tr>`
      + '<tr><td><font size="1">تعداد بازديد: 1402 &nbsp; | &nbsp; <a href="print.asp?id=1">چاپ</a> &nbsp; | &nbsp; <a href="send.asp?id=1">ارسال به دوست</a></font></td></tr>'
      + '<tr><td><b>مطالب مرتبط:</b><br><a href="news.asp?id=2">قيمت پسته صادراتي کاهش يافت</a><br><a href="news.asp?id=3">برداشت پسته امسال 15 درصد کمتر شد</a></td></tr>'
      + '</table></body></html>';
    expect(extract(Buffer.from(html), { url: 'http://kerman.example/news.asp?id=1', now }).counters.views).toBe(1402);
  });

  it('reads "read so many times" in Persian as the views, only with the times after the count (rule "read so many times, in Persian")', () => {
    const tools = (row: string) => read('گزارشگر: <b>محمد ظاهر صدیقی</b>', `<div class="post-footer"><a href="print.php?id=1">چاپ</a> | ${row}</div>`).counters.views;
    expect(tools('خوانده شده: ۱۲۰۶ بار')).toBe(1206);
    expect(tools('خوانده شده ۱۲۰۶ نفر')).toBeNull();
  });

  it('reads the labelled section among the fields of a barred particulars row (rule "labelled section in a barred row")', () => {
    expect(read('گزارشگر: <b>محمد ظاهر صدیقی</b> | تاریخ: ۱۵ قوس ۱۴۰۵ | بخش: <a href="/?cat=3">اقتصاد</a> | <a href="#c">۳ نظر</a>').section).toBe('اقتصاد');
    expect(read('گزارشگر: <b>محمد ظاهر صدیقی</b> | تاریخ: ۱۵ قوس ۱۴۰۵ | <a href="#c">۳ نظر</a>').section).toBeNull();
  });

  it('reads the section from the service\'s box above the particulars and the headline (rule "the service\'s box")', () => {
    const html = (box: string) => '<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>برداشت چای پایان یافت</title></head><body>'
      + '<header><ul class="hdr-menu"><li><a href="/news/service/1">استانی</a></li><li><a href="/news/service/2">اقتصادی</a></li></ul></header>'
      + `<div class="content">${box}<div class="news-meta"><div class="doc-code">کد خبر: ۴۱۲۸۷۶</div><div class="pub-date">تاریخ انتشار: ۱۶ آذر ۱۴۰۵ ساعت ۱۲:۳۰</div></div>`
      + `<div class="uptitle">با تولید ۲۱ هزار تن</div><h1>برداشت چای پایان یافت</h1><div class="news-text">${story.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
    const section = (box: string) => extract(Buffer.from(html(box)), { url: 'https://gilan.example/news/1/', now }).section;
    expect(section('<div class="service-title"><a href="/news/service/2">اقتصادی</a></div>')).toBe('اقتصادی');
    expect(section('<div class="service"><a href="/news/service/2">اقتصادی</a></div>')).toBeNull();
  });

  it('reads the news path over the particulars as the trail, its innermost crumb the section (rule "the news path")', () => {
    const html = '<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>گورخرها به ۲۱۰ رأس رسیدند</title></head><body>'
      + '<div class="news_path"><a href="/fa/services/3">محیط زیست</a> » <a href="/fa/services/3/12">شاهرود</a></div>'
      + '<div class="news_nav">کد خبر: <span>۱۲۸۷۳۴</span></div><div class="news_nav">تاریخ انتشار: <span>۱۴۰۵/۰۹/۱۴ - ۱۹:۰۵</span></div>'
      + `<h1 class="title">گورخرها به ۲۱۰ رأس رسیدند</h1><div class="body">${story.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extract(Buffer.from(html), { url: 'https://semnan.example/fa/news/1/', now }).section).toBe('شاهرود');
  });

  it('reads the innermost crumb of a plain trail in the category cell, an item of the menu (rule "unlinked trail in the category box")', () => {
    const html = (menu: string) => '<html dir="rtl"><head><meta charset="utf-8"><title>کرمان امروز - کشت پسته دو برابر شد</title></head><body><table>'
      + `<tr><td class="menu"><a href="default.asp">صفحه اول</a> | <a href="list.asp?cat=5">اقتصادي</a>${menu}</td></tr>`
      + '<tr><td class="cat"><font color="#999999">اقتصادي &gt; شهرستانها</font></td></tr><tr><td><font size="1">تاريخ: 1405/09/15 - 12:10</font></td></tr>'
      + `<tr><td><font size="4"><b>کشت پسته دو برابر شد</b></font></td></tr><tr><td class="text">${story.map((p) => `<p>${p}</p>`).join('')}</td></tr></table></body></html>`;
    const section = (menu: string) => extract(Buffer.from(html(menu)), { url: 'http://kerman.example/news.asp?id=1', now }).section;
    expect(section(' | <a href="list.asp?cat=4">شهرستانها</a>')).toBe('شهرستانها');
    expect(section('')).not.toBe('شهرستانها');
  });
});
