/**
 * The ninth round's markup pages, 15 of them: the modern front-end markup news sites ship and that trips extractors.
 * React 18's streamed server rendering, whose second half of the story arrives after the footer in a hidden segment
 * that a `$RC` script moves into its placeholder, and a Next.js app-router page whose last paragraphs stream so by
 * `$RR`, beside its flight data and Suspense markers; a "Weiterlesen" button whose paragraphs wait in a `<template>`;
 * a Nuxt page whose "続きを読む" button shows a box hidden by its style, and an explainer folded behind "Show full
 * article", with numbered sections and a `<details>` FAQ; Bluesky, Mastodon and Threads embeds in the text; a paywall
 * overlay over the full text; AMP components (amp-img, amp-social-share, amp-ad, amp-sidebar, amp-lightbox,
 * amp-consent) and an AMP web story with its page attachment and outlink; custom elements (`<story-paragraph>` in
 * `<article-body>`, a `<poll-widget>`) with Vue's fragment comments; Lit's declarative shadow DOM, around slotted
 * paragraphs and around the whole story; an infinite-scroll page with the next story appended; an in-body newsletter
 * and donation box on a WordPress page that declares its times in UTC; a Next.js page whose `__NEXT_DATA__` repeats
 * the visible text. Each page is stored as the site serves it, and `expectations.json` states, field by field, what a
 * careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam9-markup'), NOW);
