/**
 * The nineteenth round's pages of article shapes beyond the plain news story, in English, German, French, Spanish,
 * Italian and Portuguese: live blogs with timestamped entries, opinion columns under a column's name with the
 * columnist's box and portrait, an interview in question-and-answer form, an analysis with a "Key points" box, an
 * explainer with a table of contents, a photo gallery with one caption per picture, a correction note appended at
 * the end and a syndicated piece that says where it first appeared. Each page is stored as the site serves it, and
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam19-live-opinion'), NOW);
