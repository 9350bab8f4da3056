/**
 * The twenty-third round's news pages in the languages of India, Bangladesh, Sri Lanka and Nepal, ten of them: a
 * Hindi portal crediting its writer "द्वारा:" and PTI's Hindi service in a closing "(इनपुट: भाषा)"; a Hindi page
 * whose row reads "Authored by … | site.कॉम | Updated: …" over a highlights list, closed by an app note; a Hindi page
 * naming its writer in Latin letters before the site and the city; a Bangladeshi daily's desk report of UNB copy, the
 * desk named as a person in its JSON-LD; a Tamil portal dated with the abbreviated month ("டிச 03, 2026 21:15"), its
 * reporter unnamed and its readers' comments under the story; a Sri Lankan Tamil page naming a writer by initials; a
 * Marathi page credited to the paper's news network, its offset written "+5:30"; a Telugu page whose desk and city
 * open the story; a Malayalam page typed with the old chillu (consonant, virama and zero-width joiner); a Nepali
 * WordPress page dated in Bikram Sambat over a JSON-LD stamp. `expectations.json` states, field by field, what a
 * careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam23-indic-languages'), NOW);
