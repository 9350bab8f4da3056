/**
 * The eleventh round's pages on formats, 14 of them: what news sites publish besides the plain story, each with its
 * full chrome. A live blog (timestamped posts newest first under a key-points box and an update clock; its record
 * is published when coverage starts and modified at the latest post), a photo gallery of numbered slides whose
 * captions are its text, a video page with a short description and a folded transcript, a podcast episode's show
 * notes with timestamps, an obituary whose card prints dates of birth and death that are not the page's, a
 * correction notice, an opinion column with the columnist's portrait, bio box and the paper's disclaimer, a
 * questions-and-answers explainer in `<details>` items, a morning newsletter of numbered short items, an Arabic
 * fact-check with its verdict box and rating scale, a football match report under its score box with the line-ups,
 * an election results page with tables, a recipe card inside a regional paper's story, and a press release a
 * portal republishes ("COMUNICADO DE PRENSA"). English, German, French, Spanish, Dutch, Italian, Polish, Arabic.
 * Each page is stored as the site serves it, and `expectations.json` states, field by field, what a careful reader
 * says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam11-formats'), NOW);
