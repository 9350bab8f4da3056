/**
 * Held-out audit of the body on pages whose class names tell nothing: hand-written pages classed the way CSS modules
 * and hashing build tools class them (`c-x91ka`, `_3fk2a`, `t5m1r`), so that only the page's structure tells the
 * story from what is around it: a consent centre laid over the page as a modal, a how-to whose steps are each set in a
 * component of their own, a page builder that wraps the story and the cards after it in one widget class, readers'
 * comments after a reply form, readers' comments beside the story's <article>, a privacy notice laid out after the
 * page's <main>, and a consent placeholder set in each embed's place. In English, German, French, Spanish, Arabic,
 * Italian and Portuguese. Each case states where the article starts and ends, what it holds, and the furniture it must
 * not; the page is read without a URL and with one, as the pipeline may receive either.
 */
import { type ExpectedParagraph, expectParagraphsInOrder, heldoutPageReader, imageUrls, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-body3');

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
    page: 'en-consent-overlay', url: 'https://www.brackwater-courier.example/news/ferry-crew-rescue-kayaker',
    shape: 'short English story; after the footer, a consent centre marked aria-modal with six paragraphs of policy prose, longer than the story',
    title: 'Ferry crew rescue kayaker off Tollen Point',
    first: /^The crew of the morning ferry to Skellan Island/, last: /^The coastguard has reminded paddlers/, count: 4,
    holds: [/^The man, who is in his sixties/, /^Captain Isla Fenwick said/],
    without: /privacy choices|Strictly necessary|store small files|advertising partners|withdraw your consent|Most read|Harriet Lowden/i,
    images: [],
  },
  {
    page: 'de-schritte', url: 'https://www.gartenpraxis-lindenau.example/anleitung/hochbeet-anlegen',
    shape: 'German how-to split into one component per step (a heading and a text box, a few wrappers deep); the overview box, with three paragraphs, scores far ahead of each one-paragraph step',
    title: 'So legen Sie ein Hochbeet an',
    first: 'Überblick', last: /^Im ersten Jahr setzen Sie Starkzehrer/, count: 14,
    holds: [/^Ein Hochbeet schont den Rücken/, /^Das Holz, die Schrauben/, 'Schritt 1: Den richtigen Platz wählen', /^Stellen Sie das Beet/,
      'Schritt 3: Den Rahmen bauen', /^Verschrauben Sie/, 'Schritt 5: Setzen und gießen'],
    without: /Weitere Anleitungen|Kompost richtig ansetzen|Regentonne|Impressum|Gemüse/,
    images: [],
  },
  {
    page: 'fr-blocs-widgets', url: 'https://www.petit-causse.example/village/forge-saint-alvere',
    shape: 'French story from a page builder that wraps every block in one widget class: the story\'s text in one, then three linked story cards in widgets of the same class',
    title: 'À Saint-Alvère, la dernière forge du village rallume ses feux',
    first: /^Fermée depuis la retraite de son dernier forgeron/, last: /^Le maire, Jean-Louis Castagné/, count: 6,
    holds: [/^Camille et Théo Vernhes/, /^« Les anciens du village/],
    without: /Dans le canton|moulin de la Vézère|marché de nuit|gagne une classe|effectifs|Mentions légales/,
    images: [],
  },
  {
    page: 'es-comentarios', url: 'https://www.cronica-altotajo.example/local/valdoria-mercado-abastos-obras',
    shape: 'Spanish story in an <article> under a headline set outside it; after the text, in the same <article>, a reply form with a text area and three readers\' comments of a sentence or two',
    title: 'El ayuntamiento de Valdoria cierra el mercado de abastos por obras',
    first: /^El mercado de abastos de Valdoria cerrará/, last: /^La asociación de comerciantes ha pedido/, count: 4,
    holds: [/^Los veintidós puestos/, /^La alcaldesa, Marta Quiroga/],
    without: /Remedios|Anselmo|Hace \d horas|cubos entre los puestos|polideportivo|bajar la tasa a los comerciantes|Comentario|Enviar/,
    images: [],
  },
  {
    page: 'ar-story-box', url: 'https://www.alwadi-alakhdar.example/local/zuhur-public-library',
    shape: 'Arabic story whose <article> holds the headline, the byline, a standfirst and the text; beside it, outside the <article>, readers\' comments with no heading, each a name and a sentence of prose',
    title: 'افتتاح مكتبة عامة جديدة في حي الزهور',
    first: /^بعد عامين من الترميم، تحول مبنى البريد القديم/, last: /^وقالت مديرة المكتبة، هدى المصري/, count: 4,
    holds: [/^افتتحت البلدية، مساء الأربعاء/, /^وتضم المكتبة نحو اثني عشر ألف كتاب/],
    without: /أبو خالد|منى|سامر|خطوة رائعة|زرت المكتبة|كان مهملاً|جميع الحقوق|سلمى العبيدي/,
    images: [],
  },
  {
    page: 'it-main-informativa', url: 'https://www.ecodellevalli.example/montagna/rifugio-colle-alto-riapre',
    shape: 'Italian story of three paragraphs in the page\'s one <main>; after the footer, outside <main>, a privacy notice of seven paragraphs in a box no class word names',
    title: 'Val Serina, riapre il rifugio Colle Alto dopo la frana',
    first: /^Il rifugio Colle Alto, in alta Val Serina/, last: /^«Abbiamo ricevuto centinaia di messaggi/, count: 3,
    holds: [/^I lavori, finanziati dalla Regione/],
    without: /Informativa|Torna indietro|indirizzo IP|responsabile del trattamento|Più letti|funivia|Chiara Locatelli/,
    images: [],
  },
  {
    page: 'pt-conteudo-externo', url: 'https://www.jornaldacosta.example/regiao/barcos-pesca-eletricos',
    shape: 'Portuguese story with three embeds held back for consent: in each place the same placeholder box, a heading, a paragraph and a button',
    title: 'Barcos de pesca de Vila Nova do Mar trocam gasóleo por baterias',
    first: /^Seis barcos da frota artesanal/, last: /^A associação espera ter os primeiros resultados/, count: 5,
    holds: [/^As baterias são carregadas/, /^«Ao princípio desconfiávamos/, /^O projeto custou 420 mil euros/],
    without: /Conteúdo externo|definições de privacidade|Alterar definições|Mais lidas|Rui Carvalhal/,
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
