/**
 * The extraction engine: bytes or a string, plus an optional URL, in; an {@link ArticleRecord} out.
 *
 * Pure and synchronous: no AWS, no I/O. Stages run in a fixed order because the body pass mutates the DOM:
 * decode → parse → metadata (on the intact DOM) → content (clean, score, select, fall back) → assemble.
 *
 * ```ts
 * import { extract } from './lambdas/extract';
 * const record = extract(bytes, { url: 'https://example.com/news/1', contentType: 'text/html; charset=windows-1256' });
 * ```
 */
import { decodeHtml } from './decode';
import { countWords, walkDocument } from './dom-walk';
import { RejectedInputError } from './errors';
import { readMetadata, type PageMetadata } from './metadata';
import { IndexedPage } from './metadata/regions';
import { datelineCountryZone, datelineStateZone } from './metadata/dateline-states';
import { agencyHomeZone, currencyCountryZone, stampMarkZone, wallClockIn } from './metadata/time-zones';
import { maghrebZoneOf } from './metadata/arabic-dates';
import { isUtcClockTime, onClockOf } from './metadata/utc-clock';
import { afghanCalendarZone } from './metadata/persian-dates';
import { extractContent } from './content';
import type { DomNode } from './content/dom';
import { namesDecoration } from './content/decorative-images';
import { pageRenderingOf } from './content/images';
import { primarySubtag, resolveLanguage, textDirection } from './language';
import { parseCounted, type ComplexityLimits } from './parse';
import { findCreditedAgency } from './metadata/wire-agencies';
import { withoutCreditedAgency } from './metadata/taxonomy';
import { inNameCase } from './metadata/name-forms';
import type { ArticleImage, ArticleRecord } from './record';
import { withoutQuery } from './url';
import { isPlainText, readTextCopy } from './text-input';

export type { ArticleRecord, ArticleImage, ArticleCounters, ExtractionDiagnostics } from './record';
export { RejectedInputError, type RejectReason } from './errors';

export interface ExtractOptions {
  /** Where the page came from; resolves relative links and seeds the canonical URL. */
  url?: string | null;
  /** Content-Type of the bytes, consulted for the charset. */
  contentType?: string | null;
  /** Reference time for relative dates and for refusing future ones. Defaults to the current time. */
  now?: Date;
}

/**
 * Documents past these bounds are refused as `too-complex` while they are parsed, before any reader runs, so no
 * page can take unbounded time. The largest dev-corpus page has 10,110 elements and the deepest nests 42 levels;
 * the limits are about 25× those, which leaves room for long real pages while refusing machine-made ones (a
 * million empty elements, tens of thousands of unclosed tags).
 */
export const COMPLEXITY_LIMITS: Readonly<ComplexityLimits> = { maxElements: 250_000, maxDepth: 1_000 };

/**
 * Extract an article record. Throws {@link RejectedInputError} only for bytes that cannot be HTML at all
 * (empty, binary, undecodable, a gzip bomb) and for documents past {@link COMPLEXITY_LIMITS}; any other HTML
 * string yields a record, possibly with an empty body.
 */
export function extract(input: Uint8Array | string, options: ExtractOptions = {}): ArticleRecord {
  const url = options.url ?? null;
  const now = options.now ?? new Date();
  const decoded = typeof input === 'string' ? null : decodeHtml(input, { contentType: options.contentType });

  const chunks = decoded ? decoded.chunks : [input as string];
  const textCopy = isPlainText(chunks) ? readTextCopy(chunks.join('')) : null;
  const { document, elementCount } = parseCounted(textCopy ? textCopy.document : chunks, COMPLEXITY_LIMITS);
  const walk = walkDocument(document, elementCount);
  const metadata = readMetadata(new IndexedPage(walk), { url, now });
  // Looked for before the body pass cleans the tree: the page often shows its lead picture in a header it drops.
  const declared = metadata.leadImage;
  const declaredShown = declared ? pageRenderingOf(declared.url, [...walk.byTag.get('img') ?? [], ...walk.byTag.get('amp-img') ?? []], metadata.baseUrl) : null;
  // Links and pictures in the body resolve against the page's <base href> when it has one, as a browser's do.
  const content = extractContent(document as unknown as DomNode, {
    url: metadata.baseUrl, title: metadata.title, structuredBody: metadata.structuredBody, authors: metadata.authors,
    dateline: metadata.dateline, publishedAt: metadata.publishedAt, updateLine: metadata.modifiedAtRaw, description: metadata.description,
    sections: [metadata.section, ...metadata.categories].filter((name): name is string => name !== null), walk, scripts: walk.byTag.get('script'),
    isAccessibleForFree: metadata.isAccessibleForFree, siteName: metadata.siteName, declaredLanguage: metadata.declaredLanguage,
  });

  // The body is the best evidence of the language; title and description stand in when the body pass found none.
  const languageEvidence = content.body || [metadata.title, metadata.description].filter(Boolean).join('\n');
  const language = resolveLanguage(metadata.declaredLanguage, languageEvidence);
  // The lead picture is the one the article shows first. The declared og:image wins when the body shows it too
  // (its copy carries the caption) or the page shows it elsewhere in another size (that rendering, as shown), or
  // the body shows no picture: sites often declare a social-card crop the page never shows.
  const declaredInBody = declared ? content.images.find((image) => sameImage(image.url, declared.url)) : undefined;
  // The rendering the page shows may be the body's picture itself, whose copy there may carry the caption or
  // credit the rendering's own box does not.
  const shownInBody = declaredShown ? content.images.find((image) => sameImage(image.url, declaredShown.url)) : undefined;
  const shown = declaredShown && shownInBody ? withTextsOf(declaredShown, shownInBody) : declaredShown;
  // Rule "shown picture, declared words": the declared picture shown outside the body, a featured image the theme
  // sets over the text, prints no caption or credit of its own, which the declaration gives (an ImageObject's caption
  // "… Picture: Jane Doe"); the same picture keeps them. A copy in the body is the writer's, captioned as they chose.
  const leadImage =
    declaredInBody ??
    (shown && declared ? withTextsOf(shown, { ...shown, caption: declared.caption, alt: null, credit: declared.credit }) : shown) ??
    content.images[0] ??
    (declared && !namesDecoration(withoutQuery(declared.url)) ? { url: declared.url, caption: declared.caption, alt: null, credit: declared.credit } : null);

  // A closing credit line says outright where the story came from; a dateline or a parenthesised credit is read
  // from the body only without one.
  const wireSource = metadata.wireSource ?? content.creditedAgency ?? findCreditedAgency(content.body);
  const homeClock = onHomeClock(metadata, () => agencyHomeZone(wireSource, language) ?? datelineStateZone(content.body) ?? afghanCalendarZone(metadata.publishedAtRaw, language) ?? stampMarkZone(language, metadata.publishedAtRaw, metadata.modifiedAtRaw) ?? maghrebStoryZone(content.body, language) ?? (wireSource === null ? metadata.storyZone ?? datelineCountryZone(content.body) ?? currencyCountryZone(content.body, language) : null));
  const { publishedAt, modifiedAt } = metadata.clockKnown ? homeClock : onMaghrebClockFromUtc(homeClock, () => maghrebStoryZone(content.body, language));

  return {
    title: metadata.title,
    description: metadata.description,
    // Named as names are written only here: the body pass looks for the byline as the page prints it.
    authors: metadata.authors.map((name) => inNameCase(name, language)),
    publishedAt,
    publishedAtRaw: metadata.publishedAtRaw,
    modifiedAt,
    modifiedAtRaw: metadata.modifiedAtRaw,
    language,
    direction: textDirection(language, content.declaredDirection, languageEvidence, metadata.declaredLanguage),
    siteName: metadata.siteName,
    url,
    canonicalUrl: metadata.canonicalUrl,
    // A text copy states its taxonomy in lines the document leaves out, as they are no part of the story.
    section: textCopy ? textCopy.categories[0] ?? null : metadata.section,
    categories: textCopy ? textCopy.categories : metadata.categories,
    tags: textCopy ? textCopy.tags : withoutCreditedAgency(metadata.tags, metadata.unshownAgencyTags, wireSource),
    leadImage,
    images: content.images,
    body: content.body,
    bodyHtml: content.bodyHtml,
    wordCount: countWords(content.body),
    counters: metadata.counters,
    wireSource,
    isAccessibleForFree: metadata.isAccessibleForFree,
    extraction: {
      method: content.method,
      confidence: content.confidence,
      metadataSources: metadata.sources,
      charset: decoded?.charset ?? null,
      charsetSource: decoded?.charsetSource ?? null,
      warnings: textCopy ? [...metadata.warnings, PLAIN_TEXT_WARNING] : metadata.warnings,
    },
  };
}

/** Surfaced in the diagnostics: the record was read from text lines, not from a page's markup. */
const PLAIN_TEXT_WARNING = 'plain-text: no markup; the first line read as the headline and the others as paragraphs';

/**
 * Rule "the national agency's paper" (see agencyHomeZone): dates printed in no zone on a page whose zone is unknown
 * read on the clock of the country whose national agency the story is credited to; failing that, rule "the state in
 * the dateline" (see datelineStateZone), on the clock of the American state the story's dateline names; failing that,
 * rules "Afghan calendar's clock" (see afghanCalendarZone), "Bikram Sambat beside the date", "the stamp in a
 * Philippine language" and "hours written hs" (see stampMarkZone), "the Maghreb's clock" (see maghrebStoryZone), "the
 * story's country" (PageMetadata.storyZone), "the island state in the dateline" (see datelineCountryZone) and "the
 * currency's country" (see currencyCountryZone), the last three only for the site's own story: an agency's copy, republished by papers of every country, is about where the agency's
 * correspondent was. An update left alone keeps the record's order: it is moved only where it stays no earlier than
 * the publication. `homeZone` is read only for a date printed in no zone.
 */
function onHomeClock(metadata: PageMetadata, homeZone: () => string | null): { publishedAt: string | null; modifiedAt: string | null } {
  const { publishedAt, modifiedAt, printedInNoZone } = metadata;
  const zone = printedInNoZone.published || printedInNoZone.modified ? homeZone() : null;
  if (!zone) return { publishedAt, modifiedAt };
  const published = publishedAt && printedInNoZone.published ? wallClockIn(zone, publishedAt) : publishedAt;
  const modified = modifiedAt && printedInNoZone.modified ? wallClockIn(zone, modifiedAt) : modifiedAt;
  const ordered = !published || !modified || Date.parse(modified) >= Date.parse(published);
  return { publishedAt: published, modifiedAt: ordered ? modified : modifiedAt };
}

/**
 * Rule "the Maghreb's clock" (see maghrebZoneOf) read over the whole story: a Maghreb paper names the months its way
 * wherever it dates something ("يوم الاقتراع في 9 جانفي المقبل"), not only in its dateline, which may print the date in
 * numbers ("2026-12-04 على الساعة 18:30"). Only an Arabic story's words are read.
 */
function maghrebStoryZone(body: string, language: string | null): string | null {
  return language !== null && primarySubtag(language) === 'ar' ? maghrebZoneOf(body) : null;
}

/**
 * Rule "the Maghreb's clock, over a declaration in UTC": a WordPress site whose clock is left on UTC declares its
 * dates so ("2026-12-06T20:10:33+00:00") and prints the day alone ("6 ديسمبر، 2026"); where nothing else on the page
 * tells its clock, a story that names the months the Maghreb's way ("منذ جانفي الماضي") is on that country's, and the
 * declared instant is given on it, the same instant ("2026-12-06T21:10:33+01:00"). Midnight stamps are left as they
 * are: they date a day, not an instant.
 */
function onMaghrebClockFromUtc(dates: { publishedAt: string | null; modifiedAt: string | null }, storyZone: () => string | null): { publishedAt: string | null; modifiedAt: string | null } {
  const inUtc = (iso: string | null) => iso !== null && isUtcClockTime(iso);
  if (!inUtc(dates.publishedAt) && !inUtc(dates.modifiedAt)) return dates;
  const zone = storyZone();
  if (!zone) return dates;
  const onZone = (iso: string | null) => (iso !== null && inUtc(iso) ? onClockOf(zone, iso) : iso);
  return { publishedAt: onZone(dates.publishedAt), modifiedAt: onZone(dates.modifiedAt) };
}

/** The picture as read, its missing caption, alt and credit filled from another reading of the same picture. */
function withTextsOf(image: ArticleImage, other: ArticleImage): ArticleImage {
  return { ...image, caption: image.caption ?? other.caption, alt: image.alt ?? other.alt, credit: image.credit ?? other.credit };
}

/** Image URLs that differ only in scheme or query (CDN resizing parameters) point at the same picture. */
function sameImage(a: string, b: string): boolean {
  const strip = (url: string) => withoutQuery(url.replace(/^https?:\/\//i, ''));
  return strip(a) === strip(b);
}
