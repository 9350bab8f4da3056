import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');

describe('Gulf opinion columns\' writers', () => {
  const text = [
    'كلما مررت بالحي القديم تساءلت عن البيوت المتلاصقة التي بقيت منه، وعن الذاكرة التي نحرص عليها أو نتركها للهدم.',
    'لا أدعو إلى تجميد الأحياء القديمة كما هي، لكنني أدعو إلى أن يسبق كل قرار بالهدم سؤال بسيط: ماذا سنفقد؟',
  ];
  const html = '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الأحياء القديمة</title></head><body><main><article>'
    + '<div class="writer-card"><span>بقلم:</span> <a class="writer-card__name" href="/writers/hind">هند الكبيسي</a></div><h1>الأحياء القديمة ليست عبئاً</h1>'
    + `<div class="column-text">${text.map((p) => `<p>${p}</p>`).join('')}</div></article>`
    + '<section class="more-by-writer"><h2>مقالات أخرى للكاتبة</h2><ul><li><a href="/opinion/2026/11/22/sikka">السكيك والذاكرة</a> <span>22 نوفمبر 2026</span></li>'
    + '<li><a href="/opinion/2026/11/08/walkable">مدينة تمشي فيها</a> <span>8 نوفمبر 2026</span></li></ul></section></main></body></html>';

  it('reads no writer from the list of the writer\'s other columns (rule "more by the writer")', () => {
    const { authors } = extract(Buffer.from(html), { url: 'https://www.lulua.example/opinion/2026/12/06/old-quarters', now });
    expect(authors).toEqual(['هند الكبيسي']);
  });
});

describe('Gulf local papers\' clocks', () => {
  const text = 'شهدت تسع قرى في المحافظة الشمالية انقطاعاً في التيار الكهربائي استمر نحو أربع ساعات عصر أمس بسبب عطل فني مفاجئ في إحدى المحطات الفرعية، ما أثار استياء الأهالي.';
  const page = (name: string) => `<html dir="rtl"><head><meta charset="utf-8"><title>${name} - انقطاع الكهرباء عن تسع قرى</title></head><body><table><tr><td>`
    + `<a href="default.asp"><img src="images/logo.gif" alt="${name}"></a></td></tr><tr><td>`
    + '<font size="5"><b>انقطاع الكهرباء عن تسع قرى</b></font><br><font size="2">07/12/2026 - الساعة 8:15 م</font><br><br>'
    + `<font size="3">${text}<br><br>${text}</font></td></tr></table></body></html>`;

  it('reads a zoneless time on the clock of the city the site is named for (rule "the city in the site\'s name")', () => {
    expect(extract(Buffer.from(page('أخبار المنامة')), { url: 'http://www.manama.example/news.asp?id=1', now }).publishedAt).toBe('2026-12-07T20:15:00+03:00');
    expect(extract(Buffer.from(page('صدى الشارقة')), { url: 'http://www.sada.example/news.asp?id=1', now }).publishedAt).toBe('2026-12-07T20:15:00+04:00');
    expect(extract(Buffer.from(page('أخبار الساعة')), { url: 'http://www.saa.example/news.asp?id=1', now }).publishedAt).toBe('2026-12-07T20:15:00+00:00');
  });
});

describe('Gulf table layouts\' sections', () => {
  const text = 'شهدت تسع قرى في المحافظة الشمالية انقطاعاً في التيار الكهربائي استمر نحو أربع ساعات عصر أمس بسبب عطل فني مفاجئ في إحدى المحطات الفرعية، ما أثار استياء الأهالي.';
  const html = '<html dir="rtl"><head><meta charset="utf-8"><title>أخبار المنامة - انقطاع الكهرباء عن تسع قرى</title></head><body><table>'
    + '<tr><td class="menu"><a href="default.asp">الرئيسية</a> | <a href="section.asp?id=1">محليات</a> | <a href="section.asp?id=2">اقتصاد</a></td></tr>'
    + '<tr><td><table><tr><td class="sectitle"><a href="section.asp?id=1">محليات</a></td></tr><tr><td>'
    + '<font size="5"><b>انقطاع الكهرباء عن تسع قرى</b></font><br><font size="2">07/12/2026</font><br><br>'
    + `<font size="3">${text}<br><br>${text}</font></td></tr></table></td></tr></table></body></html>`;

  it('reads the section from the cell named for its title over the headline (rule "the section\'s title, run together")', () => {
    expect(extract(Buffer.from(html), { url: 'http://www.manama.example/news.asp?id=1', now }).section).toBe('محليات');
  });
});

describe('Gulf government portals\' clocks', () => {
  const text = 'دشن أمين المحافظة اليوم مشروع تصريف مياه الأمطار في حي الروابي بطول 12 كيلومتراً، ضمن حزمة مشاريع البنية التحتية التي تنفذها الأمانة لمعالجة تجمعات المياه في الأحياء الشرقية.';
  const page = (banner: string) => '<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>الأخبار - أمانة المحافظة</title></head><body>'
    + `<header><div class="gov-bar">${banner}</div><img src="/logo.png" alt="شعار الأمانة"></header><div class="news-box"><h1>أمين المحافظة يدشن مشروع تصريف مياه الأمطار</h1>`
    + `<span class="news-date">الأحد 26 جمادى الآخرة 1448هـ الموافق 06 ديسمبر 2026م</span><div class="news-content"><p>${text}</p><p>${text}</p></div></div></body></html>`;
  const published = (banner: string) => extract(Buffer.from(page(banner)), { url: 'https://www.amanah.example/ar/News/3318', now }).publishedAt;

  it('reads the day on the clock of the government the banner names (rule "the government\'s banner")', () => {
    expect(published('موقع حكومي رسمي تابع لحكومة المملكة العربية السعودية')).toBe('2026-12-06T00:00:00+03:00');
    expect(published('بوابة رسمية لحكومة الإمارات العربية المتحدة')).toBe('2026-12-06T00:00:00+04:00');
    expect(published('خدمات إلكترونية للمواطنين والمقيمين')).toBe('2026-12-06T00:00:00+00:00');
  });
});
