/**
 * The twelfth round's pages on where an article is filed: its section, categories, tags and the site's name. A Ghost
 * blog whose primary tag is the kicker, unlinked kickers over the headline (French "Plaidoyer", Arabic "اقتصاد",
 * German "Meinung"), Persian site names followed by what kind of site they are ("آوای شرق | پایگاه خبری تحلیلی"),
 * `article:section` naming the department over a desk the trail and the kicker name (the stated one stays the section), JSON-LD `articleSection`
 * arrays with a microdata trail, a plain trail with a "Você está em:" label, WordPress themes in Arabic and Persian
 * with tag clouds in the sidebar and footer that are no tags of the article, and Spanish, Portuguese and Turkish
 * local sites. Each page is stored as the site serves it, and `expectations.json` states what a careful reader says
 * the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam12-sections'), NOW);
