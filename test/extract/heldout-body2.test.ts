/**
 * Held-out audit of the body's edges: hand-written pages where part of the text sits in a box the cleaning or the
 * scoring passes over (a standfirst set apart under the headline, the dek under a headline of one word, a standfirst
 * heading closed by the wrong end tag, an accordion item's title alone in its <header> or in a bar named a header)
 * or where the boxes after the text are furniture the template names or classes as text (a video teaser, a
 * date-author-keywords list, a magazine's production credits, a box asking readers to subscribe), in English,
 * Spanish, German, French and Arabic. Each case states where the article starts and ends, what it holds, and the
 * furniture it must not; the page is read without a URL and with one, as the pipeline may receive either.
 */
import { type ExpectedParagraph, expectParagraphsInOrder, heldoutPageReader, imageUrls, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-body2');

interface BodyCase {
  page: string;
  url: string;
  /** The structure the page tests, as a reader sees it. */
  shape: string;
  title: string;
  first: string | RegExp;
  last: string | RegExp;
  count: number;
  /** Paragraphs the body must hold, in this order. */
  holds: ExpectedParagraph[];
  /** Furniture that must not be in the body. */
  without: RegExp;
  images: string[];
}

const cases: BodyCase[] = [
  {
    page: 'en-group-blocks', url: 'https://www.coastline-weekly.example/news/marrowby-quay-street-names',
    shape: 'column of same-class blocks: the text in one, then a recommendations block, a video teaser and a date-author-keywords list, each in a block of the same class',
    title: 'Harbour town votes to rename its quayside streets',
    first: /^Councillors in Marrowby have voted/, last: /^The council has promised a fund of 20,000 pounds/, count: 12,
    holds: [/^The vote on Tuesday evening/, /^"We are not erasing anything,"/, /^Not everyone was persuaded\./],
    without: /Watch: residents argue|Related topics|Keywords|Author Priya Okafor|18\.03\.2024|Ferry timetable|Coastline recommends/,
    images: [],
  },
  {
    page: 'es-grupo-bloques', url: 'https://www.diariodellitoral.example/puertos/valdemar-muelle-pescadores',
    shape: 'Spanish story in two same-class blocks, then a video teaser and a date-author-topics list in blocks of that class',
    title: 'El puerto de Valdemar amplía su muelle de pescadores',
    first: /^Las obras de ampliación del muelle/, last: /^La autoridad portuaria estima que la inversión/, count: 13,
    holds: [/^El muelle actual, construido en los años setenta/, /^La presidenta de la cofradía, Lucía Barreiro/],
    without: /Vídeo: así será|Fecha|07\.05\.2024|Temas|Autora|Inés Padrón/,
    images: [],
  },
  {
    page: 'de-beschreibung-box', url: 'https://www.energie-regional.example/waerme/lindental-hallenbad-abwaerme-12345',
    shape: 'German story: the picture above the headline in a box of the text\'s class, a bold standfirst in an itemprop=description box between the byline row and the text',
    title: 'Stadtwerke heizen Schwimmbad mit Abwärme aus dem Rechenzentrum',
    first: /^In Lindental wärmt seit dieser Woche die Abwärme/, last: /^Im Sommer, wenn das Bad weniger Wärme braucht/, count: 6,
    holds: [/^Das Rechenzentrum eines regionalen Internetanbieters/, 'Wärmepumpe hebt die Temperatur', /^„Wir hatten das Rechenzentrum/],
    without: /Karla Wendt|12\. Februar 2024|Abwärme$|Tags|Impressum|Foto: Stadtwerke/m,
    images: ['https://cdn.energie-regional.example/2024-02/hallenbad-lindental.jpg'],
  },
  {
    page: 'ar-short-headline', url: 'https://www.dalil-rihlat.example/cities/jeddah',
    shape: 'Arabic city guide titled by the city\'s name alone: a one-word headline, a one-sentence standfirst under it, the guide\'s sections in a column beside a list of other cities',
    title: 'جدة',
    first: /^عروس البحر الأحمر: حي تاريخي من الحجر المرجاني/, last: /^أفضل وقت للزيارة بين نوفمبر ومارس/, count: 9,
    holds: ['البلد: قلب المدينة القديمة', /^يبدأ معظم الزوار رحلتهم من حي البلد/, 'الكورنيش والبحر', 'متى تزور جدة؟'],
    without: /السعودية|مدن أخرى|الطائف|أبها|ينبع|جميع الحقوق/,
    images: ['https://media.dalil-rihlat.example/cities/jeddah-corniche.jpg'],
  },
  {
    page: 'fr-chapo-mal-ferme', url: 'https://www.echo-des-rives.example/region/pornelec-dernier-cordier-estuaire',
    shape: 'French story whose standfirst is an <h2> closed by a mistyped </h3>, followed by a labelled ad slot and the text',
    title: 'À Pornelec, le dernier cordier de l\'estuaire passe la main',
    first: /^Après quarante-deux ans à tresser le chanvre/, last: /^Elle reprendra l'atelier en septembre/, count: 5,
    holds: [/^L'atelier sent encore le goudron/, /^« Je ne voulais pas fermer la porte/],
    without: /Publicité|Patrimoine|Artisanat|Mentions légales|Photo : Léa Marchand/,
    images: ['https://img.echo-des-rives.example/2024/06/corderie-pornelec.jpg'],
  },
  {
    page: 'ar-accordion-headers', url: 'https://www.bawabat-almal.example/cars/cash-or-installments',
    shape: 'Arabic guide with an accordion of pros and cons, each item titled by an <h3> alone in its own <header>',
    title: 'شراء السيارة نقداً أم بالتقسيط؟ دليل المقارنة',
    first: /^يقف كثير من المشترين أمام سؤال واحد/, last: /^وينصح الخبراء بمقارنة التكلفة الإجمالية/, count: 12,
    holds: ['مزايا الشراء نقداً:', /^لا فوائد ولا رسوم إدارية/, 'عيوب الشراء نقداً:', 'مزايا التقسيط عبر البنك:', /^تقدم بعض البنوك فترة سماح/],
    without: /بوابة المال|قروض|ادخار|جميع الحقوق/,
    images: [],
  },
  {
    page: 'es-faq-acordeon', url: 'https://www.finanzasclaras.example/hipotecas/fija-o-variable',
    shape: 'Spanish guide closing with a FAQ accordion: each question is the label of the control that opens its answer, in a card-header bar',
    title: 'Hipoteca fija o variable: lo que conviene saber antes de firmar',
    first: /^Elegir entre un tipo fijo y uno variable/, last: /^La ley limita la comisión por amortización anticipada/, count: 12,
    holds: ['Preguntas frecuentes', '¿Puedo cambiar de tipo variable a fijo más adelante?', /^Sí, mediante una novación/, '¿Qué es una hipoteca mixta?', '¿Cuánto cuesta amortizar antes de tiempo?'],
    without: /Menú|Hipotecas$|Ahorro|Seguros|Aviso legal/m,
    images: [],
  },
  {
    page: 'de-magazin-credits', url: 'https://www.format-magazin.example/stories/mira-haldane-interview',
    shape: 'German magazine interview whose text box closes with the production credits (interview, photographer, styling, make-up) in a credits section',
    title: '„Ich habe nie einen Plan B gehabt“ – die Cellistin Mira Haldane im Gespräch',
    first: /^Mira Haldane empfängt in einem Probenraum/, last: /^Heute weiß ich, dass ich nie einen Plan B hatte/, count: 7,
    holds: ['Frau Haldane, Sie haben mit vier Jahren angefangen. Erinnern Sie sich an Ihr erstes Cello?', 'Und heute?'],
    without: /JONAS VELTEN|Fotograf|AMELIE ROTHBART|Styling|Make-up|LINA FERRO|Impressum/,
    images: [],
  },
  {
    page: 'ar-pitch-box', url: 'https://www.almina-news.example/local/solar-desalination-plant',
    shape: 'Arabic news story closed by a reader-support box: a heading, one line of appeal and a "subscribe now" button link',
    title: 'افتتاح أول محطة لتحلية المياه بالطاقة الشمسية في الساحل الجنوبي',
    first: /^افتتحت وزارة المياه، صباح الاثنين/, last: /^ويأمل سكان المنطقة أن تنهي المحطة/, count: 4,
    holds: [/^وقال وزير المياه في كلمة/],
    without: /الصحافة المستقلة|نغطي أخبار الساحل|اشترك الآن|جميع الحقوق/,
    images: [],
  },
  {
    page: 'es-caja-socios', url: 'https://www.heraldo-valle.example/nacionales/fiscalia-puente-rio-claro',
    shape: 'Spanish news story with a membership box between its paragraphs: a capitalised slogan, a short appeal and a "become a member" button link',
    title: 'La fiscalía pide ampliar la investigación sobre el puente de Río Claro',
    first: /^La Fiscalía General pidió este lunes/, last: /^El Ministerio de Obras Públicas informó/, count: 4,
    holds: [/^Según el escrito, los peritos/, /^El puente, inaugurado hace apenas cuatro años/],
    without: /EL PERIODISMO LOCAL|Llevamos ochenta años|ÚNETE|Hágase socio/,
    images: [],
  },
];

describe.each(cases)('$page: $shape', ({ page, url, title, first, last, count, holds, without, images }) => {
  describe.each([['without a URL', null], ['with its URL', url]])('read %s', (_, pageUrl) => {
    const record = extractPage(page, pageUrl);
    const body = paragraphs(record);

    it('reads the headline', () => expect(record.title).toBe(title));

    it('starts and ends where the article does, each paragraph once', () => {
      expect(body[0]).toEqual(typeof first === 'string' ? first : expect.stringMatching(first));
      expect(body.at(-1)).toEqual(typeof last === 'string' ? last : expect.stringMatching(last));
      expect(body).toHaveLength(count);
      expect(new Set(body).size).toBe(body.length);
    });

    it('holds the article\'s parts in order and none of the furniture', () => {
      expectParagraphsInOrder(body, holds);
      expect(record.body).not.toMatch(without);
    });

    it('reads the article\'s pictures and no others', () => expect(imageUrls(record)).toEqual(images));
  });
});
