/**
 * The seventeenth round's francophone pages: French-language news from the Maghreb, West and Central Africa,
 * Lebanon, Quebec, Belgium and Switzerland, and the Arabic page of a bilingual Algerian site on the French page's
 * template. They print "Publié le 03/12/2026 à 14h30" and "le 3 déc. 2026 à 10 h 05" with no offset, credit the
 * national agencies ("(APS)", "(MAP)", "(TAP)", "(AIP)", "(ACP)", "Par Belga") beside or instead of a writer, and
 * set "Lire aussi" blocks, share bars, comment counts and signature initials around the story. Each page is stored
 * as the site serves it, and `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam17-francophone'), NOW);
