/**
 * The twelfth round's pages on where an article is filed, 20 of them: its section, categories, tags and the site's
 * name. Ghost blogs whose primary tag is the kicker (Casper and Source), unlinked kickers over the headline (French
 * "Plaidoyer", Arabic "اقتصاد", German "Meinung"), Persian site names followed by what kind of site they are
 * ("آوای شرق | پایگاه خبری تحلیلی") and a Turkish one with its dotless ı, `article:section` naming the department
 * over a desk the trail and the kicker name (the stated one stays the section) or giving only the folder's slug
 * ("economy"), JSON-LD `articleSection` as an array, as a comma-joined string and mixed with placement flags, a
 * microdata trail, a plain trail with a "Você está em:" label and one that closes with a link to the page itself,
 * "Kategori:" and "سرویس:" labels, WordPress themes in Arabic and Persian with tag clouds in the sidebar and footer
 * that are no tags of the article, and Spanish, Portuguese, Italian and Turkish local sites. Each page is stored as
 * the site serves it, and `expectations.json` states what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam12-sections'), NOW);
