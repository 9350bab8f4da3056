/**
 * Held-out audit of authors, round 6: hand-written pages that declare no author at all (no JSON-LD, no author meta
 * tags, no microdata) and show no byline, where the story is closed by its writer's name as a line of its own: in
 * brackets on a German regional paper's page, after a dash on a French science site's. A third page ends with a
 * quotation and the dashed name of whoever said it, which credits nobody. Each page is read with its URL and without
 * one, and each case states the title, the writers and the story's first and last paragraphs.
 */
import type { ArticleRecord } from '../../lambdas/extract';
import { expectParagraphsInOrder, heldoutPageReader, paragraphs } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-authors6');

interface ClosingLinePage {
  name: string;
  url: string;
  title: string;
  authors: string[];
  /** The story's first and last paragraphs, whole or as patterns. */
  body: Array<string | RegExp>;
}

function describePage(summary: string, page: ClosingLinePage): void {
  describe(summary, () => {
    const records: Array<[string, ArticleRecord]> = [
      ['with its URL', extractPage(page.name, page.url)],
      ['without a URL', extractPage(page.name, null)],
    ];
    it.each(records)('reads the title %s', (_, record) => {
      expect(record.title).toBe(page.title);
    });
    it.each(records)('credits the writers %s', (_, record) => {
      expect(record.authors).toEqual(page.authors);
      expect(record.wireSource).toBeNull();
    });
    it.each(records)('reads the story\'s paragraphs %s', (_, record) => {
      expectParagraphsInOrder(paragraphs(record), page.body);
    });
  });
}

describePage('German regional paper: the writer\'s name in brackets as the story\'s last line, "(Katrin Vogt)"', {
  name: 'de-closing-name-brackets', url: 'https://www.kreisbote-rheinaue.example/lokales/faehre-altrhein-maerz',
  title: 'Neue Fähre über den Altrhein fährt ab März', authors: ['Katrin Vogt'],
  body: [/^Nach zwei Jahren Pause soll zwischen Auheim und Kiesbach/, /^Betreiben soll die Fähre wie bisher der örtliche Verkehrsverein/],
});

describePage('French science site: the writer\'s name after a dash as the story\'s last line, "– Claire Morel"', {
  name: 'fr-closing-name-dash', url: 'https://www.sciences-du-vivant.example/biologie/abeilles-sauvages-friches',
  title: 'Des abeilles sauvages reviennent dans les friches urbaines', authors: ['Claire Morel'],
  body: [/^Une équipe de chercheurs a recensé pendant trois étés/, /^Ils comptent poursuivre leurs relevés l'an prochain/],
});

describePage('German local paper: a closing quotation and the dashed name of the man who said it, which credits nobody', {
  name: 'de-closing-quote-attribution', url: 'https://www.talpost.example/kultur/chor-hundert-jahre',
  title: 'Chor feiert hundert Jahre mit Konzert in der Stadthalle', authors: [],
  body: [/^Mit einem Festkonzert hat der Männerchor Eintracht Wiesental/, /^„Wer hundert Jahre zusammen singt/, '– Werner Albrecht'],
});
