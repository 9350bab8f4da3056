/**
 * The twenty-first round's pages on US and Canadian local TV and radio station sites, twelve of them: the station
 * groups' templates (a Hearst page whose player carries its closed-caption transcript, Gray's "Published: … CST |
 * Updated: …" row over an AP story and over a two-reporter local one, TEGNA's "Author: Name (KXYZ)", Nexstar's
 * "Posted: … / 05:42 PM HST", Sinclair's "by KXYZ Staff" over a stamp with no zone, Scripps' "Posted … and last
 * updated …" closing on its copyright line), a Canadian Press story on a Canadian station's site, a public radio
 * story by reporters of two stations, a news-talk radio station's newsroom post, a Spanish-language station and a
 * Quebec station's Agence QMI story stamped in "HNE". Each page is stored as the site serves it, and
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam21-us-broadcast-tv'), NOW);
