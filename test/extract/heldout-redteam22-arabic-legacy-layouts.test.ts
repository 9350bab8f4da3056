/**
 * The twenty-second round's older Arabic news pages, six of them, as they are still served: an Egyptian ASP.NET
 * page laid out in tables with `<font>` headings and `<br><br>` paragraphs, windows-1256 in the HTTP-equiv and a
 * most-read box as its layout row's first cell; a Yemeni PHP portal in ISO-8859-6 with no declaration, a Hijri date
 * paired with the Gregorian one and a seconds "مساء" clock, "قرئ … مرة" and "صنعاء - سبأ:" on a line of its own; a
 * Palestinian opinion page in windows-1256 with its Arabic-Indic digits written as character references, a "بقلم:"
 * box and the writer's other columns linked by "?id="; a Qatari page in undeclared windows-1256 running QNA's
 * "الدوحة في … /قنا/" under a Hijri and Gregorian pair with no clock; an Aden portal running AFP copy under a Reuters
 * picture and quoting Reuters; a Saudi paper's print version in windows-1256, a table whose title row is classed
 * "ptitle" under a `<title>` of the site and "نسخة للطباعة", with its Hijri and Gregorian date row above that row and
 * SPA's "الرياض - واس" opening the text. `expectations.json` states, field by field, what a careful reader says the
 * record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam22-arabic-legacy-layouts'), NOW);
