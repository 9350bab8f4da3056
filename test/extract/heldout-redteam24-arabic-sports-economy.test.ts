/**
 * The twenty-fourth round's Arabic sports and economy pages, eleven of them: an Egyptian WordPress match report with
 * a live-score ticker over the page, a score box of teams, score and goal minutes over the story, a line-up,
 * substitutions and match-events tab and a betting-odds box under it; a Saudi league table whose story is the table,
 * printed in Arabic-Indic digits with no machine-readable date; an Emirati market close with a market ticker, an
 * index table in the story and an app promotion between its paragraphs; an Egyptian gold-price page stamped only
 * "منذ 3 ساعات" on the page, its price table in the story and a currency box beside it; a Moroccan central-bank
 * decision dated "01 دجنبر 2026" with readers' comments; an Algerian windows-1256 transfer page dated "12 جويلية
 * 2026" with a latest-deals box; a Tunisian match report dated in "أوت" whose minute-by-minute list is part of the
 * story, under a results strip and a score box; a Lebanese central-bank circular dated "4 كانون الأول 2026" under a
 * parallel-market exchange-rate box; an Iraqi exchange-rate report with a rates marquee, a relative stamp and views
 * counted in Arabic-Indic digits with the Arabic thousands separator; a Qatari transfer story by QNA with an odds box
 * in the text and app banners; an Egyptian windows-1256 ASP.NET exchange close with a ticker and an index table.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam24-arabic-sports-economy'), NOW);
