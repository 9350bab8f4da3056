/**
 * The eleventh round of pages written to break the engine, theme "noclass": news pages built with utility CSS
 * (Tailwind), CSS modules, styled-components, Emotion, Svelte and Vue scoped styles, atomic CSS and Webflow's
 * numbered classes, whose class names say nothing about the parts they style. A Next.js local nonprofit, a Spanish
 * regional on styled-components with data-testid parts and a reader comment thread, a Gatsby German regional, a
 * Saudi Astro site, a Japanese Nuxt business paper signing with its desk, a Brazilian Webflow agency with the
 * writer's portrait beside the lead picture, a British atomic-CSS paper with two writers and a comment thread, a
 * French SvelteKit page whose headline is a `role="heading"` box, an Italian Next.js page whose only credit is the
 * writer's card after the text, a Mexican Tailwind page running agency copy, an Egyptian CSS-modules portal, an
 * Astro weekly with the writer's name unlinked beside a portrait. Each has the full chrome: menus, share buttons as
 * icons in `<button>`s, newsletter boxes, related cards, cookie banners and footers. `expectations.json` states,
 * field by field, what a careful reader says the record holds; only what the engine meets is stated.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam11-noclass'), NOW);
