/**
 * The ninth round's pages on the headline, where engines take the wrong text, 16 of them: a `<title>` of headline,
 * section and site with no og:title over an h1 that is the site's logo and the headline in an h2; an h1 with its kicker
 * in a span ("Exclusive:"); an og:title that is the SEO variant of the visible h1; a headline broken over `<br>`, one
 * with soft hyphens and zero-width spaces, one set in two spans a stylesheet displays as lines with no space between
 * them, and one behind screen-reader text ("Article: "); the story's headline in the one h2 under an h1 that is the
 * section's name; a numbered listicle of h2s; a trailing "| Opinion"; a Chinese "_新闻中心_网" suffix, a Japanese "：新聞"
 * suffix and an Arabic site after " - "; a headline opening with typographic quotes, and a Russian one in guillemets
 * before " — Site"; a deck set inside the h1 in a `<small>`. Each page is stored as the site serves it, and
 * `expectations.json` states, field by field, what a careful reader says the record holds. Only what the engine meets
 * is stated; what it still misses is named in the round's report.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam9-titles'), NOW);
