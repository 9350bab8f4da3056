import { extract } from '../../../lambdas/extract';
import { siteNameOf } from '../../../lambdas/extract/metadata/site-name';

describe('siteNameOf', () => {
  it('names a site that declares its address by its host', () => {
    expect(siteNameOf('https://www.harbour-times.example/', null)).toBe('harbour-times.example');
    expect(siteNameOf('www.harbour-times.example', 'www.harbour-times.example')).toBe('harbour-times.example');
  });

  it.each([
    ['Breaking Local and World News - Harbour24', 'www.harbour24.example', 'Harbour24'],
    ['Lena Vogt - Reisen ab 50', 'www.reisenab50.example', 'Reisen ab 50'],
    ['Wissenswerk | Das Magazin für Neugierige', 'www.wissenswerk.example', 'Wissenswerk'],
    ['Noticias del Valle - La Voz Andina | Informamos con la verdad', 'www.lavozandina.example', 'La Voz Andina'],
    ['Technik und Wissen | KOMPASS.example', 'kompass.example', 'KOMPASS.example'],
    ['Météo Côte – Prévisions du littoral', 'meteocote.example', 'Météo Côte'],
    ['Harbour Times – News', 'sport.harbourtimes.co.uk', 'Harbour Times'],
  ])('keeps the part of "%s" that spells the domain of %s', (declared, host, expected) => {
    expect(siteNameOf(declared, host)).toBe(expected);
  });

  it.each([
    ['a name that is the domain with a separator in it', 'Osthessen|Nachrichten', 'osthessen-nachrichten.example'],
    ['a name with no part spelling the domain', 'Geburtstage - Ideen für jedes Fest', 'www.festecke.example'],
    ['a name whose two parts both spell it', 'Valle News - Valle News en vivo', 'vallenews.example'],
    ['a name in a script the domain is not written in', 'الوادي - أخبار المدينة', 'alwadi.example'],
    ['a name of one part', 'Harbour Times', 'www.harbourtimes.example'],
  ])('keeps %s as declared', (_, declared, host) => {
    expect(siteNameOf(declared, host)).toBe(declared);
  });

  it('keeps the declared name when the host is unknown', () => {
    expect(siteNameOf('Breaking Local and World News - Harbour24', null)).toBe('Breaking Local and World News - Harbour24');
  });
});

describe('a page that declares its name with a slogan', () => {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry fares to rise in spring - Harbour24</title>
<meta property="og:site_name" content="Breaking Local and World News - Harbour24">
<link rel="canonical" href="https://www.harbour24.example/local/ferry-fares">
</head><body><article><h1>Ferry fares to rise in spring</h1><p class="byline">By Tom Reyes</p>
<p>Ferry fares between the harbour and the islands will rise by six per cent in spring, the operator said on Monday, citing higher fuel and crew costs.</p>
<p>Season tickets for islanders are exempt from the rise, and the operator promised to keep the winter timetable unchanged until the end of March.</p></article></body></html>`;

  it.each([undefined, 'https://www.harbour24.example/local/ferry-fares'])('gives the name the domain spells (URL %s)', (url) => {
    const record = extract(page, { url, now: new Date('2026-12-01T00:00:00Z') });
    expect(record.siteName).toBe('Harbour24');
    expect(record.title).toBe('Ferry fares to rise in spring');
    expect(record.authors).toEqual(['Tom Reyes']);
  });
});

describe('a page that declares no site name', () => {
  const page = (title: string, header: string, footer = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header>${header}</header><article><h1>Ferry fares to rise in spring</h1><p class="byline">By Tom Reyes</p>
<p>Ferry fares between the harbour and the islands will rise by six per cent in spring, the operator said on Monday, citing higher fuel and crew costs.</p>
<p>Season tickets for islanders are exempt from the rise, and the operator promised to keep the winter timetable unchanged until the end of March.</p></article>
<footer>${footer}</footer></body></html>`;
  const recordOf = (title: string, header: string, footer?: string) => extract(page(title, header, footer), { now: new Date('2026-12-01T00:00:00Z') });
  const siteNameOfPage = (title: string, header: string, footer?: string) => recordOf(title, header, footer).siteName;

  it('is named by the words its <title> adds to the headline when its logo says the same', () => {
    expect(siteNameOfPage('Ferry fares to rise in spring - Harbour24', '<a href="/">Harbour24</a>')).toBe('Harbour24');
    expect(siteNameOfPage('Ferry fares to rise in spring | Harbour24', '<a href="/"><img src="/logo.png" alt="Harbour24"></a>')).toBe('Harbour24');
  });

  it('is named by the logo link\'s title, or by its picture\'s alt that calls it the logo (rule "logo\'s own words")', () => {
    expect(siteNameOfPage('Kreisbote Lahntal: Ferry fares to rise in spring', '<a class="navbar-brand" title="Kreisbote Lahntal" href="/"><img src="/logo.svg" alt="Home"></a>')).toBe('Kreisbote Lahntal');
    expect(siteNameOfPage('Ferry fares to rise in spring - Harbour24', '<a href="/"><img src="/logo.png" alt="Harbour24 logo"></a>')).toBe('Harbour24');
    expect(siteNameOfPage('Ferry fares to rise in spring - Harbour24', '<a href="/"><img src="/logo.png" alt="Logo Harbour24"></a>')).toBe('Harbour24');
    expect(siteNameOfPage('Ferry fares to rise in spring - Tom Reyes', '<a href="/" title="Start"><img src="/logo.png" alt="Harbour24 logo"></a>')).not.toBe('Tom Reyes');
  });

  it('is named by the logo picture\'s alt that opens with the name and parts the slogan by a dash or a bar (rule "logo\'s name and slogan")', () => {
    expect(siteNameOfPage('Ferry fares to rise in spring - Harbour24', '<a href="/"><img src="/logo.png" alt="Harbour24 - news of the islands"></a>')).toBe('Harbour24');
    expect(siteNameOfPage('Ferry fares to rise in spring | Harbour24', '<a href="/"><img src="/logo.png" alt="Harbour24 | news of the islands"></a>')).toBe('Harbour24');
    // A longer name that only opens with the title's words is another name.
    expect(siteNameOfPage('Ferry fares to rise in spring - Harbour', '<a href="/"><img src="/logo.png" alt="Harbour24 - news of the islands"></a>')).toBeNull();
    // A topic and the site's address after the bar is no name and its slogan.
    expect(siteNameOfPage('Ferry fares to rise in spring - Ferries', '<a href="/"><img src="/logo.png" alt="Ferries | harbour24.example"></a>')).not.toBe('Ferries');
  });

  it('is named by the outermost part of what the <title> adds, when the title adds a section too and the logo names that part', () => {
    expect(siteNameOfPage('Ferry fares to rise in spring - Region - Harbour24', '<a href="/">Harbour24</a>')).toBe('Harbour24');
    expect(siteNameOfPage('Ferry fares to rise in spring_新闻中心_港口日报网', '<a href="/">港口日报网</a> <a href="/news">新闻中心</a>')).toBe('港口日报网');
    expect(siteNameOfPage('Harbour24 | Ferry fares to rise in spring', '<a href="/"><img src="/logo.png" alt="Harbour24"></a>')).toBe('Harbour24');
  });

  it('is named by the holder of a Persian copyright notice spelt with the Arabic yeh that the <title> names too', () => {
    expect(siteNameOfPage('Ferry fares to rise in spring | ساوه امروز', '<a href="/news">News</a>', 'کليه حقوق براي ساوه امروز محفوظ است')).toBe('ساوه امروز');
  });

  it('is named by the logo\'s words when the <title> says what kind of site it is before them (rule "kind of site before its name")', () => {
    expect(siteNameOfPage('Ferry fares to rise in spring | پایگاه خبری ساوه امروز', '<a href="/"><img src="/logo.png" alt="ساوه امروز"></a>')).toBe('ساوه امروز');
    expect(siteNameOfPage('Ferry fares to rise in spring | News from the islands and Harbour24', '<a href="/">Harbour24</a>')).toBeNull();
  });

  it('is named by the logo\'s words when the <title> adds a desk\'s name after them (rule "desk after the site\'s name")', () => {
    expect(siteNameOfPage('Ashby 3 Denholm 1 - Wessex Echo Sport', '<a href="/"><img src="/images/echo_masthead.gif" alt="Wessex Echo"></a>')).toBe('Wessex Echo');
    expect(siteNameOfPage('Ferry fares to rise in spring - Harbour24 news from the islands', '<a href="/">Harbour24</a>')).toBeNull();
    expect(siteNameOfPage('Ferry fares to rise in spring - Harbour24 w PORTAL.PL', '<a href="/">Harbour24</a>')).toBeNull();
    expect(siteNameOfPage('Ferry fares to rise in spring - جريدة الوسط الكويتية', '<a href="/"><img src="/logo.png" alt="جريدة الوسط"></a>')).not.toBe('جريدة الوسط');
  });

  it('is named by a part of a <title> that holds no headline, the site\'s name and slogan, when its logo says the same', () => {
    const portal = (title: string) => extract(`<html lang="en"><head><title>${title}</title></head><body><h1><a href="/">Valley Portal</a></h1>
<div class="story"><h2>Health centre reopens at night from Monday</h2>
<p>The health centre in the north of the town will open again in the evenings from Monday, the council said, after two doctors were hired last month.</p>
<p>Evening hours had been suspended two years ago for lack of staff, and residents had asked for them to return ever since.</p></div></body></html>`, { now: new Date('2026-12-01T00:00:00Z') });
    expect(portal('Valley Portal - News of the valley and the region').siteName).toBe('Valley Portal');
    expect(portal('Valley Portal - News of the valley and the region').title).toBe('Health centre reopens at night from Monday');
    expect(portal('Hill Weekly - News of the valley and the region').siteName).toBeNull();
  });

  it('is named by a logo that links to the front page of its language edition or to its index script', () => {
    expect(siteNameOfPage('Harbour24 - Ferry fares to rise in spring', '<a href="/ar/"><img src="/logo.png" alt="Harbour24"></a>')).toBe('Harbour24');
    expect(siteNameOfPage('Harbour24 :: Ferry fares to rise in spring', '<a href="index.php"><img src="/logo.png" alt="Harbour24"></a>')).toBe('Harbour24');
    expect(siteNameOfPage('Harbour24 :: Local :: Ferry fares to rise in spring', '<a href="Default.aspx"><img src="images/logo.gif" alt="Harbour24"></a>')).toBe('Harbour24');
    expect(siteNameOfPage('Harbour24 | Ferry fares to rise in spring', '<a id="ctl00_hlLogo" href="../Default.aspx"><img src="../images/logo.gif" alt="Harbour24"></a>')).toBe('Harbour24');
    expect(siteNameOfPage('Harbour24 - Ferry fares to rise in spring', '<a href="/ar/news/"><img src="/logo.png" alt="Harbour24"></a>')).toBeNull();
  });

  it('is named by a logo that links to its language edition\'s index script (rule "edition\'s index script")', () => {
    expect(siteNameOfPage('Harbour24 - Ferry fares to rise in spring', '<a href="/ar/Default.aspx"><img src="/images/logo.png" alt="Harbour24"></a>')).toBe('Harbour24');
    expect(siteNameOfPage('Harbour24 - Ferry fares to rise in spring', '<a href="/en/index.php">Harbour24</a>')).toBe('Harbour24');
    expect(siteNameOfPage('Harbour24 - Ferry fares to rise in spring', '<a href="/ar/News.aspx"><img src="/images/logo.png" alt="Harbour24"></a>')).toBeNull();
  });

  it('is named by a logo that links to SharePoint\'s front page in its "Pages" library (rule "SharePoint\'s front page")', () => {
    expect(siteNameOfPage('Harbour24 - Ferry fares to rise in spring', '<a href="/ar/Pages/default.aspx"><img src="/PublishingImages/logo.png" alt="Harbour24"></a>')).toBe('Harbour24');
    expect(siteNameOfPage('Harbour24 - Ferry fares to rise in spring', '<a href="/Pages/Default.aspx">Harbour24</a>')).toBe('Harbour24');
    expect(siteNameOfPage('Harbour24 - Ferry fares to rise in spring', '<a href="/ar/MediaCenter/Pages/News.aspx"><img src="/logo.png" alt="Harbour24"></a>')).toBeNull();
  });

  it('is named by a logo that links to the front page of its mobile or AMP edition (rule "mobile edition\'s home")', () => {
    const notice = '<p>© Harbour24 2026</p>';
    expect(siteNameOfPage('Ferry fares to rise in spring', '<a href="/m/" class="m-logo"><img src="/m/img/logo.png" alt="Harbour24"></a>', notice)).toBe('Harbour24');
    expect(siteNameOfPage('Ferry fares to rise in spring - Harbour24', '<a href="/amp/"><img src="/amp/logo.png" alt="Harbour24"></a>')).toBe('Harbour24');
    expect(siteNameOfPage('Ferry fares to rise in spring', '<a href="/m/news/"><img src="/m/img/logo.png" alt="Harbour24"></a>', notice)).toBeNull();
  });

  it('is named by a logo picture that links nowhere and the copyright notice, under a <title> that adds no name', () => {
    expect(siteNameOfPage('Print version', '<img src="/images/logo_print.png" alt="Harbour24">', '<p>© Harbour24 2026</p>')).toBe('Harbour24');
    expect(siteNameOfPage('Print version', '<img src="/images/front.png" alt="Harbour24">', '<p>© Harbour24 2026</p>')).toBeNull();
    expect(siteNameOfPage('Print version', '<img src="/images/logo_print.png" alt="Harbour24">', '<p>© Bay Media Group 2026</p>')).toBeNull();
  });

  it('is named by a logo picture that links nowhere, as a print version sets it, when the <title> adds its name (rule "logo without its link")', () => {
    expect(siteNameOfPage('Versión para imprimir - Harbour24', '<img src="/img/logo-impresion.gif" alt="Harbour24">')).toBe('Harbour24');
    expect(siteNameOfPage('Harbour24 :: Print version :: Ferry fares to rise in spring', '<img class="print-logo" src="/img/h24.gif" alt="Harbour24">')).toBe('Harbour24');
    expect(siteNameOfPage('Print: Ferry fares to rise in spring | Harbour24', '<img src="/img/harbour24-print-masthead.png" alt="Harbour24">')).toBe('Harbour24');
    // A picture not filed as the logo, or a logo whose alt the title does not add, names nothing.
    expect(siteNameOfPage('Ferry fares to rise in spring - Harbour24', '<img src="/img/ferry.jpg" alt="Harbour24">')).toBeNull();
    expect(siteNameOfPage('Ferry fares to rise in spring - Harbour24', '<img src="/img/logo-impresion.gif" alt="Harbour Media">')).toBeNull();
  });

  it('is named by an emblem whose alt says it is the emblem or the logo, when the <title> adds its name (rule "emblem by its alt")', () => {
    expect(siteNameOfPage('הודעות לעיתונות - עיריית נווה הדרים', '<div class="muni-header"><img src="/img/semel.png" alt="סמל עיריית נווה הדרים"><span>עיריית נווה הדרים</span></div>')).toBe('עיריית נווה הדרים');
    expect(siteNameOfPage('Новини - Житомирська міська рада', '<img src="/img/gerb.png" alt="Герб Житомирська міська рада">')).toBe('Житомирська міська рада');
    expect(siteNameOfPage('Press releases - Harbour Council', '<img src="/img/crest.png" alt="Emblem Harbour Council">')).toBe('Harbour Council');
    // A picture of a sergeant ("סמל" is his rank too) whose name the title does not add names nothing.
    expect(siteNameOfPage('הודעות לעיתונות - עיריית נווה הדרים', '<img src="/img/soldier.jpg" alt="סמל יוסי כהן">')).toBeNull();
  });

  it('is named by the top banner of a table layout, filed as the banner or the header, when the <title> adds its name (rule "banner over the page")', () => {
    expect(siteNameOfPage('Harbour24 :: Ferry fares to rise in spring', '<table><tr><td><img src="/images/banner_top.gif" alt="Harbour24"></td></tr></table>')).toBe('Harbour24');
    expect(siteNameOfPage('El Setmanari del Port - Notícies', '<img src="/img/capcalera.gif" alt="El Setmanari del Port">')).toBe('El Setmanari del Port');
    // A banner whose alt the title does not add names nothing.
    expect(siteNameOfPage('Harbour24 :: Ferry fares to rise in spring', '<img src="/images/banner_top.gif" alt="Ferry Company winter offer">')).toBeNull();
  });

  it('is not named by the menu\'s item for the page being read, nor by the <title> alone', () => {
    expect(siteNameOfPage('Ferry fares to rise in spring | Overview', '<nav><a href="/" aria-current="page">Overview</a></nav>')).toBeNull();
    expect(siteNameOfPage('Ferry fares to rise in spring - Harbour24', '<a href="/">Home</a>')).toBeNull();
  });

  it('is named by the words its <title> adds to the headline when its copyright notice says the same', () => {
    expect(siteNameOfPage('Ferry fares to rise in spring | The Harbour Courier', '<a href="/">Home</a>', '<p>© 2026 The Harbour Courier. All rights reserved.</p>')).toBe('The Harbour Courier');
    expect(siteNameOfPage('Ferry fares to rise in spring – Harbour Courier', '', '<small>Copyright 2019–2026 Harbour Courier</small>')).toBe('Harbour Courier');
    expect(siteNameOfPage('Ferry fares to rise in spring | The Harbour Courier', '', '<p>© 2026 Harbour Media Group</p>')).toBeNull();
  });

  it('reads a notice that names the right before the mark, as Uyghur footers do (rule "rights word before the mark")', () => {
    expect(siteNameOfPage('ئۈرۈمچىدە تۇنجى قار ياغدى - تاغ ئېلى تورى', '', '<p>نەشر ھوقۇقى © 2026 تاغ ئېلى تورى</p>')).toBe('تاغ ئېلى تورى');
  });

  it('reads a Hindi or Bengali notice that reserves the rights before the mark, and the paper\'s name before its town (rules "rights reserved before the mark, in Hindi and Bengali", "the holder\'s town")', () => {
    expect(siteNameOfPage('चंबल पर नया पुल तैयार :: हाड़ौती समाचार', '', '<p>सर्वाधिकार सुरक्षित © हाड़ौती समाचार, कोटा | Best viewed in 1024x768</p>')).toBe('हाड़ौती समाचार');
    expect(siteNameOfPage('নদীর পাড়ে মেলা | রাঢ় বার্তা', '', '<p>সর্বস্বত্ব সংরক্ষিত © রাঢ় বার্তা</p>')).toBe('রাঢ় বার্তা');
    // A town the title does not name with the paper is no name.
    expect(siteNameOfPage('चंबल पर नया पुल तैयार :: कोटा', '', '<p>सर्वाधिकार सुरक्षित © हाड़ौती समाचार, कोटा</p>')).toBeNull();
  });

  it('reads the name a notice sets in quotation marks, without the reprint terms after it (rule "quoted holder")', () => {
    expect(siteNameOfPage('Портовый вестник - Паром подорожает весной', '', '<p>© 2002-2026 «Портовый вестник». При перепечатке ссылка обязательна.</p>')).toBe('Портовый вестник');
    expect(siteNameOfPage('Ferry fares to rise in spring | Harbour Courier', '', '<p>© 2026 "Harbour Courier" - reprints by permission only</p>')).toBe('Harbour Courier');
    expect(siteNameOfPage('Портовый вестник - Паром подорожает весной', '', '<p>© 2026 «Морская медиагруппа»</p>')).toBeNull();
  });

  it('reads the quoted name after the holder\'s kind, a paper or a company form (rule "the holder\'s kind before its name")', () => {
    expect(siteNameOfPage('Портовый вестник - Паром подорожает весной', '', '<p>© 1998-2026 Газета «Портовый вестник». Все права защищены.</p>')).toBe('Портовый вестник');
    expect(siteNameOfPage('Поромна переправа подорожчає навесні — Портовий вісник', '', '<p>© 2026 ТОВ «Портовий вісник»</p>')).toBe('Портовий вісник');
    expect(siteNameOfPage('Портовый вестник - Паром подорожает весной', '', '<p>© 2026 Газета «Морская медиагруппа»</p>')).toBeNull();
  });

  it('reads the quoted name after the paper\'s office in the notice, and after the paper\'s kind in the title (rule "quoted name in the title")', () => {
    expect(siteNameOfPage('Паром подорожчає навесні - Газета "Портовий вісник"', '', '<p>© Редакція газети "Портовий вісник", 1999-2026.</p>')).toBe('Портовий вісник');
    expect(siteNameOfPage('Паром подорожает весной - Газета «Портовый вестник»', '', '<p>© 2026 Редакция газеты «Портовый вестник»</p>')).toBe('Портовый вестник');
    // A quoted name the notice does not hold is no site's name.
    expect(siteNameOfPage('Паром подорожчає навесні - Газета "Портовий вісник"', '', '<p>© Редакція газети "Морський вісник"</p>')).toBeNull();
  });

  it('is named by the outermost part of what the <title> adds and the notice\'s first part, beside a section or a publishing company', () => {
    expect(siteNameOfPage('Harbour Courier :: Economy :: Ferry fares to rise in spring', '', '<p>© 2026 Harbour Courier</p>')).toBe('Harbour Courier');
    expect(siteNameOfPage('Harbour Courier - Ferry fares to rise in spring', '', '<p>© 2026 Harbour Courier - Coastal Media s.r.l.</p>')).toBe('Harbour Courier');
  });

  it('reads the holder an Arabic or Persian notice names after the rights, with or without the mark', () => {
    const rtlPage = (title: string, footer: string) => `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>ارتفاع أسعار الوقود في المدينة</h1>
<p>ارتفعت أسعار الوقود في المدينة بنسبة عشرة في المئة منذ بداية الشهر، وفق بيانات رسمية نشرت اليوم.</p>
<p>وقال مسؤولون إن الزيادة تعود إلى ارتفاع تكاليف النقل والتوزيع خلال الأسابيع الماضية.</p></article><footer>${footer}</footer></body></html>`;
    const siteNameOfRtlPage = (title: string, footer: string) => extract(rtlPage(title, footer), { now: new Date('2026-12-01T00:00:00Z') }).siteName;
    expect(siteNameOfRtlPage('ارتفاع أسعار الوقود في المدينة - صحيفة الساحل', '<p>جميع الحقوق محفوظة لصحيفة الساحل</p>')).toBe('صحيفة الساحل');
    expect(siteNameOfRtlPage('ارتفاع أسعار الوقود في المدينة - صحيفة الساحل', '<p>© 2026 جميع الحقوق محفوظة لـ صحيفة الساحل.</p>')).toBe('صحيفة الساحل');
    expect(siteNameOfRtlPage('ارتفاع أسعار الوقود في المدينة | موقع الرصد', '<p>حقوق النشر محفوظة لموقع الرصد © 2026</p>')).toBe('موقع الرصد');
    expect(siteNameOfRtlPage('ارتفاع أسعار الوقود في المدينة - خبرگزاری پارس', '<p>کلیه حقوق این سایت متعلق به خبرگزاری پارس است.</p>')).toBe('خبرگزاری پارس');
    expect(siteNameOfRtlPage('وكالة أنباء الساحل - ارتفاع أسعار الوقود في المدينة', '<p>جميع الحقوق محفوظة &copy; 2026 وكالة أنباء الساحل</p>')).toBe('وكالة أنباء الساحل');
    expect(siteNameOfRtlPage('صحيفة الساحل :: اقتصاد :: ارتفاع أسعار الوقود في المدينة', '<p>جميع الحقوق محفوظة لـ صحيفة الساحل 2003 - 2026</p>')).toBe('صحيفة الساحل');
    // The year in Arabic-Indic digits ends the holder as one in ASCII digits does.
    expect(siteNameOfRtlPage('صحيفة الساحل :: اقتصاد :: ارتفاع أسعار الوقود في المدينة', '<p>جميع الحقوق محفوظة © صحيفة الساحل ٢٠٢٦</p>')).toBe('صحيفة الساحل');
    expect(siteNameOfRtlPage('ارتفاع أسعار الوقود في المدينة - أخبار الساحل', '<td class="footer">جميع الحقوق محفوظة - أخبار الساحل 2025</td>')).toBe('أخبار الساحل');
    // Rule "notice on its line": the designer's credit on the notice's next line is no part of the holder's name.
    expect(siteNameOfRtlPage('صحيفة الساحل :: ارتفاع أسعار الوقود في المدينة', '<p>جميع الحقوق محفوظة لصحيفة الساحل &copy; 2025<br>تصميم وبرمجة: شركة النخيل</p>')).toBe('صحيفة الساحل');
    expect(siteNameOfRtlPage('صحيفة الساحل :: ارتفاع أسعار الوقود في المدينة', '<p>&copy; صحيفة الساحل<br>تصميم وبرمجة: شركة النخيل</p>')).toBe('صحيفة الساحل');
    // Rule "year closes the holder": the designer's credit after the year and a dash, on the notice's own line.
    expect(siteNameOfRtlPage('شبكة الساحل - ارتفاع أسعار الوقود في المدينة', '<p>جميع الحقوق محفوظة لشبكة الساحل 2026 - تصميم وبرمجة: شركة النخيل</p>')).toBe('شبكة الساحل');
    // A notice that names nobody, or someone else, names no site.
    expect(siteNameOfRtlPage('ارتفاع أسعار الوقود في المدينة - صحيفة الساحل', '<p>جميع الحقوق محفوظة</p>')).toBeNull();
    expect(siteNameOfRtlPage('ارتفاع أسعار الوقود في المدينة - صحيفة الساحل', '<p>جميع الحقوق محفوظة لمجموعة النور الإعلامية</p>')).toBeNull();
  });

  it('is named by its logo when its copyright notice names the same, though the <title> adds no name', () => {
    const logo = '<a href="/"><img src="/img/logo.gif" alt="HarbourDigest.com"></a>';
    const notice = '<div>Copyright &copy; 1994 - 2026 HarbourDigest.com. All rights reserved. <a href="/privacy">Privacy Policy</a></div>';
    expect(siteNameOfPage('Ferry fares to rise in spring | General News 2026-12-01', logo, notice)).toBe('HarbourDigest.com');
    expect(siteNameOfPage('Ferry fares to rise in spring | General News 2026-12-01', logo, '<div>Copyright &copy; 2026 Harbour Media Group</div>')).toBeNull();
    expect(siteNameOfPage('Ferry fares to rise in spring | General News 2026-12-01', '<a href="/">Home</a>', notice)).toBeNull();
  });

  it('is named by its copyright notice\'s spelling when its logo sets the same name in capitals (rule "logo in capitals")', () => {
    const notice = '<div id="footer">© 2008-2026 Кропивницький Інфо. Всі права захищені.</div>';
    expect(siteNameOfPage('Кропивницький :: У центрі міста горів будинок', '<a href="/" class="logo">КРОПИВНИЦЬКИЙ ІНФО</a>', notice)).toBe('Кропивницький Інфо');
    expect(siteNameOfPage('Ferry fares to rise | General News', '<a href="/" class="logo">HARBOUR DIGEST</a>', '<div>© 2026 Harbour Digest. All rights reserved.</div>')).toBe('Harbour Digest');
    // Capitals of another name, or a notice in capitals itself, say nothing new.
    expect(siteNameOfPage('Кропивницький :: У центрі міста горів будинок', '<a href="/" class="logo">ОБЛАСНІ НОВИНИ</a>', notice)).toBeNull();
  });

  it('is named by its logo when its copyright notice follows the holder with a sentence on the company, and keeps an abbreviation\'s dot (rule "holder\'s own sentence")', () => {
    const logo = '<a href="/"><img src="/img/logo.svg" alt="The Harbour Post"></a>';
    expect(siteNameOfPage('Ferry fares to rise in spring', logo, '<p>© 2026 The Harbour Post. Harbour Post Media DAC, registered in Ireland.</p>')).toBe('The Harbour Post');
    const abbreviated = '<a href="/"><img src="/img/logo.svg" alt="Harbour Co. Ltd"></a>';
    expect(siteNameOfPage('Ferry fares to rise in spring', abbreviated, '<p>© 2026 Harbour Co. Ltd</p>')).toBe('Harbour Co. Ltd');
  });

  it('is named by its logo when its copyright notice names the same before the year and a rights line in another language', () => {
    const logo = '<a class="logo" href="/"><img src="/img/logo.svg" alt="Le Courrier du Val"></a>';
    expect(siteNameOfPage('Canicule : vigilance orange', logo, '<p>© Le Courrier du Val 2025 – Tous droits réservés</p>')).toBe('Le Courrier du Val');
    expect(siteNameOfPage('Hitzewelle im Tal', logo.replace('Le Courrier du Val', 'Talbote'), '<p>© 2025 Talbote. Alle Rechte vorbehalten.</p>')).toBe('Talbote');
  });

  it('is named by its logo when an Arabic notice names the same after the mark and the year and reserves the rights after it (rule "Arabic rights after the holder")', () => {
    const logo = '<a class="brand" href="/"><img src="/images/logo.png" alt=""><span class="site-title">دجلة الثقافية</span></a>';
    expect(siteNameOfPage('رواية جديدة عن شيراز', logo, '<p>&copy; 2026 دجلة الثقافية - جميع الحقوق محفوظة</p>')).toBe('دجلة الثقافية');
    expect(siteNameOfPage('رواية جديدة عن شيراز', logo, '<p>&copy; ۲۰۲۶ دجلة الثقافية، حقوق النشر محفوظة</p>')).toBe('دجلة الثقافية');
    // A notice whose holder is the publishing group names no site by the logo.
    expect(siteNameOfPage('رواية جديدة عن شيراز', logo, '<p>&copy; 2026 مجموعة الرافدين للإعلام - جميع الحقوق محفوظة</p>')).toBeNull();
  });

  it('is named by the holder of its copyright notice that spells its domain, though neither the <title> nor the logo names it (rules "domain named in the copyright", "holder before the mark")', () => {
    const siteNameAt = (footer: string, url: string) => extract(page('Ferry fares to rise in spring', '<a href="/"><img src="/logo.png" alt=""></a>', footer), { url, now: new Date('2026-12-01T00:00:00Z') }).siteName;
    expect(siteNameAt('<p>© 2026 Harbour Courier. All rights reserved.</p>', 'https://www.harbourcourier.example/news/1')).toBe('Harbour Courier');
    expect(siteNameAt('<p>&copy; Harbour Courier, 2026.</p>', 'https://harbourcourier.example/news/1')).toBe('Harbour Courier');
    expect(siteNameAt('<p>© 2026 Harbour Courier - Coastal Media Group Ltd</p>', 'https://harbourcourier.example/news/1')).toBe('Harbour Courier');
    expect(siteNameAt('<p>Harbour Courier © 2026. All rights reserved.</p>', 'https://harbourcourier.example/news/1')).toBe('Harbour Courier');
    expect(siteNameAt('<p><a href="/">Harbour Courier</a> &copy; 2026</p>', 'https://harbourcourier.example/news/1')).toBe('Harbour Courier');
    // The publishing company's notice names no site, nor does any notice on a page read without its address.
    expect(siteNameAt('<p>© 2026 Coastal Media Group</p>', 'https://harbourcourier.example/news/1')).toBeNull();
    expect(siteNameAt('<p>Harbour Courier at dawn © Jane Roe</p>', 'https://harbourcourier.example/news/1')).toBeNull();
    expect(siteNameOfPage('Ferry fares to rise in spring', '', '<p>© 2026 Harbour Courier</p>')).toBeNull();
  });

  it('is named by its logo, a link home whose text or picture spells its domain, with no title affix or notice to confirm it (rule "logo spelling the domain")', () => {
    const siteNameAt = (logo: string, url: string) => extract(page('Ferry fares to rise in spring', logo), { url, now: new Date('2026-12-01T00:00:00Z') }).siteName;
    expect(siteNameAt('<a href="/" class="logo">The Harbour Courier</a>', 'https://www.harbourcourier.example/news/1')).toBe('The Harbour Courier');
    expect(siteNameAt('<a href="/"><img src="/logo.png" alt="Harbour Courier logo"></a>', 'https://harbourcourier.example/news/1')).toBe('Harbour Courier');
    // A link home named otherwise, or one away from home, names no site.
    expect(siteNameAt('<a href="/">Home</a>', 'https://harbourcourier.example/news/1')).toBeNull();
    expect(siteNameAt('<a href="/">Coastal Media Group</a>', 'https://harbourcourier.example/news/1')).toBeNull();
    expect(siteNameAt('<a href="/news/">Harbour Courier</a>', 'https://harbourcourier.example/news/1')).toBeNull();
  });

  it('is named by the words its <title> adds to the headline when they spell its domain, and not by a section or a line about it', () => {
    const siteNameAt = (title: string, url: string) => extract(page(title, ''), { url, now: new Date('2026-12-01T00:00:00Z') }).siteName;
    expect(siteNameAt('Ferry fares to rise in spring – The Harbour Courier', 'https://www.harbourcourier.example/news/1')).toBe('The Harbour Courier');
    expect(siteNameAt('Ferry fares to rise in spring - News - Coast News', 'https://coastnews.example/a/1')).toBe('Coast News');
    expect(siteNameAt('Ferry fares to rise in spring › Meedia', 'https://meedia.example/a/1')).toBe('Meedia');
    expect(siteNameAt('Ferry fares to rise in spring | Markets', 'https://harbourcourier.example/a/1')).toBeNull();
    expect(siteNameAt('Ferry fares to rise in spring - Recipe from Harbourcourier.example', 'https://harbourcourier.example/a/1')).toBeNull();
  });

  it('is named by the outermost words its <title> adds after the headline when they name a website, a newspaper or a news service (rule "publication named in the title")', () => {
    const siteNameOf = (documentTitle: string, headline: string) => extract(`<html><head><title>${documentTitle}</title></head><body><h1>${headline}</h1>
      <p>会议部署进一步做好冬季安全生产工作，要求各地区各部门压实责任，加强隐患排查整治，切实保障人民群众生命财产安全。</p></body></html>`,
    { url: 'https://www.gov.example.cn/2026-12/03/content_1.htm', now: new Date('2026-12-04T00:00:00Z') }).siteName;
    expect(siteNameOf('国务院部署冬季安全生产工作_滚动新闻_中国政府网', '国务院部署冬季安全生产工作')).toBe('中国政府网');
    expect(siteNameOf('冬の交通安全運動始まる：東洋経済新聞', '冬の交通安全運動始まる')).toBe('東洋経済新聞');
    expect(siteNameOf('겨울철 안전점검 시작 - 한빛일보', '겨울철 안전점검 시작')).toBe('한빛일보');
    expect(siteNameOf('国务院部署冬季安全生产工作_新闻', '国务院部署冬季安全生产工作')).toBeNull();
  });

  it('is named by the words its <title> adds after the headline behind a full-width dash (rule "full-width separator at the edge")', () => {
    const siteNameOf = (documentTitle: string, headline: string) => extract(`<html><head><title>${documentTitle}</title></head><body><h1>${headline}</h1>
      <p>１２月４日中午，社区食堂里已经坐满了前来就餐的老人。区民政局负责人介绍，社区食堂由街道提供场地、引入餐饮企业运营。</p></body></html>`,
    { url: 'http://www.donggang.example/shms/202612/t20261205_1.html', now: new Date('2026-12-08T00:00:00Z') }).siteName;
    expect(siteNameOf('社区食堂开到第３０家－东港新闻网', '社区食堂开到第３０家')).toBe('东港新闻网');
    expect(siteNameOf('社区食堂开到第３０家－海滨街道', '社区食堂开到第３０家')).toBeNull();
  });

  it('keeps the writer\'s byline when the title and the copyright notice name the writer, as on a personal site', () => {
    const record = recordOf('Ferry fares to rise in spring | Tom Reyes', '', '<p>© 2026 Tom Reyes</p>');
    expect(record.siteName).toBe('Tom Reyes');
    expect(record.authors).toEqual(['Tom Reyes']);
  });
});

describe('rule "regional edition\'s name"', () => {
  const page = (siteName: string, documentTitle: string) => `<html lang="en"><head><title>${documentTitle}</title>
    <meta property="og:site_name" content="${siteName}"><meta property="og:title" content="Alberta expands rural paramedic program"></head>
    <body><article><h1>Alberta expands rural paramedic program</h1><p>Alberta will expand a program that puts paramedics in rural fire halls after a pilot in three counties cut response times.</p></article></body></html>`;

  it('reads the whole name the title adds where the site declares only its region, the name\'s last word', () => {
    expect(extract(page('Calgary', 'Alberta expands rural paramedic program | CFRA News Calgary'), { url: null }).siteName).toBe('CFRA News Calgary');
  });

  it('keeps the declared name beside a part of the title that is a section or slogan with it', () => {
    expect(extract(page('eHow', 'Alberta expands rural paramedic program (with Pictures) | eHow'), { url: null }).siteName).toBe('eHow');
    expect(extract(page('Medium', 'Alberta expands rural paramedic program | Backchannel — Medium'), { url: null }).siteName).toBe('Medium');
    expect(extract(page('Calgary', 'Calgary news: Alberta expands rural paramedic program'), { url: null }).siteName).toBe('Calgary');
    expect(extract(page('Calgary', 'Alberta expands rural paramedic program @ Calgary'), { url: null }).siteName).toBe('Calgary');
  });
});
