/**
 * Red-team round 17, CMS templates: news pages in the markup the common platforms and themes serve them in (WordPress
 * JNews, tagDiv Newspaper and Newsmag, Sahifa, Jannah, Soledad, Publisher and GeneratePress, Ghost, Arc XP, a
 * Substack-like newsletter, Drupal 7, Joomla K2, TYPO3 tx_news, Bitrix in UTF-8 and windows-1251, Blogger, Wix), in
 * Polish, Japanese, Ukrainian, Russian, German, English, Spanish, Czech, French, Portuguese, Turkish, Indonesian,
 * Vietnamese, Greek and Romanian. Each page is stored as the site serves it, and `expectations.json` states, field by
 * field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-05T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam17-cms-templates'), NOW);
