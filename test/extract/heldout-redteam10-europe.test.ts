/**
 * The tenth round's 19 pages from Europe beyond English, French and German: regional papers and portals in Polish, Czech,
 * Slovak, Hungarian, Romanian, Greek, Turkish, Ukrainian, Croatian, Serbian in Cyrillic, Finnish, Swedish, Dutch,
 * European Portuguese and Lithuanian. They print their dates with the month in the genitive or abbreviated ("3
 * grudnia 2026", "2026. december 3.", "03. дец 2026", "gruodžio 3 d."), times as "klo 8.15", "kl. 07.30" or "9h05",
 * bylines behind the local label ("Szerző:", "Yazar:", "Συντάκτης:", "Toimittaja"), their national agency as the wire
 * source ("Forrás: MTI", "Izvor: Hina", "Anna Lindqvist/TT", "…, передає Укрінформ."), and furniture in their own
 * words ("Czytaj także", "Čtěte také", "Kapcsolódó", "İlgili Haberler", "Читайте також"). Seven are stored in their
 * legacy charsets (ISO-8859-2, windows-1250, ISO-8859-7, windows-1254, windows-1251) as raw bytes.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest time the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam10-europe'), NOW);
