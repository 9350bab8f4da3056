/**
 * Publication and modification dates, from the most to the least trusted source: JSON-LD, meta tags of every
 * vocabulary, a date in the URL path, `<time datetime>`, and last the visible dateline or byline text. The first
 * candidate that parses to a plausible date wins; implausible ones (future, before 1900) are reported as warnings.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { MetaTags } from './meta-tags';
import type { StructuredArticle } from './json-ld';
import { isHijriDateText, parseDate, parsePublicationDate } from './dates';

export interface DateChoice {
  iso: string | null;
  raw: string | null;
}

export interface PageDates {
  published: DateChoice;
  modified: DateChoice;
  /** Where the publication date came from, e.g. `json-ld`, `meta`, `url`, `dom`. */
  publishedSource: string | null;
  warnings: string[];
}

const PUBLISHED_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'published_time', 'og:published_time',
  'itemprop:datepublished', 'datepublished', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created', 'citation_publication_date', 'citation_date',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'date', 'article.published',
  'cxenseparse:recs:publishtime', 'time:published', 'itemprop:datecreated', 'og:pubdate',
];
const MODIFIED_META_KEYS = [
  'article:modified_time', 'og:updated_time', 'og:article:modified_time', 'article:modified', 'modified_time',
  'itemprop:datemodified', 'datemodified', 'dc.date.modified', 'dcterms.modified', 'last-modified', 'lastmod',
];

/** /2017/01/23/ or /2017-01-23- in a URL path: CMS permalinks that encode the publication day. */
const URL_DATE = /\/(20\d{2}|19\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/;

/** Class and id names of dateline elements in themes and CMS templates. */
const DATELINE_SELECTOR = [
  '[class*="date" i]', '[id*="date" i]', '[class*="time" i]', '[class*="publish" i]', '[class*="posted" i]',
  '[class*="byline" i]', '[class*="meta" i]', '[class*="datum" i]', '[class*="fecha" i]', '[class*="tarikh" i]',
  '[class*="تاريخ" i]', 'time',
].join(', ');
/** A dateline is short; longer texts are paragraphs that merely mention a date. */
const MAX_DATELINE_CHARS = 160;
/** Visible candidates examined before giving up: the dateline sits near the headline. */
const MAX_DATELINE_CANDIDATES = 60;

interface Candidate {
  text: string;
  source: string;
}

export function readPageDates($: CheerioAPI, tags: MetaTags, structured: StructuredArticle | null, url: string | null, now: Date): PageDates {
  const warnings: string[] = [];
  const published: Candidate[] = [
    ...(structured?.datePublished ? [{ text: structured.datePublished, source: 'json-ld' }] : []),
    ...tags.all(...PUBLISHED_META_KEYS).map((text) => ({ text, source: 'meta' })),
    ...urlDate(url),
    ...tags.all('time:datetime').slice(0, 1).map((text) => ({ text, source: 'time' })),
  ];
  let choice = pickDate(published, now, warnings);
  if (!choice.iso) {
    const visible = pickDate(datelineTexts($), now, warnings);
    if (visible.iso || !choice.raw) choice = visible;
  }
  const modified: Candidate[] = [
    ...(structured?.dateModified ? [{ text: structured.dateModified, source: 'json-ld' }] : []),
    ...tags.all(...MODIFIED_META_KEYS).map((text) => ({ text, source: 'meta' })),
  ];
  const modifiedChoice = pickDate(modified, now, []);
  return {
    published: { iso: choice.iso, raw: choice.raw },
    modified: { iso: modifiedChoice.iso, raw: modifiedChoice.raw },
    publishedSource: choice.source,
    warnings,
  };
}

/**
 * First plausible date. When none parses, the raw string is still kept if it is a Hijri date or came from a
 * structured source (it is the page's own statement of its date, just not one this parser understands).
 */
function pickDate(candidates: Candidate[], now: Date, warnings: string[]): DateChoice & { source: string | null } {
  let unparsed: Candidate | null = null;
  for (const candidate of candidates) {
    const accepted = parsePublicationDate(candidate.text, now);
    if (accepted) return { iso: accepted.iso, raw: accepted.raw, source: candidate.source };
    const parsed = parseDate(candidate.text, now);
    if (parsed) warnings.push(`date: implausible ${candidate.source} date "${parsed.raw}" rejected`);
    else if (!unparsed && (isHijriDateText(candidate.text) || candidate.source !== 'dom')) unparsed = candidate;
  }
  return { iso: null, raw: unparsed?.text.replace(/\s+/g, ' ').trim() ?? null, source: unparsed?.source ?? null };
}

function urlDate(url: string | null): Candidate[] {
  if (!url) return [];
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  const match = URL_DATE.exec(path);
  return match ? [{ text: `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`, source: 'url' }] : [];
}

/** Short texts of dateline-like elements, innermost first so that the date itself is not diluted by its row. */
function datelineTexts($: CheerioAPI): Candidate[] {
  const candidates: Candidate[] = [];
  $(DATELINE_SELECTOR).each((_, element) => {
    if (candidates.length >= MAX_DATELINE_CANDIDATES) return false;
    const node = $(element);
    if (node.closest('nav, footer, aside, [class*="comment" i], [class*="related" i], [class*="sidebar" i], [class*="widget" i]').length) return;
    const text = node.text().replace(/\s+/g, ' ').trim();
    if (text && text.length <= MAX_DATELINE_CHARS) candidates.push({ text, source: 'dom' });
    return;
  });
  return candidates;
}
