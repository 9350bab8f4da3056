/**
 * Round 12, body keeping: article bodies whose real content an engine drops as furniture, or whose furniture it keeps.
 * A press release set whole in a bare `<pre>`, a results table whose every cell (team names and scores) is a link, a
 * standings table, fact boxes ("Key facts", "Auf einen Blick", "في سطور") that cite a source with a link, inside the
 * text and closing it, a `<dl>` of key facts and one of where to get help, a release that closes on its press
 * office's bare address, a Q&A interview, a recipe's ingredient list inside a food story, and more of the same
 * family. Each page is invented and stored as the site serves it; `expectations.json` states what a careful reader
 * says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam12-bodykeep'), NOW);
