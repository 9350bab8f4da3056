/**
 * The twenty-eighth round's pages in Europe's regional and minority languages, nine of them: a Catalan cooperative's
 * WordPress story whose byline names two writers joined by the Catalan "i", the first with a double surname joined by
 * the same "i" ("Per Marta Puig i Ferrer i Jordi Casals Vidal"), under a Català/Castellano switcher, with a members'
 * appeal, a comment form and a cookie banner in Catalan; a Basque public broadcaster's story dated year first
 * ("2026ko abenduaren 5a, 09:30", "Eguneratua: …"), signed "Idazlea:", with a video, a Spanish summary box after the
 * text and no machine-readable date; an iso-8859-1 Galician table-layout paper's wire story ("Redacción / Europa Press",
 * "Vilagarcía de Arousa, 5 de decembro de 2026 | Actualizado ás 18:20") with a comment list and form; an iso-8859-14
 * Welsh community paper's story signed "Gan/By", dated "Dydd Sadwrn 5 Rhagfyr 2026, 11:05", with ŵ and ŷ in its
 * names and an English summary box; an Irish-language site's story by two writers with the Irish surname particles
 * ("Le Máire Ní Fhlaithearta agus Colm Ó Conghaile", "4 Nollaig 2026") and an "In English" box inside the text; an
 * iso-8859-3 Maltese portal's story by the desk ("Redazzjoni", "il-5 ta' Diċembru 2026, 14:20", "Moqri 2,418 darba");
 * a Breton SPIP magazine's article ("Sadorn 5 Kerzu 2026, gant Gwenaëlle Le Gall") with a French summary and a SPIP
 * forum; and a Frisian Drupal broadcaster's story ("Troch Sjoukje de Vries", "snein 6 desimber 2026, 08:15",
 * "Bywurke: 10:40") with a Frysk/Nederlands switcher and a Dutch-version link; and a Welsh community paper (papur bro)
 * on a stock WordPress theme whose template declares `lang="en-GB"` and labels its furniture in English ("Published",
 * "By", "Tagged", "Leave a comment") around a story written in Welsh.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam28-minority-languages'), NOW);
