/**
 * The twenty-third round's pages as JavaScript frameworks and headless CMSs serve them, eleven of them: a Next.js app
 * router page in hashed CSS-module classes, its lead picture served through `/_next/image` and its flight data in
 * `self.__next_f`; an Argentine Arc XP page that renders a skeleton where the story goes and ships it in
 * `Fusion.globalContent`'s `content_elements`; a German Nuxt 3 page full of `<!--[-->` hydration markers, a lazy
 * picture with its `<noscript>` copy and a dpa dateline; an Egyptian Next.js pages-router page whose story is only
 * in `__NEXT_DATA__`, as Sanity's Portable Text; a Gatsby long read with a blur-up picture and Helmet's metas; an
 * English Astro page with islands for its share bar, sign-up box and comments and a table of contents; a Spanish
 * SvelteKit page with two writers and a comment count; an Austrian Remix page with a srcset-only `<picture>` and APA
 * copy; a Saudi Nuxt 2 page with its state in an IIFE and a views counter; an Arc page running AP copy dated by its
 * update in PST; a Catalan Nuxt 3 page that renders placeholder lines where its story goes and ships the story in
 * `__NUXT_DATA__`'s devalue array. `expectations.json` states, field by field, what a careful reader says the record
 * holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam23-spa-frameworks'), NOW);
