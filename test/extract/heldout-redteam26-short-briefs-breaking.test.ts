/**
 * The twenty-sixth round's short briefs and breaking-news items, eight of them, each a story of one or two
 * paragraphs beside furniture that holds far more text: an Egyptian windows-1256 portal in a table layout whose
 * headline carries an "عاجل" badge, its MENA brief closed by "التفاصيل بعد قليل..." under a related list with
 * summaries, three comments, a most-read box and a poll; a US station's WordPress page with a "BREAKING" label in
 * the h1, an AP brief ending "This is a developing story and will be updated.", a related box inside the text and
 * long comments; a German regional paper's "Eilmeldung" of one dpa paragraph and a "+++ Diese Meldung wird
 * aktualisiert. Mehr in Kürze. +++" line, with teasers, most-read and a newsletter box; a French ISO-8859-1 "URGENT"
 * AFP item closed by "Plus d'informations à suivre...", with reactions and most-read; a Spanish "Última hora" EFE
 * item of one paragraph and a "Noticia en ampliación" line, beside related news with summaries; a Turkish
 * ISO-8859-9 "SON DAKİKA" AA brief closed by "Haberin detayları geliyor...", with views, comments and most-read;
 * a British local paper's news-in-brief roundup of four items under their own headings; and a Saudi page's two-
 * paragraph SPA brief with a read-also line between them and its dates in Arabic-Indic digits.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam26-short-briefs-breaking'), NOW);
