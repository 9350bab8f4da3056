/**
 * The thirteenth round's pages on the dates news pages print and the zone they print them in: pages that state no
 * offset anywhere, whose zone a careful reader takes from the site's country domain, its declared locale or a zone
 * word after the clock (an Egyptian portal's "بتوقيت القاهرة" with the update on the line under it in no zone, an
 * Egyptian ".com.eg" daily, a Japanese regional paper with "更新：" on a line of its own, a Japanese outlet's English
 * page in JST, a German paper's "Aktualisiert am … um … Uhr" under the byline's line, a Turkish "Güncelleme"),
 * ages against the run's clock ("vor 2 Stunden", "منذ 3 ساعات" on a page whose locale is the Emirates'), a Saudi
 * daily's Hijri date beside the Gregorian, Moroccan month names ("دجنبر"), Tunisian ones ("جويلية") on an archive
 * story updated months later, an Iranian agency's Solar Hijri dateline with its Gregorian twin, and a sheriff's
 * office release posted as plain text in one `<pre>`, whose headline and date are only inside it. Each page is
 * stored as the site serves it; `expectations.json` states what a careful reader says the record holds, dates in
 * ISO 8601 with the offset of the zone the page prints.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam13-datezones'), NOW);
