/**
 * The twenty-third round's Arabic opinion columns, ten of them, as Egyptian, Saudi, Emirati, Jordanian,
 * Lebanese, Moroccan and London pan-Arab papers serve them: a columnist box with photo and name (with "د." where the
 * writer carries it) over the headline or under it, the writer's other columns listed under the story, a bio line
 * after the last paragraph ("* أكاديمي وكاتب سعودي", "٭ كاتب وباحث فلسطيني") or in a card, the paper's "المقال يعبر
 * عن رأي كاتبه" disclaimer, Hijri dates paired with Gregorian ones, and windows-1256 archive pages, one with the kashida
 * stretching its writer's name and its section's label. `expectations.json` states, field by field, what a careful
 * reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam23-arabic-opinion-columns'), NOW);
