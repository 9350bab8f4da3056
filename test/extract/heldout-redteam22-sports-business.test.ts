/**
 * The twenty-second round's sports and business pages, eight of them, in English, Spanish, French, German and Arabic,
 * one in ISO-8859-1: match reports under a score box, with line-ups, live-score strips and league tables beside them;
 * market reports under ticker strips, with a company's quote card set inside the story, currency tables, "data
 * delayed" notices, a no-investment-advice note, and the earnings and index tables that belong in the body; wire copy
 * from Reuters, AFP, dpa (and its dpa-AFX markets service) and Europa Press. `expectations.json` states, field by
 * field, what a careful reader says the record holds, and `inBody` the tables and subheadings the story keeps.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam22-sports-business'), NOW);
