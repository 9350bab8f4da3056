/**
 * Held-out audit of dates: small hand-written pages that show their dates the way real sites do (German, French,
 * Spanish, Dutch, Italian, Polish, Portuguese, Turkish, English, Arabic, Hebrew, Japanese, Chinese and Russian
 * datelines; labels for the publication and the last update in one line or two; relative ages; weekday prefixes;
 * ordinals; clocks with zones; numeric dates in the order of the page's region; `<time datetime>`; WordPress time
 * pairs; JSON-LD in UTC that falls on the next local day; an event's schedule; comment, sidebar and related-post
 * dates; copyright lines). Each case states the publication and the update a reader sees, and the text each was
 * read from; the page is read without a URL and with one, as the pipeline may receive either.
 */
import { heldoutPageReader } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-dates');

interface ShownDate {
  iso: string;
  /** The date as the page writes it, which the kept raw string must contain. */
  shown: string;
}

interface Dateline {
  page: string;
  shows: string;
  published: ShownDate | null;
  modified?: ShownDate | null;
}

const datelines: Dateline[] = [
  { page: 'de-veroeffentlicht-am', shows: '"Veröffentlicht am 3. März 2023 · Von Jana Beispiel"', published: { iso: '2023-03-03T00:00:00+01:00', shown: '3. März 2023' } },
  { page: 'de-aktualisiert-erstellt', shows: '"Aktualisiert am 14.03.2023, 09:10 Uhr | erstellt am 12.03.2023, 18:00 Uhr": the update first', published: { iso: '2023-03-12T18:00:00+01:00', shown: '12.03.2023, 18:00 Uhr' }, modified: { iso: '2023-03-14T09:10:00+01:00', shown: 'Aktualisiert am 14.03.2023, 09:10 Uhr' } },
  { page: 'de-aktualisiert-getrennt', shows: '"Aktualisiert: …" and "Erstellt: …" in two spans of one date box', published: { iso: '2023-03-12T18:00:00+01:00', shown: '12.03.2023, 18:00 Uhr' }, modified: { iso: '2023-03-14T09:10:00+01:00', shown: 'Aktualisiert: 14.03.2023, 09:10 Uhr' } },
  { page: 'de-stand-uhr', shows: '"Stand: 12.03.2023, 14:05 Uhr" under the headline', published: { iso: '2023-03-12T14:05:00+01:00', shown: '12.03.2023, 14:05 Uhr' } },
  { page: 'de-vor-stunden', shows: '"vor 3 Stunden" beside the agency', published: { iso: '2026-11-29T10:00:00+01:00', shown: 'vor 3 Stunden' } },
  { page: 'de-gestern-uhr', shows: '"Gestern, 18:30 Uhr · Lesezeit 2 Min."', published: { iso: '2026-11-28T18:30:00+01:00', shown: 'Gestern, 18:30 Uhr' } },
  { page: 'de-wochentag-kurz', shows: '"Mo., 06.02.2023"', published: { iso: '2023-02-06T00:00:00+01:00', shown: '06.02.2023' } },
  { page: 'de-numeric-dotted', shows: '"04.03.2023" on an Austrian page', published: { iso: '2023-03-04T00:00:00+01:00', shown: '04.03.2023' } },
  { page: 'fr-publie-mis-a-jour', shows: '"Publié le 5 mai 2022 à 18h30, mis à jour le 6 mai 2022 à 08h15"', published: { iso: '2022-05-05T18:30:00+00:00', shown: '5 mai 2022 à 18h30' }, modified: { iso: '2022-05-06T08:15:00+00:00', shown: 'mis à jour le 6 mai 2022 à 08h15' } },
  { page: 'de-dachzeile-masthead', shows: 'the kicker "Politik · 03.03.2023" right above the headline, today\'s date in the site header', published: { iso: '2023-03-03T00:00:00+01:00', shown: '03.03.2023' } },
  { page: 'es-actualizado-publicado', shows: '"Actualizado el 06/05/2022 a las 08:10 h. Publicado el 05/05/2022 a las 21:00 h." in one sentence', published: { iso: '2022-05-05T21:00:00+00:00', shown: '05/05/2022 a las 21:00' }, modified: { iso: '2022-05-06T08:10:00+00:00', shown: 'Actualizado el 06/05/2022 a las 08:10' } },
  { page: 'fr-heure-espacee', shows: '"Publié le lundi 6 mars 2023 à 10 h 05"', published: { iso: '2023-03-06T10:05:00+00:00', shown: '6 mars 2023 à 10 h 05' } },
  { page: 'no-publisert-oppdatert', shows: '"Publisert 3. mars 2023 kl. 14.05 Oppdatert 4. mars 2023 kl. 09.10"', published: { iso: '2023-03-03T14:05:00+01:00', shown: '3. mars 2023 kl. 14.05' }, modified: { iso: '2023-03-04T09:10:00+01:00', shown: 'Oppdatert 4. mars 2023 kl. 09.10' } },
  { page: 'es-fecha-guion-hora', shows: '"5 de mayo de 2022 - 13:32"', published: { iso: '2022-05-05T13:32:00+00:00', shown: '5 de mayo de 2022 - 13:32' } },
  { page: 'nl-dag-afkorting', shows: '"di 3 jan 2023, 16:45"', published: { iso: '2023-01-03T16:45:00+01:00', shown: '3 jan 2023, 16:45' } },
  { page: 'it-pubblicato-alle', shows: '"Pubblicato il 12 settembre 2023 alle 10:45 · Aggiornato il 13 settembre 2023"', published: { iso: '2023-09-12T10:45:00+02:00', shown: '12 settembre 2023 alle 10:45' }, modified: { iso: '2023-09-13T00:00:00+02:00', shown: 'Aggiornato il 13 settembre 2023' } },
  { page: 'pl-opublikowano', shows: '"Opublikowano: 7 października 2023, 12:30"', published: { iso: '2023-10-07T12:30:00+02:00', shown: '7 października 2023, 12:30' } },
  { page: 'pt-publicado-atualizado', shows: '"Publicado em 15 de março de 2024 às 09h12" and "Atualizado em …" in two paragraphs', published: { iso: '2024-03-15T09:12:00-03:00', shown: '15 de março de 2024 às 09h12' }, modified: { iso: '2024-03-16T11:40:00-03:00', shown: 'Atualizado em 16 de março de 2024 às 11h40' } },
  { page: 'tr-tarih-gun', shows: '"Giriş: 18 Ağustos 2024 Pazar 14:20 Güncelleme: 19 Ağustos 2024 Pazartesi 08:05"', published: { iso: '2024-08-18T14:20:00+03:00', shown: '18 Ağustos 2024 Pazar 14:20' }, modified: { iso: '2024-08-19T08:05:00+03:00', shown: 'Güncelleme: 19 Ağustos 2024' } },
  { page: 'en-published-updated-ago', shows: '"Updated 2 hours ago · Published 3 days ago"', published: { iso: '2026-11-26T12:00:00+00:00', shown: 'Published 3 days ago' }, modified: { iso: '2026-11-29T10:00:00+00:00', shown: 'Updated 2 hours ago' } },
  { page: 'en-posted-on-ordinal', shows: '"Posted on March 3rd, 2023", a sidebar of recent posts with dates', published: { iso: '2023-03-03T00:00:00+00:00', shown: 'March 3rd, 2023' } },
  { page: 'en-gb-day-ordinal-month', shows: '"3rd March 2023" in italics under the headline', published: { iso: '2023-03-03T00:00:00+00:00', shown: '3rd March 2023' } },
  { page: 'en-ap-style-clock-zone', shows: '"Mar. 3, 2023 at 10:01 p.m. EST": the next day in UTC', published: { iso: '2023-03-03T22:01:00-05:00', shown: 'Mar. 3, 2023 at 10:01 p.m. EST' } },
  { page: 'en-clock-before-date', shows: '"Published 10:30 PM ET, Fri March 3, 2023": the clock before the date', published: { iso: '2023-03-03T22:30:00-05:00', shown: '10:30 PM ET, Fri March 3, 2023' } },
  { page: 'en-us-updated-posted', shows: '"Updated: 7/6/2023 9:15 AM CDT — Posted: 7/4/2023 6:02 PM CDT" on a US page', published: { iso: '2023-07-04T18:02:00-05:00', shown: 'Posted: 7/4/2023 6:02 PM CDT' }, modified: { iso: '2023-07-06T09:15:00-05:00', shown: 'Updated: 7/6/2023 9:15 AM CDT' } },
  { page: 'en-gb-first-published-dotted', shows: '"Fri 3 Mar 2023 09.00 GMT" and a folded "Last modified on Fri 3 Mar 2023 11.42 GMT"', published: { iso: '2023-03-03T09:00:00+00:00', shown: 'Fri 3 Mar 2023 09.00 GMT' }, modified: { iso: '2023-03-03T11:42:00+00:00', shown: 'Last modified on Fri 3 Mar 2023 11.42 GMT' } },
  { page: 'en-us-numeric', shows: '"3/4/2023" on a US page: March 4', published: { iso: '2023-03-04T00:00:00+00:00', shown: '3/4/2023' } },
  { page: 'en-gb-numeric-slash', shows: '"04/03/2023" on a British page: 4 March', published: { iso: '2023-03-04T00:00:00+00:00', shown: '04/03/2023' } },
  { page: 'time-datetime-iso', shows: '<time datetime> whose text has no year', published: { iso: '2023-03-04T10:20:00+01:00', shown: '2023-03-04T10:20:00+01:00' } },
  { page: 'jsonld-utc-next-day', shows: 'JSON-LD at 23:30 UTC, the dateline "05.03.2023, 00:30 Uhr" the next local day', published: { iso: '2023-03-05T00:30:00+01:00', shown: '2023-03-04T23:30:00Z' }, modified: { iso: '2023-03-05T08:10:00+01:00', shown: '2023-03-05T07:10:00Z' } },
  { page: 'en-entry-footer-comments', shows: '"This entry was posted on …" after the text, dated comments below', published: { iso: '2023-03-07T16:12:00+00:00', shown: 'March 7th, 2023 at 4:12 pm' } },
  { page: 'en-related-posts-rail', shows: 'a dateline, then dated related posts inside the article', published: { iso: '2024-10-21T00:00:00+00:00', shown: '21 October 2024' } },
  { page: 'en-sidebar-listing-first', shows: 'a listing of dated posts in a sidebar before the headline', published: { iso: '2024-11-18T00:00:00+00:00', shown: 'Nov 18, 2024' } },
  { page: 'en-event-date-first', shows: 'the event\'s "Saturday 14 June 2025, 6pm" under the headline, "Posted 2 May 2025" after the text', published: { iso: '2025-05-02T00:00:00+00:00', shown: '2 May 2025' } },
  { page: 'de-mehr-zum-thema-oben', shows: 'a "Mehr zum Thema" list of dated stories under the headline, the story\'s date after its text', published: { iso: '2023-03-15T00:00:00+01:00', shown: '15.03.2023' } },
  { page: 'en-related-time-no-date', shows: 'a guide without a date, a "You may also like" list of cards with <time datetime> below it', published: null },
  { page: 'en-undated-post-comments', shows: 'a post without a date, dated reader comments below it', published: null },
  { page: 'footer-copyright-date-only', shows: 'no dateline, a date in the footer\'s copyright line', published: null },
  { page: 'copyright-div-footer', shows: 'no dateline, "© 14.02.2023 …" in a footer built of divs', published: null },
  { page: 'modified-meta-only', shows: 'only article:modified_time, no date shown', published: null, modified: { iso: '2024-06-03T10:15:00+01:00', shown: '2024-06-03T10:15:00+01:00' } },
  { page: 'hatom-abbr-published', shows: 'an hAtom <abbr class="published" title="2023-03-04T10:20:00+01:00">4 March</abbr>: no year shown', published: { iso: '2023-03-04T10:20:00+01:00', shown: '2023-03-04T10:20:00+01:00' } },
  { page: 'wp-updated-before-published', shows: 'a WordPress <time class="updated"> before <time class="entry-date published">', published: { iso: '2023-01-10T08:00:00+00:00', shown: '2023-01-10T08:00:00+00:00' }, modified: { iso: '2023-02-15T09:30:00+00:00', shown: '2023-02-15T09:30:00+00:00' } },
  { page: 'ar-nushira', shows: '"نشر في: الأحد 12 مارس 2023 - 10:45 ص"', published: { iso: '2023-03-12T10:45:00+00:00', shown: '12 مارس 2023 - 10:45 ص' } },
  { page: 'ar-hijri-miladi', shows: '"الأحد 11 رمضان 1444 هـ - 2 أبريل 2023 م": the Hijri date, then the Gregorian', published: { iso: '2023-04-02T00:00:00+00:00', shown: '2 أبريل 2023' } },
  { page: 'he-pursam', shows: '"פורסם: 5 במאי 2025, 14:20"', published: { iso: '2025-05-05T14:20:00+03:00', shown: '5 במאי 2025, 14:20' } },
  { page: 'ja-nengappi', shows: '"2023年3月4日 10時20分"', published: { iso: '2023-03-04T10:20:00+09:00', shown: '2023年3月4日 10時20分' } },
  { page: 'ja-koukai-koushin', shows: '"更新日：2023年3月10日　公開日：2023年3月4日": the update first', published: { iso: '2023-03-04T00:00:00+09:00', shown: '公開日：2023年3月4日' }, modified: { iso: '2023-03-10T00:00:00+09:00', shown: '更新日：2023年3月10日' } },
  { page: 'zh-fabu-gengxin', shows: '"更新时间：2023-03-05 08:00　发布时间：2023-03-04 10:20": the update first', published: { iso: '2023-03-04T10:20:00+08:00', shown: '发布时间：2023-03-04 10:20' }, modified: { iso: '2023-03-05T08:00:00+08:00', shown: '更新时间：2023-03-05 08:00' } },
  { page: 'zh-laiyuan', shows: '"2023-03-04 10:20 来源：城市日报"', published: { iso: '2023-03-04T10:20:00+08:00', shown: '2023-03-04 10:20' } },
  { page: 'ko-ipryeok-sujeong', shows: 'Korean "입력 2023.03.04 10:20" (entered) and "수정 2023.03.05 09:00" (revised)', published: { iso: '2023-03-04T10:20:00+09:00', shown: '2023.03.04 10:20' }, modified: { iso: '2023-03-05T09:00:00+09:00', shown: '수정 2023.03.05 09:00' } },
  { page: 'ru-marta', shows: '"4 марта 2023, 10:20"', published: { iso: '2023-03-04T10:20:00+00:00', shown: '4 марта 2023, 10:20' } },
];

describe.each(datelines)('$page: $shows', ({ page, published, modified = null }) => {
  it.each([null, `https://news.example/story/${page}`])('reads the publication and the update the page shows (url: %s)', (url) => {
    const record = extractPage(page, url);
    expect(record.publishedAt).toBe(published?.iso ?? null);
    if (published) expect(record.publishedAtRaw).toContain(published.shown);
    expect(record.modifiedAt).toBe(modified?.iso ?? null);
    if (modified) expect(record.modifiedAtRaw).toContain(modified.shown);
  });
});
