/**
 * The eleventh round of pages written to break the engine, on the headline: where the page shows it and what hangs
 * off it (the byline, the date row and the wire credit under it, the dek, the text's first paragraph). Pages with no
 * `<h1>` (the headline in an `<h2>`, a `<div class="ttl">`, a table cell's `<span>`, `<font size=5><b>`), an h1 that
 * is the section's name or the site's, two h1s (a hero carousel's teaser before the story's, a sticky bar's copy
 * above the masthead), an h1 inside the header's breadcrumb, an h1 that holds a kicker beside the headline, and an
 * AMP page, in Korean, Japanese, Chinese, Arabic, Turkish, Russian, Spanish and English. Each page is stored as the
 * site serves it, and `expectations.json` states, field by field, what a careful reader says the record holds. Only
 * what the engine meets is stated; what it still misses is named in the round's report.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam11-headline'), NOW);
