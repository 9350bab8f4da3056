/**
 * Held-out audit of authors: small hand-written pages that credit their writers the way real sites do (several
 * writers joined by "and"/"und", a role or a place after the name, a social handle, an avatar and a bio link,
 * JSON-LD authors as arrays, references, URL-only persons and organizations, meta lists, profile URLs, rel=author,
 * desk and agency credits, photo credits, related rails and comments, particles, initials, hyphens, apostrophes,
 * capitals and non-Latin scripts). Each case states who a reader sees as the writer, and the agency whose copy the
 * story uses; the page is read without a URL and with one, as the pipeline may receive either.
 */
import { heldoutPageReader } from '../support/heldout-pages';

const extractPage = heldoutPageReader('heldout-authors');

interface Credit {
  page: string;
  shows: string;
  authors: string[];
  wireSource?: string;
}

const credits: Credit[] = [
  { page: 'en-two-writers', shows: '"By Jane Doe and John Roe"', authors: ['Jane Doe', 'John Roe'] },
  { page: 'en-three-writers-photo', shows: 'three linked names beside an avatar, then a "Read bio" link', authors: ['Jane Doe', 'John Roe', 'Ann Poe'] },
  { page: 'de-von-und', shows: '"Von Max Muster und Erika Musterfrau"', authors: ['Max Muster', 'Erika Musterfrau'] },
  { page: 'de-zwei-orte', shows: '"Von Jane Doe, Berlin, und John Roe, Paris": each writer with a place', authors: ['Jane Doe', 'John Roe'] },
  { page: 'fr-envoye-special', shows: '"Par Jean Dupont, envoyé spécial à Kyiv": the post in lowercase after the name', authors: ['Jean Dupont'] },
  { page: 'es-por-ciudad', shows: '"Por María López | Madrid": the city after a pipe', authors: ['María López'] },
  { page: 'en-name-role', shows: '"Jane Doe, Senior Reporter" beside the date line', authors: ['Jane Doe'] },
  { page: 'en-name-handle', shows: '"Jane Doe @janedoe": the social handle beside the name', authors: ['Jane Doe'] },
  { page: 'jsonld-author-array', shows: 'JSON-LD authors as an array of persons, no visible byline', authors: ['Ana de la Cruz', "Seán O'Brien"] },
  { page: 'jsonld-author-id-ref', shows: 'a JSON-LD author given as an @id reference into the @graph', authors: ['Chiamaka Okafor-Bright'] },
  { page: 'jsonld-person-url-only', shows: 'a JSON-LD person with a URL only, named by the visible byline', authors: ['Jane Doe'] },
  { page: 'jsonld-organization-author', shows: 'a JSON-LD author that is the publishing organization', authors: [] },
  { page: 'jsonld-author-string-by', shows: 'a JSON-LD author string led by "By "', authors: ['Jane Doe'] },
  { page: 'meta-author-list', shows: 'meta name=author "Jane Doe, John Roe"', authors: ['Jane Doe', 'John Roe'] },
  { page: 'article-author-profile-url', shows: 'article:author as a profile URL, no name anywhere', authors: [] },
  { page: 'rel-author-caps', shows: 'a rel=author link written in capitals', authors: ['Kwame Mensah'] },
  { page: 'en-by-staff', shows: '"By Staff"', authors: [] },
  { page: 'de-redaktion', shows: '"Redaktion"', authors: [] },
  { page: 'en-wire-afp', shows: '"AFP" alone', authors: [], wireSource: 'AFP' },
  { page: 'en-reuters-staff', shows: '"By Reuters Staff"', authors: [], wireSource: 'Reuters' },
  { page: 'en-writer-with-agency', shows: '"By Jane Doe with AFP"', authors: ['Jane Doe'], wireSource: 'AFP' },
  { page: 'en-writer-comma-agency', shows: '"By Jane Doe, Reuters": the agency after a comma, where a place would stand', authors: ['Jane Doe'], wireSource: 'Reuters' },
  { page: 'en-writer-agency-parens', shows: '"Jane Doe (Reuters)"', authors: ['Jane Doe'], wireSource: 'Reuters' },
  { page: 'de-text-im-fuss', shows: '"Text: Jane Doe" closing the text only, a caption "Foto: John Roe" above', authors: ['Jane Doe'] },
  { page: 'de-text-und-fotos', shows: '"Text und Fotos: Jane Doe" under the headline', authors: ['Jane Doe'] },
  { page: 'en-interview', shows: '"Interview: Jane Doe"', authors: ['Jane Doe'] },
  { page: 'de-interview-von', shows: '"Ein Interview von Jane Doe"', authors: ['Jane Doe'] },
  { page: 'en-photo-credit', shows: '"By Ann Poe" and a caption "Photo: John Roe"', authors: ['Ann Poe'] },
  { page: 'en-related-rail-comments', shows: 'a byline, bylines of related stories and comment authors', authors: ['Olu Adeyemi'] },
  { page: 'en-particles-initials', shows: '"By J. R. Okafor, Ana de la Cruz and Mary-Kate O\'Brien"', authors: ['J. R. Okafor', 'Ana de la Cruz', "Mary-Kate O'Brien"] },
  { page: 'ru-avtor', shows: '"Автор: Иван Петров"', authors: ['Иван Петров'] },
  { page: 'el-tou', shows: 'Greek "Του Γιώργου Παπαδόπουλου" (the name in the genitive)', authors: ['Γιώργου Παπαδόπουλου'] },
  { page: 'en-caps-two', shows: '"By JANE DOE and JOHN ROE" in capitals', authors: ['Jane Doe', 'John Roe'] },
  { page: 'meta-author-site-name', shows: "meta name=author naming the site, the visible byline naming the writer", authors: ['Ann Poe'] },
  { page: 'jsonld-person-and-agency', shows: 'JSON-LD authors: a person and the agency as an organization', authors: ['Jane Doe'], wireSource: 'Reuters' },
  { page: 'de-von-dpa', shows: '"Von Jane Doe, dpa"', authors: ['Jane Doe'], wireSource: 'dpa' },
  { page: 'de-gastbeitrag-partikel', shows: '"Ein Gastbeitrag von Ursula von der Leyen"', authors: ['Ursula von der Leyen'] },
  { page: 'en-written-read-time', shows: '"Written by Jane Doe · 5 min read"', authors: ['Jane Doe'] },
  { page: 'jsonld-name-with-role', shows: 'a JSON-LD person named "Jane Doe, Political Correspondent"', authors: ['Jane Doe'] },
  { page: 'en-reporting-editing-footer', shows: 'agency credits closing the text: "Reporting by Jane Doe and Ann Poe in Taipei; Editing by John Roe"', authors: ['Jane Doe', 'Ann Poe'] },
  { page: 'en-author-box-bio', shows: 'no byline, an author box with a bio and "More articles by this author" after the text', authors: ['Olu Adeyemi'] },
];

describe.each(credits)('$page: $shows', ({ page, authors, wireSource = null }) => {
  it.each([null, `https://news.example/2026/${page}`])('credits the writers and the agency (url: %s)', (url) => {
    const record = extractPage(page, url);
    expect(record.authors).toEqual(authors);
    expect(record.wireSource).toBe(wireSource);
  });
});
