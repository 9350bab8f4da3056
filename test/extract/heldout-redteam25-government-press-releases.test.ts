/**
 * The twenty-fifth round's government, institution and company press releases, eight of them: an EU agency's release
 * with a "BRUSSELS, 4 December 2026 —" dateline, a language list, a "For More Information" list of PDF attachments,
 * a release number and a press-contacts block under it; a French ministry's DSFR communiqué with a breadcrumb, a
 * downloads group, a "Contact presse" block and tags; a Saudi ministry's windows-1256 ASP.NET page dated in Hijri
 * and Gregorian ("15 جمادى الآخرة 1448هـ الموافق 25 نوفمبر 2026م") with a read counter and a poll; a listed
 * company's WordPress newsroom release whose text runs on into "About" boilerplate, forward-looking statements,
 * media and investor contacts and a "###" mark, under a stock ticker; a Spanish central bank's "Nota de prensa" with
 * an embargo line, a "FIN" mark, related documents and a communication-department block; a German university's TYPO3
 * "Pressemitteilung Nr. 187/2026" whose body runs on into the original publication, a scientific contact and "Über
 * die Universität"; a UN office's Drupal release with a language switcher, a "-ends-" mark, notes to editors, an
 * "About" box and contacts; an Emirati municipality's UTF-8 page dated in Gregorian and Hijri with a media-contact
 * block, a page-rating box and a happiness meter. No page names a person as its author.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-11T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam25-government-press-releases'), NOW);
