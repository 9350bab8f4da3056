/**
 * Held-out audit of authors, round 2: small hand-written pages whose bylines take shapes the first round has not
 * (see heldout-authors.test.ts): byline words of more languages (Italian "di" and Romanian "de" in lowercase, Portuguese
 * "Por … e …", Dutch "Door … en …", Polish "Autor:", the Scandinavian "Av"/"Af", Indonesian "Oleh", Arabic "تقرير:",
 * Chinese "本报记者" and "文/"), names followed by the role (Korean "김민수·이지은 기자", Japanese "山田太郎記者"), Hebrew "and"
 * joined to a name, genre and first-person credits ("Opinion by", "Guest post by", "As told to"), meta rows that run the byline into the next
 * field, a Nordic agency after the writer, picture and editing credits beside the writer's, a print and a web byline
 * on one page, capitals with an agency, and declared authors in parsely, Sailthru and Dublin Core meta tags or in
 * JSON-LD names that carry a job title or the site's name. Each case states who a reader sees as the writer and the
 * agency whose copy the story uses, and, where the page prints one, the byline row that must not be left in the
 * body; the page is read without a URL and with one, as the pipeline may receive either.
 */
import { heldoutPageReader } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-authors2');

interface Credit {
  page: string;
  shows: string;
  authors: string[];
  wireSource?: string;
  /** The byline row as the page prints it: the story's text does not hold it. */
  bylineRow?: string;
}

const credits: Credit[] = [
  { page: 'pl-autor', shows: '"Autor: Katarzyna Nowak" and "Opublikowano: …" as two blocks in one meta row', authors: ['Katarzyna Nowak'], bylineRow: 'Autor: Katarzyna Nowak' },
  { page: 'sv-av-tt', shows: '"Av Erik Lindqvist" and "Publicerad …" as two spans in one meta row', authors: ['Erik Lindqvist'], bylineRow: 'Erik Lindqvist' },
  { page: 'no-av-ntb', shows: '"Av Ola Nordmann, NTB" above "Publisert: …" in one meta block', authors: ['Ola Nordmann'], wireSource: 'NTB', bylineRow: 'Ola Nordmann' },
  { page: 'da-af-og', shows: '"Af Lars Hansen og Mette Jensen"', authors: ['Lars Hansen', 'Mette Jensen'], bylineRow: 'Af Lars Hansen' },
  { page: 'nl-door-en', shows: '"Door Jan de Vries en Sanne van den Berg": particles in both names', authors: ['Jan de Vries', 'Sanne van den Berg'], bylineRow: 'Door Jan de Vries' },
  { page: 'pt-por-e', shows: '"Por João Silva e Ana Costa" above the date in a signature block', authors: ['João Silva', 'Ana Costa'], bylineRow: 'Por João Silva' },
  { page: 'ar-biqalam', shows: '"بقلم: سامي الخطيب" under a column\'s kicker', authors: ['سامي الخطيب'], bylineRow: 'بقلم' },
  { page: 'en-caps-agency', shows: '"BY KWAME MENSAH, ASSOCIATED PRESS" in capitals', authors: ['Kwame Mensah'], wireSource: 'AP', bylineRow: 'KWAME MENSAH' },
  { page: 'en-edited-by', shows: '"By Jane Okoro · Edited by Tom Hadley": the editor did not write the piece', authors: ['Jane Okoro'], bylineRow: 'By Jane Okoro' },
  { page: 'en-illustration-photos', shows: '"By Jane Okoro", "Illustration by Sam Ortiz" and "Photos: Lee Kim" in one block', authors: ['Jane Okoro'], bylineRow: 'Jane Okoro' },
  { page: 'en-two-bylines', shows: 'a web byline "By Dana Whitfield" and a print one "DANA WHITFIELD, Staff Writer"', authors: ['Dana Whitfield'], bylineRow: 'Dana Whitfield' },
  { page: 'it-di-e', shows: '"di Mario Rossi e Giulia Bianchi", the Italian byline word in lowercase', authors: ['Mario Rossi', 'Giulia Bianchi'], bylineRow: 'di Mario Rossi' },
  { page: 'ro-de', shows: '"de Andrei Popescu", the Romanian byline word in lowercase', authors: ['Andrei Popescu'], bylineRow: 'Andrei Popescu' },
  { page: 'id-oleh-editor', shows: '"Oleh: Budi Santoso" under the headline, "Editor: Rina Wati" after the text', authors: ['Budi Santoso'], bylineRow: 'Oleh: Budi Santoso' },
  { page: 'ar-taqrir', shows: '"تقرير: ليلى حسن" ("report:") beside the date', authors: ['ليلى حسن'], bylineRow: 'تقرير' },
  { page: 'en-opinion-by', shows: '"Opinion by Dana Whitfield" beside the date', authors: ['Dana Whitfield'], bylineRow: 'Opinion by' },
  { page: 'en-guest-post', shows: '"Guest post by Marcus Lee" in italics', authors: ['Marcus Lee'], bylineRow: 'Guest post by' },
  { page: 'en-as-told-to', shows: '"As told to Priya Raman" under a first-person headline', authors: ['Priya Raman'], bylineRow: 'As told to' },
  { page: 'zh-jizhe-space', shows: '"本报记者 王丽 李强" ("this paper\'s reporters"), names set apart by spaces', authors: ['王丽', '李强'], bylineRow: '王丽' },
  { page: 'zh-wen-tu', shows: '"文/张伟 图/李明": the text credit, then the pictures\'', authors: ['张伟'], bylineRow: '文/张伟' },
  { page: 'he-meet-vav', shows: '"מאת דנה כהן ויוסי לוי": Hebrew "and" (ו) joined to the second writer\'s name', authors: ['דנה כהן', 'יוסי לוי'], bylineRow: 'מאת' },
  { page: 'ko-two-gija', shows: '"김민수·이지은 기자": two writers sharing one role word, beside the date', authors: ['김민수', '이지은'], bylineRow: '기자' },
  { page: 'ja-kisha', shows: '"山田太郎記者" (reporter) after the date', authors: ['山田太郎'], bylineRow: '山田太郎' },
  { page: 'ar-kataba-dateline', shows: '"كتب أحمد منصور" above a story of short paragraphs whose first opens with the dateline "القاهرة -"', authors: ['أحمد منصور'], bylineRow: 'كتب' },
  { page: 'cs-autor-ctk', shows: '"Jana Nováková, ČTK | 25. listopadu 2026 16:40": writer, agency and date in one row', authors: ['Jana Nováková'], wireSource: 'CTK', bylineRow: 'Jana Nováková' },
  { page: 'fa-nevisande', shows: '"نویسنده: مریم احمدی | کد خبر: … | ۸ آذر ۱۴۰۵": the writer, the story\'s number and the date in one row', authors: ['مریم احمدی'], bylineRow: 'نویسنده' },
  { page: 'sk-autor-foto', shows: '"Text: Peter Horváth | Foto: Martina Kováčová | 28. 11. 2026"', authors: ['Peter Horváth'], bylineRow: 'Peter Horváth' },
  { page: 'tr-haber-merkezi', shows: '"İstanbul Haber Merkezi" ("news desk") and the date: a desk, no person', authors: [], bylineRow: 'Haber Merkezi' },
  { page: 'en-avatar-link', shows: 'no byline but an avatar and the name linked to /author/dana-whitfield/', authors: ['Dana Whitfield'] },
  { page: 'es-por-label-links', shows: '"<strong>Por:</strong>" and two names linked to /autor/… pages, a tags row after them, a link to /autores in the menu', authors: ['Lucía Fernández', 'Pablo Ortega'] },
  { page: 'en-by-updated', shows: '"By Priya Raman | Updated 3:45 PM EST, Tue November 24, 2026"', authors: ['Priya Raman'], bylineRow: 'Priya Raman' },
  { page: 'en-about-author-end', shows: 'no byline, the name only in an "About the author" box after the text', authors: ['Dana Whitfield'], bylineRow: 'About the author' },
  { page: 'ar-dateline-mena', shows: '"القاهرة - أ ش أ" (Cairo, the Middle East News Agency) on a line of its own under the headline', authors: [], wireSource: 'MENA' },
  { page: 'en-byline-two-in-city', shows: 'a byline "Katrin Weber and Tomás Ortega in Berlin" with no byline word', authors: ['Katrin Weber', 'Tomás Ortega'], bylineRow: 'in Berlin' },
  { page: 'jsonld-name-site', shows: 'a JSON-LD person named "Dana Whitfield | The Riverside Ledger", the publisher', authors: ['Dana Whitfield'] },
  { page: 'jsonld-name-dash-title', shows: 'a JSON-LD person named "Marcus Lee - Senior Business Reporter"', authors: ['Marcus Lee'] },
  { page: 'meta-parsely-profile-url', shows: 'article:author holding a profile URL, parsely-author the name', authors: ['Dana Whitfield'] },
  { page: 'meta-sailthru', shows: 'sailthru.author alone', authors: ['Marcus Lee'] },
  { page: 'meta-dc-creator', shows: 'DC.creator alone', authors: ['Chiamaka Okafor'] },
];

const urls = (page: string) => [null, `https://news.example/2026/${page}`];

describe.each(credits)('$page: $shows', ({ page, authors, wireSource = null }) => {
  it.each(urls(page))('credits the writers and the agency (url: %s)', (url) => {
    const record = extractPage(page, url);
    expect(record.authors).toEqual(authors);
    expect(record.wireSource).toBe(wireSource);
  });
});

describe.each(credits.filter((credit) => credit.bylineRow))('$page: the byline row', ({ page, bylineRow }) => {
  it.each(urls(page))('is not left in the text (url: %s)', (url) => {
    expect(extractPage(page, url).body).not.toContain(bylineRow);
  });
});
