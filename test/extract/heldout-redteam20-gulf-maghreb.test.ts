/**
 * The twentieth round's Gulf and Maghreb pages: Saudi, Emirati, Qatari, Kuwaiti and Omani papers and portals, a
 * Moroccan portal whose French template frames an Arabic story, and Algerian and Tunisian sites; dates printed in
 * both calendars or the Hijri one alone, the Maghreb's month names, Arabic-Indic digits, a clock set before its day,
 * agency copy signed واس، وام، قنا، العمانية، و م ع، واج, and bylines labelled "كتب"، "بقلم"، "إعداد"، "متابعة".
 * Each page is stored as the site serves it, and `expectations.json` states, field by field, what a careful reader
 * says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam20-gulf-maghreb'), NOW);
