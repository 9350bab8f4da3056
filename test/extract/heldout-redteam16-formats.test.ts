/**
 * The sixteenth round's pages on formats, 26 of them: article formats beyond the plain story, each with its full
 * chrome. Four live blogs (two with LiveBlogPosting JSON-LD and its updates, a German Liveticker with only its
 * "Erstellt"/"Aktualisiert" row, a British one whose entries each carry their writer; timestamped entries newest first,
 * published when coverage starts and modified at the latest entry), three fact-checks whose ClaimReview names the
 * claim's author and date (neither the record's) beside a verdict box (one a Brazilian check's labelled fields, over
 * its methodology box), question-and-answer interviews with bold questions (French, with "Propos recueillis par" in the
 * meta row; Russian, with dash-led turns; Korean "일문일답"), an explainer closing on an FAQ block that FAQPage JSON-LD
 * repeats, press releases as newswires serve them (an American wire's dateline, "About" boilerplate, contacts and
 * "SOURCE" line; a German ots release's "Pressekontakt" and "Original-Content von"; a Business Wire feed a paper runs,
 * with its keyword, source and PUB fields and the paper's disclaimer; a Chinese wire's "媒体联系人" and "消息来源"; an Arabic
 * "بيان صحفي" a business portal runs, its issuer declared as its author), two obituaries (a news obituary with a
 * life-dates card, a paid death notice with its funeral home, guest book and flower shop), a story with a correction
 * appended, another opening on an editor's note and closing on a dated update above a republishing offer, a match
 * report ending on its line-up table, a marathon story with results tables, a cross-country story with its results
 * tables in a box, and stories with a markets box and a weather box inside the text. English, German, French, Spanish,
 * Portuguese, Italian, Dutch, Chinese, Japanese, Korean, Turkish, Russian, Arabic. Each page is stored as the site
 * serves it, and `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam16-formats'), NOW);
