/**
 * The eleventh round's malformed pages: invented news pages whose markup is broken as CMS output often is, and which
 * browsers still show whole. Unclosed `<p>`, `<div>` and `<li>`, formatting tags closed out of order, a table layout
 * with text between its cells and a second `<body>` opened in a cell, a whole template pasted into a story
 * (`</html><html><head>…<body>` mid-article), a comment section and a tracker appended after `</body></html>`, a
 * comment closed by `--!>`, unquoted and repeated attributes, a meta value cut short by an unescaped quote, a
 * `<title>` holding a tag, scripts holding `</div>` and markup in strings, `<noscript>` with content in the head,
 * Arabic written as numeric entities (some without their semicolons), a byte-order mark under a contradicting
 * meta charset, a story body encoded twice, a UTF-8 page including a windows-1256 fragment, a windows-1252 page,
 * `<br>` in place of paragraphs with a `<div>` inside a link and a `<p>` inside a `<span>`, a press release set in
 * `<pre>`, and a download cut off mid-word. `expectations.json` states what a reader of the rendered page says the
 * record holds; what the engine still misses is named in the round's report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../lambdas/extract';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam11-malformed'), NOW);

/**
 * The press release's page is still read with its breadcrumb and footer around the story, since its <pre> sits
 * straight in <body> with them, so the rule "prose set in <pre>" is checked here on the paragraphs themselves.
 */
describe('a story set in <pre>', () => {
  const folder = join(__dirname, '../fixtures/heldout-redteam11-malformed');

  it('reads hand-wrapped paragraphs as paragraphs and a letterhead as lines', () => {
    const record = extract(readFileSync(join(folder, 'es-press-release-pre.html')), { url: null, now: NOW });
    const paragraphs = record.body.split('\n\n');
    expect(paragraphs).toContain('El pleno de la Diputación Provincial de Teruel aprobó este lunes un plan de 2,3 millones de euros para arreglar 140 kilómetros de caminos rurales en 38 municipios de la provincia, la mayoría de ellos de menos de 500 habitantes.');
    expect(paragraphs).toContain('"Los caminos son las calles de nuestros pueblos; sin ellos no hay agricultura ni ganadería", afirmó el presidente de la institución, Julián Ferrer, tras la votación, que salió adelante con el apoyo de todos los grupos.');
    // The release line over the letterhead ("COMUNICADO DE PRENSA") leaves the body as a press release's label.
    expect(paragraphs).toContain('Gabinete de Comunicación — Diputación Provincial de Teruel\nTeruel, 30 de noviembre de 2026');
  });

  it('keeps a code listing in <pre> one block with its lines, however long they run', () => {
    const call = 'console.log(headers.get("Content-Type")); // the type the server declared for it';
    const prose = 'The headers object can be read as this listing shows, one call per line of the example below.';
    const html = `<html><head><title>Headers</title></head><body><article><h1>Headers</h1><p>${prose}</p><p>${prose}</p>`
      + `<pre>${call}\n${call}\n\n${call}\n${call}\n\n${call}\n${call}\n\n${call}</pre><p>${prose}</p></article></body></html>`;
    const record = extract(html, { url: null, now: NOW });
    expect(record.body).toContain(`${call}\n${call}\n${call}`);
  });
});
