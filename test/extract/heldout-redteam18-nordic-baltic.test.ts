/**
 * The Nordic and Baltic pages of the eighteenth round, thirty-nine of them: Swedish, Norwegian (bokmål and nynorsk),
 * Danish, Finnish, Icelandic, Estonian, Latvian and Lithuanian news sites as they serve their stories: clocks printed
 * with a dot after "kl." and "klo" ("kl. 14.20", "klo 14.20"), an update line that gives only its time ("Publisert
 * 03.12.2026 14:20, oppdatert 15:05"), year-first Baltic dates ("2026. gada 3. decembris", "2026. gada 3. decembrī",
 * "2026 m. gruodžio 3 d."), month names in full and abbreviated ("3. joulukuuta 2026 klo 14.20", "3. detsember 2026,
 * 14:20", "3 dec 2026 14:20", "3. des. 2026, 14:20"), numeric dates with the local habits around them ("03.12.2026.
 * 14:20", "03.12.2026 kell 14:20", "to 3.12.2026 klo 14.20", "tor 3 dec 2026 kl 14.20"), "Teksti:"/"Kuvat:" and
 * "Tekst:"/"Foto:" credit lines, joint credits for text and pictures ("Text och bild:", "Tekst og foto:", "Teksti ja
 * kuvat:") over the story and under it, a debate page's disclaimer, an Estonian editor's closing line, the national
 * agencies (TT, NTB, Ritzau, STT, BNS, LETA, ELTA) credited in bylines, source lines and photo credits, Lithuanian
 * credits set after the photographer ("… nuotr."), "read also" boxes, paywall teasers (one named only by its box's
 * notice), view and comment counters (and the links that say there is none yet), and pages in ISO-8859-1 and
 * windows-1257. Each page is stored as the site serves it, and `expectations.json` states, field by field, what a
 * careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-05T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam18-nordic-baltic'), NOW);
