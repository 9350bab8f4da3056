/**
 * The twenty-sixth round's Arabic pages that print a Hijri date beside the Gregorian one, or alone, fourteen of them: a Saudi
 * daily whose top strip shows today in both calendars over the story's own "03-12-2026 - 09:20 م" stamp and an "آخر
 * تحديث" line, with a prayer-times box in the sidebar and "ينبع - واس" on a line of its own; an Emirati JNews post
 * dated "الأحد 26 جمادى الآخرة 1448 هـ - 6 ديسمبر 2026 م | 10:35 ص" whose JSON-LD carries no date and credits WAM,
 * its story full of future Hijri and Gregorian days, beside a Hijri calendar and prayer-times widget; a Saudi
 * religious-affairs ASP.NET page dated only "الأحد ١٦ ذي القعدة ١٤٤٧هـ" in Arabic-Indic digits with a clock and
 * views, its sidebar showing today's Hijri day; a Yemeni windows-1256 table page dated "الخميس 2 رمضان المبارك
 * 1447هـ - الموافق 19 فبراير 2026م - الساعة 04:10 مساءً" over "صنعاء - سبأ:" copy with a Ramadan imsakiya box; an
 * Omani Drupal page written in Persian digits, dated in both calendars with an update line and "/العُمانية/"; a Qatari
 * Next.js page dated Gregorian first "الموافق" the Hijri day and then the clock, its story carrying an imsakiya table;
 * a Libyan page dated "06-12-2026 م | 26-06-1448 هـ" with the clock apart, an update line and a staff writer whose
 * story quotes LANA; a Sudanese Eid page dated "الجمعة 1 شوال 1447هـ الموافق 20/3/2026م" over "(سونا)" copy; and an
 * Emirati fatwa site's sermon page dated and updated only in the Hijri calendar, "الخميس 23 جمادى الثاني 1448هـ - 09:30
 * ص", under an "إعداد:" writer, beside a Hijri calendar listing coming occasions; and a Qatari opinion column that
 * prints no date of its own under a top bar showing today in both calendars; a Saudi WordPress page that sets the
 * Hijri day, the Gregorian day and the clock in three boxes of their own; and an Omani SharePoint ministry page stamped
 * only "١٤٤٨/٠٦/٢٤هـ" over a footer dated "© ١٤٤٨هـ"; and an Emirati page crediting "الشارقة ـ وام", a spaced tatweel
 * for the dash, over a stamp that prints the Hijri day in brackets after the Gregorian day and the clock; and a Saudi
 * page whose head sets "المدينة المنورة - واس" in its author box over a Hijri "الموافق" Gregorian row. The Saudi
 * and Qatari agency pages leave their opening "place - agency" line unasserted, which the engine joins to the first
 * paragraph (rule "dateline row"),
 * the religious-affairs page its site name, which its title alone states, and the Omani page its raw date string,
 * which the engine keeps with the row's label (kept in /tmp/r261-held).
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam26-arabic-hijri-dual-dates'), NOW);
