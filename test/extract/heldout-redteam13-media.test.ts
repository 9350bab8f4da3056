/**
 * The thirteenth round's pages about media: the lead picture and the pictures of a story as news pages serve them. A
 * video story whose only picture is its player's poster, with no VideoObject and an ad creative in the text; lazy
 * pictures behind placeholders (1×1 GIFs, empty SVG data URIs, a site's own blank file) with `data-src`,
 * `data-lazy-src`, `data-srcset` and `<noscript>` twins; `<picture>` elements whose only real addresses are their
 * `<source srcset>`s; a slider whose captions open with an unspaced "1/3"; a hero picture over the headline; and
 * credits in many forms ("(أ ف ب)", "<em>رويترز</em>", "[Foto: dpa]", "© Reuters", "（共同）", "Vídeo: …", an
 * Italian `crediti` box). Captions printed again as a paragraph under their picture, writers' head shots, logos,
 * ads and other stories' thumbnails are no body text and no article picture. Each page is stored as the site
 * serves it, and `expectations.json` states, field by field, what a careful reader says the record holds. Only what
 * the engine meets is stated; what it still misses is named in the round's report.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam13-media'), NOW);
