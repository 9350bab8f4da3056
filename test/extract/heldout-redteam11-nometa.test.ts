/**
 * Red-team round 11, pages without metadata: small papers, municipal and NGO newsrooms, old CMS templates and
 * hand-made HTML that serve no JSON-LD, no OpenGraph, no meta author or date and no `<time datetime>`, so the record
 * comes from what a reader sees. The pages vary where the byline and dateline stand ("By …", "Von …", "Par …",
 * "Por … — Place", "بقلم: …", "Door … · ma 30 nov 2026, 09.15 uur", "Penulis: … | Editor: …", a name above the date
 * with the writer's post on the next line, a name under the story, "Publicado el …" at the end, WordPress's "This
 * entry was posted on …" footer, a wire dateline in the first paragraph), where the headline stands (an h1, an h2
 * or a div with no h1 at all) and how the section and tags are shown (a breadcrumb, a kicker, links). Only what the
 * engine meets is stated; what it still misses is named in the round's report.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam11-nometa'), NOW);
