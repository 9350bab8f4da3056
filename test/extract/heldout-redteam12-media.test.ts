/**
 * The twelfth round's pages about media: news pages built around a picture, a clip or a recording, and what the
 * record says of their images and lead picture. A feature whose hero picture is the backdrop of the headline's box
 * (`style="background-image:url(…)"`, a lazy-loader's `data-bg`), a video story with its transcript as the text, a
 * podcast episode with its show notes, a photo gallery with "1 / 12" counters, a live blog, an infographic described
 * in its alt text, and `<figure>`s with `<picture>` sources and "Photo: Name/Agency" credits. Each page is stored as
 * the site serves it, and `expectations.json` states, field by field, what a careful reader says the record holds.
 * Only what the engine meets is stated; what it still misses is named in the round's report.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam12-media'), NOW);
