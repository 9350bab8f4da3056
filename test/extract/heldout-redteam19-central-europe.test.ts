/**
 * The nineteenth round's pages from Central and South-East Europe: Polish, Czech, Slovak, Hungarian, Romanian,
 * Croatian, Slovenian, Serbian (Latin) and Greek news sites as their custom portals, WordPress themes and Joomla
 * templates serve them, dated in the local ways (the day words "wczoraj", "dnes", "tegnap", "juče", genitive month
 * names, Croatian "listopada" for October, a Roman numeral for the month, the hour after "ora", "ob 8.05", the Greek
 * afternoon "μ.μ."), signed with the local labels ("Avtor:", "Írta:", "Pripremio:", "Piše:", "Συντάκτης:") and the
 * agencies' credits (national ones and the private SITA, FoNet and Mediafax), and with their "read also" boxes,
 * counters and comment sections. Each page is stored as the site serves it, and `expectations.json` states, field by
 * field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print ("dnes 9:41" on the 5th of December), so that none is refused as lying in the future. */
const NOW = new Date('2026-12-05T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam19-central-europe'), NOW);
