/**
 * Rule "publication in the page's data": apps and analytics tags ship the article's record in inline scripts, a data
 * layer's `"publication_date" : "2024-09-03 00:03:19"`, an app state's `"publicationDate":"2024-08-26T23:27:57Z"`, a
 * player's `"firstPublished":1665408077000`. A page that declares no date in its metadata and prints none a reader
 * could find still carries its publication there. It is read last, and only where every such key on the page names
 * one instant: a listing's or a front page's data names each of its items' dates.
 *
 * ```ts
 * const texts = pageDataPublications(pageDataScripts(page), (text) => Date.parse(text)); // ['2024-09-03 00:03:19']
 * ```
 */

/** Keys the data layers and app states of news sites give the first publication under, with its value. */
const PUBLICATION_ENTRY =
  /"(?:publicationDate|publication_date|publishDate|publish_date|publishedDate|published_date|datePublished|date_published|publishedAt|published_at|firstPublished|first_published_at|firstPublishDate)"\s*:\s*(?:"([^"]{8,40})"|(\d{13}|\d{10})(?!\d))/g;
/** Every key above holds one of these: scripts without them are not searched. */
const KEY_STEMS = ['ublish', 'ublication'];
/** Seconds (ten digits) or milliseconds (thirteen) since 1970, as scripts write an instant. */
const EPOCH_MILLISECONDS_DIGITS = 13;

/**
 * The publication's texts the scripts give, in the order found, each epoch written as an ISO instant; empty where none
 * names it or where they name more than one instant (compared by `instantOf`, which reads a text as a date).
 */
export function pageDataPublications(scripts: Iterable<string>, instantOf: (text: string) => number | null): string[] {
  const found: string[] = [];
  for (const script of scripts) {
    if (!KEY_STEMS.some((stem) => script.includes(stem))) continue;
    for (const match of script.matchAll(PUBLICATION_ENTRY)) found.push(match[1] ?? epochInstant(match[2]));
  }
  const instants = new Set(found.map(instantOf));
  return instants.size === 1 && !instants.has(null) ? found : [];
}

function epochInstant(digits: string): string {
  const milliseconds = digits.length === EPOCH_MILLISECONDS_DIGITS ? Number(digits) : Number(digits) * 1000;
  return new Date(milliseconds).toISOString();
}
