/**
 * The tenth round of pages written to break the engine, on pictures: fifteen news pages whose pictures a reader
 * lists, lazy-loaded every way templates do it (data-src and data-lazy-src over a 1×1 gif or an SVG data URI, a
 * lazy srcset whose largest candidate is the full picture, the real img again in `<noscript>`), in `<picture>` with
 * AVIF and WebP sources and a phone's own crop, under `<base href>`, relative and protocol-relative addresses,
 * in WordPress caption boxes with the caption printed twice, in galleries (a slider with its thumbnail strip, an AMP
 * carousel, a WordPress block gallery, two pictures under one caption) and with credits in spans of their own, on a
 * line of their own or closing the caption ("Photo:", "Foto:", "Crédits :", "Photos :", "© Reuters", "(أ ف ب)",
 * "تصوير:", "撮影・"), among the furniture that is no picture of the story (logos, the writer's head shot, share
 * icons, emoji, ad creatives, tracking pixels, related-story thumbnails). One page shows no picture and declares it,
 * caption and credit, only in its JSON-LD ImageObject. English, Arabic, French, German, Spanish, Japanese and
 * Portuguese. Still missed, and not stated: the Quebec page's byline box, whose name and outlet run together in two
 * spans ("Mélodie Turcotte-BrassardLe Courrier de l'Estrie"), opens its body.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam10-images'), NOW);
