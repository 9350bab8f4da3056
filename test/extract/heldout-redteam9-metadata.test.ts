/**
 * The ninth round's pages on structured metadata as real CMSs emit it, flawed or unusual: JSON-LD wrapped in an HTML
 * comment or a CDATA section, a first JSON-LD block that is invalid JSON (trailing commas, a raw line break in a
 * string) before a valid one, a Yoast `@graph` whose article points at its authors, publisher and image by `@id`, an
 * author list that mixes a Person with the agency and the paper as Organizations, a Person named "By Jane Doe and John
 * Roe" or "Jane Doe, Staff Writer", a declared time with no zone, a comment count as `interactionStatistic`, RDFa
 * (`property="schema:author"`), a microdata byline only, a dozen `article:tag` metas, Parse.ly and Sailthru tags with
 * no JSON-LD, Dublin Core with a surname-first creator, a live blog's `liveBlogUpdate` posts with their own writers,
 * a JSON-LD block for a related story before the page's own, a paywalled `hasPart` and a headline cut to 110
 * characters, an og:title that leads with the site's name or is nothing but it, HTML entities inside JSON-LD strings,
 * and a photographer declared as a co-author. Each page is stored as the site serves it, and `expectations.json`
 * states, field by field, what a careful reader says the record holds. Only what the engine meets is stated; what it
 * still misses is named in the round's report.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam9-metadata'), NOW);
