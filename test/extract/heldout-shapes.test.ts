/**
 * Held-out body shapes: hand-written news pages whose text is set in ways the paragraph model has to read as a reader
 * does — verse and an address broken into lines with <br> inside one <p>. Each page is read with its URL and without
 * one, as the grader reads it, and each case states the body a reader expects: its first and last paragraphs, how
 * many there are, the HTML of the shaped parts, and what must stay out.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { type ExpectedParagraph, expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-shapes');

interface ShapePage {
  name: string;
  url: string;
  title: string;
  authors: string[];
  publishedAt: string;
  language: string;
  first: string;
  last: string;
  paragraphCount: number;
  /** Paragraphs between the first and the last, in order. */
  holds: ExpectedParagraph[];
  /** Fragments the body's HTML must contain, where the shape shows in it. */
  htmlHolds?: string[];
  /** What must stay out of the body. */
  notInBody: RegExp;
  /** The agency the story is credited to, when it is. */
  wireSource?: string;
}

function describePage(summary: string, page: ShapePage): void {
  describe(summary, () => {
    const records: Array<[string, ArticleRecord]> = [
      ['with its URL', extractPage(page.name, page.url)],
      ['without a URL', extractPage(page.name, null)],
    ];
    it.each(records)('reads the title, writer, date and language %s', (_, record) => {
      expect(record.title).toBe(page.title);
      expect(record.authors).toEqual(page.authors);
      expect(record.publishedAt).toBe(page.publishedAt);
      expect(record.language).toBe(page.language);
    });
    it.each(records)('starts and ends where the story does, with its paragraphs in order %s', (_, record) => {
      const body = paragraphs(record);
      expect(body[0]).toBe(page.first);
      expect(body.at(-1)).toBe(page.last);
      expect(body).toHaveLength(page.paragraphCount);
      expectParagraphsInOrder(body, page.holds);
    });
    it.each(records)('keeps the furniture out %s', (_, record) => {
      expect(record.body).not.toMatch(page.notInBody);
      expect(record.bodyHtml).not.toMatch(page.notInBody);
    });
    if (page.htmlHolds) {
      const fragments = page.htmlHolds;
      it.each(records)('prints the shaped parts in the HTML %s', (_, record) => {
        for (const fragment of fragments) expect(record.bodyHtml).toContain(fragment);
      });
    }
    it.each(records)('credits the story %s', (_, record) => expect(record.wireSource).toBe(page.wireSource ?? null));
  });
}

describePage('English local paper: a stanza and a postal address, each one <p> with a <br> after every line', {
  name: 'en-poem', url: 'https://tidewaterledger.example/arts/2026/10/14/marram-bay-poet-laureate',
  title: 'Harbour town names its first poet laureate', authors: ['Imogen Calloway'], publishedAt: '2026-10-14T08:30:00+00:00', language: 'en',
  first: 'Marram Bay has chosen a retired ferry engineer as its first poet laureate, ending a search that drew more than two hundred entries from across the county.',
  last: "The council said the winning young writer would be announced at the library's winter fair.",
  paragraphCount: 9,
  holds: [
    /^The selection panel said his short poems/,
    'The ferry hums its one low note\nacross the water, cold and grey;\nI count the rivets on the boat\nand wait for light to end the day.',
    /^Pennywell will receive a small stipend/,
    /^Entries for the young writers' prize/,
    'Marram Bay Library\n14 Quay Street\nMarram Bay MB3 9QT',
  ],
  htmlHolds: [
    '<p>The ferry hums its one low note<br>across the water, cold and grey;<br>I count the rivets on the boat<br>and wait for light to end the day.</p>',
    '<p>Marram Bay Library<br>14 Quay Street<br>Marram Bay MB3 9QT</p>',
  ],
  notInBody: /Tidewater Ledger|Privacy|Terms|Imogen Calloway|October 14, 2026/,
});
