/**
 * Held-out audit of visible dates on pages that declare none (no JSON-LD or meta dates; three keep a `<time
 * datetime>`): a blog's short dotted date "7.3.26" as the whole text of its `<time>` (German), while versions,
 * scores, prices and phone numbers written with dots stay no date (English); a photo caption's date after the
 * headline, which dates the picture, not the story dated in its opening line (Arabic), while a byline box set as a
 * `<figcaption>` beside the author's portrait (Dutch) and a dateline styled "text-caption" beside the lead picture
 * (Swedish) stay datelines; the meta block right above the headline, read before the dates of an unmarked "more
 * stories" list after the story (Spanish), while a site header right above the headline, with its menu and the date
 * of the day, is not read first (French). One page declares its date, as local midnight in UTC, in a `<time
 * datetime>` that prints it in UTC the day before (Polish); one in the headline's frame, which its theme names after
 * the sidebar beside it (English); one in the hero, with a grid of "article-teaser__date" times after the story,
 * which date the teased stories (Italian). Each page is read with its URL and without one, field by field.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-dates5');

interface DatedPage {
  name: string;
  url: string;
  title: string;
  /** Null where the page shows no date of its own. */
  publishedAt: string | null;
  /** The text the date was read from. */
  publishedAtRaw: string | null;
  language: string;
  /** The story's paragraphs in order. */
  body: Array<string | RegExp>;
  /** Captions, other stories' dates and the site's chrome, which stay out of the body. */
  notInBody: RegExp;
}

function describePage(summary: string, page: DatedPage): void {
  describe(summary, () => {
    const records: Array<[string, ArticleRecord]> = [
      ['with its URL', extractPage(page.name, page.url)],
      ['without a URL', extractPage(page.name, null)],
    ];
    it.each(records)('reads the title and language %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.language).toBe(page.language);
    });
    it.each(records)('reads the publication date and the text it was read from %s', (_, record) => {
      expect(record.publishedAt).toBe(page.publishedAt);
      expect(record.publishedAtRaw).toBe(page.publishedAtRaw);
    });
    it.each(records)('reads no update, as the page shows none %s', (_, record) => {
      expect({ iso: record.modifiedAt, raw: record.modifiedAtRaw }).toEqual({ iso: null, raw: null });
    });
    it.each(records)('reads the story\'s paragraphs in order and nothing else %s', (_, record) => {
      expectParagraphsInOrder(paragraphs(record), page.body);
      expect(record.body).not.toMatch(page.notInBody);
    });
  });
}

describePage('German: a blog post dated "7.3.26" in a <time> of its own under the headline', {
  name: 'de-kurzes-datum', url: 'https://muehlbach-bote.example/lokales/buecherei-samstag',
  title: 'Stadtbücherei verlängert Öffnungszeiten am Samstag',
  publishedAt: '2026-03-07T00:00:00+01:00', publishedAtRaw: '7.3.26', language: 'de',
  body: [
    /^Die Stadtbücherei am Mühlbach hat künftig/,
    /^Leiterin Hedwig Sauerbrey begründet/,
    'Für die zusätzlichen Stunden hat der Gemeinderat eine halbe Stelle bewilligt. Ehrenamtliche Vorleserinnen gestalten außerdem jeden zweiten Samstag eine Märchenstunde im Kinderbereich.',
  ],
  notInBody: /7\.3\.26|Impressum|Datenschutz/,
});

describePage('English: no date shown; a release "4.2.11" in the meta line, "1.5.10" opening the text, a score, a price and a phone number', {
  name: 'en-version-numbers', url: 'https://wexcombe-digital.example/apps/tram-timetable-offline-maps',
  title: 'Tramway timetable app gets offline maps',
  publishedAt: null, publishedAtRaw: null, language: 'en',
  body: [
    /^1\.5\.10 was the last release/,
    /^The new version downloads the whole network map/,
    /^A day pass bought in the app costs 4\.50 pounds, and the help line on 0 20 \/ 4\.12\.88/,
  ],
  notInBody: /3 min read|Contact|Privacy/,
});

describePage('Arabic: the photo under the headline captioned "في 27 يناير 2026", the story opening "الزرقاء – 4 مارس 2026:"', {
  name: 'ar-photo-caption', url: 'https://aldaffa-news.example/local/wadi-footbridge',
  title: 'افتتاح جسر المشاة الجديد فوق الوادي',
  publishedAt: '2026-03-04T00:00:00+00:00', publishedAtRaw: 'الزرقاء – 4 مارس 2026: افتتحت البلدية اليوم جسر المشاة الجديد الذي يربط الحي الشرقي بالسوق القديم',
  language: 'ar',
  body: [
    /^الزرقاء – 4 مارس 2026: افتتحت البلدية اليوم جسر المشاة/,
    /^وقال رئيس البلدية إن الجسر يختصر/,
    'ورحب سكان الحي بالمشروع، وطالب بعضهم بإضافة مقاعد للاستراحة عند طرفي الجسر قبل حلول الصيف.',
  ],
  notInBody: /جميع الحقوق|محليات/,
});

describePage('Spanish: "Economía · 12 de febrero de 2026" right above the headline, a "Más notas" list dated 3 de enero after the story', {
  name: 'es-bloque-sobre-titular', url: 'https://eco-villarreja.example/economia/nueva-almazara',
  title: 'La cooperativa de aceite abre su nueva almazara',
  publishedAt: '2026-02-12T00:00:00+00:00', publishedAtRaw: '12 de febrero de 2026', language: 'es',
  body: [
    /^La cooperativa olivarera de Villarreja estrenó/,
    /^El presidente de la cooperativa, Anselmo Garrido/,
    /^La inversión se ha financiado con un préstamo/,
  ],
  notInBody: /Más notas|feria de ganado|3 de enero de 2026|Aviso legal/,
});

describePage('French: the site header with its menu and "samedi 28 novembre 2026" right above the headline, "publié le 2 mars 2026" under it', {
  name: 'fr-en-tete-du-site', url: 'https://voix-du-plateau.example/patrimoine/lavoir-rue-basse',
  title: 'Le lavoir de la rue Basse retrouve son toit',
  publishedAt: '2026-03-02T00:00:00+00:00', publishedAtRaw: 'publié le 2 mars 2026', language: 'fr',
  body: [
    /^Les charpentiers ont posé cette semaine/,
    /^Le chantier a été financé en partie/,
    /^Une fête est prévue au printemps/,
  ],
  notInBody: /28 novembre 2026|Petites annonces|Mentions légales/,
});

describePage('Dutch: the byline and "12-03-2026 09:15" in the <figcaption> beside the author\'s portrait, a photo captioned "op 14-01-2026" below', {
  name: 'nl-auteur-met-portret', url: 'https://dagblad-rivierenland.example/regio/veerpont-linge',
  title: 'Veerpont over de Linge vaart weer volgens dienstregeling',
  publishedAt: '2026-03-12T09:15:00+01:00', publishedAtRaw: '12-03-2026 09:15', language: 'nl',
  body: [
    /^De veerpont tussen Heukelum en Spijk vaart/,
    /^Schipper Gerrit Moerkerken zegt/,
    /^In de zomermaanden wordt de laatste afvaart/,
  ],
  notInBody: /Colofon/,
});

describePage('Swedish: "Publicerad 4 mars 2026" styled "text-caption" under the headline, beside the lead picture; a photo captioned "den 12 januari 2026" below', {
  name: 'sv-textbildtext', url: 'https://kustposten.example/norrvik/ny-vantsal',
  title: 'Färjeläget i Norrvik får ny väntsal',
  publishedAt: '2026-03-04T00:00:00+01:00', publishedAtRaw: 'Publicerad 4 mars 2026', language: 'sv',
  body: [
    /^Kommunen bygger en ny uppvärmd väntsal/,
    /^Den nya byggnaden får plats för fyrtio personer/,
    /^Byggstarten är planerad till april/,
  ],
  notInBody: /Kontakta oss/,
});

describePage('Polish: "<time datetime=2026-03-08T23:00:00.000Z>8.3.26</time>", local midnight of 9 March written in UTC and printed in UTC', {
  name: 'pl-polnoc-w-utc', url: 'https://kurier-nadrzeczny.example/miasto/sciezka-rowerowa',
  title: 'Nowa ścieżka rowerowa połączy dwa osiedla',
  publishedAt: '2026-03-09T00:00:00+01:00', publishedAtRaw: '2026-03-08T23:00:00.000Z', language: 'pl',
  body: [
    /^Miasto ogłosiło przetarg/,
    /^Trasa będzie miała prawie cztery kilometry/,
    /^Mieszkańcy od lat prosili/,
  ],
  notInBody: /Kontakt/,
});

describePage('English: the post in a "sidebarStickyFrame" wrapper, "<time class=published datetime=…>10.2.26</time>" under the headline, a most-read box beside it', {
  name: 'en-sticky-sidebar-time', url: 'https://calloway-star.example/transport/night-buses-river-line',
  title: 'Night buses return to the river line',
  publishedAt: '2026-02-10T07:45:00-05:00', publishedAtRaw: '2026-02-10T07:45:00-05:00', language: 'en',
  body: [
    /^Night buses are running again along the river line/,
    /^Services leave the central station every forty minutes/,
    /^Board member Dorian Acheson said/,
  ],
  notInBody: /Most read|Bridge closure|Contact/,
});

describePage('Italian: "<time datetime=2026-05-14>" in the hero under the headline, a grid of "article-teaser__date" times after the story', {
  name: 'it-griglia-anteprime', url: 'https://gazzetta-lario.example/ambiente/nuove-spiagge-libere',
  title: 'Il consorzio del lago apre due nuove spiagge libere',
  publishedAt: '2026-05-14T00:00:00+02:00', publishedAtRaw: '2026-05-14', language: 'it',
  body: [
    /^Il consorzio che gestisce le sponde del lago/,
    /^Il presidente Ottavio Lanzani/,
    /^L'accesso resta gratuito/,
  ],
  notInBody: /Battelli|Sentiero del Viandante|2 aprile 2026|Note legali/,
});
