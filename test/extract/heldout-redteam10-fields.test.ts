/**
 * The tenth round of pages written to break the engine, 22 of them, on the record fields other rounds test least:
 * the summary (og:description against the description tag, JSON-LD and the dek the page shows; a site's slogan
 * declared as the summary, also where only the site's WebSite node says it is one; ellipsis-cut card texts), the
 * site's name (og:site_name, application-name, the publisher, a title suffix with the logo, an agency credited as the
 * JSON-LD author, og:site_name set to "Home" or to the headline, a page that names no site), the page's addresses (a
 * relative canonical, a canonical at the AMP rendition, at the mobile copy or at the home page, og:url with a
 * referrer, campaign parameters and click ids in the address fetched and in the canonical), the agency of a
 * republished wire story (Reuters, AFP, dpa, EFE, ANSA, Xinhua, KUNA, MENA, Lusa, PAP, Antara, ANA-MPA, in datelines,
 * source rows and sign-offs) beside staff stories that only quote one, free access (JSON-LD "False", "true" and
 * schema.org-URL values, a locked `hasPart` alone, a metered paywall with only its countdown banner) and the counters
 * a page shows ("1.2K views", "١٢٬٣٤٥ مشاهدة", "٣ تعليقات", "Kommentare (14)", "Lecturas: 3.456", "3.4 ألف قراءة",
 * "Προβολές: 1.876") beside numbers that are not the article's (share counts, likes, years, a site's visitor counter,
 * the comments links of related stories' cards). Each page is stored as the site serves it, and `expectations.json`
 * states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam10-fields'), NOW);
