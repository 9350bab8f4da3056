/**
 * The twenty-first round's pages on independent newsletters and blog-platform journalism: Substack posts (one cut off
 * by its paid-subscriber wall, one with footnotes and its interface in French), Ghost posts (a Spanish members-only
 * post, an Arabic post by two writers), a Medium post in a publication, a WordPress.com local blog, a Mexican
 * WordPress site with a Mailchimp box mid-story, an Arabic Blogger post and a Hugo blog with footnotes. Each page is
 * stored as the site serves it, and `expectations.json` states, field by field, what a careful reader says the record
 * holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam21-blogs-newsletters'), NOW);
