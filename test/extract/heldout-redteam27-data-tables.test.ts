/**
 * The twenty-seventh round's data pages, eight of them, whose tables and lists are the story: an American WordPress
 * paper's election-night results (a results table per race with sort buttons, a precincts-and-"as of" line with a
 * refresh button, a sheriff's race as a list, a live-results ticker, a results iframe and its "data provided by"
 * credit); a Latin-1 German Drupal market report from dpa-AFX (a Kurstabelle under sort and refresh controls, a "Stand:
 * … Marktdaten bereitgestellt von" line, a price ticker and a quote-box iframe); a windows-1256 Egyptian ASP.NET
 * portal's "أسعار العملات اليوم" in a table layout, its Arabic-Indic digits written as character references, with a
 * currency bar, a marquee, a gold-price rail and a "prices provided by … last updated" line; a French Next.js gold-price
 * report (a price table with sort and "Actualiser" buttons, a "Cours au … Données fournies par" note, hydration data
 * that dates the table in UTC); a Spanish tagDiv WordPress lottery page dated the morning after the draw it reports
 * (the winning combination as a list, a TablePress prize table with DataTables controls, a ticket-checker widget, a
 * rail of other draws); a British windows-1252 table-layout match report (a score box, line-ups, a stats table, a
 * league-table side rail, readers' comments); a Jordanian weather report with a forecast table and an air-quality list
 * in Arabic-Indic digits and percent signs, a forecast iframe and a current-weather strip; and a Mexican Arc explainer
 * of the budget with a table of spending by ramo, its caption and source note, a markets strip and rail.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam27-data-tables'), NOW);
