/**
 * Red-team round 11, syndication: one wire story as the sites that carry it serve it. Four invented wire stories (a
 * Reuters markets story in English, an AFP story in Arabic, a dpa story in German, an EFE story in Spanish), each
 * four or five times: a portal with the agency's logo, a "Source:" line and a "Story continues" break (one hiding
 * the rest of the story in a collapsed box above its button), a regional paper's WordPress or newsroom CMS with the
 * agency as its author, an AMP page, a print version in windows-1256, a paper crediting "Staff and agencies", a
 * "Web Desk" posting with the agency's writer in its byline, the writer's line or the desks' initials under the
 * story, and sites that rewrote the headline or the lead and kept the agency's dateline, with their own "Read also"
 * lines and readers' comments. Every copy of one story states the same story: its writer where the copy names one (never the
 * agency or the site), the agency as `wireSource`, the copy's own date, and a body without the agency's closing
 * lines ("(Reporting by …)", "© 2026 AFP", "dpa-infocom, dpa:…", "(c) Agencia EFE") and the site's furniture.
 * `test/pipeline/identity/syndicated-copies.test.ts` checks that the copies of each story fall into one story.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam11-syndication'), NOW);
