/**
 * Held-out robustness, the same article in other renderings: what producers drop in is often not the canonical
 * desktop page but an AMP page (amp-img with its <noscript> copy, carousels, share bars, consent and notification
 * banners, ads, analytics, tweet and video embeds), a print version with a reduced header and the address printed at
 * its foot, a Wayback Machine snapshot (its toolbar injected over the page, every link rewritten into the archive),
 * an app's web view without header and footer, or a script-built page whose story sits in a <noscript>. Each page
 * is read with its URL and without one, and each test states the record the canonical page would give: title,
 * writers, date, paragraphs, pictures and their captions, addresses, site name and language.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-renderings');

interface Picture {
  url: string;
  caption: string | null;
}

interface RenderingPage {
  name: string;
  /** The address the rendering was fetched from: the AMP, print, archive or app address. */
  url: string;
  title: string;
  authors: string[];
  publishedAt: string;
  language: string;
  direction?: 'rtl' | 'ltr';
  /** The original article's address, as the page declares or states it. */
  canonicalUrl: string | null;
  /** Absent where neither the rendering nor its title's suffix says it (see the notes in each case). */
  siteName?: string | null;
  leadImage: Picture | null;
  images: Picture[];
  /** The pictures when the page is read without its URL, where they differ: a relative address resolves against nothing. */
  imagesWithoutUrl?: Picture[];
  body: Array<string | RegExp>;
  paragraphCount: number;
  /** The rendering's furniture that must stay out of the body. */
  notInBody: RegExp;
}

function pictures(images: ArticleRecord['images']): Picture[] {
  return images.map(({ url, caption }) => ({ url, caption }));
}

function describePage(summary: string, page: RenderingPage): void {
  describe(summary, () => {
    const readings: Array<[string, ArticleRecord, string | null]> = [
      ['with its URL', extractPage(page.name, page.url), page.url],
      ['without a URL', extractPage(page.name, null), null],
    ];
    it.each(readings)('reads the title, writers, date, language and direction %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.authors).toEqual(page.authors);
      expect(record.publishedAt).toBe(page.publishedAt);
      expect(record.language).toBe(page.language);
      expect(record.direction).toBe(page.direction ?? 'ltr');
    });
    it.each(readings)('gives the original article\'s address and the site\'s name %s', (_, record, url) => {
      expect(record.url).toBe(url);
      expect(record.canonicalUrl).toBe(page.canonicalUrl);
      if (page.siteName !== undefined) expect(record.siteName).toBe(page.siteName);
    });
    it.each(readings)('reads the story\'s paragraphs and none of the rendering\'s furniture %s', (_, record) => {
      const body = paragraphs(record);
      expectParagraphsInOrder(body, page.body);
      expect(body).toHaveLength(page.paragraphCount);
      expect(record.body).not.toMatch(page.notInBody);
      expect(record.title).not.toMatch(page.notInBody);
    });
    it.each(readings)('reads the lead picture and the story\'s pictures with their captions %s', (_, record, url) => {
      const images = url === null && page.imagesWithoutUrl ? page.imagesWithoutUrl : page.images;
      expect(pictures(record.images)).toEqual(images);
      const lead = url === null && page.imagesWithoutUrl ? page.imagesWithoutUrl[0] ?? null : page.leadImage;
      expect(record.leadImage && { url: record.leadImage.url, caption: record.leadImage.caption }).toEqual(lead);
    });
  });
}

const HERALD = 'https://www.westmoorherald.example/news/2024/mar/12/tidal-lagoon-severn-council-backing';
const HERALD_PICTURES = 'https://i.westmoorherald.example/2024/03';
describePage('English AMP page: amp-img with srcset and a <noscript> copy, a carousel, share bars, consent, ads, a tweet and a video', {
  name: 'en-amp', url: `${HERALD}/amp`,
  title: 'Tidal lagoon plan for Severn estuary wins council backing', authors: ['Harriet Okonjo'], publishedAt: '2024-03-12T09:15:00+00:00',
  language: 'en-GB', canonicalUrl: HERALD, siteName: 'The Westmoor Herald',
  leadImage: { url: `${HERALD_PICTURES}/lagoon-wall-1200.jpg`, caption: 'The lagoon wall would enclose 11 sq km of mudflat. Illustration: Severn Lagoon Ltd' },
  images: [
    { url: `${HERALD_PICTURES}/lagoon-wall-1200.jpg`, caption: 'The lagoon wall would enclose 11 sq km of mudflat. Illustration: Severn Lagoon Ltd' },
    { url: `${HERALD_PICTURES}/mudflats-dunlin-1200.jpg`, caption: 'Dunlin feeding on the mudflats at Holm Sands.' },
    { url: `${HERALD_PICTURES}/council-vote-1200.jpg`, caption: 'Councillors debated the plan for five hours.' },
  ],
  body: [
    'Councillors vote 31 to 9 for the 1.2-mile sea wall despite warnings over wading birds',
    /^A plan to build a tidal lagoon off the Westmoor coast/,
    /^The wall would hold back the rising tide/,
    'Tonight\'s vote is a huge step for clean power in the west. Thank you to every councillor who listened.',
    /^The Westmoor Bird Trust said/,
    /^"We have listened to the concerns about birds/,
    'If consent is granted, construction could begin in 2027 and the first turbines would turn in 2031.',
  ],
  paragraphCount: 8,
  notInBody: /cookies|Accept all|newsletter|No thanks|Advertisement|Menu|Sport|Business|@severnlagoon|View the full site|rights reserved/,
});

const ALWAHA = 'https://www.alwaha-news.example/local/2023/10/08/desalination-plant-opens';
describePage('Arabic AMP page (<html amp>, rtl): a relative amp-img with its <noscript> copy, an Instagram embed, a notification bar, a sidebar menu', {
  name: 'ar-amp', url: 'https://www.alwaha-news.example/amp/local/2023/10/08/desalination-plant-opens',
  title: 'افتتاح أكبر محطة لتحلية المياه في الساحل الشرقي', authors: ['سامي العتيبي'], publishedAt: '2023-10-08T10:45:00+00:00',
  language: 'ar', direction: 'rtl', canonicalUrl: ALWAHA, siteName: 'صحيفة الواحة',
  leadImage: { url: 'https://www.alwaha-news.example/uploads/2023/10/desal-plant-main.jpg', caption: 'جانب من محطة التحلية الجديدة على ساحل الخليج' },
  images: [{ url: 'https://www.alwaha-news.example/uploads/2023/10/desal-plant-main.jpg', caption: 'جانب من محطة التحلية الجديدة على ساحل الخليج' }],
  body: [/^افتتح وزير المياه صباح اليوم الأحد/, /^وقال الوزير في كلمة/, /^وأوضح المدير التنفيذي/, /بعد انتهاء مرحلة التشغيل التجريبي\.$/],
  paragraphCount: 4,
  notInBody: /ملفات تعريف الارتباط|موافق|القائمة|إعلان|الوسوم|اقرأ أيضا|أمطار غزيرة|جميع الحقوق|النسخة الكاملة/,
});

const COURRIER = 'https://www.lecourrierdulac.example/region/2019/01/14/le-pont-de-saint-aubin-ferme-pour-six-mois';
const COURRIER_SNAPSHOT = `https://web.archive.org/web/20190115083012/${COURRIER}`;
describePage('French Wayback Machine snapshot: the current toolbar, canonical and og:url rewritten into the archive', {
  name: 'fr-wayback', url: COURRIER_SNAPSHOT,
  title: 'Le pont de Saint-Aubin fermé pour six mois', authors: ['Claire Vuillemin'], publishedAt: '2019-01-14T17:42:00+01:00',
  language: 'fr', canonicalUrl: COURRIER, siteName: 'Le Courrier du Lac',
  leadImage: { url: 'https://web.archive.org/web/20190115083012im_/https://medias.lecourrierdulac.example/2019/01/pont-saint-aubin.jpg', caption: 'Les piles du pont, construites en 1932, présentent des fissures importantes.' },
  images: [{ url: 'https://web.archive.org/web/20190115083012im_/https://medias.lecourrierdulac.example/2019/01/pont-saint-aubin.jpg', caption: 'Les piles du pont, construites en 1932, présentent des fissures importantes.' }],
  body: [/^Le pont qui relie Saint-Aubin/, /^Une inspection menée à l'automne/, /^Pendant le chantier/, 'Le coût des travaux est estimé à 8,5 millions de francs. Le Grand Conseil devra encore voter le crédit lors de sa session de mars.'],
  paragraphCount: 4,
  notInBody: /Wayback|captures|Alexa|TIMESTAMPS|COLLECTED BY|Sign In|About this capture|Partager|Tweeter|Impressum/,
});

const DIARIO = 'http://www.diariodealmarga.example/noticias/2014/03/09/regantes-guadalin-compuertas.html';
describePage('Spanish Wayback Machine snapshot of a table-laid 2014 page: the old toolbar shown, no canonical, the date only in the original address', {
  name: 'es-wayback', url: `https://web.archive.org/web/20140310101233/${DIARIO}`,
  // The capture's own time (10 March) is not the story's: the original address's date is.
  title: 'Los regantes del Guadalín denuncian el cierre de las compuertas', authors: ['Lucía Montero Sanz'], publishedAt: '2014-03-09T00:00:00+00:00',
  // The toolbar's address field states the original address. The page declares no site name; its title opens with
  // the words that spell the original address's domain.
  language: 'es', canonicalUrl: DIARIO, siteName: 'El Diario de Almarga',
  // The old layout table sets the picture's caption in a cell under it, named as the Spanish "pie de foto": it is the
  // picture's caption, out of the body, as on the original page, and the record matches the original's.
  leadImage: { url: 'https://web.archive.org/web/20140310101233im_/http://www.diariodealmarga.example/fotos/2014/03/acequia-seca.jpg', caption: 'Una acequia sin agua en la vega baja, este domingo.' },
  images: [{ url: 'https://web.archive.org/web/20140310101233im_/http://www.diariodealmarga.example/fotos/2014/03/acequia-seca.jpg', caption: 'Una acequia sin agua en la vega baja, este domingo.' }],
  // The archive rewrote the picture's address relative to itself: without the snapshot's address it leads nowhere.
  imagesWithoutUrl: [],
  body: [
    'La comunidad de regantes asegura que la confederación ha reducido el caudal a la mitad sin previo aviso.',
    /^La comunidad de regantes del Guadalín ha denunciado/, /^Según su presidente, Ramón Beltrán/, /^Fuentes de la confederación/,
    /decidirán si presentan una queja formal ante el Ministerio\.$/,
  ],
  paragraphCount: 5,
  notInBody: /Wayback|captures|FEB|MAR|APR|Close|Help|Mar 2014|Portada|Lo más leído|feria|derechos reservados/,
});

const AUENLAND = 'https://www.auenlaender-zeitung.example/lokales/nahverkehr-schueler-kostenlos-a-48213.html';
describePage('German print version: no canonical, "Quelle: https://…" at the foot, print and close links', {
  name: 'de-print', url: `${AUENLAND}?print=1`,
  title: 'Stadtrat beschließt kostenlosen Nahverkehr für Schüler', authors: ['Jonas Brückner'], publishedAt: '2022-06-21T16:05:00+02:00',
  // The print header's logo links nowhere and the page declares no site name: siteName is not asserted.
  language: 'de', canonicalUrl: AUENLAND,
  leadImage: { url: 'https://www.auenlaender-zeitung.example/bilder/2022/06/strassenbahn-haltestelle-schule.jpg', caption: 'Schüler warten an der Haltestelle Lindenplatz auf die Straßenbahn.' },
  images: [{ url: 'https://www.auenlaender-zeitung.example/bilder/2022/06/strassenbahn-haltestelle-schule.jpg', caption: 'Schüler warten an der Haltestelle Lindenplatz auf die Straßenbahn.' }],
  body: [/^Ab dem neuen Schuljahr fahren alle/, /^Der Stadtrat hat am Dienstagabend/, /^Oberbürgermeisterin Anke Feldhaus/, /^Die Kosten von jährlich/, /eingestellt werden\.$/],
  paragraphCount: 5,
  notInBody: /Drucken|Fenster|Quelle|https?:|Rechte vorbehalten|Lokales ·/,
});

const HARBOUR = 'https://www.harbourgazette.example/2021/11/04/ferry-winter-sailings/';
describePage('English WordPress print page: "Posted By … On …", "Article printed from …" and "URL to article:" at the foot', {
  name: 'en-print', url: `${HARBOUR}print/`,
  title: 'Ferry operator adds winter sailings to the islands', authors: ['Morag Quinlan'], publishedAt: '2021-11-04T11:20:00+00:00',
  language: 'en-US', canonicalUrl: HARBOUR, siteName: 'Harbour Gazette',
  leadImage: null, images: [],
  body: [/^Islanders will have two extra ferry crossings/, /^The Western Isles Ferry Company/, /^Community councillor Alasdair Bain/, 'The refit will now take place in April, when the company says demand is lower and weather disruption less likely.'],
  paragraphCount: 4,
  notInBody: /Posted By|No Comments|printed from|URL to article|Copyright|https?:/,
});

describePage('Arabic app web view (?app=1, webview classes): no header, no footer, the app\'s action links', {
  name: 'ar-app', url: 'https://www.alnakheel-news.example/economy/88412?app=1',
  title: 'ارتفاع صادرات التمور بنسبة 18 في المئة خلال الموسم الحالي', authors: ['نورة الشمري'], publishedAt: '2023-11-14T09:20:00+00:00',
  // The web view states no canonical address and no site name, and neither would be made up.
  language: 'ar', direction: 'rtl', canonicalUrl: null, siteName: null,
  leadImage: { url: 'https://cdn.alnakheel-news.example/images/2023/11/dates-market.jpg', caption: 'تجار يعرضون التمور في سوق المدينة المركزي' },
  images: [{ url: 'https://cdn.alnakheel-news.example/images/2023/11/dates-market.jpg', caption: 'تجار يعرضون التمور في سوق المدينة المركزي' }],
  body: [/^أعلن المركز الوطني للنخيل والتمور/, /^وأوضح المركز في بيان/, /^وقال مدير المركز/, /تنتج ما يزيد على أربعمئة صنف من التمور\.$/],
  paragraphCount: 4,
  notInBody: /مشاركة|حفظ|حجم الخط|اقتصاد|بقلم/,
});

describePage('Russian script-built page: an empty #root, the story with its picture in <noscript> beside a "turn on JavaScript" line', {
  name: 'ru-noscript', url: 'https://severvestnik.example/news/2024/05/17/most-vuoksa',
  title: 'В Приозёрске открыли мост через Вуоксу после ремонта', authors: ['Анна Кольцова'], publishedAt: '2024-05-17T12:40:00+00:00',
  language: 'ru', canonicalUrl: 'https://severvestnik.example/news/2024/05/17/most-vuoksa', siteName: 'Северный вестник',
  leadImage: { url: 'https://severvestnik.example/media/2024/05/most-vuoksa.jpg', caption: 'Мост через Вуоксу после ремонта.' },
  images: [{ url: 'https://severvestnik.example/media/2024/05/most-vuoksa.jpg', caption: 'Мост через Вуоксу после ремонта.' }],
  body: [/^В Приозёрске после полутора лет ремонта/, /^Подрядчик заменил все пролёты/, /^Пока шёл ремонт/, 'Работы обошлись бюджету области в 1,3 млрд рублей. Гарантийный срок на новое покрытие составляет восемь лет.'],
  paragraphCount: 4,
  notInBody: /JavaScript|браузер|__INITIAL_STATE__|пресс-служба/,
});

describePage('Brazilian script-built page: an empty #app, the story in <noscript> without a picture, the picture only declared', {
  name: 'pt-noscript', url: 'https://jornaldaserra.example/cidades/2023/02/creches-horario-ampliado',
  title: 'Prefeitura de Vale Verde amplia horário das creches municipais', authors: ['Beatriz Calado'], publishedAt: '2023-02-02T15:10:00-03:00',
  language: 'pt-BR', canonicalUrl: 'https://jornaldaserra.example/cidades/2023/02/creches-horario-ampliado', siteName: 'Jornal da Serra',
  leadImage: { url: 'https://jornaldaserra.example/fotos/2023/02/creche-municipal.jpg', caption: null },
  images: [],
  body: [/^A partir de março, as 28 creches/, /^Segundo a secretária de Educação/, /^Para cobrir o novo turno/, 'O custo anual estimado da ampliação é de R$ 9 milhões, que serão pagos com recursos do fundo municipal de educação.'],
  paragraphCount: 4,
  notInBody: /JavaScript|navegador|Por Beatriz|__NUXT__/,
});
