/**
 * The twentieth round's other renderings of a news article, thirteen of them: AMP pages (a British regional with its
 * sidebar, share bar, ads and a carousel of teasers; a German one crediting dpa with a slide gallery and thin
 * JSON-LD; a Saudi, a Hindi and a French one whose JSON-LD leaves out the writer or the first date; a Spanish one
 * fetched from an AMP cache, dated "03·12·26 | 17:20"), a French mobile site's thin template, print versions
 * (Spanish, German, a Russian one served in windows-1251, and a British one that prints the day it was printed) that
 * end on the article's address, an American public radio's text-only edition and a saved reader-view copy. Their
 * metadata is thinner than on the desktop page and their canonical address points there. Each page is stored as
 * the site serves it, and `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam20-amp-mobile-print'), NOW);
