/**
 * Held-out audit of authors, round 7: hand-written pages that declare no author (no JSON-LD, no author meta tags, no
 * microdata) and open the story's first paragraph with the byline and a line break, so no element holds the byline
 * alone: a German blog (whose writer's contact form is named after the writer), an English one after a short meta
 * line, and an Arabic site served as windows-1256. A fourth page opens a poem with "By the river…", a line that
 * credits nobody. Each page is read with its URL and without one, and each case states the title, the writers and
 * the story's paragraphs.
 */
import { expectParagraphsInOrder, heldoutPageReader, paragraphs, readWithAndWithoutUrl } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-authors7');

interface OpeningBylinePage {
  name: string;
  url: string;
  charset?: string;
  title: string;
  authors: string[];
  /** The story's paragraphs in order, whole or as patterns; the first is the one the page opens with. */
  body: Array<string | RegExp>;
}

function describePage(summary: string, page: OpeningBylinePage): void {
  describe(summary, () => {
    const records = readWithAndWithoutUrl(extractPage, page);
    it.each(records)('reads the title %s', (_, record) => {
      expect(record.title).toBe(page.title);
    });
    it.each(records)('credits the writers %s', (_, record) => {
      expect(record.authors).toEqual(page.authors);
      expect(record.wireSource).toBeNull();
    });
    it.each(records)('opens the body with the story and keeps its paragraphs %s', (_, record) => {
      expect(paragraphs(record)[0]).toMatch(page.body[0]);
      expectParagraphsInOrder(paragraphs(record), page.body);
    });
  });
}

describePage('German blog: "Von Martina Kessler<br>" opens the first paragraph, and a contact form is named after the writer', {
  name: 'de-opening-byline-break', url: 'https://blick-auf-lindenfeld.example/2026/11/buecherei-sonntag/',
  title: 'Warum die Stadtbücherei am Sonntag öffnen will', authors: ['Martina Kessler'],
  body: [/^Die Stadtbücherei Lindenfeld möchte ab dem kommenden Frühjahr/, /^Möglich machen soll das eine Selbstbedienungstechnik/, /^Im Ausschuss stieß der Vorschlag/],
});

describePage('English blog: "By <b>Owen Pritchard</b><br>" opens the first paragraph, after a short "Posted in" line', {
  name: 'en-opening-byline-break', url: 'https://northshore-notes.example/2026/11/ferry-winter-timetable/',
  title: 'Harbour ferry returns to its winter timetable', authors: ['Owen Pritchard'],
  body: [/^The harbour ferry will switch to its winter timetable/, /^The operator said passenger numbers/, /^Season tickets bought before the change/],
});

describePage('Arabic site in windows-1256: "بقلم: سامر الحلبي<br>" opens the first paragraph', {
  name: 'ar-opening-byline-break-1256', url: 'http://sada-alwadi.example/news.php?id=3307', charset: 'windows-1256',
  title: 'افتتاح سوق الكتاب المستعمل في ساحة البلدية', authors: ['سامر الحلبي'],
  body: [/^افتتحت بلدية الوادي صباح اليوم سوقاً أسبوعياً/, /^وقال رئيس البلدية/, /^وخصصت البلدية ركناً للأطفال/],
});

describePage('Writers\' circle: a poem opening "By the river in the morning<br>" credits nobody and stays in the body', {
  name: 'en-opening-verse-break', url: 'https://riverside-writers.example/2026/11/first-frost/',
  title: 'A river poem for the first frost', authors: [],
  body: [/^By the river in the morning\nthe reeds stand white and still,/, /^This poem was read aloud at our November meeting/],
});
