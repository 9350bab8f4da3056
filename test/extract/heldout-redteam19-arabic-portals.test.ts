/**
 * The nineteenth round's pages of the big Arabic news portals, as they serve them: custom ASP.NET and PHP portals and
 * WordPress themes of Egypt, the Gulf, the Levant, Iraq and the Maghreb, in windows-1256 or UTF-8. Their header rows
 * run the byline, the date (Hijri and Gregorian side by side, "الساعة" and ص/م) and the counters ("عدد القراءات",
 * "مشاهدة", an eye glyph) together; agencies are credited in datelines and closing brackets (واس، وام، قنا، وأج);
 * "اقرأ أيضا" plugs, related lists, tag lines, comment forms and share bars sit around and inside the text. Each page is
 * stored as the site serves it, and `expectations.json` states, field by field, what a careful reader says the record
 * holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam19-arabic-portals'), NOW);
