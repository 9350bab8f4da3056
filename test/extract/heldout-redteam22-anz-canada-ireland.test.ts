/**
 * The twenty-second round's pages from Australia, New Zealand, Canada (English and Québec French) and Ireland, ten
 * of them, as their sites serve them: public broadcasters' and regional dailies' shared newsroom templates; "Posted …
 * updated …", "Updated … first published …", "Published … • Last updated …" and "Publié le … à 14 h 32 HNE" lines
 * and a summer "IST" clock on an Irish page; bylines with roles before or after the name ("By state political
 * reporter …", "Pou Tiaki reporter", "Political Correspondent"), "Author of the article:" and Irish names ("Ní",
 * "Mac"); AAP, RNZ, Canadian Press and PA credits beside picture credits; te reo Māori and Irish words in English
 * copy; key-points boxes, related lists, newsletter boxes and comment notices. `expectations.json` states, field by
 * field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam22-anz-canada-ireland'), NOW);
