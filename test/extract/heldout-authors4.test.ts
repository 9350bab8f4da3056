/**
 * Held-out audit of authors, round 4: hand-written pages whose metadata declares someone other than the writer the
 * reader sees, or declares the writer in a form that needs reading. The CMS account that filed a piece (an
 * editor's, an account named after the site) and that the page shows nowhere gives way to the article's own credit:
 * a byline line in the header ("por Lucía Herrera", Arabic "بقلم: …", "Ein Interview von … mit …", where the person
 * interviewed is no writer) or a signature on the last line of the text. A declared writer the page does show, or
 * gives by initials, stands, and a teaser's byline below the story overrules nobody. Library-style creator fields
 * ("Lindqvist, A.", "Berg, Johan van den") name one person each, and a paper crediting itself by its name behind its
 * region's initials ("OP Landbote") credits nobody. Each page is read with its URL and without one, and each case
 * states the title, the writers, the date, the story's first and last paragraphs and what must stay out of the body.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-authors4');

interface CreditPage {
  name: string;
  url: string;
  title: string;
  authors: string[];
  publishedAt: string;
  /** The story's first and last paragraphs, whole or as patterns. */
  body: Array<string | RegExp>;
  /** How many paragraphs the body has, when all of them are the story's. */
  paragraphCount?: number;
  /** The credits and the chrome around the story: none of it is in the body. */
  notInBody: RegExp;
}

function describePage(summary: string, page: CreditPage): void {
  describe(summary, () => {
    const records: Array<[string, ArticleRecord]> = [
      ['with its URL', extractPage(page.name, page.url)],
      ['without a URL', extractPage(page.name, null)],
    ];
    it.each(records)('reads the title and the date %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.publishedAt).toBe(page.publishedAt);
    });
    it.each(records)('credits the writers %s', (_, record) => {
      expect(record.authors).toEqual(page.authors);
      expect(record.wireSource).toBeNull();
    });
    it.each(records)('reads the story\'s paragraphs and nothing around them %s', (_, record) => {
      const body = paragraphs(record);
      expectParagraphsInOrder(body, page.body);
      if (page.paragraphCount !== undefined) expect(body).toHaveLength(page.paragraphCount);
      expect(record.body).not.toMatch(page.notInBody);
    });
  });
}

describePage('German city paper: the metadata declares the account that filed the interview; "Ein Interview von … mit …" names the interviewer, then the person interviewed', {
  name: 'de-interview-account', url: 'https://www.lahnkurier.example/kultur/bibliothek-sonntag-interview',
  title: '„Die Bibliothek ist das Wohnzimmer der Stadt“', authors: ['Lena Vogt'], publishedAt: '2026-11-18T09:30:00+01:00',
  body: ['„Wer bei uns hereinkommt, muss nichts kaufen und nichts leisten.“', /^Was wünschen Sie sich für das kommende Jahr\? – Mehr Platz/],
  notInBody: /Peter Maibach|teilen|drucken|Schlagworte|Verlag/,
});

describePage('English garden magazine: the writer\'s name in italics after a line break closes the last paragraph; the declared account is shown nowhere', {
  name: 'en-signature-after-break', url: 'https://www.valleyalmanac.example/garden/mill-lane-orchard',
  title: 'Why the old orchard on Mill Lane is worth saving', authors: ['Rosa Whitfield'], publishedAt: '2026-11-18T09:30:00+00:00',
  body: [/^Forty apple trees, some older than the village hall/, /^Nobody quite knows who planted the orchard/, /more than most public spaces manage in a lifetime\.$/],
  paragraphCount: 4, notInBody: /Rosa Whitfield|Gordon Pratt|Read more|Heritage apples|Pratt Media/,
});

describePage('Spanish daily: "por Lucía Herrera" under the headline, a different parse.ly account in the metadata', {
  name: 'es-byline-over-account', url: 'https://www.diariodelaltiplano.example/economia/mercado-central-domingos',
  title: 'El mercado central abrirá también los domingos', authors: ['Lucía Herrera'], publishedAt: '2026-11-18T09:30:00-06:00',
  body: ['Los comerciantes votaron a favor del nuevo horario por amplia mayoría.', /^El mercado central de la ciudad abrirá sus puertas también los domingos/, 'El horario dominical será de ocho de la mañana a dos de la tarde.'],
  paragraphCount: 4, notInBody: /Lucía Herrera|Ramírez|Publicado el|derechos reservados/,
});

describePage('Arabic daily: "بقلم: سارة المنصوري" ("by") under the headline, another account as the meta author', {
  name: 'ar-byline-over-account', url: 'https://www.alsahil.example/local/2026/11/18/library',
  title: 'افتتاح مكتبة عامة جديدة في حي الشاطئ', authors: ['سارة المنصوري'], publishedAt: '2026-11-18T09:30:00+03:00',
  body: [/^افتتحت البلدية صباح الثلاثاء مكتبة عامة جديدة/, 'وأعرب عدد من الأهالي عن سعادتهم بالمشروع الذي طال انتظاره.'],
  paragraphCount: 3, notInBody: /بقلم|سارة المنصوري|خالد العمري|اقرأ أيضا|جميع الحقوق/,
});

describePage('French local paper: "Par C. Martin", the declared writer by her initial: the declaration stands', {
  name: 'fr-initial-byline', url: 'https://www.echoduval.example/ville/marche-de-noel-place-du-chateau',
  title: 'Le marché de Noël s\'installe place du Château', authors: ['Claire Martin'], publishedAt: '2026-11-18T09:30:00+01:00',
  body: [/^Une cinquantaine de chalets seront installés place du Château/, 'Le marché sera ouvert tous les jours de dix heures à vingt heures.'],
  paragraphCount: 3, notInBody: /C\. Martin|Accueil|©/,
});

describePage('English city paper: the declared writer shown only in the author box after the story, a teaser\'s byline below it', {
  name: 'en-declared-in-author-box', url: 'https://www.riversideledger.example/transport/night-buses-return',
  title: 'Night buses return to the east side', authors: ['Nina Kowalski'], publishedAt: '2026-11-18T09:30:00-05:00',
  body: [/^Night buses will run again between the east side and downtown/, 'Shift workers had collected more than three thousand signatures for the service\'s return.'],
  paragraphCount: 3, notInBody: /More stories|Tom Reyes|Lincoln Elementary|©/,
});

describePage('English city paper: the declared writer shown nowhere, and the only byline a teaser\'s in the list below the story', {
  name: 'en-teaser-byline-below', url: 'https://www.riversideledger.example/transport/late-concert-trains',
  title: 'Late trains added for the winter concerts', authors: ['Nina Kowalski'], publishedAt: '2026-11-18T09:30:00-05:00',
  body: [/^The rail operator will add two late trains on concert nights/, 'Concert halls will print the departure times on their tickets.'],
  paragraphCount: 3, notInBody: /More stories|Tom Reyes|Lincoln Elementary|©/,
});

describePage('German regional paper crediting itself as "OP Landbote" (its region cut to capitals) in the metadata; the byline names the writer', {
  name: 'de-abbreviated-site-credit', url: 'https://www.landbote.example/region/radbruecke-naab',
  title: 'Neue Radbrücke über die Naab wird im Frühjahr gebaut', authors: ['Markus Heindl'], publishedAt: '2026-11-18T09:30:00+01:00',
  body: [/^Die lange geplante Radbrücke über die Naab/, 'Die Bauarbeiten sollen im Herbst abgeschlossen sein.'],
  paragraphCount: 3, notInBody: /Markus Heindl|Startseite|©/,
});

describePage('Dutch research institute: Dublin Core creators written surname first ("Lindqvist, A.", "Berg, Johan van den")', {
  name: 'nl-creator-surname-first', url: 'https://www.rivierkunde.example/nieuws/meetmethode-overstromingen',
  title: 'Nieuwe meetmethode voorspelt overstromingen eerder', authors: ['A. Lindqvist', 'Johan van den Berg'], publishedAt: '2026-11-18T00:00:00+01:00',
  body: [/^Onderzoekers van het instituut hebben een meetmethode ontwikkeld/, 'Waterschappen kunnen de methode vanaf volgend jaar gebruiken.'],
  paragraphCount: 3, notInBody: /Lindqvist|Onderzoek Nieuws|18 november 2026/,
});
