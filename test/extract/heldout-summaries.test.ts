/**
 * Held-out summaries and paywall flags: hand-written news pages whose summary (dek, standfirst) is shown under the
 * headline but not declared in a meta tag, or declared cut short, and whose paywall markup is not the JSON-LD
 * article's own `isAccessibleForFree`. English, German, French, Spanish, Italian, Portuguese and Arabic (right to
 * left, windows-1256); a legacy CMS, a blog, a print rendering and an app rendering. Negative cases sit on the same
 * pages: a newsletter box's intro, a teaser card of another story and a lead picture's caption between the headline
 * and the dek, a sidebar's "lead" teasers after the text, and a blog with no dek at all, whose first paragraph is not
 * taken for one. Each page is read with its URL and without one, and each test states the record a reader expects,
 * field by field.
 *
 * Where the page shows its dek in the header, apart from the text's container, the body opens with it, as the
 * body stage reads a standfirst (see heldout-bounds); the description is that dek alone.
 */
import { heldoutPageReader, paragraphs, readWithAndWithoutUrl } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-summaries');

interface SummaryPage {
  name: string;
  url: string;
  /** The charset the site serves the page in; UTF-8 when absent. */
  charset?: string;
  title: string;
  description: string | null;
  isAccessibleForFree: boolean | null;
  authors: string[];
  publishedAt: string;
  direction?: 'rtl' | 'ltr';
  firstParagraph: string;
  lastParagraph: string;
  paragraphCount: number;
  /** Text near the headline or beside the story that must not become the description. */
  notDescription?: RegExp;
}

function describePage(summary: string, page: SummaryPage): void {
  describe(summary, () => {
    const records = readWithAndWithoutUrl(extractPage, page);
    it.each(records)('reads the title, writers, date and direction %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.authors).toEqual(page.authors);
      expect(record.publishedAt).toBe(page.publishedAt);
      expect(record.direction).toBe(page.direction ?? 'ltr');
    });
    it.each(records)('reads the summary %s', (_, record) => {
      expect(record.description).toBe(page.description);
    });
    it.each(records)('reads whether the article is free to read %s', (_, record) => {
      expect(record.isAccessibleForFree).toBe(page.isAccessibleForFree);
    });
    it.each(records)('reads the body from its first paragraph to its last %s', (_, record) => {
      const body = paragraphs(record);
      expect(body[0]).toBe(page.firstParagraph);
      expect(body[body.length - 1]).toBe(page.lastParagraph);
      expect(body).toHaveLength(page.paragraphCount);
    });
    if (page.notDescription) {
      const furniture = page.notDescription;
      it.each(records)('takes no furniture for the summary %s', (_, record) => {
        expect(record.description ?? '').not.toMatch(furniture);
      });
    }
  });
}

const STANDFIRST_EN = 'Readers queued along Mill Lane before the doors opened on Tuesday, keen to see the glass reading room that replaced the flood-damaged ground floor.';
describePage('British local paper without summary metadata: a standfirst under the headline, "lead" teasers in the sidebar, a metered content tier', {
  name: 'en-standfirst-metered', url: 'https://www.northgatecourier.example/news/2025/03/12/riverside-library-reopens',
  title: 'Riverside library reopens after two-year rebuild', authors: ['Helen Marsh'], publishedAt: '2025-03-12T08:30:00+00:00',
  description: STANDFIRST_EN, isAccessibleForFree: false,
  firstParagraph: STANDFIRST_EN, lastParagraph: 'Opening hours will be extended to eight in the evening on weekdays until the end of the school year.', paragraphCount: 5,
  notDescription: /Contractors blame|junior crew|inbox before breakfast/,
});

const VORSPANN = 'Rund 14.000 Haushalte zahlen ab März mehr für ihre Heizung. Der Versorger verweist auf gestiegene Netzkosten, die Verbraucherzentrale will die Rechnung prüfen.';
describePage('German regional paper: a newsletter box\'s intro above the Vorspann, JSON-LD without a description whose only paywall mark is a locked hasPart', {
  name: 'de-vorspann-haspart', url: 'https://www.weserbote.example/wirtschaft/fernwaerme-preis-2025',
  title: 'Stadtwerke erhöhen den Fernwärmepreis um elf Prozent', authors: ['Jonas Brinkmann'], publishedAt: '2025-01-21T17:05:00+01:00',
  description: VORSPANN, isAccessibleForFree: false,
  firstParagraph: VORSPANN, lastParagraph: 'Die Verbraucherzentrale kündigte an, die Preisformel im Frühjahr von einem Gutachter prüfen zu lassen.', paragraphCount: 5,
  notDescription: /Newsletter|Jeden Morgen/,
});

const CHAPO = 'Après dix-huit mois de travaux, la halle retrouvera ses commerçants à la rentrée, avec une trentaine d\'étals et un espace réservé aux producteurs de la vallée.';
describePage('French local paper: og:description cut with "…" while the plain description holds the whole chapô, a free content tier', {
  name: 'fr-og-coupe', url: 'https://www.echodesvallons.example/actualites/2024/06/04/marche-couvert-saint-aubin',
  title: 'Le marché couvert de Saint-Aubin rouvrira en septembre', authors: ['Claire Vasseur'], publishedAt: '2024-06-04T07:15:00+02:00',
  description: CHAPO, isAccessibleForFree: true,
  firstParagraph: CHAPO, lastParagraph: 'Le chantier a coûté 2,6 millions d\'euros, dont près de la moitié financée par la région.', paragraphCount: 4,
});

const ENTRADILLA = 'Tras doce años sin servicio, Valdecañas vuelve a tener cuatro trenes diarios a la capital gracias a la reapertura del apeadero';
describePage('Spanish legacy CMS with microdata only: a related story\'s card with its own entradilla above the article\'s <h2 class="entradilla">, isAccessibleForFree as an item property', {
  name: 'es-entradilla-microdatos', url: 'http://www.diariodelaltiplano.example/provincia/2024/10/15/valdecanas-tren',
  title: 'El pueblo que recuperó su tren de cercanías', authors: ['Lucía Ferrándiz'], publishedAt: '2024-10-15T09:40:00+02:00',
  description: ENTRADILLA, isAccessibleForFree: true,
  firstParagraph: ENTRADILLA, lastParagraph: 'El alcalde, Ramón Escribano, calificó la jornada de histórica y pidió que el horario se amplíe también a los fines de semana.', paragraphCount: 4,
  notDescription: /autobús nocturno|viernes y sábados/,
});

const LEAD_AR = 'تنتج المحطة الجديدة مئتي ألف متر مكعب يوميا، وتغطي احتياجات نحو نصف مليون نسمة في المدن الساحلية.';
describePage('Arabic daily in windows-1256: a "lead" paragraph under the headline and others in the sidebar; JSON-LD says free while the content tier says locked', {
  name: 'ar-lead-1256', charset: 'windows-1256', url: 'https://www.alshorouk-aljadid.example/local/2024/08/19/desalination',
  title: 'افتتاح أكبر محطة لتحلية المياه في الساحل الشمالي', authors: ['سامر الحلبي'], publishedAt: '2024-08-19T10:00:00+03:00', direction: 'rtl',
  description: LEAD_AR, isAccessibleForFree: true,
  firstParagraph: LEAD_AR, lastParagraph: 'ومن المنتظر أن تبدأ المرحلة الثانية من المشروع مطلع العام المقبل، لترتفع الطاقة الإنتاجية إلى الضعف.', paragraphCount: 4,
  notDescription: /صيانة الطرق|الأحياء الشرقية/,
});

describePage('WordPress graph: og:description cut with "...", the whole text in the JSON-LD article escaped twice, the paywall flag on the WebPage node', {
  name: 'en-jsonld-graph', url: 'https://valleyledger.example/farming/frost-fans/',
  title: 'Orchard growers turn to night frost fans', authors: ['Dana Whitfield'], publishedAt: '2024-05-08T06:00:00-07:00',
  description: 'Growers in the upper valley say the tall fans, which pull warmer air down from above the trees, saved most of the blossom during April\'s cold snap & cut their water use.',
  isAccessibleForFree: false,
  firstParagraph: 'On the coldest nights of April, the hum of a dozen wind machines carried across the orchards above Marlow Creek until dawn.',
  lastParagraph: 'Growers who installed them say they lost less than a tenth of their blossom, against half or more in orchards that relied on sprinklers.', paragraphCount: 3,
});

const SOMMARIO = 'Il restauro, costato quattro milioni, ha restituito alla città la sala ottocentesca con i suoi centoventi posti: la prima stagione si apre a dicembre con la prosa.';
describePage('Italian print rendering with no metadata: the lead picture\'s box and caption, then the sommario; nothing says whether it is free', {
  name: 'it-sommario-stampa', url: 'https://www.corrieredellapianura.example/stampa/2024/11/22/teatro-castelvetro',
  title: 'Riapre dopo trent\'anni il teatro comunale di Castelvetro', authors: ['Marco Bellandi'], publishedAt: '2024-11-22T00:00:00+01:00',
  description: SOMMARIO, isAccessibleForFree: null,
  firstParagraph: SOMMARIO, lastParagraph: 'La stagione prevede dodici spettacoli, con biglietti a prezzo ridotto per gli studenti delle scuole superiori.', paragraphCount: 4,
  notDescription: /sala restaurata|palchi ridipinti/,
});

const LINHA_FINA = 'Depois de seis anos mudando de praça, os produtores passam a ocupar o antigo mercado municipal às quartas e aos sábados';
describePage('Brazilian paper: the linha fina under the headline, isAccessibleForFree as a microdata link to schema.org/False, a subscription box after the text', {
  name: 'pt-linha-fina', url: 'https://www.folhadocerrado.example/cidades/2024/09/feira-organicos-mercado',
  title: 'Feira de orgânicos ganha endereço fixo no centro', authors: ['Renata Siqueira'], publishedAt: '2024-09-03T18:20:00-03:00',
  description: LINHA_FINA, isAccessibleForFree: false,
  firstParagraph: LINHA_FINA, lastParagraph: 'A prefeitura vai cobrar uma taxa mensal simbólica de cada feirante para custear a limpeza e a segurança do espaço.', paragraphCount: 4,
  notDescription: /Assine/,
});

describePage('Gardening blog with no dek and no metadata: the site\'s tagline, a newsletter box and sidebar excerpts are not the summary, nor is the first paragraph', {
  name: 'en-no-dek', url: 'https://plot27.example/2024/10/leeks',
  title: 'Notes from the allotment: the year the leeks failed', authors: ['Graham Oduya'], publishedAt: '2024-10-14T00:00:00+00:00',
  description: null, isAccessibleForFree: null,
  firstParagraph: 'Every autumn for nine years I have dug a row of fat leeks for the winter, and every autumn I have complained that there were too many of them to eat.',
  lastParagraph: 'Next season I will move the leeks to the far bed, where the wind blows through, and try a variety that claims some resistance.', paragraphCount: 3,
});

const BESCHREIBUNG = 'Nach zwei Jahren Bauzeit können Radfahrer und Fußgänger den Fluss nun abseits der stark befahrenen Hauptbrücke queren.';
describePage('Austrian app rendering with microdata: the picture\'s own itemprop description before the article\'s, isAccessibleForFree as a meta name', {
  name: 'de-app-itemprop', url: 'https://murtaler.example/app/artikel/radbruecke-mur',
  title: 'Neue Radbrücke über die Mur eröffnet', authors: ['Theresa Gruber'], publishedAt: '2024-04-26T11:45:00+02:00',
  description: BESCHREIBUNG, isAccessibleForFree: true,
  firstParagraph: BESCHREIBUNG, lastParagraph: 'In den ersten Stunden zählte die Zählstelle am Südufer bereits mehr als 800 Radfahrerinnen und Radfahrer.', paragraphCount: 4,
  notDescription: /120 Meter|Auwald/,
});
