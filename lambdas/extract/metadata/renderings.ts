/**
 * The same article in another rendering: a print version, an archived snapshot. Such a page often declares no
 * canonical address, yet states the article's own address where its readers see it: the print version at its foot
 * for the reader of the paper copy ("Source URL: …", "Quelle: https://…"), the archive in its toolbar's address field.
 */
import { hostOf, httpUrl } from '../url';
import { caseInsensitiveInitials, type IndexedPage } from './regions';

/** A print foot line is a label and an address; a paragraph that cites a source says more. */
const MAX_SOURCE_LINE_CHARS = 400;
/** The shortest label and the shortest address ("Quelle:http://a.de"): most of a page's elements hold less. */
const MIN_SOURCE_LINE_CHARS = 'Quelle:http://a.de'.length;

/**
 * Rule "printed source line": the foot of a print version gives the article's address after a label, in the
 * page's language. Only labels that name the article's own address count, so a story's closing "Source:" citing a
 * report is not read; "Quelle", "Источник" and "المصدر" are what German, Russian and Arabic print feet say, and are
 * read only where the whole line is the label and one address.
 */
const PRINTED_SOURCE_LABELS = [
  'source url', 'url to article', 'article url', 'url of (?:this|the) article', 'permalink', 'quell-?url', 'quelle', 'url des artikels',
  'artikel-url', "url (?:de l'article|source)", "adresse de l'article", 'url del art[ií]culo', 'enlace (?:al|del) art[ií]culo',
  'url da mat[ée]ria', 'link da mat[ée]ria', 'источник', 'адрес (?:материала|статьи)', 'ссылка на (?:материал|статью)',
  'رابط (?:المقال|الخبر|الموضوع)', 'المصدر',
];
const PRINTED_SOURCE_LINE = new RegExp(`^(?:${PRINTED_SOURCE_LABELS.join('|')})\\s*[:：]\\s*(https?:\\/\\/\\S+)$`, 'iu');

/**
 * "Article printed from The Daily: https://…": the print foot WordPress print plugins set, naming the site and
 * its home page.
 */
const PRINTED_FROM_LABELS = ['article printed from', 'printed from', 'artikel gedruckt von', 'article imprimé depuis', 'artículo impreso desde'];
const PRINTED_FROM_LINE = new RegExp(`^(?:${PRINTED_FROM_LABELS.join('|')})\\s+(.{1,80}?)\\s*[:：]\\s*https?:\\/\\/\\S+$`, 'iu');
/**
 * The characters the foot lines' labels start with: most short texts of a page start otherwise, and are passed over
 * without their text being built.
 */
const FOOT_LINE_INITIALS = caseInsensitiveInitials([...PRINTED_SOURCE_LABELS, ...PRINTED_FROM_LABELS]);

/** Elements a print foot sets its lines in. */
const LINE_TAGS = new Set(['p', 'div', 'td', 'li', 'span', 'small']);

/** The address a print foot states on the page's own host (any host when the page's is unknown). */
export function printedAddress(page: IndexedPage, host: string | null): string | null {
  for (const line of footLines(page)) {
    const address = PRINTED_SOURCE_LINE.exec(line)?.[1];
    const url = address ? httpUrl(address, null) : null;
    if (url && (host === null || hostOf(url) === host)) return url;
  }
  return null;
}

/**
 * The address a snapshot was taken of, as the Wayback toolbar's address field holds it. The toolbar is the same
 * markup wherever the archive's software runs. Not a base for the page's links: the archive rewrote those relative
 * to itself.
 */
export function archiveToolbarAddress(page: IndexedPage): string | null {
  const field = page.tagged('input').find((input) => input.attribs.id === ARCHIVE_TOOLBAR_ADDRESS_FIELD)?.attribs.value;
  return field ? httpUrl(field, null) : null;
}
const ARCHIVE_TOOLBAR_ADDRESS_FIELD = 'wmtbURL';

/** The site's name as a print foot gives it ("Article printed from The Daily: https://…"). */
export function printedSiteName(page: IndexedPage): string | null {
  for (const line of footLines(page)) {
    const name = PRINTED_FROM_LINE.exec(line)?.[1];
    if (name) return name;
  }
  return null;
}

/** The short lines of the page that hold an address, in document order. */
function* footLines(page: IndexedPage): Generator<string> {
  const { elements, visibleChars } = page.walk;
  for (let index = 0; index < elements.length; index++) {
    const chars = visibleChars[index];
    if (chars < MIN_SOURCE_LINE_CHARS || chars > MAX_SOURCE_LINE_CHARS || !LINE_TAGS.has(elements[index].name)) continue;
    if (!FOOT_LINE_INITIALS.has(page.firstCharAt(index))) continue;
    const text = page.shortTextAt(index, MAX_SOURCE_LINE_CHARS)?.replace(SPACES, ' ').trim();
    if (text && text.includes('://')) yield text;
  }
}
const SPACES = /\s+/g;
