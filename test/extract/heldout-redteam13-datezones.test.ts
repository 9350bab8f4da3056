/**
 * The thirteenth round's pages on the dates news pages print and the zone they print them in: pages that state no
 * offset anywhere, whose zone a careful reader takes from the site's country domain, its declared locale or a zone
 * word after the clock (an Egyptian portal's "بتوقيت القاهرة" with the update on the line under it in no zone, an
 * Egyptian ".com.eg" daily, a Japanese regional paper with "更新：" on a line of its own, a Japanese outlet's English
 * page in JST, a German paper's "Aktualisiert am … um … Uhr" under the byline's line, a Turkish "Güncelleme"),
 * ages against the run's clock ("vor 2 Stunden", "منذ 3 ساعات" on a page whose locale is the Emirates'), a Saudi
 * daily's and a Jordanian daily's Hijri date beside the Gregorian (the Levant's "كانون الأول"), Moroccan month names
 * ("دجنبر"), Tunisian ones ("جويلية") on an archive story updated months later, an Iranian agency's Solar Hijri
 * dateline with its Gregorian twin, a Japanese city paper's Reiwa-era date ("令和8年12月3日") over a credit in
 * full-width brackets, a Thai Buddhist-era year with a dotted clock ("3 ธันวาคม 2569, 18.42 น."), Israeli two-digit
 * years ("פורסם: 03.12.26, 18:42 | עודכן: …"), Greek "Δημοσίευση" and "Ενημέρωση" lines, an Indian page in IST, Korean
 * "입력" and "수정" rows, Taiwanese "發布時間" and "更新時間" rows, an Egyptian update printed as an age ("آخر تحديث: منذ
 * ساعتين") on a page whose locale is Egypt's, a Swiss "Mis à jour il y a 2 heures", and two releases posted as plain
 * text in one `<pre>` (a sheriff's office's with its headline centred, a city's with it in capitals), whose headline
 * and date are only inside it. Each page is
 * stored as the site serves it; `expectations.json` states what a careful reader says the record holds, dates in
 * ISO 8601 with the offset of the zone the page prints.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam13-datezones'), NOW);
