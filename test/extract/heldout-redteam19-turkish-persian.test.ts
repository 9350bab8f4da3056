/**
 * The nineteenth round's pages in Turkish, Azerbaijani, Persian and Kurdish, ten of them: a Turkish regional paper
 * served in windows-1254 with its reporter's name set in capitals, a national portal's desk line over a DHA story
 * dated with abbreviated months, a columnist's page with its follow button, an Azerbaijani paper running AZƏRTAC's
 * copy under its dateline and another dated "yesterday", an Afghan page that prints the Gregorian date before the
 * solar one, an Iranian paper's "کد خبر" row quoting ISNA, a Persian WordPress theme's "به قلم" byline with its update
 * line, a Sorani page that adds the Kurdish calendar's date to the Gregorian one, and a Kurmanji page in the Kurmanji
 * month names. Each page is stored as the site serves it, and `expectations.json` states, field by field, what a
 * careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-05T18:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam19-turkish-persian'), NOW);
