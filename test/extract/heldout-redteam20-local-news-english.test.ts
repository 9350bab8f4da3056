/**
 * The twentieth round's pages of English-language local and regional news: a TownNews daily's police brief behind a
 * subscriber wall, a UK regional's Local Democracy Reporter, an Irish weekly's schools final, a US weekly's "From
 * staff reports" round-up, a public broadcaster's local weather warning, an Australian regional chain's story with
 * its "Updated …, first published …" line, a New Zealand council story, two Indian city pages (a PTI brief and an
 * "Express News Service" story), a Nigerian WordPress state desk, a South African community weekly, a local daily running
 * AP copy under a "Published 3:15 pm CST, Thursday, …" stamp and a Postmedia-style "Author of the article:" row. Each page is
 * stored as the site serves it, and `expectations.json` states, field by field, what a careful reader says the
 * record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-05T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam20-local-news-english'), NOW);
