/**
 * Round 12, body keeping: 21 pages whose real content an engine drops as furniture, or whose furniture it keeps.
 * Press releases set whole in a bare `<pre>`, hand-wrapped and wrapped by the browser; results tables whose every
 * cell is a link (scores in cells of their own, in one "1:1" cell between the sides, in Arabic-Indic digits, under a
 * heading of their own); standings; fact boxes ("Key facts", "Auf einen Blick", "في سطور", "What the law does") that
 * cite a source with a link, inside the text and closing it; `<dl>` and two-column tables of key facts whose values
 * link to topic pages; an election's results and a recipe's ingredients as lists of short linked names with their
 * figures; a Q&A interview; and the contact lines of releases (a bare press address, an Arabic media-contact card)
 * that a reader does not count as the release's text. Each page is invented and stored as the site serves it;
 * `expectations.json` states what a careful reader says the record holds. What the engine still misses (the `<pre>`
 * release's headline and date, printed only inside the block) is left out of the expectations.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam12-bodykeep'), NOW);
