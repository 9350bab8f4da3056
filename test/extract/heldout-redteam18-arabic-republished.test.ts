/**
 * The eighteenth round's pages on Arabic wire copy republished across the region: the WordPress news themes'
 * markup (tagDiv's Newspaper, JNews, Jannah, Sahifa), Egyptian, Gulf, Levantine and Maghreb portals, two of them
 * served in windows-1256 and one in ISO-8859-6, with the agencies credited at the head or the foot of the copy,
 * view and comment counters, captions repeated in the text, "read also" boxes, comment forms and desk labels that
 * name no one. Each page is stored as the site serves it, and `expectations.json` states, field by field, what a
 * careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam18-arabic-republished'), NOW);
