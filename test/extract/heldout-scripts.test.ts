/**
 * Held-out robustness, Arabic, right-to-left and non-Latin scripts: realistic article pages written by hand after
 * widespread Arabic-language templates (Egyptian, Gulf, Levantine and Maghreb dailies, a Next.js site, BBC- and Sky
 * News-style layouts, legacy pages in ISO-8859-6 and windows-1256) and news pages in Urdu, Hebrew, Chinese, Japanese,
 * Korean and Russian, in the legacy charsets those sites still serve. Each test states the record a reader expects,
 * field by field.
 */
import { heldoutPageReader, paragraphs, imageUrls } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout');

describe('Egyptian daily (Masrawy-like): "كتب-" byline joined by a dash, date with the Arabic PM marker, inline read-also', () => {
  const record = extractPage('ar-masrawy-like', 'https://www.masrawy-alyoum.example/news/news_egypt/details/2023/3/12/2391044/');

  it('reads the writer without the dash-joined label, the afternoon time, language and tags', () => {
    expect(record.title).toBe('وزير النقل يعلن موعد تشغيل المرحلة الثالثة من المونوريل');
    expect(record.authors).toEqual(['محمود سعيد']);
    // No zone is declared; the story opens in Cairo, so the time is read on Egypt's clock (rule "the story's country").
    expect(record.publishedAt).toBe('2023-03-12T15:15:00+02:00');
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
    expect(record.tags).toEqual(['وزير النقل', 'المونوريل', 'العاصمة الإدارية']);
  });

  it('reads the lead picture\'s caption without the dash before the photographer\'s credit', () => {
    expect(record.leadImage).toEqual({
      url: 'https://images.masrawy-alyoum.example/2023/3/12/monorail-3.jpg', caption: 'قطار المونوريل خلال التشغيل التجريبي',
      alt: 'قطار المونوريل', credit: 'تصوير: أحمد جمعة',
    });
    expect(imageUrls(record)).toEqual(['https://images.masrawy-alyoum.example/2023/3/12/monorail-3.jpg']);
  });

  it('reads the five paragraphs without the read-also plugs, the tag list, the newsletter or the related rail', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(5);
    expect(body[0]).toMatch(/^أعلن وزير النقل، اليوم الأحد/);
    expect(body[4]).toMatch(/يبلغ 96 كيلومترا\.$/);
    expect(record.body).not.toMatch(/اقرأ أيضا|القطار الكهربائي الخفيف|الوسوم|النشرة البريدية|مواعيد تشغيل المترو|ملفات تعريف الارتباط/);
  });
});

describe('Gulf daily: Hijri and Gregorian dates in one line, author box with the writer\'s beat, comment thread', () => {
  const record = extractPage('ar-gulf-hijri', 'https://www.alwaha-daily.example/local/2207745');

  it('reads the Gregorian day, and the writer without the description in the author box', () => {
    expect(record.title).toBe('أمانة الرياض تطلق مشروعا لزراعة مليون شجرة في الأحياء الشرقية');
    expect(record.authors).toEqual(['فهد العتيبي']);
    expect(record.publishedAt?.slice(0, 10)).toBe('2023-03-12');
    expect(record.language).toBe('ar');
    expect(record.counters.views).toBe(2315);
  });

  it('reads the picture\'s caption and the credit set in brackets after it', () => {
    expect(record.leadImage).toMatchObject({ caption: 'عمال يزرعون أشجارا على طريق الملك عبدالله', credit: 'تصوير: عبدالعزيز الدوسري' });
  });

  it('reads the four paragraphs without the tools, the author box, the comments or the most-read list', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^أطلقت أمانة منطقة الرياض، أمس/);
    expect(record.body).not.toMatch(/طباعة|محرر في قسم|حي الملز|حساب المواطن/);
  });
});

describe('Lebanese site: Levantine month names, a "·" between the byline and the date, the agency credited at the end', () => {
  const record = extractPage('ar-levant', 'https://alshurfa-news.example/economy/2023/03/14/bdl-161');

  it('reads the writer and not the weekday of the date that shares her line', () => {
    expect(record.title).toBe('مصرف لبنان يمدد العمل بالتعميم 161 حتى نهاية نيسان');
    expect(record.authors).toEqual(['رنا حداد']);
    expect(record.publishedAt).toBe('2023-03-14T10:45:00+02:00');
    expect(record.section).toBe('اقتصاد');
    expect(record.tags).toEqual(['مصرف لبنان', 'الدولار', 'صيرفة']);
    expect(record.wireSource).toBe('NNA');
  });

  it('reads the four paragraphs without the source line, the cookie notice, the exchange-rate ticker or related cards', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[3]).toMatch(/مطلع آذار\.$/);
    expect(record.body).not.toMatch(/المصدر|الكوكيز|السوق الموازية: 100,000|المحروقات|ربطة الخبز/);
  });
});

describe('Algerian WordPress page: Maghreb month names, the desk\'s initials as byline, the agency\'s initials closing the story', () => {
  const record = extractPage('ar-maghreb', 'https://elfadjr-jadid.example/2023/08/27/sonelgaz-adrar/');

  it('reads the date with "أوت", the category and tags, and the agency from the closing "(وأج)"', () => {
    expect(record.title).toBe('سونلغاز تطلق محطة شمسية جديدة بولاية أدرار');
    expect(record.publishedAt).toBe('2023-08-27T18:30:00+01:00');
    expect(record.language).toBe('ar-DZ');
    expect(record.direction).toBe('rtl');
    expect(record.section).toBe('اقتصاد');
    expect(record.tags).toEqual(['سونلغاز', 'أدرار', 'الطاقة الشمسية']);
    expect(record.wireSource).toBe('APS');
  });

  it('reads the date from the post\'s meta line without the URL, not from the reader comment\'s <time>', () => {
    expect(extractPage('ar-maghreb').publishedAt).toBe('2023-08-27T18:30:00+01:00');
  });

  it('reads the four paragraphs without the credit, the post navigation, the comment or the recent-posts widget', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[3]).toMatch(/في آفاق 2035\.$/);
    expect(record.body).not.toMatch(/وأج|المقال السابق|خطوة مهمة|تنزانيا/);
  });
});

describe('Next.js Arabic site: the server renders the first paragraph, the story is in __NEXT_DATA__', () => {
  const record = extractPage('ar-nextjs', 'https://madar-platform.example/economy/jordan-fertilizer-exports-q1');

  it('reads the metadata from the JSON-LD', () => {
    expect(record.title).toBe('ارتفاع صادرات الأردن من الأسمدة بنسبة 18%');
    expect(record.authors).toEqual(['ليلى الخطيب']);
    expect(record.publishedAt).toBe('2024-04-21T08:05:00+00:00');
    expect(record.language).toBe('ar');
    expect(record.section).toBe('اقتصاد');
    expect(record.tags).toEqual(['الأردن', 'الأسمدة', 'الصادرات']);
    expect(imageUrls(record)).toEqual(['https://cdn.madar-platform.example/images/2024/04/fertilizer-port.webp']);
  });

  it('reads the four paragraphs of the story from the page data, not the related story\'s', () => {
    expect(record.extraction.method).toBe('fallback:page-data');
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^ارتفعت صادرات الأردن من الأسمدة/);
    expect(body[3]).toMatch(/عند مستوياتها السابقة\.$/);
    expect(record.body).not.toMatch(/البنك المركزي/);
  });
});

describe('BBC-Arabic-like page: the date shown under the byline, hidden labels in the picture boxes, suggested stories', () => {
  const record = extractPage('ar-bbc-like', 'https://www.bbc.example/arabic/articles/c4n7z9e1x2ko');

  it('reads title without the site name, the JSON-LD date, and the writer from the labelled byline list, not its role', () => {
    expect(record.title).toBe('ما هي الأسباب وراء موجة الجفاف في المغرب؟');
    expect(record.publishedAt).toBe('2024-02-03T07:12:41+00:00');
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
    expect(record.authors).toEqual(['سامي الحسني']);
  });

  it('reads the six paragraphs without the date stamp, the suggested stories, top stories or the most-read list', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(6);
    expect(body[0]).toBe('يعيش المغرب عامه السادس على التوالي من الجفاف، في أزمة تقول السلطات إنها الأسوأ منذ أربعة عقود.');
    expect(body[5]).toMatch(/يتجاوز الأرقام الاقتصادية\.$/);
    expect(record.body).not.toMatch(/3 فبراير\/ شباط|قصص مقترحة|تونس مع شح المياه|قمة عربية|أطول أنهار|الكوكيز/);
  });

  it('reads both pictures with their captions, without the hidden labels, the lead picture too', () => {
    expect(record.leadImage?.caption).toBe('تراجعت نسبة ملء السدود إلى أقل من ربع طاقتها');
    expect(record.images.map((image) => [image.url, image.caption])).toEqual([
      ['https://ichef.bbci.example/news/800/cpsprodpb/1A2B/production/_128934_dam.jpg', 'تراجعت نسبة ملء السدود إلى أقل من ربع طاقتها'],
      ['https://ichef.bbci.example/news/800/cpsprodpb/3C4D/production/_128935_farmer.jpg', 'يعتمد ملايين المغاربة على الزراعة البعلية'],
    ]);
  });
});

describe('Urdu daily: "رپورٹ:" byline running into an "اپ ڈیٹ" date with Urdu month names', () => {
  const record = extractPage('ur-news', 'https://urdu.awaz-daily.example/pakistan/2023/07/25/karachi-rain');

  it('reads the reporter without the update label, and the date with its Urdu month name', () => {
    expect(record.title).toBe('کراچی میں بارش کے بعد کئی علاقے زیر آب، بجلی کی فراہمی معطل');
    expect(record.authors).toEqual(['عمران احمد']);
    expect(record.publishedAt).toBe('2023-07-25T21:30:00+00:00');
    expect(record.language).toBe('ur');
    expect(record.direction).toBe('rtl');
    expect(record.tags).toEqual(['کراچی', 'بارش', 'کے الیکٹرک']);
  });

  it('reads the picture between the byline row and the text, its caption and the photo credit after the dash', () => {
    expect(record.leadImage).toMatchObject({ caption: 'شاہراہ فیصل پر بارش کا پانی جمع ہے', credit: 'فوٹو: آن لائن' });
    expect(imageUrls(record)).toEqual(['https://urdu.awaz-daily.example/assets/uploads/2023/07/karachi-rain.jpg']);
  });

  it('reads the date from the page itself, without the URL', () => {
    expect(extractPage('ur-news').publishedAt).toBe('2023-07-25T21:30:00+00:00');
  });

  it('reads the four paragraphs without the byline row, the tags or the related list', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^کراچی میں منگل کی شام/);
    expect(record.body).not.toMatch(/رپورٹ|اپ ڈیٹ|ٹیگز|لاہور میں بھی/);
  });
});

describe('Hebrew regional site in windows-1255: "מאת" byline and "פורסם" date in one line, talkbacks', () => {
  const record = extractPage('he-news', 'https://www.hadashot-hatzafon.example/local/article/88120', 'windows-1255');

  it('decodes the declared charset and reads the writer without the "by" label or the "published" label', () => {
    expect(record.extraction.charset).toBe('windows-1255');
    expect(record.title).toBe('עיריית חיפה תפתח שלושה קווי אוטובוס חדשים בספטמבר');
    expect(record.authors).toEqual(['נועה לוי']);
    expect(record.publishedAt).toBe('2023-08-21T14:20:00+03:00');
    expect(record.language).toBe('he');
    expect(record.direction).toBe('rtl');
  });

  it('reads the four paragraphs without the talkbacks or the most-read list', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^עיריית חיפה הודיעה היום/);
    expect(record.body).not.toMatch(/סוף סוף|קו 37|גל חום/);
  });
});

describe('Chinese local news page in GB2312: "作者：" with two writers set apart by a space, "来源：" source', () => {
  const record = extractPage('zh-gb2312', 'http://www.jiangnan-daily.example/news/local/2023/0312/1245.html', 'gbk');

  it('reads both writers as two people, the date and the keywords', () => {
    expect(record.extraction.charset).toBe('gbk');
    expect(record.title).toBe('我省今年将新建500个乡村快递服务站');
    expect(record.authors).toEqual(['王丽', '李强']);
    expect(record.publishedAt).toBe('2023-03-12T10:45:00+08:00');
    expect(record.language).toBe('zh');
    expect(record.tags).toEqual(['快递', '乡村', '物流']);
  });

  it('reads the story and its picture without the editor line, share links, related news or the ranking', () => {
    expect(record.body).toMatch(/^本报讯（记者 王丽 李强）/);
    expect(record.body).not.toMatch(/责任编辑|分享到|春耕备耕|招聘会/);
    expect(imageUrls(record)).toEqual(['http://www.jiangnan-daily.example/uploads/2023/03/12/kuaidi.jpg']);
  });
});

describe('Korean local paper in EUC-KR: "김민수 기자" byline with the role after the name, sign-off and copyright line in the text', () => {
  const record = extractPage('ko-euckr', 'http://www.namhae-ilbo.example/news/articleView.html?idxno=123456', 'euc-kr');

  it('reads the reporter without the role, the input time, the section, language and the hashtag keywords', () => {
    expect(record.tags).toEqual(['해상풍력', '부산시', '신재생에너지']);
    expect(record.extraction.charset).toBe('euc-kr');
    expect(record.title).toBe('부산시, 2030년까지 해상 풍력단지 3곳 조성');
    expect(record.authors).toEqual(['김민수']);
    expect(record.publishedAt).toBe('2023-05-16T14:32:00+09:00');
    expect(record.language).toBe('ko');
    expect(record.section).toBe('경제');
  });

  it('reads the four paragraphs without the reporter\'s sign-off, the copyright line, related articles or comments', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[3]).toMatch(/고 말했다\.$/);
    expect(record.body).not.toMatch(/minsu@|저작권자|울산 부유식|기대됩니다|아파트값/);
    expect(record.leadImage).toMatchObject({ url: 'http://www.namhae-ilbo.example/news/photo/202305/123456_78901_1234.jpg', caption: '부산 앞바다 해상 풍력단지 조감도. [부산시 제공]' });
  });
});

describe('Sky-News-Arabia-like page: "نشر في / آخر تحديث" stamps with the city\'s time, summary bullets, an embedded read-also card', () => {
  const record = extractPage('ar-skynews-like', 'https://www.skynews-mashreq.example/technology/1668842');

  it('reads the JSON-LD date with its offset, no organization as author, and the tags', () => {
    expect(record.title).toBe('الإمارات تطلق قمرا صناعيا لرصد المناخ');
    expect(record.publishedAt).toBe('2023-11-05T09:48:00+04:00');
    expect(record.authors).toEqual([]);
    expect(record.language).toBe('ar');
    expect(record.tags).toEqual(['الإمارات', 'الفضاء', 'التغير المناخي', 'كوب 28']);
  });

  it('reads the picture with its credit, and the four paragraphs without the embedded card, breaking bar or more stories', () => {
    expect(record.leadImage).toMatchObject({ caption: 'صورة تعبيرية لقمر صناعي في مداره', credit: 'مصدر الصورة: رويترز' });
    expect(imageUrls(record)).toEqual(['https://images.skynews-mashreq.example/images/v2/2023/11/05/1668842/800/450/1-1668842.jpg']);
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^أطلقت دولة الإمارات، الأحد/);
    expect(record.body).not.toMatch(/اقرأ أيضاً|مسبار الأمل|الرئيس الفرنسي|أرتميس/);
  });
});

describe('Legacy news-agency table page in ISO-8859-6 with no declared charset: "Agency - Headline" document title', () => {
  const record = extractPage('ar-iso88596', 'http://www.wafa-nat.example/news.asp?id=20315', 'iso-8859-6');

  it('reads the headline, the side of the document title that the page prints in its bold title cell', () => {
    expect(record.title).toBe('افتتاح معرض الكتاب الدولي بمشاركة ثلاثمئة دار نشر');
  });

  it('detects the charset from the bytes and reads the dateline, keywords and language', () => {
    expect(record.extraction.charset).toBe('iso-8859-6');
    expect(record.extraction.charsetSource).toBe('detected');
    expect(record.publishedAt).toBe('2008-11-05T12:40:00+00:00');
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
    expect(record.tags).toEqual(['معرض الكتاب', 'ثقافة', 'دور النشر']);
    expect(imageUrls(record)).toEqual(['http://www.wafa-nat.example/photos/2008/11/book_fair.jpg']);
  });

  it('reads the story without the latest-news column, the poll, the tools row or the footer', () => {
    expect(record.body).toMatch(/افتتح وزير الثقافة مساء امس/);
    expect(record.body).toMatch(/من وسط المدينة\.$/);
    expect(record.body).not.toMatch(/وفدا اقتصاديا|استطلاع الرأي|نسخة للطباعة|جميع الحقوق/);
  });
});

describe('Arabic forum-style news page in windows-1256 declared as ISO-8859-1: labelled meta row, visitors\' comments', () => {
  const record = extractPage('ar-1256-misdeclared', 'http://www.khaleej-forum.example/news/1207', 'windows-1256');

  it('decodes the bytes as windows-1256 despite the declaration, and reads the writer and the date from the meta row', () => {
    expect(record.extraction.charset).toBe('windows-1256');
    expect(record.title).toBe('ارتفاع أسعار الذهب في الأسواق المحلية للأسبوع الثالث');
    expect(record.authors).toEqual(['خالد المري']);
    expect(record.publishedAt).toBe('2011-06-12T00:00:00+00:00');
    expect(record.language).toBe('ar');
  });

  it('reads the four line-broken paragraphs without the comments, the comment form or similar news', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^ارتفعت أسعار الذهب في الأسواق المحلية/);
    expect(record.body).not.toMatch(/أم سعيد|الاسم:|استقرار أسعار الفضة/);
  });
});

describe('Palestinian site with Arabic-Indic digits in the date, the view counter and the text', () => {
  const record = extractPage('ar-indic-digits', 'https://anbaa-alwatan.example/local/2023/03/14/nablus-water');

  it('reads the date and the time written in Arabic-Indic digits, and the view counter with its Arabic thousands separator', () => {
    // No zone is declared; the story names Nablus, so the time is read on Palestine's clock (rule "the story's country").
    expect(record.publishedAt).toBe('2023-03-14T10:45:00+02:00');
    expect(record.publishedAtRaw).toBe('تاريخ النشر: الثلاثاء ١٤/٠٣/٢٠٢٣ - ١٠:٤٥ ص');
    expect(record.counters.views).toBe(3456);
    expect(record.authors).toEqual([]);
    expect(record.tags).toEqual(['نابلس', 'المياه', 'البلدة القديمة']);
  });

  it('reads the picture with the credit in brackets, and the four paragraphs without the related news or the comment box', () => {
    expect(record.leadImage).toMatchObject({ caption: 'أعمال الحفر في أحد أزقة البلدة القديمة', credit: 'تصوير: محمد عمر' });
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toContain('٢٫٥ مليون يورو');
    expect(record.body).not.toMatch(/جنين|طولكرم|كن أول من يعلق/);
  });
});

describe('Breaking-news page dated only "منذ ساعتين", with a latest-news rail of other relative dates', () => {
  const record = extractPage('ar-relative-date', 'https://nabd-alsaa.example/n/55131');

  it('reads the article\'s relative date against the clock, and the views in Arabic-Indic digits', () => {
    expect(record.publishedAt).toBe('2026-11-29T10:00:00+00:00');
    expect(record.counters.views).toBe(890);
    expect(record.authors).toEqual([]);
    expect(record.title).toBe('زلزال بقوة 5.2 درجة يضرب جنوب تركيا');
  });

  it('reads the three paragraphs without the latest-news rail', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(3);
    expect(record.body).not.toMatch(/أوبك|هدنة إنسانية|القمة الخليجية/);
  });
});

describe('Japanese regional paper in Shift_JIS: date in 年月日 時分, photo credit in the caption, related articles', () => {
  const record = extractPage('ja-sjis', 'https://www.kitanihon-shimpo.example/news/society/20230118-snow.html', 'shift_jis');

  it('decodes the declared charset and reads title, date and language', () => {
    expect(record.extraction.charset).toBe('shift_jis');
    expect(record.title).toMatch(/^北海道で記録的な大雪\s新千歳空港で２００便欠航$/);
    expect(record.publishedAt).toBe('2023-01-18T19:45:00+09:00');
    expect(record.language).toBe('ja');
    expect(record.authors).toEqual([]);
  });

  it('reads the four paragraphs and the captioned picture, without related articles or the ranking', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^北海道は１８日/);
    expect(record.body).not.toMatch(/関連記事|氷点下１５度|アクセスランキング|Copyright/);
    expect(record.leadImage?.caption).toMatch(/^大雪で欠航が相次ぎ/);
  });
});

describe('Russian regional site in windows-1251: Bitrix news-detail template, "Читайте также" inside the text', () => {
  const record = extractPage('ru-1251', 'https://volzhskie-vesti.example/society/2023/03/12/metro/', 'windows-1251');

  it('decodes the declared charset and reads the writer, the Russian date, the tags and the views', () => {
    expect(record.extraction.charset).toBe('windows-1251');
    expect(record.title).toBe('В Казани открыли первую в регионе станцию метро за десять лет');
    expect(record.authors).toEqual(['Ирина Соколова']);
    expect(record.publishedAt).toBe('2023-03-12T10:45:00+00:00');
    expect(record.language).toBe('ru');
    expect(record.tags).toEqual(['метро', 'Казань', 'транспорт']);
    expect(record.counters.views).toBe(1204);
  });

  it('reads the four paragraphs without the read-also line, the weather or other news', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(record.body).not.toMatch(/Читайте также|трамвайный|Казань \+3|Синоптики/);
  });
});

describe('Hindi daily: "रिपोर्ट:" byline running into an "अपडेटेड:" date with a Hindi month name, "ये भी पढ़ें" plug', () => {
  const record = extractPage('hi-news', 'https://www.navbharat-dainik.example/madhya-pradesh/indore/metro-trial');

  it('reads the reporter without the label or the update stamp, and the date in Indian time', () => {
    expect(record.title).toBe('इंदौर में मेट्रो का ट्रायल रन सफल, अगले साल से शुरू होगी सेवा');
    expect(record.authors).toEqual(['राहुल शर्मा']);
    expect(record.publishedAt).toBe('2023-09-15T18:40:00+05:30');
    expect(record.language).toBe('hi');
    expect(record.tags).toEqual(['इंदौर मेट्रो', 'इंदौर']);
  });

  it('reads the caption without the photo credit, and the four paragraphs without the read-also plug or related news', () => {
    expect(record.leadImage).toMatchObject({ caption: 'ट्रायल रन के दौरान मेट्रो कोच।', credit: 'फोटो: नवभारत' });
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(record.body).not.toMatch(/ये भी पढ़ें|भोपाल मेट्रो|महाकाल/);
  });
});

describe('Greek WordPress page: "Του" byline with the name in the genitive, read-also plug in the text', () => {
  const record = extractPage('el-news', 'https://www.kathimerini-notou.example/ellada/tram-peiraias/');

  it('reads the writer without the "of" that opens Greek bylines, the date, section and tags', () => {
    expect(record.title).toBe('Νέα γραμμή τραμ στον Πειραιά από τον Σεπτέμβριο');
    expect(record.authors).toEqual(['Γιώργου Παπαδόπουλου']);
    expect(record.publishedAt).toBe('2023-06-20T09:15:00+03:00');
    expect(record.language).toBe('el');
    expect(record.section).toBe('Ελλάδα');
    expect(record.tags).toEqual(['Τραμ', 'Πειραιάς']);
  });

  it('reads the four paragraphs without the read-also plug or the comments', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(record.body).not.toMatch(/Διαβάστε επίσης|Θεσσαλονίκης|Επιτέλους/);
  });
});

describe('Thai news page: "โดย" byline, Thai abbreviated month and Buddhist-Era year, read counter', () => {
  const record = extractPage('th-news', 'https://www.khaosod-wannee.example/bangkok/news_12399');

  it('reads the writer without "by", the Buddhist-Era date as Gregorian, the views and the tags', () => {
    expect(record.title).toBe('กทม.เปิดทางจักรยานเลียบคลองแห่งใหม่ ระยะทาง 12 กิโลเมตร');
    expect(record.authors).toEqual(['สมชาย ใจดี']);
    expect(record.publishedAt).toBe('2023-09-15T10:45:00+07:00');
    expect(record.language).toBe('th');
    expect(record.counters.views).toBe(2481);
    expect(record.tags).toEqual(['จักรยาน', 'กทม']);
  });

  it('reads the four paragraphs without the related-news plug or list', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(record.body).not.toMatch(/อ่านข่าวที่เกี่ยวข้อง|ปลูกต้นไม้|สายสีชมพู/);
  });
});

describe('Persian news-agency page (ISNA-like): "خبرنگار:" in the meta list, Jalali date, "انتهای پیام/" closing mark', () => {
  const record = extractPage('fa-isna-like', 'https://www.parsnegar.example/news/1401122405/');

  it('reads the reporter, the Jalali date and the keywords', () => {
    expect(record.title).toBe('افزایش ۲۰ درصدی صادرات زعفران در سال ۱۴۰۱');
    expect(record.authors).toEqual(['مریم احمدی']);
    expect(record.publishedAt).toBe('2023-03-15T11:20:00+03:30');
    expect(record.language).toBe('fa');
    expect(record.direction).toBe('rtl');
    expect(record.tags).toEqual(['زعفران', 'صادرات', 'خراسان رضوی']);
  });

  it('reads the caption and the photo credit, and the story without the closing mark, related news or comments', () => {
    expect(record.leadImage).toMatchObject({ caption: 'برداشت زعفران در تربت حیدریه', credit: 'عکس: علی رضایی' });
    expect(paragraphs(record).at(-1)).toMatch(/با چالش جدی روبه‌رو خواهد کرد\.$/);
    expect(record.body).not.toMatch(/انتهای پیام|قیمت زعفران در بازار|نظری ثبت/);
  });
});
