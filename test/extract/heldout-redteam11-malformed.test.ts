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
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam11-malformed'), NOW);
