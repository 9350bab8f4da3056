/**
 * Held-out robustness: realistic article pages written by hand after widespread templates (WordPress news themes,
 * Blogger, Drupal, Ghost, Substack, Arc-, Brightspot- and AMP-style newsrooms, legacy table layouts) in the
 * languages the pipeline ingests, each with the chrome real pages carry (cookie banners, related rails with their
 * own bylines and dates, comment threads, most-read lists, author boxes). Each test states the record a reader
 * expects from the page, field by field.
 */
import { extract } from '../../lambdas/extract';
import { heldoutPageReader, paragraphs, imageUrls, HELDOUT_NOW } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout');

describe('Blogger post (Italian): date in the hAtom <abbr title>, byline in the post footer', () => {
  const record = extractPage('it-blogger', 'https://cronachevalle.blogspot.example/2017/01/nevicata-strade-chiuse.html');

  it('reads title, author and the full date the <abbr> keeps in its title, not the clock it shows', () => {
    expect(record.title).toBe('Nevicata record, chiuse tre strade provinciali');
    expect(record.authors).toEqual(['Marco Bellini']);
    expect(record.publishedAt).toBe('2017-01-23T09:41:00+01:00');
    expect(record.language).toBe('it');
    expect(record.direction).toBe('ltr');
  });

  it('reads the line-broken post body and its captioned picture, without comments, pager or sidebar', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^La nevicata di ieri notte/);
    expect(body[3]).toMatch(/fino alla fine dell'emergenza\.$/);
    expect(record.body).not.toMatch(/Costalta la corrente|Post più recente|presepe vivente|Powered by/);
    expect(record.leadImage).toMatchObject({
      url: 'https://blogger.googleusercontent.example/img/b/R29vZ2xl/AVvXsEh/w400-h225/neve-valle.jpg',
      caption: 'La provinciale 24 sommersa dalla neve a Pian del Lago',
    });
    expect(imageUrls(record)).toHaveLength(1);
  });
});

describe('Persian news agency page: Jalali dateline above the headline, masthead date of the day above it', () => {
  const record = extractPage('fa-news', 'https://www.parsno.example/news/8315427/');

  it('reads the article\'s Jalali dateline, not the masthead\'s date of the day', () => {
    expect(record.title).toBe('افتتاح نخستین خط قطار برقی شهری در مشهد');
    expect(record.publishedAt).toBe('2017-01-23T10:30:00+03:30');
    expect(record.publishedAtRaw).toBe('دوشنبه ۴ بهمن ۱۳۹۵ - ۱۰:۳۰');
    expect(record.language).toBe('fa');
    expect(record.direction).toBe('rtl');
    expect(record.authors).toEqual([]);
  });

  it('reads the tags, the picture, the dek and the four paragraphs, without related news, comments or most viewed', () => {
    expect(record.tags).toEqual(['مشهد', 'قطار شهری']);
    expect(imageUrls(record)).toEqual(['https://cdn.parsno.example/d/2017/01/23/4/1234567.jpg']);
    const body = paragraphs(record);
    expect(body).toHaveLength(5);
    expect(body[0]).toBe('نخستین خط قطار برقی شهری مشهد با حضور مسئولان افتتاح شد.');
    expect(body[1]).toMatch(/^به گزارش خبرنگار پارس نو از مشهد/);
    expect(record.body).not.toMatch(/تکمیل ایستگاه|امیدواریم خط دوم|قیمت طلا/);
  });
});

describe('Jannah-themed Arabic WordPress page: Yoast graph, relative dateline, ad slot and tag box in the post', () => {
  const record = extractPage('ar-jannah', 'https://wadi-news.example/2024/03/farmers-plan/');

  it('reads title without the site name, the graph\'s date, the category and the tags', () => {
    expect(record.title).toBe('الحكومة تعلن خطة لدعم صغار المزارعين في الجنوب');
    expect(record.siteName).toBe('شبكة الوادي الإخبارية');
    expect(record.publishedAt).toBe('2024-03-11T07:20:31+00:00');
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
    expect(record.section).toBe('اقتصاد');
    expect(record.tags).toEqual(['الزراعة', 'القمح', 'الجنوب']);
    expect(record.counters).toEqual({ views: 1245, comments: 2 });
  });

  it('keeps the editorial desk out of the authors', () => {
    expect(record.authors).toEqual([]);
  });

  it('reads the featured picture with its caption, and not the banner of the labelled ad slot', () => {
    expect(record.leadImage).toMatchObject({
      url: 'https://wadi-news.example/wp-content/uploads/2024/03/farmers-780x470.jpg',
      caption: 'مزارعون يحصدون القمح في أحد حقول الجنوب - أرشيف',
    });
    expect(imageUrls(record)).toEqual(['https://wadi-news.example/wp-content/uploads/2024/03/farmers-780x470.jpg']);
  });

  it('reads the five paragraphs without the read-also plug, the tag box, related posts, comments, sidebar or cookie notice', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^أعلنت وزارة الزراعة، صباح اليوم الإثنين/);
    expect(body).toHaveLength(5);
    expect(body[4]).toMatch(/الصادرة العام الماضي\.$/);
    expect(record.body).not.toMatch(/إعلان|اقرأ أيضا|ارتفاع أسعار القمح|خطوة ممتازة|عاصفة رملية|ملفات تعريف الارتباط|فريق تحرير/);
  });
});

describe('AMP article (Brazilian Portuguese): amp-img lead picture, amp-ad slot in the body', () => {
  const record = extractPage('pt-amp', 'https://www.folhadosul.example/amp/cotidiano/2023/11/chuvas-emergencia-parana.shtml');

  it('reads title, author, date, language and the visible tags', () => {
    expect(record.title).toBe('Chuvas deixam 12 cidades em situação de emergência no Paraná');
    expect(record.authors).toEqual(['Rafael Moura']);
    expect(record.publishedAt).toBe('2023-11-18T08:30:00-03:00');
    expect(record.language).toBe('pt-BR');
    expect(record.tags).toEqual(['chuvas', 'Paraná', 'Defesa Civil']);
    expect(record.canonicalUrl).toBe('https://www.folhadosul.example/cotidiano/2023/11/chuvas-emergencia-parana.shtml');
  });

  it('reads the amp-img picture with caption and credit', () => {
    expect(record.leadImage).toEqual({
      url: 'https://f.folhadosul.example/img/2023/11/18/chuva-parana-768.jpg', caption: 'Rua alagada em União da Vitória, no sul do estado',
      alt: 'Rua alagada em União da Vitória', credit: 'Divulgação/Defesa Civil',
    });
  });

  it('reads the story without the ad slot\'s placeholder, the read-more plug or the most-read list', () => {
    const body = paragraphs(record);
    expect(body.at(-1)).toMatch(/que desce das cabeceiras\.$/);
    expect(body).toContain('Mais de 4.000 pessoas estão desalojadas, a maioria no sul do estado, onde os rios Iguaçu e Negro seguem acima da cota de alerta. Não há registro de mortes.');
    expect(record.body).not.toMatch(/Publicidade|Leia também|Ciclone deve|Time garante/);
  });
});

describe('Hand-kept table-free small-town page: no metadata but a visible byline and dateline', () => {
  const record = extractPage('en-visible-only', 'https://riversidegazette.example/news/2017/09/school-start-times.html');

  it('reads the headline, the writer from a byline whose second line is her title, and the dateline', () => {
    expect(record.title).toBe('School board approves later start times');
    expect(record.authors).toEqual(['Debra Kline']);
    expect(record.publishedAt).toBe('2017-09-12T19:45:00+00:00');
    expect(record.language).toBe('en');
  });

  it('reads the story without the comments or the headline list', () => {
    const body = paragraphs(record);
    expect(body[0]).toMatch(/^The Riverside school board voted 5-2 Monday night/);
    expect(body).toContain('Superintendent Karen Lowe said the district would hold public meetings in the spring to work out the details of the bus schedule.');
    expect(record.body).not.toMatch(/sleepydad|zombies|County fair|Tigers win|Copyright/);
    expect(record.images).toEqual([]);
  });
});

describe('Moroccan news page (Hespress-like): JSON-LD credits the site, the visible byline names the writer', () => {
  const record = extractPage('ar-hespress-like', 'https://sada.example/2023/10/09/roads/');

  it('reads the writer from the byline, since the declared author is the site named by the title and the logo', () => {
    expect(record.title).toBe('جمعيات تطالب بتسريع إصلاح الطرق القروية قبل فصل الشتاء');
    expect(record.authors).toEqual(['يوسف الإدريسي']);
    expect(record.publishedAt?.slice(0, 10)).toBe('2023-10-09');
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
    expect(record.tags).toEqual(['الطرق', 'الحوز', 'الشتاء']);
  });

  it('reads the four paragraphs without the read-also box, comments, related cards or cookie bar', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^طالبت جمعيات مدنية بإقليم الحوز/);
    expect(record.body).not.toMatch(/اقرأ أيضا|الله يكون في عون|وصول دفعة جديدة|أمطار رعدية|ملفات الارتباط/);
    expect(imageUrls(record)).toEqual(['https://sada.example/wp-content/uploads/2023/10/road-works-800x450.jpg']);
  });
});

describe('the site named by the document title and the logo', () => {
  const page = (title: string, logo: string, author: string) => `<!doctype html><html lang="en"><head><title>${title}</title>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens after repairs","author":{"@type":"Person","name":"${author}"}}</script></head>
    <body><header>${logo}</header><article><h1>Bridge reopens after repairs</h1><p class="byline">By Jane Doe</p>
    <p>The old bridge over the river reopened on Monday after two years of repairs, the council said, and buses will use it again from next week.</p></article></body></html>`;
  const authorsOf = (html: string) => extract(html, { url: 'https://planet.example/news/bridge', now: HELDOUT_NOW }).authors;

  it('is not a writer when the declared author carries its name', () => {
    expect(authorsOf(page('Bridge reopens after repairs - Daily Planet', '<a href="/"><img src="/logo.png" alt="Daily Planet"></a>', 'Daily Planet'))).toEqual(['Jane Doe']);
    expect(authorsOf(page('Daily Planet | Bridge reopens after repairs', '<a href="https://planet.example/">Daily Planet</a>', 'Daily Planet'))).toEqual(['Jane Doe']);
  });

  it('needs the logo too: a columnist the title adds stays the author', () => {
    expect(authorsOf(page('Bridge reopens after repairs - Ann Poe', '<a href="/">Home</a>', 'Ann Poe'))).toEqual(['Ann Poe']);
  });
});

describe('Brightspot-style paywalled page: isAccessibleForFree false, the paywall message after the teaser text', () => {
  const record = extractPage('en-paywall', 'https://mbj.example/energy/inside-the-race-to-build-the-first-commercial-fusion-plant');

  it('reads title, author, date, section and that the page is not free', () => {
    expect(record.title).toBe('Inside the race to build the first commercial fusion plant');
    expect(record.authors).toEqual(['Priya Raman']);
    expect(record.publishedAt).toBe('2023-10-02T06:00:00-04:00');
    expect(record.section).toBe('Energy');
    expect(record.isAccessibleForFree).toBe(false);
  });

  it('ends the body with the story, not the paywall\'s message or its button', () => {
    expect(paragraphs(record).at(-1)).toBe('Still, the money keeps coming. Last month, a group of utilities signed the first agreement to buy fusion power, at a fixed price, from a plant that does not yet exist.');
    expect(record.body).not.toMatch(/subscribers only|subscription options|Sign in|Regional bank merger/);
    expect(imageUrls(record)).toHaveLength(1);
    expect(record.images[0].caption).toBe('The test chamber at one of the startups’ labs near Boston.');
  });
});

describe('Ghost post: primary tag, Koenig image card, membership callout card in the text', () => {
  const record = extractPage('en-ghost', 'https://ridgeline.example/tiny-library-mountain-town/');

  it('reads title, author, date and tags', () => {
    expect(record.title).toBe('How a tiny library kept a mountain town connected');
    expect(record.authors).toEqual(['Nora Quinn']);
    expect(record.publishedAt).toBe('2023-09-21T14:00:00+00:00');
    expect(record.tags).toEqual(['Rural', 'Libraries']);
  });

  it('reads both pictures, in the largest size their srcset offers, with their captions', () => {
    expect(imageUrls(record)).toEqual([
      'https://ridgeline.example/content/images/size/w1000/2023/09/library-porch.jpg',
      'https://ridgeline.example/content/images/size/w1000/2023/09/reading-room.jpg',
    ]);
    expect(record.images[1].caption).toBe('Volunteers sorting mail in the reading room.');
  });

  it('reads the story without the membership appeal, the sign-up footer or the read-more card', () => {
    const body = paragraphs(record);
    expect(body.at(-1)).toMatch(/“We are a place for people\.”$/);
    expect(body).toContain('A post office and a clinic');
    expect(record.body).not.toMatch(/💌|reader-supported|Become a member|Sign up for more|The last ferry/);
  });
});

describe('French regional page with OpenGraph only: byline and dateline in one row under the kicker and the dek', () => {
  const record = extractPage('fr-og-only', 'https://www.courrierdusud.example/economie/greve-controleurs-aeriens-300-vols-annules-marseille-20230320');

  it('reads title, the visible byline and dateline, language and tags', () => {
    expect(record.title).toBe('Grève des contrôleurs aériens : plus de 300 vols annulés à Marseille');
    expect(record.authors).toEqual(['Claire Martin']);
    expect(record.publishedAt).toBe('2023-03-20T10:15:00+00:00');
    expect(record.language).toBe('fr');
    expect(record.tags).toEqual(['Grève', 'Transport aérien', 'Marseille']);
  });

  it('reads the picture with its caption and its credit', () => {
    expect(record.leadImage).toMatchObject({
      url: 'https://static.courrierdusud.example/photos/2023/03/aeroport-marignane-940.jpg',
      caption: 'Le hall des départs de l\'aéroport de Marseille-Provence, lundi matin.', credit: '© Nicolas Vallauri / AFP',
    });
  });

  it('reads the story without the byline row, the read-also box, the newsletter, reactions or the consent popup', () => {
    const body = paragraphs(record);
    expect(body.at(-1)).toMatch(/report sans frais de leur billet\. \(Avec AFP\)$/);
    expect(body).toContain('Plus de 300 vols ont été annulés lundi à l\'aéroport de Marseille-Provence en raison d\'une nouvelle grève des contrôleurs aériens contre la réforme des retraites, a indiqué la direction de l\'aéroport.');
    expect(record.body).not.toMatch(/Par Claire Martin|Publié le|À lire aussi|Recevez notre newsletter|Jean-Pierre13|Avec votre accord|Les plus lus/);
  });

  it('names the agency the closing "(Avec AFP)" credits', () => {
    expect(record.wireSource).toBe('AFP');
  });
});

describe('Al Jazeera-like Arabic page: update stamp between the picture and the text, inline "more on" cards', () => {
  const record = extractPage('ar-aljazeera-like', 'https://mashreq.example/news/2024/1/28/talks');

  it('reads title, date, topic and language; the site credited as author is no writer', () => {
    expect(record.title).toBe('محادثات جديدة لوقف إطلاق النار تنطلق في الدوحة');
    expect(record.publishedAt).toBe('2024-01-28T13:45:52+00:00');
    expect(record.authors).toEqual([]);
    expect(record.section).toBe('سياسة');
    expect(record.language).toBe('ar');
    expect(record.direction).toBe('rtl');
  });

  it('reads the picture with its caption, and the agency that closes the caption as its credit', () => {
    expect(record.leadImage).toMatchObject({
      url: 'https://mashreq.example/wp-content/uploads/2024/01/talks.jpg?resize=770%2C513&quality=80',
      caption: 'وفود المفاوضين قبيل انطلاق الجلسة الأولى',
      credit: 'رويترز',
    });
  });

  it('opens the body with the subhead, then the story, not the update stamp, and leaves out the cards, newsletter and consent banner', () => {
    const body = paragraphs(record);
    expect(body[0]).toBe('انطلقت اليوم جولة جديدة من المحادثات غير المباشرة بمشاركة وسطاء إقليميين.');
    expect(body[1]).toMatch(/^انطلقت في العاصمة القطرية الدوحة/);
    expect(body).toContain('ترقب دولي');
    expect(record.body).not.toMatch(/آخر تحديث|المبعوث الأممي|قوافل المساعدات|اشترك في نشرتنا|البرلمان يصوت|قبول الكل/);
  });
});

describe('Turkish news page: JSON-LD graph, a bold-labelled related-story link inside the text, the agency credit at the end', () => {
  const record = extractPage('tr-news', 'https://www.gundempostasi.example/gundem/istanbulda-metro-hatti-icin-ilk-kazma-vuruldu-123456');

  it('reads title, date, section, language and tags; the news desk credited as author is no writer', () => {
    expect(record.title).toBe('İstanbul\'da metro hattı için ilk kazma vuruldu');
    expect(record.authors).toEqual([]);
    expect(record.publishedAt).toBe('2024-02-06T11:05:00+03:00');
    expect(record.section).toBe('Gündem');
    expect(record.language).toBe('tr');
    expect(record.tags).toEqual(['İstanbul', 'metro', 'ulaşım']);
  });

  it('reads the story without the related-story plug, comments, related news or most read', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(5);
    expect(body[0]).toBe('Yeni hat 14 istasyondan oluşacak ve 2027\'de hizmete girecek.');
    expect(body[1]).toMatch(/^İstanbul'un Anadolu yakasında/);
    expect(body[4]).toMatch(/alternatif güzergâhları kullanmalarını istedi\. \(AA\)$/);
    expect(record.body).not.toMatch(/İLGİLİ HABER|Marmaray'da sefer|Umarım|Köprü trafiğine|Derbi/);
  });

  it('names the agency the closing "(AA)" credits', () => {
    expect(record.wireSource).toBe('Anadolu');
  });
});

describe('Drupal node (German): microdata byline and date, picture field with caption, Views sidebar with dates', () => {
  const record = extractPage('de-drupal', 'https://www.lokalanzeiger-nordheim.example/lokales/stadtrat-beschliesst-neues-radwegenetz');

  it('reads title, author, date, language and tags', () => {
    expect(record.title).toBe('Stadtrat beschließt neues Radwegenetz für die Innenstadt');
    expect(record.authors).toEqual(['Katrin Baumann']);
    expect(record.publishedAt).toBe('2024-05-16T17:45:00+02:00');
    expect(record.language).toBe('de');
    expect(record.tags).toEqual(['Radverkehr', 'Stadtrat', 'Verkehrswende']);
  });

  it('reads no view count from the date column of the sidebar listing', () => {
    expect(record.counters).toEqual({ views: null, comments: null });
  });

  it('reads the picture with its caption', () => {
    expect(record.leadImage).toMatchObject({
      url: 'https://www.lokalanzeiger-nordheim.example/sites/default/files/styles/artikelbild/public/2024-05/radweg.jpg?itok=Qw34Er56',
      caption: 'Auf der Bahnhofstraße soll ein geschützter Radstreifen entstehen.',
    });
  });

  it('reads the story with its sub-heading, without the read-also line, comments, sidebar or cookie popup', () => {
    const body = paragraphs(record);
    expect(body).toContain('Erste Bauarbeiten im Herbst');
    expect(body.at(-1)).toBe('Der Allgemeine Deutsche Fahrrad-Club begrüßte den Beschluss, forderte aber mehr Tempo. (mit Material von dpa)');
    expect(record.body).not.toMatch(/Lesen Sie auch|Endlich!|wo sollen wir|Freibad|Wir verwenden Cookies|Impressum/);
  });
});

describe('Legacy Arabic table layout in windows-1256 without a declared charset: dateline row, article tools, related list', () => {
  const record = extractPage('ar-legacy-1256', 'https://ofuq.example/news.php?id=5521', 'windows-1256');

  it('decodes the bytes and reads the headline, the dual-month dateline and the language', () => {
    expect(record.extraction.charset).toBe('windows-1256');
    expect(record.title).toBe('وزير الصحة يفتتح مستشفى الأطفال الجديد في الشمال');
    expect(record.publishedAt).toBe('2017-01-23T11:20:00+00:00');
    expect(record.language).toMatch(/^ar/);
    expect(record.direction).toBe('rtl');
  });

  it('reads the story picture with its caption, not the tools\' icons', () => {
    expect(record.images).toEqual([{ url: 'https://ofuq.example/news_images/2017/01/hospital_23.jpg', caption: 'المبنى الجديد لمستشفى الأطفال', alt: null, credit: null }]);
  });

  it('reads the line-broken story without the breadcrumb, the dateline row, the tools, the related list or the comments', () => {
    const body = paragraphs(record);
    expect(body.at(-1)).toMatch(/سيخفف هذا العبء عن آلاف الأسر\.$/);
    expect(body).toContain('افتتح وزير الصحة صباح اليوم الإثنين مستشفى الأطفال الجديد في مدينة الشمال، بطاقة استيعابية تبلغ مئة وخمسين سريرا، وبحضور محافظ المدينة وعدد من أعضاء مجلس النواب وممثلي المنظمات الدولية.');
    expect(body[0]).toBe('الأفق - خاص');
    expect(record.body).not.toMatch(/الرئيسية|نشر في|عدد القراءات|طباعة|أرسل لصديق|أخبار ذات صلة|مشروع مهم جدا|ارتفاع أسعار الخضار/);
  });
});

describe('Substack post: profile byline, a <picture> with a small webp <source>, subscribe widget in the text', () => {
  const record = extractPage('en-substack', 'https://skywatch.substack.example/p/the-quiet-collapse-of-local-weather');

  it('reads title, author, date and that the post is free', () => {
    expect(record.title).toBe('The quiet collapse of local weather forecasting');
    expect(record.authors).toEqual(['Dan Okoro']);
    expect(record.publishedAt).toBe('2024-04-02T13:01:44+00:00');
    expect(record.language).toBe('en');
    expect(record.isAccessibleForFree).toBe(true);
  });

  it('reads the picture at the size the img declares, not the small webp copy', () => {
    expect(imageUrls(record)).toEqual(['https://substackcdn.example/image/fetch/w_1456,c_limit,f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.example%2Fpublic%2Fimages%2Fballoon.jpg']);
    expect(record.images[0]).toMatchObject({ caption: 'A radiosonde launch in Nome.', credit: 'Photo: National Weather Service' });
  });

  it('gives the lead picture, found as the declared picture\'s rendering, the caption and credit its body copy carries', () => {
    expect(record.leadImage).toEqual(record.images[0]);
  });

  it('reads the post without the subscribe widget, the like and comment buttons or the discussion', () => {
    expect(paragraphs(record).at(-1)).toBe('There are fixes. Automated launchers cost about $250,000 each and can run for months without a person on site. The weather service has asked for money to buy forty of them. Congress has not yet said yes.');
    expect(record.body).not.toMatch(/reader-supported publication|Type your email|214|Discussion about this post|Our local office/);
  });
});

describe('tagDiv Newspaper-themed Arabic page: theme microdata, meta row with views, tag list, author box, related posts', () => {
  const record = extractPage('ar-tagdiv', 'https://marsad.example/2023/04/18/phosphate-exports/');

  it('reads title, author, date, tags and counters', () => {
    expect(record.title).toBe('ارتفاع صادرات الفوسفات بنسبة 12 بالمئة خلال الربع الأول');
    expect(record.authors).toEqual(['ليلى بنعلي']);
    expect(record.publishedAt).toBe('2023-04-18T16:05:12+01:00');
    expect(record.language).toBe('ar');
    expect(record.tags).toEqual(['الفوسفات', 'الصادرات']);
    expect(record.counters).toEqual({ views: 3412, comments: 0 });
  });

  it('reads the featured picture with its caption, and not the medium-rectangle banner linked to the advertiser', () => {
    expect(record.leadImage).toMatchObject({
      url: 'https://marsad.example/wp-content/uploads/2023/04/port-phosphate-696x392.jpg', caption: 'شحنة فوسفات في ميناء الجرف الأصفر (صورة أرشيفية)',
    });
    expect(imageUrls(record)).toEqual(['https://marsad.example/wp-content/uploads/2023/04/port-phosphate-696x392.jpg']);
  });

  it('reads the story with its sub-heading, without share buttons, next/previous links, author box, related posts or comment form', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(6);
    expect(body[3]).toBe('توقعات إيجابية للعام');
    expect(record.body).not.toMatch(/شارك|المقال السابق|صحفية متخصصة|استثمارات جديدة|اترك تعليقاً|التضخم يتراجع/);
  });
});

describe('JNews-themed Arabic page: subtitle, meta row with categories, inline related block, share counters', () => {
  const record = extractPage('ar-jnews', 'https://nabd-street.example/2022/10/16/library/');

  it('reads title, author, the Arabic date, categories and tags', () => {
    expect(record.title).toBe('افتتاح أكبر مكتبة عامة في المدينة بعد سنوات من الترميم');
    expect(record.authors).toEqual(['سلمى العلي']);
    expect(record.publishedAt).toBe('2022-10-16T00:00:00+00:00');
    expect(record.categories).toEqual(['ثقافة', 'كتب']);
    expect(record.tags).toEqual(['مكتبات', 'تراث']);
    expect(record.counters.views).toBe(512);
  });

  it('reads the featured picture with caption and credit apart', () => {
    expect(record.leadImage).toEqual({
      url: 'https://nabd-street.example/wp-content/uploads/2022/10/library-750x375.jpg', caption: 'قاعة القراءة الرئيسية في المكتبة بعد الترميم.',
      alt: 'قاعة القراءة الرئيسية', credit: 'تصوير: ماهر حسن',
    });
  });

  it('reads the subtitle and the four paragraphs without the inline related block, author box or related posts', () => {
    const body = paragraphs(record);
    expect(body).toHaveLength(5);
    expect(body[0]).toBe('المكتبة تضم أكثر من مئتي ألف كتاب وقاعة للأطفال');
    expect(record.body).not.toMatch(/اقرأ أيضاً|مهرجان الكتاب|محررة القسم الثقافي|رقمنة أرشيف|خطوط حافلات/);
  });
});

describe('Youm7-like Egyptian page: no structured data, "كتب" byline, date with the Arabic half-of-day marker', () => {
  const record = extractPage('ar-youm7-like', 'https://day8.example/story/2017/3/5/x/3128840');

  it('reads title, writer, the afternoon date and the keywords', () => {
    expect(record.title).toBe('محافظ الجيزة يتفقد أعمال تطوير ميدان الرماية');
    expect(record.authors).toEqual(['محمد عبد الرحمن']);
    // No zone is declared; the headline names Giza, so the time is read on Egypt's clock (rule "the story's country").
    expect(record.publishedAt).toBe('2017-03-05T14:00:00+02:00');
    expect(record.tags).toEqual(['محافظ الجيزة', 'ميدان الرماية', 'تطوير']);
  });

  it('reads the picture and the story without the inline link, the tags row or the read-also boxes', () => {
    expect(record.leadImage).toMatchObject({ url: 'https://img.day8.example/Large/201703050213401340.jpg', caption: 'محافظ الجيزة خلال جولته' });
    expect(imageUrls(record)).toHaveLength(1);
    const body = paragraphs(record);
    expect(body).toHaveLength(4);
    expect(record.body).not.toMatch(/حملة لإزالة الإشغالات|الكلمات المتعلقة|رئيس الوزراء يتابع|سعر الدولار/);
  });
});

describe('Arc XP-style page: two-author byline, lead art with credit, ad block, related links, newsletter and most-read rail', () => {
  const record = extractPage('en-arc', 'https://www.harborledger.example/news/local/2023/06/14/council-approves-bridge-plan/');

  it('reads title, both authors, date, section, keywords and that the story is free', () => {
    expect(record.title).toBe('City council approves $40 million plan to rebuild aging bridges');
    expect(record.authors).toEqual(['Maria Delgado', 'Tom Whitaker']);
    expect(record.publishedAt).toBe('2023-06-14T18:41:07-04:00');
    expect(record.section).toBe('Local');
    expect(record.tags).toEqual(['infrastructure', 'city council', 'bridges']);
    expect(record.isAccessibleForFree).toBe(true);
  });

  it('reads the lead art with caption and credit', () => {
    expect(record.leadImage).toMatchObject({ caption: 'The Elm Street bridge, closed to trucks since March.', credit: 'Kevin Marsh/The Harbor Ledger' });
    expect(imageUrls(record)).toHaveLength(1);
  });

  it('reads the story without the ad label, related links, newsletter, author bio, most-read rail or cookie banner', () => {
    expect(paragraphs(record).at(-1)).toBe('Staff writer Jenna Li contributed to this report.');
    expect(record.body).not.toMatch(/Advertisement|Elm Street bridge closed to trucks after|morning briefing|covers city hall|School board delays|We use cookies/);
  });
});

describe('AP story republished by a local TV site: uppercase wire byline, dateline credit, trending rail', () => {
  const record = extractPage('en-wire-ap', 'https://kxln7.example/news/world/wildfire-spain/');

  it('reads the reporters, not the agency, as authors, and the agency as the wire source', () => {
    expect(record.title).toBe('Wildfire forces thousands to flee homes in southern Spain');
    expect(record.authors).toEqual(['Ciarán Giles', 'Aritz Parra']);
    expect(record.wireSource).toBe('AP');
    expect(record.publishedAt).toBe('2023-08-05T09:12:33-05:00');
    expect(record.section).toBe('World');
    expect(record.tags).toEqual(['Wildfires', 'Spain', 'AP Top News']);
  });

  it('reads the picture with the agency credit apart, and the story without the ad label, the rule and coverage pointer, copyright or trending rail', () => {
    expect(record.leadImage).toMatchObject({ credit: 'AP Photo/Manu Fernandez' });
    expect(paragraphs(record)[0]).toMatch(/^MADRID \(AP\) — A wildfire raging/);
    expect(paragraphs(record).at(-1)).toMatch(/making heat waves more frequent and more intense\.$/);
    expect(record.body).not.toMatch(/___|Follow AP’s coverage|Advertisement|Copyright 2023|County fair|Heat advisory/);
  });
});

describe('Spanish page with microdata only: itemprop headline, author, date, section and keywords', () => {
  const record = extractPage('es-microdata', 'https://www.diariolevante.example/economia/2022/07/12/ayuda-alquiler-joven.html');

  it('reads every field from the microdata', () => {
    expect(record.title).toBe('El Gobierno aprueba una ayuda de 200 euros para el alquiler joven');
    expect(record.authors).toEqual(['Lucía Fernández']);
    expect(record.publishedAt).toBe('2022-07-12T13:20:00+02:00');
    expect(record.section).toBe('Economía');
    expect(record.tags).toEqual(['Vivienda', 'Alquiler', 'Jóvenes']);
    expect(record.language).toBe('es');
  });

  it('reads the story without related news, comments, most read or the cookie banner', () => {
    expect(paragraphs(record).at(-1)).toMatch(/limitación de las rentas\.$/);
    expect(record.body).not.toMatch(/Noticias relacionadas|200 euros no dan|fichaje del delantero|Utilizamos cookies/);
    expect(imageUrls(record)).toEqual(['https://fotos.diariolevante.example/2022/07/12/alquiler.jpg']);
  });
});

describe('Live blog (LiveBlogPosting): timed entries newest first, key events list', () => {
  const record = extractPage('en-liveblog', 'https://www.northerncourier.example/politics/live/2024/mar/06/budget-2024-live');

  it('reads title, both writers and the start of the coverage', () => {
    expect(record.title).toBe('Budget 2024 live: Chancellor cuts national insurance by 2p – as it happened');
    expect(record.authors).toEqual(['Helen Ward', 'Omar Shah']);
    expect(record.publishedAt).toBe('2024-03-06T08:05:00+00:00');
    expect(record.language).toBe('en-GB');
  });

  it('reads every entry with its heading, without the key-events list or most viewed', () => {
    const body = paragraphs(record);
    expect(body).toContain('Closing summary');
    expect(body).toContain('Good morning');
    expect(body.at(-1)).toMatch(/expected to be the centrepiece\.$/);
    expect(record.body).not.toMatch(/Key events|Rail strike/);
    expect(imageUrls(record)).toEqual(['https://i.northerncourier.example/img/media/chancellor-commons/master/1000.jpg']);
  });
});

describe('Photo gallery: standfirst and captions are the text, every slide a picture with its credit', () => {
  const record = extractPage('en-gallery', 'https://wildearth.example/galleries/2023/07/28/great-migration-mara');

  it('reads title, date and section', () => {
    expect(record.title).toBe('In pictures: the great migration returns to the Mara');
    expect(record.publishedAt).toBe('2023-07-28T06:00:00+00:00');
    expect(record.section).toBe('Nature');
  });

  it('reads the four slides with captions and credits, not the other gallery\'s thumbnail', () => {
    expect(imageUrls(record)).toEqual([
      'https://media.wildearth.example/2023/07/mara-crossing-01.jpg', 'https://media.wildearth.example/2023/07/mara-crocodile-02.jpg',
      'https://media.wildearth.example/2023/07/mara-zebra-03.jpg', 'https://media.wildearth.example/2023/07/mara-balloon-04.jpg',
    ]);
    expect(record.images.every((image) => image.credit === 'Photograph: James Mwangi')).toBe(true);
    expect(record.body).not.toMatch(/1\/4|Share on|Coral reefs/);
  });
});
