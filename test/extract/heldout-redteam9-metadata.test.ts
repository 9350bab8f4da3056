/**
 * The ninth round's pages on structured metadata as real CMSs emit it, flawed or unusual, 33 of them: JSON-LD wrapped
 * in an HTML comment or a CDATA section, opened with script comments and closed with a semicolon, or invalid (trailing
 * commas, a raw line break in a string) before a valid block; a Yoast `@graph` whose article points at its authors,
 * publisher and image by `@id`; author lists that mix a Person with the agency and the paper as Organizations, type an
 * agency or the staff account as a Person, name two writers in one Person ("By Jane Doe and John Roe", a name array),
 * add a post, a partner paper or a handle to the name ("Jane Doe, Staff Writer", "Correspondent Jane Doe", "Jane Doe,
 * Arizona Republic", "Jane Doe (@jdoe)"), give the name as givenName and familyName, write it twice, declare the
 * photographer as a co-author, or leave only "Redacción" or "From staff reports"; an author meta as a mailbox with the
 * name in brackets, and Dublin Core with a surname-first creator; a declared time with no zone, a summer-time label
 * printed in November, and a UTC instant an Australian paper prints on the next day; a comment count as
 * `interactionStatistic`; RDFa (`property="schema:author"`), a microdata byline, a Joomla page whose h1 is the logo; a
 * dozen `article:tag` metas, Parse.ly and Sailthru with no JSON-LD; a live blog's `liveBlogUpdate` posts with their
 * own writers; a JSON-LD block for a related story before the page's own; a paywalled `hasPart` behind a Piano offer;
 * and headlines declared badly: cut to 110 characters, cut everywhere, an SEO headline, the URL slug, HTML and
 * entities inside JSON-LD, titles escaped twice, an og:title led by the site and its section or nothing but the site,
 * an h1 typed in capitals.
 * Each page is stored as the site serves it, and `expectations.json` states, field by field, what a careful reader
 * says the record holds. Only what the engine meets is stated; what it still misses is named in the round's report.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam9-metadata'), NOW);
