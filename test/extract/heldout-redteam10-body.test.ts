/**
 * The tenth round's body pages, 18 of them: the structures a story's body holds besides its paragraphs. Data tables (a
 * council by-election's results, a league's standings, one whose team names link to the teams' pages, a table block
 * with its source in the figcaption), a list of seats whose party names are links, announced by the sentence before it;
 * Q&A interviews with their questions in bold (French, and Arabic with "س:" and "ج:"), pull quotes that repeat a
 * sentence of the text (as a blockquote, as a paragraph classed for it, recapitalised in a box of its own), a
 * blockquote of a minister's words; "Lire aussi", "اقرأ أيضا" (its label in a paragraph of its own over the link's),
 * "Lee también" and "Mehr zum Thema" plugs, ad slots and newsletter boxes between paragraphs; a "Key facts" box set in
 * an <aside> between two paragraphs and a "Hintergrund" box in a <div>, a "Das Wichtigste in Kürze" list over the text,
 * h2 and h3 subheadings and numbered steps; a recipe card (WP Recipe Maker) in a food story, a code block in Prism's
 * toolbar frame with its "Copy" button, an embedded video with its caption and a photo gallery mid-story, a long read's
 * endnotes and those Pandoc sets in an <aside role="doc-endnotes">, corrections and editor's notes closing the story, a
 * brief of two paragraphs over long teasers, and a page whose text carries scripts, a style, event handlers and
 * javascript: links. In English, French, German, Spanish, Arabic, Italian, Portuguese and Dutch. Each page is stored as
 * the site serves it, and `expectations.json` states, field by field, what a careful reader says the record holds; the
 * tests below check what the sanitised HTML keeps of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../lambdas/extract';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');
const FOLDER = join(__dirname, '../fixtures/heldout-redteam10-body');

describeRedTeamPages(FOLDER, NOW);

/** The README's bodyHtml tag set: a table is no part of it, so each of its rows is a paragraph of its cells. */
const ALLOWED_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'pre', 'br', 'figure', 'figcaption', 'img', 'a', 'strong', 'em']);

function bodyOf(page: string) {
  const entries = JSON.parse(readFileSync(join(FOLDER, 'expectations.json'), 'utf8')) as { page: string; url: string }[];
  const entry = entries.find((candidate) => candidate.page === page);
  return extract(readFileSync(join(FOLDER, `${page}.html`)), { url: entry?.url ?? null, now: NOW });
}

describe('the body HTML of the round-10 body pages', () => {
  const pages = ['en-council-election-table', 'en-standings-linked-table', 'es-elecciones-lista-enlazada', 'fr-entretien-lire-aussi',
    'ar-iqra-aydan-blockquote', 'en-key-facts-aside', 'en-tech-code-copy', 'it-video-galleria', 'en-footnotes-endnotes', 'nl-scripts-in-tekst',
    'pt-tabela-wordpress', 'fr-be-grand-format-exergue', 'de-pandoc-endnoten'];

  it.each(pages)('%s holds only the sanitised tag set, without scripts, styles, handlers or javascript: links', (page) => {
    const { bodyHtml } = bodyOf(page);
    expect(bodyHtml).not.toMatch(/<script|<style|<iframe|<table|<td|\son\w+\s*=|javascript:/i);
    for (const [, tag] of bodyHtml.matchAll(/<\/?([a-z0-9]+)/g)) expect(ALLOWED_TAGS).toContain(tag);
  });

  it('sets each row of a results table as a paragraph of its cells, the header row too, and keeps the subheadings and the list', () => {
    const { bodyHtml } = bodyOf('en-council-election-table');
    expect(bodyHtml).toContain('<h2>Harbourside</h2>');
    expect(bodyHtml).toContain('<p>Candidate | Party | Votes | Share</p><p>Ellen Marchbank | Green | 1,148 | 41.2%</p>');
    expect(bodyHtml).toContain('<h3>What the results mean</h3><ul><li>Labour keeps its majority of seven on the council.</li>');
    expect(bodyHtml).toContain('<p><em>Correction: An earlier version of this article gave Ellen Marchbank');
  });

  it('keeps a standings table whose team names are links, and the links in its rows', () => {
    const { body, bodyHtml } = bodyOf('en-standings-linked-table');
    expect(body.split('\n\n')).toEqual(expect.arrayContaining(['Team | W | L | D | Pts', 'Riverhawks | 9 | 1 | 2 | 29', 'Denver | 1 | 10 | 1 | 4']));
    expect(bodyHtml).toContain('<p><a href="https://www.prairiesportsdaily.com/soccer/teams/riverhawks">Riverhawks</a> | 9 | 1 | 2 | 29</p>');
  });

  it('reads a table block\'s caption with its rows, as a table\'s own caption is read', () => {
    const { bodyHtml } = bodyOf('pt-tabela-wordpress');
    expect(bodyHtml).toContain('<p>Rio de Janeiro | 798,05 | +2,4%</p><p>Fonte: levantamento nacional da cesta básica, novembro de 2026</p>');
  });

  it('reads once the sentences that pull quotes set in a paragraph or a box of their own, recapitalised', () => {
    const { body } = bodyOf('fr-be-grand-format-exergue');
    expect(body.split("le foyer n'a jamais pu être éteint, malgré trois tentatives")).toHaveLength(2);
    expect(body.split('plus aucun point au-dessus de 60 degrés')).toHaveLength(2);
  });

  it('keeps the list of seats the sentence before it announces, with its links', () => {
    const { bodyHtml } = bodyOf('es-elecciones-lista-enlazada');
    expect(bodyHtml).toContain('así:</p><ul><li><a href="https://www.diariodelcantabrico.es/tag/partido-popular">Partido Popular</a>: 14</li>');
  });

  it('keeps an interview\'s questions in bold and reads the pull quote\'s sentence once', () => {
    const { body, bodyHtml } = bodyOf('fr-entretien-lire-aussi');
    expect(bodyHtml).toContain('<p><strong>Cet été a-t-il été une surprise pour vous ?</strong></p>');
    expect(body.split('gouverner seul, chacun depuis sa rive')).toHaveLength(2);
  });

  it('keeps a quotation the story sets apart as a blockquote', () => {
    const { bodyHtml } = bodyOf('ar-iqra-aydan-blockquote');
    expect(bodyHtml).toContain('<blockquote><p>"لم يعد بإمكاننا الاعتماد على الآبار.');
  });

  it('keeps a fact box\'s heading and list, and drops the pull quote\'s attribution', () => {
    const { bodyHtml } = bodyOf('en-key-facts-aside');
    expect(bodyHtml).toContain('<h2>Key facts</h2><ul><li>The fence runs about 5,600km');
    expect(bodyHtml).not.toContain('pastoralist</');
  });

  it('prints a code block as <pre> with its lines, without the toolbar, and the steps as a numbered list', () => {
    const { bodyHtml } = bodyOf('en-tech-code-copy');
    expect(bodyHtml).toContain('<pre>[httpd]\nlisten_addr = 0.0.0.0\nlisten_port = 8443\nremote_admin = true</pre>');
    expect(bodyHtml).toContain('<ol><li>Open the router');
    expect(bodyHtml).toContain('<em>Advanced</em>');
  });

  it('sets a gallery\'s pictures as figures with their captions where the story shows them, without the player', () => {
    const { bodyHtml } = bodyOf('it-video-galleria');
    expect(bodyHtml).toContain('<figure><img src="https://static.gazzettalaguna.it/img/2026/11/chioggia-2.jpg" alt="Negozio allagato"><figcaption>Una merceria vicino al Duomo</figcaption></figure>');
    expect(bodyHtml.indexOf('chioggia-1.jpg')).toBeGreaterThan(bodyHtml.indexOf('Le scuole del centro'));
    expect(bodyHtml.indexOf('chioggia-4.jpg')).toBeLessThan(bodyHtml.indexOf('Il Consorzio ha spiegato'));
  });

  it('keeps the endnotes Pandoc sets in an <aside role="doc-endnotes">, after the subheadings', () => {
    const { bodyHtml } = bodyOf('de-pandoc-endnoten');
    expect(bodyHtml).toContain('<h2>Folgen für den Schwimmunterricht</h2>');
    expect(bodyHtml).toContain('<ol><li>Eigene Auswertung der Bäderstatistiken der Länder, Stand Oktober 2026.</li>');
  });

  it('keeps a long read\'s endnotes as a numbered list, without their back-links', () => {
    const { bodyHtml } = bodyOf('en-footnotes-endnotes');
    expect(bodyHtml).toContain('<h3>Notes</h3><ol><li>County Board of Supervisors, staff report on the fare-free pilot, August 2024, p. 7.</li>');
    expect(bodyHtml).not.toContain('#fnref');
  });
});
