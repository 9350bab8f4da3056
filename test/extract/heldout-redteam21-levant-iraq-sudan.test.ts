/**
 * The twenty-first round's pages from the Levant, Iraq, Sudan, Yemen and Libya, eleven of them, as their sites serve
 * them: Jannah, Newspaper, Sahifa, JNews and Newsup WordPress themes and home-grown PHP portals, two in windows-1256;
 * Levantine months, dual forms and the abbreviated "ك1", Arabic-Indic digits, "ص"/"م" and "مساءً" clocks; the
 * national agencies' datelines and credits (واع, سانا, بترا, وفا, سونا, سبأ, وطنية) beside an agency only quoted or
 * credited for a picture; "بغداد/ name" and "كتبت … في "paper":" bylines, a desk account and an agency posting as
 * the writer; views counters, captions, related blocks and comment forms. `expectations.json` states, field by field,
 * what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam21-levant-iraq-sudan'), NOW);
