/**
 * The twelfth round's Arabic pages, twenty-one of them, written to break the engine: news sites across the region
 * as their own systems serve them. A Moroccan WordPress daily with French chrome and the Moroccan month names, an Algerian table layout
 * in undeclared windows-1256 dated in "أوت", a Tunisian agency page in ISO-8859-6 whose share row runs on into its
 * print link, an Egyptian portal in Arabic-Indic digits with a ص/م clock and a "كتبت:" byline, a MENA story whose
 * update line sets a bar before its clock, a Saudi paper's Hijri-and-Gregorian line with a "الساعة" clock and SPA
 * copy, an Emirati "دبي: name" byline, a Lebanese "كانون الأول/ديسمبر" dateline with a place-and-writer byline, an
 * Iraqi windows-1256 page with INA's "بغداد / واع" dateline under its picture, a Jordanian column with its writer box
 * and comment form, a Kuwaiti page of Reuters copy with credited captions, a Libyan page of AFP copy dated by an age,
 * and nine more: a Moroccan "site - writer" byline with unhamzated "اقرأ ايضاً" plugs, an Egyptian two-writer byline
 * with a photographer, a Palestinian correspondent's credit, a Syrian AMP guide credited to the desk, a Kuwaiti
 * WordPress roundup credited "متابعات" whose text repeats its picture's caption, a Sudanese table page in undeclared
 * ISO-8859-6 with SUNA copy, a Qatari "تاريخ التعديل" update line over QNA copy, an Algerian meta line that prints
 * the update before the publication, and a Jordanian "عمّان: writer" byline beside a comment field of words. Each page is stored as the site serves it, and `expectations.json` states, field by field, what a careful
 * reader says the record holds. Only what the engine meets is stated; what it still misses is named in the round's
 * report.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam12-arabic'), NOW);
