/**
 * The tenth round's theme pages, 13 of them: the markup of the commercial news themes and CMSs that most small and
 * mid-size news sites run, Arabic ones above all, each printing the same story fields its own way. A tagDiv
 * "Newspaper" page (a Libyan AFP story credited "(أ ف ب)", `td-category` links over the headline, view and comment
 * counters in the meta row, the featured picture's caption printed twice, an "admin" byline, "اترك تعليقاً") and a
 * Turkish "Newsmag" one; Jannah pages in Arabic and Indonesian (entry-sub-title, views and reading time,
 * `share-buttons`, related posts); a Sahifa page dated "منذ 3 ساعات" with its AFP credit on a line of its own and a
 * "تحرير الموقع" byline; a JNews page (`jeg_` meta, views "5.2 ألف", a site-name byline, Reuters Arabic's closing
 * credits); a Soledad page in French; a Blogger news template; Drupal (`field--name-body`, `node__meta`); Joomla's
 * `article-info` with "Hits: 1234"; an ASP.NET WebForms page in windows-1256 with its picture's caption in an
 * `lblImageComment` span; Ghost; and a Medium-like post with its responses count. Each page is stored as the site
 * serves it, and `expectations.json` states, field by field, what a careful reader says the record holds.
 * Only what the engine meets is stated; what it still misses is named in the round's report.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam10-themes'), NOW);
