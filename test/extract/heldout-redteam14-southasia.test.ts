/**
 * The fourteenth round of pages written to break the engine, from South Asia as its sites serve them: Hindi, Marathi
 * and Nepali in Devanagari (and its digits), Bengali from Bangladesh and from Kolkata (a Bangla-calendar date beside
 * the Gregorian one), Urdu from Pakistan, Tamil, Malayalam, Sinhala and Indian English; Indian, Nepali, Bangladeshi,
 * Pakistani and Sri Lankan clocks; bylines that name a desk or a staff reporter rather than a person; agency credits
 * (PTI, BSS, APP, RSS Nepal) in their own scripts; WordPress with the Jannah and Newspaper (tagDiv) themes and custom
 * templates. Each page is stored as the site serves it, and `expectations.json` states, field by field, what a careful
 * reader says the record holds. Only what the engine meets is stated; what it still misses is named in the round's
 * report.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam14-southasia'), NOW);
