/**
 * The thirtieth round's education pages, twenty of them: a windows-1256 Egyptian news portal's story on the
 * secondary-school certificate's results ("نتيجة الثانوية العامة"), a seat-number result-check widget under its
 * picture and the top students' table under the story's own subheading; an Indian paper's board results story with a
 * dek, "Check Your Result" and live-updates buttons, a stream-wise pass table, how-to steps, a "Download the PDF"
 * box and the "(With inputs from PTI)" note; a French regional's bac results with a chapô, a search box for the list
 * of those admitted between its paragraphs and a table by département; a US university's Drupal news release with a
 * subhead, closing on "###", a media contact and the "About the University" boilerplate; a Nigerian WordPress
 * paper's scholarship notice with a deadlines table, "APPLY NOW" and "Download the PDF" buttons and a WhatsApp
 * channel prompt; a Spanish regional's EFE story on a teachers' strike with an entradilla and the strike days as a
 * list; a Turkish paper's Anadolu story on university entrance results with a spot, a "sonuç sorgulama" button box
 * and a table of scores; an Indonesian portal's school-closure story after floods, "Penulis | Editor", with the
 * revised academic calendar as a table, "Baca juga" lines and a WhatsApp channel note; a Jordanian WordPress portal's
 * Petra story on the Tawjihi results with a seat-number form titled by a bold line and a pass-rates table; a British
 * student paper's Newspack story on a lecturers' strike with its dates as a list, a donation callout and the writer's
 * bio; a Moroccan French-language paper's bac story credited "Avec MAP" beside its date, with a Massar result form
 * titled by a bare line and a table by stream; an Iowa TV station's snow-day closings lists with its player's clip
 * title, an alerts sign-up and an app promo; an Indian portal's ranking story whose byline runs the city on after the
 * writer's name, with a top-ten table of linked institute names and a "Check full list here" button; a Mexican
 * paper's admission-results explainer with a "CONSULTA AQUÍ TUS RESULTADOS" button box; a French regional's
 * paywalled school-holidays calendar with its zones table, a PDF button and the subscription box; an Egyptian
 * university's Arabic news release with a media-contact box and its boilerplate; an Iowa school district's Finalsite
 * post titled "News Details" by its page widget over the post's own heading; a Turkish university's press release
 * with the press office's card and "… Hakkında" boilerplate; a Nigerian paper's NAN story on the WASSCE results;
 * and an Indonesian ministry's numbered press release signed by its bureau and closed by its web and social lines.
 * Two expectations are held out (the Egyptian university release's and the school district post's section).
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam30-education'), NOW);
