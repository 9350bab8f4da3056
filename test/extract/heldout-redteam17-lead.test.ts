/**
 * The lead's pages of the seventeenth round, six of them, each read by a rule of the round: an Amharic date on the
 * Ethiopian clock ("ከምሽቱ 2:30"), a Persian agency page closing on its news code and short link, a Uyghur page dated
 * year first ("2026-يىلى 3-دېكابىر") with its source line and a footer that names the right before the ©, an Urdu date
 * with the part of the day before the clock ("شام 5:40") over APP copy, a Hebrew page dated only in the Hebrew
 * calendar ("כ"ב בכסלו תשפ"ז"), and an English page whose particulars row opens with its section's link. Each page is
 * stored as the site serves it, and `expectations.json` states what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-05T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam17-lead'), NOW);
