/**
 * Held-out audit of dates the dateline reader used to miss or take from the wrong place: an opening block that names
 * a period or a cited paper's issue far into its first sentence, before the block the author dated (German, Spanish);
 * a dateline printed as calendar-leaf parts with no space between day, month and year (English, Spanish, month
 * first); and a declared numeric date whose day and month are both 12 or less, settled by the visible dateline in
 * the other order (Arabic, German); and a page without an h1 whose headline is a lower heading under a long menu,
 * its first paragraph opening with the date (German). Each page is read with its URL and without one, field by field.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-dates3');

interface DatedPage {
  name: string;
  url: string;
  title: string;
  authors: string[];
  publishedAt: string;
  /** The publication date's raw string: the dateline as the page shows it, or the declared value. */
  publishedAtRaw: string;
  language: string;
  /** The story's paragraphs in order: the first and last whole, or patterns for the ones between. */
  body: Array<string | RegExp>;
  paragraphCount: number;
  /** Chrome around the story, and the date row itself, that must stay out of the body. */
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
    it.each(records)('reads the writer, or none where the page credits none %s', (_, record) => expect(record.authors).toEqual(page.authors));
    it.each(records)('reads the story\'s paragraphs and nothing around them %s', (_, record) => {
      const body = paragraphs(record);
      expectParagraphsInOrder(body, page.body);
      expect(body).toHaveLength(page.paragraphCount);
      expect(record.body).not.toMatch(page.notInBody);
    });
  });
}

describePage('German press release: a lead block naming a past period ("vom 2.3. bis 14.4.2026") far in, then "Fallingen, den 3. November 2026 –"', {
  name: 'de-zeitraum-pressemitteilung', url: 'https://presse-fallingen.example/energie/solarpark-kiesweiher-anteile',
  title: 'Stadtwerke Fallingen bieten Anteile am Solarpark an', authors: [],
  publishedAt: '2026-11-03T00:00:00+01:00',
  publishedAtRaw: 'Fallingen, den 3. November 2026',
  language: 'de',
  body: [
    /^Wer in der Stadt wohnt/, /^Fallingen, den 3\. November 2026 – Die Stadtwerke/, /^Der Solarpark soll/,
    '„Wir freuen uns, dass so viele Menschen aus der Nachbarschaft mitmachen“, sagte Geschäftsführerin Renate Oberholzer. Die Stadtwerke wollen das Modell bei weiteren Anlagen wiederholen.',
  ],
  paragraphCount: 4,
  notInBody: /Impressum|Presseportal Fallingen|Kontakt/,
});

describePage('Spanish: a summary citing a journal issue ("número 14, páginas 22 a 31, 20 de mayo de 2026") before "Santa Inés, 2 de junio de 2026 –"', {
  name: 'es-cita-revista', url: 'https://diario-cordillera.example/ciencia/deshielo-glaciares-andinos',
  title: 'El deshielo de los glaciares andinos se acelera, según un estudio', authors: [],
  publishedAt: '2026-06-02T00:00:00+00:00',
  publishedAtRaw: 'Santa Inés, 2 de junio de 2026',
  language: 'es',
  body: [
    /^Los resultados del equipo de la Universidad de Valdeluna/, /^Santa Inés, 2 de junio de 2026 – Los glaciares/, /^La investigadora principal/,
    'Las comunidades que dependen del agua de deshielo piden ahora nuevos embalses pequeños para guardar el agua de la temporada de lluvias.',
  ],
  paragraphCount: 4,
  notInBody: /Aviso legal|Diario Cordillera|Opinión/,
});

describePage('English blog: a calendar-leaf dateline above the headline, "Feb" "18" "2026" in spans with no space between day and year', {
  name: 'en-calendar-leaf', url: 'https://nells-notebook.example/the-first-broad-beans/',
  title: 'The first broad beans of the year', authors: [],
  publishedAt: '2026-02-18T00:00:00+00:00', publishedAtRaw: 'Feb 18 2026', language: 'en',
  body: [
    'After a cold and grey January the allotment finally woke up this week, and the broad beans I sowed in the autumn have pushed through the straw at last.',
    /^Old Mr Penhallow/,
    'Next weekend I will put up the netting before the pigeons discover what is going on. They found the peas within a day last spring.',
  ],
  paragraphCount: 3,
  notInBody: /Archives|February 2026|lot of tea|182026/,
});

describePage('Spanish: "mayo" "20," "2026" in spans of a "fecha" row under the headline, month first, the row kept out of the body', {
  name: 'es-fecha-en-partes', url: 'https://gaceta-del-puerto.example/cultura/feria-del-libro-record',
  title: 'La feria del libro de Puerto Alba cierra con récord de visitantes', authors: [],
  publishedAt: '2026-05-20T00:00:00+00:00', publishedAtRaw: 'mayo 20, 2026', language: 'es',
  body: [
    'La feria del libro de Puerto Alba cerró sus puertas el domingo con más de sesenta mil visitantes, la cifra más alta desde que se organiza en el antiguo mercado.',
    /^Los libreros destacaron/,
    'La organización ya prepara la próxima edición, que tendrá como invitada a una editorial de la costa vecina.',
  ],
  paragraphCount: 3,
  notInBody: /mayo\s*20|Quiénes somos|Deportes/,
});

describePage('Arabic: meta date "03/11/2026 10:20:00" (3 November day first) under a dateline "نشر في 11 مارس 2026": month first, the clock kept', {
  name: 'ar-meta-ambiguous', url: 'https://alwaha-news.example/local/2291',
  title: 'افتتاح مكتبة عامة جديدة في حي الزيتون', authors: [],
  publishedAt: '2026-03-11T10:20:00+00:00', publishedAtRaw: '03/11/2026 10:20:00', language: 'ar',
  body: [
    'افتتحت البلدية صباح اليوم مكتبة عامة جديدة في حي الزيتون تضم أكثر من خمسة آلاف كتاب وقاعة للمطالعة مخصصة للأطفال.',
    /^وقال رئيس البلدية/,
    'وعبر عدد من سكان الحي عن سعادتهم بالمشروع، مؤكدين أن أقرب مكتبة كانت تبعد عنهم أكثر من ساعة بالحافلة.',
  ],
  paragraphCount: 3,
  notInBody: /نشر في|جميع الحقوق|رياضة/,
});

describePage('German: meta date "11/01/2026 07:45:00" (11 January day first) under "Erstellt am: 01.11.2026": month first, the clock kept', {
  name: 'de-meta-vertauscht', url: 'https://aaretaler-bote.example/region/unterwilen-neue-bruecke',
  title: 'Neue Brücke über die Aare bei Unterwilen eröffnet', authors: [],
  publishedAt: '2026-11-01T07:45:00+01:00', publishedAtRaw: '11/01/2026 07:45:00', language: 'de',
  body: [
    'Nach zwei Jahren Bauzeit ist die neue Fussgänger- und Velobrücke bei Unterwilen am Samstag eröffnet worden. Hunderte Schaulustige überquerten sie gleich am ersten Nachmittag.',
    /^Die alte Holzbrücke/,
    'Die Gemeinde rechnet damit, dass die Brücke auch Ausflügler aus den Nachbardörfern anzieht, und plant bereits einen Rastplatz am Ufer.',
  ],
  paragraphCount: 3,
  notInBody: /Erstellt am|Impressum|Agenda/,
});

describePage('German: no h1, the headline an h4 repeating og:title under a menu of 28 links, the story opening "(3. März 2026)"', {
  name: 'de-ohne-h1-titel-h4', url: 'https://verbraucherbund-energie.example/preise/news-2231',
  title: 'Heizkosten: Was Mieter jetzt wissen sollten', authors: ['Gesine Wallrabe'],
  publishedAt: '2026-03-03T00:00:00+01:00',
  publishedAtRaw: '(3. März 2026) Viele Mieter erhalten in diesen Wochen ihre Heizkostenabrechnung und staunen über',
  language: 'de',
  body: [
    /^\(3\. März 2026\) Viele Mieter erhalten/, /^Der Vermieter muss/,
    'Wer Zweifel hat, kann Einsicht in die Belege verlangen. Der Verbraucherbund hilft seinen Mitgliedern dabei mit einer kostenlosen Erstberatung.',
  ],
  paragraphCount: 3,
  notInBody: /Heizöl|Impressum|Gesine Wallrabe|Heizkosten: Was/,
});
