/**
 * The article record: what the extraction engine produces from one page.
 *
 * Every field is optional in the sense that a page may not carry it; absent values are `null` (scalars) or `[]`
 * (lists) so that downstream consumers never have to distinguish "missing key" from "no value".
 */
export interface ArticleRecord {
  /** The headline, without the site-name suffix `<title>` usually carries. */
  title: string | null;
  /**
   * Summary or dek: the declared one (og:description, description, Twitter, Dublin Core, JSON-LD, in that order; the
   * whole text when the first is an ellipsis-cut copy of another; one that only repeats the headline or the site's
   * name gives way to a better one), else the dek the page shows under its headline. Null rather than the body's
   * first paragraph.
   */
  description: string | null;
  /** People who wrote the piece, a name set in capitals written as names are. Never agencies (see `wireSource`) or UI noise such as "Follow". */
  authors: string[];
  /**
   * ISO 8601 with offset, e.g. `2017-01-23T00:00:00+00:00`. A time printed without its offset gets the offset of the
   * page's zone, told by its country domain, the locale it declares or a language spoken on one clock
   * (`2026-12-01T09:45:00+03:30` on an Iranian page); where the zone is unknown, the printed time is written as UTC.
   * Never in the future relative to extraction time (up to 14 hours ahead for a time in an unknown zone). Dates in
   * calendars that convert exactly are given in the Gregorian calendar: Persian solar Hijri ("۱۴ اسفند ۱۴۰۱"), Thai
   * Buddhist Era ("5 มี.ค. 2566"), Japanese era years ("令和5年") and Taiwan's Minguo years ("民國112年"). A lunar Hijri
   * date is read only where the page prints no Gregorian one: with its day and month name it is converted by the Umm
   * al-Qura calendar ("السبت 24 جمادى الأولى 1448 هـ"); in numbers or without its day, whose reading depends on
   * moon sighting and on the writer, it is not: `publishedAt` stays null and `publishedAtRaw` keeps it.
   */
  publishedAt: string | null;
  /**
   * The string `publishedAt` was read from, verbatim: of a dateline that prints more (a byline, a section, the
   * update), the item that dates the publication. Also kept when it could not be parsed, e.g. lunar Hijri.
   */
  publishedAtRaw: string | null;
  /** The last update, never earlier than `publishedAt`: a modification time before it is left out. */
  modifiedAt: string | null;
  modifiedAtRaw: string | null;
  /** BCP-47 tag, primary subtag at least (`ar`, `en`, `pt-BR`). */
  language: string | null;
  /** `rtl` for a right-to-left language, or where the markup around the story sets it so (`dir`, `direction:`). */
  direction: 'rtl' | 'ltr';
  /** The publication's name; its host (`example.com`) where the page gives its address as its name. */
  siteName: string | null;
  /** The URL the page was fetched from or declared with (input). */
  url: string | null;
  /** rel=canonical / og:url, resolved against `url`. */
  canonicalUrl: string | null;
  /**
   * The desk or folder the article is filed in: the stated section, else the first category, else the innermost
   * folder of the breadcrumb trail.
   */
  section: string | null;
  categories: string[];
  tags: string[];
  leadImage: ArticleImage | null;
  images: ArticleImage[];
  /**
   * Plain text; paragraphs separated by exactly one blank line. Short lines the page broke with <br> (a stanza, an
   * address) stay one paragraph, one newline apart, while a prose line a <br> ends is a paragraph of its own; a code
   * block is one paragraph that keeps its lines; a table row is one paragraph, its cells set apart by " | ".
   */
  body: string;
  /** Sanitized minimal HTML: p, h2-h4, ul/ol/li, blockquote, pre, br, figure/figcaption, a[href], strong/em. */
  bodyHtml: string;
  wordCount: number;
  /** Counters the page shows. Volatile: never part of content identity. */
  counters: ArticleCounters;
  /** News agency the story is credited to (AFP, Reuters, AP, أ ف ب, ...). */
  wireSource: string | null;
  /**
   * Whether the article is free to read: JSON-LD (the article's own value, else a `hasPart` marked not free, else the
   * value the page's other nodes agree on), else the `isAccessibleForFree` meta tag or microdata, else
   * `article:content_tier` (free → true; locked and metered → false), else false when the page shows a paywall
   * notice ("Article réservé à nos abonnés") in a box named for it. Null when nothing on the page says.
   */
  isAccessibleForFree: boolean | null;
  extraction: ExtractionDiagnostics;
}

export interface ArticleImage {
  url: string;
  caption: string | null;
  alt: string | null;
  credit: string | null;
}

export interface ArticleCounters {
  views: number | null;
  comments: number | null;
}

export interface ExtractionDiagnostics {
  /** Which body strategy produced `body`, e.g. `main-pass`, `fallback:json-ld-articleBody`. */
  method: string;
  /** 0..1: how sure the engine is that `body` is the article and only the article. */
  confidence: number;
  /** Sources that contributed metadata, most trusted first (`json-ld`, `opengraph`, `dom`, ...). */
  metadataSources: string[];
  /** Charset the bytes were decoded with, when the input was bytes. */
  charset: string | null;
  /** How the charset was chosen: `bom`, `content-type`, `meta`, `detected`, `default`. */
  charsetSource: string | null;
  /** Non-fatal problems worth surfacing (truncated JSON-LD, unparseable date, ...). */
  warnings: string[];
}
