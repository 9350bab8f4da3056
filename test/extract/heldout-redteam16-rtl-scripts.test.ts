/**
 * The lead's pages of the sixteenth round, four of them: meta rows that print the date first and the byline after it
 * (Hebrew "מאת:" beside a Hebrew-calendar date, English "By …, with agencies"), and stamps in the page's own digits
 * and calendar above a labelled byline (an Afghan Pashto page dated in the Dari solar months, a Sorani Kurdish page
 * dated in Arabic-Indic digits). Each page is stored as the site serves it, and `expectations.json` states, field by
 * field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam16-rtl-scripts'), NOW);
