/**
 * The thirtieth round's education pages, eight of them: a windows-1256 Egyptian news portal's story on the
 * secondary-school certificate's results ("نتيجة الثانوية العامة"), a seat-number result-check widget under its
 * picture and the top students' table under the story's own subheading; an Indian paper's board results story with a
 * dek, "Check Your Result" and live-updates buttons, a stream-wise pass table, how-to steps, a "Download the PDF"
 * box and the "(With inputs from PTI)" note; a French regional's bac results with a chapô, a search box for the list
 * of those admitted between its paragraphs and a table by département; a US university's Drupal news release with a
 * subhead, closing on "###", a media contact and the "About the University" boilerplate; a Nigerian WordPress
 * paper's scholarship notice with a deadlines table, "APPLY NOW" and "Download the PDF" buttons and a WhatsApp
 * channel prompt; a Spanish regional's EFE story on a teachers' strike with an entradilla and the strike days as a
 * list; a Turkish paper's Anadolu story on university entrance results with a spot, a "sonuç sorgulama" button box
 * and a table of scores; and an Indonesian portal's school-closure story after floods, "Penulis | Editor", with the
 * revised academic calendar as a table, "Baca juga" lines and a WhatsApp channel note.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam30-education'), NOW);
