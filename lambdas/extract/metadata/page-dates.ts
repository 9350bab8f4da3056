/**
 * Publication and modification dates, from the most to the least trusted source: JSON-LD, meta tags of every
 * vocabulary, a date in the URL path, `<time datetime>`, and last the visible dateline or byline text. The first
 * candidate that parses to a plausible date wins; implausible ones (future, before 1900) are reported as warnings.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { isElement, nextElement, previousElement } from '../dom-walk';
import { isCaptionElement } from '../content/captions';
import { isImageElement } from '../content/picture-elements';
import { type DomElement, PAGE_ROOT_TAGS } from '../content/dom';
import { type MetaTags, UPDATED_TIME } from './meta-tags';
import type { StructuredArticle } from './json-ld';
import { containsAnyPattern, containsPattern, IndexedPage, LOWER_HEADING_TAGS, textContent } from './regions';
import { isPlausiblePublicationDate, withUtcOffset } from './calendar';
import { utcOffsetAtInstant } from './time-zones';
import { CJK_PUBLISHED_LABELS, CJK_UPDATE_LABELS, labelAlternation, PUBLISHED_LABELS, UPDATE_LABELS, UPDATE_LEAD_WORDS } from './date-labels';
import { isHijriDateText, parseDate, type DateReadingOptions, type ParsedDate } from './dates';

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

/**
 * Declared publication dates, most trusted first. A clock-bearing key comes before the same system's day-only one
 * (`ptime` before `pdate`). A bare `<meta itemprop="dateCreated">` is not among them: systems that moved their archive
 * stamp it with the day of the move (a story printed "12.10.2015" declared created in 2019).
 */
const PUBLISHED_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'published_time', 'og:published_time',
  'itemprop:datepublished', 'datepublished', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created', 'citation_publication_date', 'citation_date',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'date', 'article.published',
  'cxenseparse:recs:publishtime', 'time:published', 'itemprop:datecreated', 'og:pubdate',
  'originalpublicationdate', 'rnews:datepublished', 'date_published', 'pub_date', 'ptime', 'pdate', 'article_date_original',
];
const MODIFIED_META_KEYS = [
  'article:modified_time', 'og:updated_time', 'og:article:modified_time', 'article:modified', 'modified_time',
  'itemprop:datemodified', 'datemodified', 'dc.date.modified', 'dcterms.modified', 'last-modified', 'lastmod', 'utime', 'time:modified',
];

/** /2017/01/23/ or /2017-01-23- in a URL path: CMS permalinks that encode the publication day. */
const URL_DATE = /\/(20\d{2}|19\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/;

/** Class names (parts of them, any case) that themes and CMS templates give the dateline element itself. */
const DATELINE_CLASS = containsAnyPattern(['date', 'publish', 'posted', 'timestamp', 'time-stamp', 'datum', 'fecha', 'tarikh', 'تاريخ']);
/** Class names of containers that usually hold the dateline among other things (author, section). */
const META_LINE_CLASS = containsAnyPattern(['byline', 'meta', 'time', 'info']);

const DATE_PART = containsAnyPattern(['date']);

/** `<time>`, or an element whose class, id or itemprop names a date, except an event's start or end. */
function isDatelineElement(name: string, classes: string | undefined, id: string | undefined, itemprop: string | undefined): boolean {
  return name === 'time' || containsPattern(classes, DATELINE_CLASS) || containsPattern(id, DATE_PART) || (containsPattern(itemprop, DATE_PART) && !containsPattern(itemprop, EVENT_TIME_PROPERTY));
}
/** schema.org Event's `startDate`/`endDate`: when the event takes place. */
const EVENT_TIME_PROPERTY = /start|end/i;

/**
 * Rule "event schedule": an event page or a calendar teaser shows when the event takes place ("event-date",
 * "tribe-events-schedule", "eventDate") nearer the headline than the date it was announced; a class that names an
 * event, on the element or its parent, marks that schedule. The word opens a class name or a part of one.
 */
function showsEventTime(element: Element): boolean {
  const parent = element.parent;
  return containsPattern(element.attribs.class, EVENT_CLASS) || (parent !== null && isElement(parent) && containsPattern(parent.attribs.class, EVENT_CLASS));
}
const EVENT_CLASS = /(?:^|[\s_-])[eE]vents?(?![a-z])/;

/**
 * Rule "listed item": a date inside a list item whose sibling items hold an element of the same tag and class
 * ("Mehr zum Thema" under the headline: each story with its "datum") dates one story of a listing, not the page.
 * A meta list ("<li class=date>…</li><li class=author>…</li>") has one date and stays a dateline.
 */
function datesListedItem(element: Element): boolean {
  let item: Element | null = element;
  for (let depth = 0; item && item.name !== 'li' && depth < LIST_ITEM_DEPTH; depth++) item = item.parent && isElement(item.parent) ? item.parent : null;
  if (!item || item.name !== 'li') return false;
  const className = element.attribs.class;
  const isTwin = (node: Element) => node !== element && node.name === element.name && node.attribs.class === className;
  for (let sibling = item.next; sibling; sibling = sibling.next) if (isElement(sibling) && sibling.name === 'li' && holds(sibling, isTwin)) return true;
  for (let sibling = item.prev; sibling; sibling = sibling.prev) if (isElement(sibling) && sibling.name === 'li' && holds(sibling, isTwin)) return true;
  return false;
}
/** How far above a date element its list item may be: "li > div.meta > span.date". */
const LIST_ITEM_DEPTH = 3;

/** True when the element or one of its descendants passes the test. */
function holds(element: Element, test: (node: Element) => boolean): boolean {
  return test(element) || element.children.some((child) => isElement(child) && holds(child, test));
}

/**
 * Rule "photo caption": a caption says when its picture was taken ("… in Washington Jan. 27, 2023. (AP Photo)"),
 * often months before the story it illustrates, and themes box it in classes a meta line also uses ("info"). A
 * dateline or opening block that is a picture's caption, sits in one or holds one dates the picture, not the page.
 * A caption is a picture's when a frame around it holds a picture and no other text, and the caption holds no
 * byline markup: some themes set the byline and the dateline in a `<figcaption>` beside the author's portrait
 * ("<address>Von …</address> <time>…</time>"), or style a dateline under the headline as "text-caption".
 */
function captionTest(page: IndexedPage): (element: Element) => boolean {
  const holdsBylineBox = heldTest(page, (node) => BYLINE_BOX_TAGS.has(node.name));
  const holdsPicture = heldTest(page, (node) => isImageElement(node as unknown as DomElement));
  const isPictureCaption = (element: Element) => isCaptionElement(element as unknown as DomElement)
    && !holdsBylineBox(element) && framesPicture(page, element, holdsPicture);
  const inCaption = page.enclosure(isPictureCaption);
  const holdsCaption = heldTest(page, isPictureCaption);
  return (element) => inCaption(element) || holdsCaption(element);
}

/**
 * {@link holds} for one test asked of many elements, each element's answer remembered: blocks nested in each other
 * share one read of the subtree they have in common, where a read per block would cost the depth times its size.
 */
function heldTest(page: IndexedPage, test: (node: Element) => boolean): (element: Element) => boolean {
  const { elements, position } = page.walk;
  /** 0 not yet known, 1 the element or one below it passes, 2 none does. */
  const known = new Uint8Array(elements.length);
  const held = (element: Element): boolean => {
    const index = position.get(element);
    if (index === undefined) return holds(element, test);
    if (known[index] === 0) known[index] = test(element) || element.children.some((child) => isElement(child) && held(child)) ? 1 : 2;
    return known[index] === 1;
  };
  return held;
}

function framesPicture(page: IndexedPage, caption: Element, holdsPicture: (element: Element) => boolean): boolean {
  const captionText = page.shortText(caption, MAX_CAPTION_CHARS);
  let frame: Element | null = caption;
  for (let depth = 0; captionText !== null && frame && depth < CAPTION_FRAME_DEPTH; depth++) {
    frame = frame.parent && isElement(frame.parent) ? frame.parent : null;
    if (!frame || page.shortText(frame, captionText.length) === null) return false;
    if (holdsPicture(frame)) return true;
  }
  return false;
}
/** How far above its caption a picture's frame may be: "div.image > div.info > div.caption" beside the `<img>`. */
const CAPTION_FRAME_DEPTH = 2;
/** The markup of a byline and its dateline, which a picture's caption does not use. */
const BYLINE_BOX_TAGS = new Set(['time', 'address']);
/** A caption is a sentence or two and a credit; a longer text is no picture's caption. */
const MAX_CAPTION_CHARS = 600;

/** Blocks of the page's opening text, where press releases and small sites write their date ("Berlin, 2. Mai 2022 –"). */
const OPENING_BLOCK_TAGS = new Set(['p', 'div', 'span', 'li', 'td', 'strong', 'b', 'em', 'small', 'h2', 'h3', 'h4', 'h5', 'h6', 'address']);
/** Blocks that contain these are containers; their own text blocks are read instead. */
const BLOCK_CHILD_TAGS = new Set(['p', 'div', 'li', 'table', 'ul', 'ol']);
/** Opening blocks longer than this are read only in part: the date leads the block. */
const OPENING_BLOCK_SCAN_CHARS = 2000;
/** A dateline is short; longer texts are paragraphs that merely mention a date. */
const MAX_DATELINE_CHARS = 160;
/** Visible candidates examined per selector before giving up: the dateline sits near the headline. */
const MAX_DATELINE_CANDIDATES = 200;
/** How much of the text after the headline is searched for a date, in blocks. */
const OPENING_BLOCKS = 25;
/**
 * Rule "date leads the block": a block dated by its author opens with the date or puts it after a place name
 * ("Hamburg, den 2. Dezember 2022 –", "(21. November 2022) Die Preise …"); a date further in is one the sentence
 * talks about (a period "vom 9.1. bis 10.2.2023", a cited paper's issue). The date must start within this many
 * characters; the words it spans past them are kept.
 */
const OPENING_DATE_LEAD_CHARS = 80;
const OPENING_LEAD = new RegExp(`^[^]{0,${OPENING_DATE_LEAD_CHARS}}\\S*(?:\\s+\\S+){0,2}`);

/**
 * Pages were first published on the web in the 1990s: an earlier date read from the visible text is history the
 * text mentions ("opened on 21 August 1948"), not the page's date. A date the metadata declares is the page's own
 * statement (a digitised archive's, say) and is not held to this.
 */
const EARLIEST_VISIBLE_YEAR = 1990;

interface Candidate {
  text: string;
  source: string;
  /** A dateline or meta-line element, as opposed to a block of text that may mention a date. */
  marked?: boolean;
  /** The element holds a `<time datetime>`, whose machine value the metadata reader takes. */
  machineDated?: boolean;
  /** The element's class names the last edit (`updated`, `modified`), not the publication. */
  update?: boolean;
  /** The element's class names the publication (`entry-date published`), beside one that names the update. */
  publication?: boolean;
  /** The dateline element the text was read from; absent for text blocks read for a date they may mention. */
  element?: Element;
}

/** Regions whose numeric dates put the month first (05/06/2025 = May 6): the US and the Philippines, after it. */
const MONTH_FIRST_REGIONS = new Set(['US', 'PH']);

export function readPageDates(
  $: CheerioAPI, tags: MetaTags, structured: StructuredArticle | null, url: string | null, now: Date, page: IndexedPage = IndexedPage.of($),
  localeRegion: string | null = null, title: string | null = null, timeZone: string | null = null,
): PageDates {
  const options: DateReadingOptions = { monthFirst: localeRegion !== null && MONTH_FIRST_REGIONS.has(localeRegion), timeZone };
  const warnings: string[] = [];
  const published: Candidate[] = [
    ...(structured?.datePublished ? [{ text: structured.datePublished, source: 'json-ld' }] : []),
    ...tags.all(...PUBLISHED_META_KEYS).map((text) => ({ text, source: 'meta' })),
    ...urlDate(url),
    ...tags.all('time:datetime').slice(0, 1).map((text) => ({ text, source: 'time' })),
    ...titleDates([...tags.all('og:title'), documentTitle(page)]),
  ];
  let choice = pickDate(published, now, warnings, options);
  if (choice.source === 'url') choice = machineTimeOnDay(choice, tags.all('time:datetime'), now, options) ?? choice;
  let visibleUpdate: DateChoice = NO_DATE;
  if (!choice.iso || choice.source === 'url' || isUtcClockTime(choice.iso) || isAmbiguousNumericDate(choice.raw)) {
    const visible = pickVisibleDate(page, visibleDateCandidates(page, title), now, options);
    choice = checkedAgainstDateline(choice, visible.published);
    visibleUpdate = visible.updated;
  }
  const modified: Candidate[] = [
    ...(structured?.dateModified ? [{ text: structured.dateModified, source: 'json-ld' }] : []),
    ...tags.all(...MODIFIED_META_KEYS).map((text) => ({ text, source: 'meta' })),
  ];
  const declaredModified = pickDate(modified, now, [], options);
  // The dateline's update is read only where the dateline was read for the publication: declared dates come first.
  const modifiedChoice = declaredModified.iso ? declaredModified : visibleUpdate.iso ? visibleUpdate : declaredModified;
  const onPageClock = (iso: string | null) => (iso && timeZone ? onClockOf(timeZone, iso) : iso);
  return {
    published: { iso: onPageClock(choice.iso), raw: choice.raw },
    modified: savedBeforePublication(modifiedChoice, choice) ? NO_DATE : { iso: onPageClock(modifiedChoice.iso), raw: modifiedChoice.raw },
    publishedSource: choice.source,
    warnings,
  };
}

type SourcedChoice = DateChoice & { source: string | null };

/**
 * Rule "saved before it went live": a modification time earlier than the publication dates the last save of a
 * scheduled post, made before readers could see it, not an update to what they read. A record updated before it was
 * published would say something impossible, so the update is left empty.
 */
function savedBeforePublication(modified: DateChoice, published: DateChoice): boolean {
  return modified.iso !== null && published.iso !== null && Date.parse(modified.iso) < Date.parse(published.iso);
}

/**
 * A declared date written with numbers only, day and month both 12 or less: "11/01/2023 12:43:42" is 11 January to
 * most of the world and 1 November to a US-made CMS, and nothing in the string tells which.
 */
function isAmbiguousNumericDate(raw: string | null): boolean {
  const match = raw ? AMBIGUOUS_NUMERIC_DATE.exec(raw) : null;
  return match !== null && Number(match[1]) <= 12 && Number(match[2]) <= 12 && match[1] !== match[2];
}
const AMBIGUOUS_NUMERIC_DATE = /^\s*(\d{1,2})[./-](\d{1,2})[./-]\d{4}(?!\d)/;

/**
 * Rule "swapped day and month": an ambiguous numeric declaration ({@link isAmbiguousNumericDate}) whose day and
 * month, exchanged, give the visible dateline's date was written in the other order; the page's readers see the
 * dateline, which names its month or writes the page's own order. The declared clock and zone are kept.
 */
function settledDayMonthOrder(choice: SourcedChoice, visibleIso: string): SourcedChoice | null {
  if (!choice.iso || !isAmbiguousNumericDate(choice.raw)) return null;
  const [year, month, day] = choice.iso.slice(0, 10).split('-');
  if (visibleIso.slice(0, 10) !== `${year}-${day}-${month}`) return null;
  return { ...choice, iso: `${year}-${day}-${month}${choice.iso.slice(10)}` };
}

/**
 * The declared date checked against the page's visible dateline. The dateline is read only when it can change the
 * answer: when nothing is declared, when a permalink gives the day alone, when a UTC clock time may fall on the
 * reader's next or previous day, or when a numeric declaration may have its day and month swapped. A declared date
 * with a zone of its own, or at midnight, stands as it is.
 */
function checkedAgainstDateline(choice: SourcedChoice, visible: SourcedChoice): SourcedChoice {
  if (!choice.iso) return visible.iso || !choice.raw ? visible : choice;
  // A permalink gives the day alone; the dateline on that day adds the clock and the date as the page prints it.
  if (choice.source === 'url' && visible.iso?.slice(0, 10) === choice.iso.slice(0, 10)) return visible;
  const reordered = visible.iso ? settledDayMonthOrder(choice, visible.iso) : null;
  if (reordered) return reordered;
  return { ...choice, iso: visible.iso ? alignToVisibleDay(choice.iso, visible.iso) : revealLocalMidnight(choice.iso) };
}

/**
 * Rule "UTC instant on the page's clock": a CMS stores the moment of publication and serialises it in UTC, and the
 * page shows it on its own clock; 23:30 UTC is already the next day in Paris. Where the page's zone is known, the
 * same instant is written with that zone's offset, which gives the day its readers saw. UTC midnight is left
 * alone: it is how a date without a time is stored, and moved west it would fall on the day before.
 */
function onClockOf(timeZone: string, iso: string): string {
  if (!isUtcClockTime(iso)) return iso;
  const instant = Date.parse(iso);
  const offsetMinutes = utcOffsetAtInstant(timeZone, instant);
  return offsetMinutes === 0 ? iso : withUtcOffset(new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 19), offsetMinutes);
}

/** A clock time written in UTC, which {@link alignToVisibleDay} and {@link revealLocalMidnight} may move. */
function isUtcClockTime(iso: string): boolean {
  return /[+-]00:00$/.test(iso) && iso.slice(11, 19) !== '00:00:00';
}

const CLOCK_IN_MACHINE_TIME = /\d[T ]\d{2}:\d{2}/;

/**
 * Rule "machine time on the permalink's day": a permalink gives the day alone, and a `<time datetime>` on that day
 * gives the clock and the zone, which the printed dateline often leaves out ("Nov. 18, 2026, 9:30 a.m." with
 * "2026-11-18T09:30:00-05:00" behind it). The permalink comes before an unmarked `<time>` because the first one on a
 * page may date a teaser; on the permalink's own day it dates the article.
 */
function machineTimeOnDay(permalink: SourcedChoice, machineTimes: string[], now: Date, options: DateReadingOptions): SourcedChoice | null {
  const day = permalink.iso?.slice(0, 10);
  for (const text of machineTimes) {
    // A datetime of the day alone adds nothing to the permalink; the dateline read after it may still add the clock.
    if (!CLOCK_IN_MACHINE_TIME.test(text)) continue;
    const parsed = parseDate(text, now, options);
    if (parsed && parsed.iso.slice(0, 10) === day && isPlausiblePublicationDate(parsed.iso, now, parsed.zoneKnown)) return { iso: parsed.iso, raw: parsed.raw, source: 'time' };
  }
  return null;
}

/**
 * First plausible declared date (metadata, permalink, title). When none parses, the raw string is still kept: it
 * is the page's own statement of its date, just not one this parser understands.
 */
function pickDate(candidates: Iterable<Candidate>, now: Date, warnings: string[], options: DateReadingOptions): SourcedChoice {
  let unparsed: Candidate | null = null;
  for (const candidate of candidates) {
    // Parsed once and then judged, rather than parsed again to tell an implausible date from no date.
    const parsed = parseDate(candidate.text, now, options);
    if (parsed && isPlausiblePublicationDate(parsed.iso, now, parsed.zoneKnown)) return { iso: parsed.iso, raw: parsed.raw, source: candidate.source };
    if (parsed) warnings.push(`date: implausible ${candidate.source} date "${parsed.raw}" rejected`);
    else unparsed ??= candidate;
  }
  return { iso: null, raw: unparsedRaw(unparsed), source: unparsed?.source ?? null };
}

const NO_DATE: DateChoice = { iso: null, raw: null };

/** The raw date string kept from a text no date could be read from (a Hijri date, an unknown format), its whitespace folded. */
function unparsedRaw(unparsed: Candidate | null): string | null {
  return unparsed?.text.replace(/\s+/g, ' ').trim() ?? null;
}

/**
 * The visible publication date, and the update the same dateline shows. Rule "update label": a dateline that shows
 * both dates ("Aktualisiert am 14.03. | erstellt am 12.03.", "Updated 2 hours ago · Published 3 days ago", "Publié
 * le 5 mai, mis à jour le 6 mai") dates the publication with the part no update label leads, in either order.
 * Rule "older than its update": a dateline that shows only an update is followed on the page by the publication in
 * another dateline element more often than not; a later dateline or meta line on or before the update's day is the
 * publication, and without one the update is the only date the page shows.
 */
function pickVisibleDate(page: IndexedPage, candidates: Iterable<Candidate>, now: Date, options: DateReadingOptions): { published: SourcedChoice; updated: DateChoice } {
  let unparsed: Candidate | null = null;
  let updateOnly: { iso: string; raw: string } | null = null;
  let updated: DateChoice = NO_DATE;
  for (const candidate of candidates) {
    // Most candidates hold no date at all; only a text with one is split into its parts, and parsed again.
    // Rule "short date on its own" reads a dateline's whole text, but not a print of a machine datetime: that value is
    // read as it is, and its short print ("6.11.22" of "2022-11-06T23:00:00.000Z", local midnight written in UTC)
    // would only repeat it, a day early.
    const reading = candidate.marked && !candidate.machineDated ? { ...options, dateline: true } : options;
    const whole = parseDate(candidate.text, now, reading);
    if (!whole) {
      if (!unparsed && !updateOnly && isHijriDateText(candidate.text)) unparsed = candidate;
      continue;
    }
    if (candidate.update) {
      const update = plausibleVisibleDate(whole, now);
      if (update && !updated.iso) updated = update;
      if (update && !updateOnly) updateOnly = { iso: update.iso, raw: whole.raw };
      continue;
    }
    const parts = datelineParts(candidate.text);
    const published = parts.published === candidate.text ? plausibleVisibleDate(whole, now) : parts.published ? plausibleVisibleDate(parseDate(parts.published, now, reading), now) : null;
    const update = parts.updated && !updated.iso ? plausibleVisibleDate(parseDate(parts.updated, now, reading), now) : null;
    if (update) updated = update;
    // The publication keeps the whole line as its raw string: the body stage knows the date row by it.
    if (published) {
      // A dateline classed as the publication is one, even after an edit saved before it went live.
      if (!updateOnly || candidate.publication || (candidate.marked && published.iso.slice(0, 10) <= updateOnly.iso.slice(0, 10))) {
        return { published: { iso: published.iso, raw: whole.raw, source: 'dom' }, updated: updated.iso || !candidate.element ? updated : updateBeside(page, candidate.element, now, reading) };
      }
      continue;
    }
    if (!updateOnly && update) updateOnly = { iso: update.iso, raw: whole.raw };
  }
  if (updateOnly) return { published: { ...updateOnly, source: 'dom' }, updated };
  // A Hijri date that is not converted is still the page's statement of its date, and its raw string is kept.
  return { published: { iso: null, raw: unparsedRaw(unparsed), source: unparsed ? 'dom' : null }, updated };
}

/**
 * Rule "update beside the dateline": a meta line prints the last edit as an element of its own right after the
 * publication's ("<span class=date>25.11.2026, 16:40 Uhr</span><span>Aktualisiert: 26.11.2026, 08:15 Uhr</span>"),
 * which the search, ended by the publication, would not reach. The next few siblings of the dateline (or of the
 * wrapper it is alone in) are read, each only when an update label opens it or its class names the update: a
 * sibling that merely holds a date (a related story's, an event's) says nothing about this page's edits.
 */
function updateBeside(page: IndexedPage, dateline: Element, now: Date, options: DateReadingOptions): DateChoice {
  let element = dateline;
  while (element.parent && isElement(element.parent) && !PAGE_ROOT_TAGS.has(element.parent.name) && onlyElementChild(element.parent) === element) element = element.parent;
  let read = 0;
  for (let sibling = nextElement(element); sibling && read < MAX_SIBLINGS_BESIDE_DATELINE; sibling = nextElement(sibling), read++) {
    const text = page.shortText(sibling, MAX_DATELINE_CHARS);
    if (!text) continue;
    const parts = isUpdateDateline(sibling) ? null : datelineParts(text);
    const updateText = parts ? (parts.published.trim() ? null : parts.updated) : text;
    const update = updateText ? plausibleVisibleDate(parseDate(updateText, now, { ...options, dateline: true }), now) : null;
    if (update) return update;
  }
  return NO_DATE;
}
/** A meta line's items after its date: the update, the reading time, a comment count. */
const MAX_SIBLINGS_BESIDE_DATELINE = 3;

function plausibleVisibleDate(parsed: ParsedDate | null, now: Date): ParsedDate | null {
  return parsed && isPlausiblePublicationDate(parsed.iso, now, parsed.zoneKnown) && Number(parsed.iso.slice(0, 4)) >= EARLIEST_VISIBLE_YEAR ? parsed : null;
}

/**
 * A dateline split into the text that dates the publication and the part an update label leads. Rule "copyright
 * line": what follows a copyright mark is the site's notice ("© 14.02.2023 Tischlerei GmbH"), which dates the
 * site, never the page; a photo credit in a dateline ("12.03.2023 | Foto: © dpa") keeps the date before it.
 */
function datelineParts(text: string): { published: string; updated: string | null } {
  const copyright = COPYRIGHT_MARK.exec(text);
  const dateline = copyright ? text.slice(0, copyright.index) : text;
  const lowered = dateline.toLowerCase();
  // A text whose lowercase changes its length (a Turkish capital İ) is not split: its positions would not match.
  const labels = lowered.length === dateline.length ? findLabels(lowered) : [];
  if (labels.length === 0) return { published: dateline, updated: null };
  const published: string[] = [];
  let updated: string | null = null;
  let start = 0;
  let updating = false;
  const take = (end: number) => {
    const piece = dateline.slice(start, end);
    if (!updating) published.push(piece);
    else updated ??= piece.trim().replace(TRAILING_SEPARATOR, '') || null;
  };
  for (const mark of [...labels, ...separators(dateline)].sort((first, second) => first.index - second.index)) {
    take(mark.index);
    // A separator ends an item ("… | erstellt am …"); a label opens the next part.
    start = mark.end ?? mark.index;
    updating = mark.update;
  }
  take(dateline.length);
  // A line whose labels name no update is the dateline as it stands.
  return updated === null ? { published: dateline, updated } : { published: published.join(' '), updated };
}

interface LineMark {
  index: number;
  /** Where the text after a separator starts; a label is part of the text it opens. */
  end?: number;
  update: boolean;
}

/**
 * The labels of a lowercased dateline, found by plain substring search: a pattern of this many words over Unicode
 * letters is slow to compile, and the engine compiles it again whenever it has gone unused for a while, as it does
 * between pages. A word label stands between non-letters; a Chinese, Japanese or Korean label anywhere.
 */
function findLabels(lowered: string): LineMark[] {
  const marks: LineMark[] = [];
  for (const { label, update, bounded } of DATE_LABELS) {
    for (let at = lowered.indexOf(label); at >= 0; at = lowered.indexOf(label, at + label.length)) {
      if (bounded && (isLetterAt(lowered, at - 1) || isLetterAt(lowered, at + label.length))) continue;
      marks.push({ index: update ? leadWordStart(lowered, at) : at, update });
    }
  }
  return marks;
}

/** "Last updated", "Zuletzt aktualisiert": where the lead word before an update label starts, if one does. */
function leadWordStart(lowered: string, at: number): number {
  let end = at;
  while (end > 0 && /\s/.test(lowered[end - 1])) end--;
  if (end === at) return at;
  const lead = UPDATE_LEAD_WORDS.find((word) => lowered.startsWith(word, end - word.length) && !isLetterAt(lowered, end - word.length - 1));
  return lead ? end - lead.length : at;
}

/** A cased letter, or a Hebrew or Arabic one: the scripts the word labels are written in. */
function isLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const char = text[index];
  const code = char.charCodeAt(0);
  return char.toLowerCase() !== char.toUpperCase() || (code >= 0x05d0 && code <= 0x05ea) || (code >= 0x0620 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);
}

function separators(dateline: string): LineMark[] {
  return [...dateline.matchAll(DATELINE_SEPARATOR)].map((separator) => ({ index: separator.index, end: separator.index + separator[0].length, update: false }));
}

/** What joins the update to the next part of the line: "Updated: 7/6/2023 9:15 AM CDT — Posted: …". */
const TRAILING_SEPARATOR = /[\s,;|·•–—/-]+$/;
const COPYRIGHT_MARK = /©|\(c\)|copyright/i;
/** Separators between the items of a meta line ("Von Jane Doe | 12.03.2023 · 3 Min."). */
const DATELINE_SEPARATOR = /\s*[|·•]\s*|\s\/\s/g;
const DATE_LABELS = [
  ...UPDATE_LABELS.map((label) => ({ label, update: true, bounded: true })),
  ...PUBLISHED_LABELS.map((label) => ({ label, update: false, bounded: true })),
  ...CJK_UPDATE_LABELS.map((label) => ({ label, update: true, bounded: false })),
  ...CJK_PUBLISHED_LABELS.map((label) => ({ label, update: false, bounded: false })),
];

/** Text of the first `<title>`, empty without one. */
function documentTitle(page: IndexedPage): string {
  return textContent(page.first('title'));
}

/** A title segment that is nothing but a date, short: "Headline | Site | 28.04.2023". */
const TITLE_DATE_SEGMENT = /^[\d\s./-]{8,12}$/;

/** Some sites end their titles with the publication date as a segment of its own. */
function titleDates(titles: string[]): Candidate[] {
  return titles.flatMap((title) => title.split(/\s+[|–—-]\s+/).slice(1))
    .map((segment) => segment.trim())
    .filter((segment) => TITLE_DATE_SEGMENT.test(segment))
    .map((text) => ({ text, source: 'title' }));
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

/**
 * Visible date texts, nearest the headline first: dateline elements after the h1, then meta-line containers after
 * it, then the opening text blocks, then dateline elements and meta lines before the h1, nearest first (a masthead
 * above the headline shows today's date, not the article's). Read as they are asked for: the first date that parses ends
 * the search, and most pages have it in a dateline element.
 */
function* visibleDateCandidates(page: IndexedPage, title: string | null): Generator<Candidate> {
  const toCandidate = (node: Element): Candidate => ({
    text: partsText(page, node) ?? page.shortText(node, MAX_DATELINE_CHARS) ?? '', source: 'dom', marked: true,
    machineDated: holds(node, (inner) => inner.name === 'time' && inner.attribs.datetime !== undefined),
    update: isUpdateDateline(node),
    publication: isPublicationBesideUpdate(node),
    element: node,
  });
  const { elements } = page.walk;
  const classes = page.attributeOfAll('class');
  const ids = page.attributeOfAll('id');
  const itemprops = page.attributeOfAll('itemprop');
  const datesPicture = captionTest(page);
  const datelines = markedElements(page, (index) => isDatelineElement(elements[index].name, classes[index], ids[index], itemprops[index]), datesPicture);
  let metaLines: Element[] | undefined;
  const metaLinesOnce = () => (metaLines ??= markedElements(page, (index) => containsPattern(classes[index], META_LINE_CLASS), datesPicture));
  // Rule "meta block over the headline": the short block right above the headline (kicker, section, dateline and
  // byline: "China · Published April 26, 2023") is the article's own, while the dated elements after the headline
  // may be a related-posts list that no class marks as one; its datelines are read first.
  const overHeadline = metaBlockOverHeadline(page);
  if (overHeadline) for (const node of datelines) if (isInMetaBlock(page, overHeadline, node)) yield toCandidate(node);
  for (const node of datelines) if (page.followsHeadline(node)) yield toCandidate(node);
  for (const node of metaLinesOnce()) if (page.followsHeadline(node)) yield toCandidate(node);
  yield* openingTexts(page, title, datesPicture);
  // Rule "nearest above the headline": above it, the masthead's date of the day comes first in the document and
  // the article's own dateline (over the headline, under the kicker) last, so those are read nearest first.
  for (const node of datelines.filter((node) => !page.followsHeadline(node)).reverse()) yield toCandidate(node);
  for (const node of metaLinesOnce().filter((node) => !page.followsHeadline(node)).reverse()) yield toCandidate(node);
  yield* kickerLine(page);
  yield* stampLines(page);
}

/**
 * Rule "update by its class": WordPress themes print the last edit beside the publication, often first, and with no
 * label (`<span class="updated">29. Dezember 2022</span><span class="entry-date published">30. Dezember 2022</span>`);
 * the class says which is which, as it does for a `<time>`'s machine value (see the metadata reader).
 */
function isUpdateDateline(node: Element): boolean {
  const marks = datelineMarks(node);
  return UPDATED_TIME.test(marks) && !PUBLISHED_CLASS.test(marks);
}
/** A dateline classed as the publication beside one classed as the update: the pair a theme prints together. */
function isPublicationBesideUpdate(node: Element): boolean {
  if (!PUBLISHED_CLASS.test(datelineMarks(node))) return false;
  const previous = previousElement(node);
  const next = nextElement(node);
  return (!!previous && isUpdateDateline(previous)) || (!!next && isUpdateDateline(next));
}
function datelineMarks(node: Element): string {
  return `${node.attribs.class ?? ''} ${node.attribs.itemprop ?? ''}`;
}
const PUBLISHED_CLASS = /publish|posted|created|entry-date/i;

/**
 * Rule "date in parts": blog themes print the day, the month and the year in elements of their own, styled as a
 * calendar leaf ("<span class=tag>18</span><span class=jahr>2009</span>"), with no space between them, so that the
 * text runs the numbers together ("Feb 182009"). A dateline whose children are all such leaves is read with a space
 * between the parts; null for any other element.
 */
function partsText(page: IndexedPage, node: Element): string | null {
  const parts: string[] = [];
  for (const child of node.children) {
    if (child.type === 'text') {
      if (textContent(child).trim()) return null;
    } else if (isElement(child)) {
      if (child.children.some(isElement)) return null;
      const text = page.shortText(child, MAX_DATELINE_CHARS);
      if (text) parts.push(text);
    }
  }
  const text = parts.join(' ');
  return parts.length > 1 && text.length <= MAX_DATELINE_CHARS ? text : null;
}

/**
 * Rule "kicker line": the lines right above the headline (a kicker, German "Dachzeile": "Politik · 03.03.2023", or a
 * row of the date, the section and the topic links) carry the date on some sites without a class that names it.
 * Only short text blocks among the headline's own siblings count, nearest first, past the wrappers that hold the
 * headline alone ("<div><h1>…</h1></div>"): a masthead in the site header, whose date is today's, is no sibling of
 * the article's headline, and no block of the page's body itself is read. Read after every marked line.
 */
function* kickerLine(page: IndexedPage): Generator<Candidate> {
  let headline: Element | undefined = page.first('h1');
  if (!headline) return;
  for (let parent = headline.parent; parent && isElement(parent) && !PAGE_ROOT_TAGS.has(parent.name) && onlyElementChild(parent) === headline; parent = parent.parent) headline = parent;
  if (!headline.parent || !isElement(headline.parent) || PAGE_ROOT_TAGS.has(headline.parent.name)) return;
  let read = 0;
  for (let previous = previousElement(headline); previous && read < MAX_KICKER_LINES; previous = previousElement(previous), read++) {
    if (!KICKER_TAGS.has(previous.name) || page.isAnotherItemsRegion(previous)) continue;
    const text = page.shortText(previous, MAX_KICKER_CHARS);
    if (text) yield { text, source: 'dom' };
  }
}
/** Blocks above the headline read for its date: a kicker, a date, a section and a topic or two. */
const MAX_KICKER_LINES = 6;

/** The element's one element child, or null when it has none or several. */
function onlyElementChild(element: Element): Element | null {
  let only: Element | null = null;
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (only) return null;
    only = child;
  }
  return only;
}

/** The headline's previous sibling element, or null. */
function elementBeforeHeadline(page: IndexedPage): Element | null {
  let previous = page.first('h1')?.prev ?? null;
  while (previous && !isElement(previous)) previous = previous.prev;
  return previous && isElement(previous) ? previous : null;
}

/**
 * Whether the dateline is inside the block with other text beside it: a date alone above the headline is as often the
 * masthead's date of the day, while a meta block shows a kicker, a section or a byline with its date.
 */
function isInMetaBlock(page: IndexedPage, block: Element, dateline: Element): boolean {
  const { position, subtreeEnd } = page.walk;
  const start = position.get(block);
  const index = position.get(dateline);
  if (start === undefined || index === undefined || index < start || index >= subtreeEnd[start]) return false;
  return (page.shortText(block, MAX_DATELINE_CHARS)?.length ?? 0) > (page.shortText(dateline, MAX_DATELINE_CHARS)?.length ?? 0);
}

/**
 * The block right above the headline, when its text is no longer than a meta line's and it holds no menu: a site
 * header there (logo, menu, the date of the day) is not the article's.
 */
function metaBlockOverHeadline(page: IndexedPage): Element | null {
  const previous = elementBeforeHeadline(page);
  if (!previous || !page.shortText(previous, MAX_DATELINE_CHARS)) return null;
  return holds(previous, (node) => MENU_TAGS.has(node.name)) ? null : previous;
}
const MENU_TAGS = new Set(['nav', 'ul', 'ol', 'menu']);
const KICKER_TAGS = new Set(['p', 'div', 'span', 'h2', 'h3', 'h4', 'h5', 'h6', 'small', 'strong']);
const MAX_KICKER_CHARS = 80;

/**
 * Rule "stand line": guides, FAQs and public bodies' pages carry no dateline, only a line that says when the text
 * was last checked ("Stand: 14.03.2023", "Zuletzt aktualisiert am …", "Last updated: …", "Laatst gewijzigd op …"),
 * usually at its foot, past the opening blocks. Read last, anywhere after the headline outside sidebars and comment
 * threads, and only as a short line of its own that such a label opens, so a sentence that mentions a date stays.
 * Rule "labelled publication line": so is a short line that a publication label opens ("Publisert: 05.08.24 kl.
 * 14:47", "Veröffentlicht am …"), a dateline whose element no class names.
 * Rule "footer stamp": a page that states no other date may say in the page footer when it was last changed ("©
 * Gemeinde · Letzte Aktualisierung: 12.03.2023"), as a part of the footer's line between separators; read after
 * every line of the page's own.
 */
function* stampLines(page: IndexedPage): Generator<Candidate> {
  const { elements, visibleChars } = page.walk;
  const inFooter = page.enclosure((element) => element.name === 'footer');
  const footerStamps: Candidate[] = [];
  for (let index = page.firstAfterHeadline(); index < elements.length; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_STAMP_LINE_CHARS || !page.followsHeadlineAt(index)) continue;
    const element = elements[index];
    if (!OPENING_BLOCK_TAGS.has(element.name) || element.children.some((child) => isElement(child) && BLOCK_CHILD_TAGS.has(child.name))) continue;
    const text = page.shortTextAt(index, MAX_STAMP_LINE_CHARS);
    if (!text) continue;
    if (!page.isAnotherItemsRegion(element)) {
      if (STAMP_LINE_LABEL.test(text) || PUBLICATION_LINE_LABEL.test(text)) yield { text, source: 'dom' };
    } else if (inFooter(element)) {
      for (const part of text.split(FOOTER_SEPARATOR)) if (STAMP_LINE_LABEL.test(part)) footerStamps.push({ text: part, source: 'dom' });
    }
  }
  yield* footerStamps;
}
const FOOTER_SEPARATOR = /\s*[|·•]\s*/;
/** "Zuletzt aktualisiert am Dienstag, 14. März 2023, 10:45 Uhr" is about as long as a stamp line gets. */
const MAX_STAMP_LINE_CHARS = 80;
/** Words that say a text was checked, as guides date it besides its last edit: "geprüft", "Last reviewed", "Última revisión". */
const CHECKED_LABELS = ['geprüft', 'reviewed', 'revisión'];
const STAMP_LINE_LABEL = new RegExp(
  `^(?:(?:diese )?seite (?:wurde )?|(?:this )?page (?:was )?|(?:deze pagina is )?(?:voor het )?)?`
    + `(?:stand(?: vom| der information)?|(?:(?:${labelAlternation(UPDATE_LEAD_WORDS)})\\s+)?(?:${labelAlternation([...UPDATE_LABELS, ...CHECKED_LABELS])}))(?![\\p{L}])`,
  'iu',
);

/** The label and its colon or preposition ("Publisert:", "Veröffentlicht am"): a sentence that opens with the word goes on otherwise. */
const PUBLICATION_LINE_LABEL = new RegExp(`^(?:${labelAlternation(PUBLISHED_LABELS)})\\s*(?::|(?:am|on|le|el|il|op|den|em)\\s+(?:\\S*\\d|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4}))`, 'iu');

/** The first elements that pass the test (by walk index) and have short text, outside sidebars and comment threads, in document order. */
function markedElements(page: IndexedPage, test: (index: number) => boolean, datesPicture: (element: Element) => boolean): Element[] {
  const { elements, visibleChars } = page.walk;
  const marked: Element[] = [];
  for (let index = 0; index < elements.length && marked.length < MAX_DATELINE_CANDIDATES; index++) {
    // No text, or more than a dateline's, and there is no short text: most elements are one or the other, and are
    // passed over before their attributes are tested.
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_DATELINE_CHARS) continue;
    const element = elements[index];
    if (test(index) && page.shortTextAt(index, MAX_DATELINE_CHARS) && !page.isAnotherItemsRegion(element) && !showsEventTime(element) && !datesListedItem(element) && !datesPicture(element)) marked.push(element);
  }
  return marked;
}

/**
 * The beginning of each text block after the headline: small sites and press releases open with the date
 * ("29.11.2022 – …", "Hamburg, den 2. Dezember 2022"). Only blocks without block children are read, so that
 * each text is read once.
 */
function openingTexts(page: IndexedPage, title: string | null, datesPicture: (element: Element) => boolean): Candidate[] {
  const all = page.bodyElements();
  const candidates: Candidate[] = [];
  const start = openingStart(page, title);
  const isTextBlock = (node: Element) => OPENING_BLOCK_TAGS.has(node.name) && !page.isAnotherItemsRegion(node) && !showsEventTime(node)
    && !node.children.some((child) => isElement(child) && BLOCK_CHILD_TAGS.has(child.name)) && !datesPicture(node);
  const headline = start > 0 ? all[start - 1] : null;
  const holder = headline ? textBlockHolding(headline, isTextBlock) : null;
  if (headline && holder) {
    const text = textAfter(page.shortText(holder, OPENING_BLOCK_SCAN_CHARS) ?? '', page.shortText(headline, OPENING_BLOCK_SCAN_CHARS) ?? '');
    if (text) candidates.push({ text: OPENING_LEAD.exec(text)![0], source: 'dom' });
  }
  for (let index = start; index < all.length && candidates.length < OPENING_BLOCKS; index++) {
    const node = all[index];
    if (!isTextBlock(node)) continue;
    const text = afterLeadingTitle(page.shortText(node, OPENING_BLOCK_SCAN_CHARS) ?? '', title);
    if (text) candidates.push({ text: OPENING_LEAD.exec(text)![0], source: 'dom' });
  }
  return candidates;
}

/**
 * Rule "unmarked headline leading the block": table layouts set the headline in big bold type (`<font size=5><b>`)
 * rather than a heading, in the cell that holds the dateline and the text, so the cell's text opens with the title;
 * the date comes after it, and the headline is no part of the dateline.
 */
function afterLeadingTitle(text: string, title: string | null): string {
  return title && text.startsWith(title) ? text.slice(title.length).trimStart() : text;
}

/**
 * Rule "text block around the headline": old table layouts set the headline, the dateline and the text in one cell
 * (`<td>…<h2>Headline</h2><font>12.03.2024 - von …</font><br>…`), so the text after the headline starts inside
 * the block that holds it, which comes before the headline in document order: the headline's parent, when it is one.
 */
function textBlockHolding(headline: Element, isTextBlock: (node: Element) => boolean): Element | null {
  const parent = headline.parent;
  return parent && isElement(parent) && isTextBlock(parent) ? parent : null;
}

/** The part of a block's text after the headline's, or nothing when the block does not show the headline. */
function textAfter(blockText: string, headlineText: string): string {
  const at = headlineText ? blockText.indexOf(headlineText) : -1;
  return at < 0 ? '' : blockText.slice(at + headlineText.length).trim();
}

/**
 * Where the text after the headline starts. Rule "heading that repeats the title": a page without an `<h1>` sets its
 * headline in a lower heading, and menus fill the blocks above it; the first `<h2>`–`<h6>` whose text is the
 * page's title stands for the headline. Without either, the text starts at the top of the body.
 */
function openingStart(page: IndexedPage, title: string | null): number {
  const headline = page.headlineIndex();
  if (headline >= 0 || !title) return headline + 1;
  const all = page.bodyElements();
  const heading = all.findIndex((node) => LOWER_HEADING_TAGS.has(node.name) && page.shortText(node, title.length) === title);
  return heading + 1;
}

/** Latest UTC hour that can be local midnight of the next day: zones east of UTC up to +10:00. */
const LOCAL_MIDNIGHT_EARLIEST_UTC_HOUR = 14;

/**
 * CMSes store a date without time as local midnight and serialise it in UTC, so "2022-11-07" in Berlin becomes
 * "2022-11-06T23:00:00.000Z". A UTC timestamp on an exact late-evening hour is written as that local midnight.
 */
function revealLocalMidnight(iso: string): string {
  const match = /T(\d{2}):00:00\+00:00$/.exec(iso);
  if (!match || Number(match[1]) < LOCAL_MIDNIGHT_EARLIEST_UTC_HOUR) return iso;
  const offsetHours = 24 - Number(match[1]);
  const nextDay = new Date(Date.parse(iso) + offsetHours * 3_600_000).toISOString().slice(0, 10);
  return `${nextDay}T00:00:00+${String(offsetHours).padStart(2, '0')}:00`;
}

/**
 * A timestamp written in UTC can fall on the next or previous calendar day from the one the page shows its
 * readers. When the visible date is one day off, the same instant is written in an offset that puts it on the
 * visible day: the visible clock time gives the exact offset, otherwise the smallest whole-hour offset is used.
 */
function alignToVisibleDay(structuredIso: string, visibleIso: string): string {
  if (!/[+-]00:00$/.test(structuredIso) || structuredIso.slice(11, 19) === '00:00:00') return structuredIso;
  const instant = Date.parse(structuredIso);
  const visibleDay = Date.parse(`${visibleIso.slice(0, 10)}T00:00:00Z`);
  const structuredDay = Date.parse(`${structuredIso.slice(0, 10)}T00:00:00Z`);
  if (Math.abs(visibleDay - structuredDay) !== 86_400_000) return structuredIso;
  const visibleHasClock = visibleIso.slice(11, 19) !== '00:00:00';
  let offsetMinutes: number;
  if (visibleHasClock) {
    offsetMinutes = Math.round((Date.parse(visibleIso.replace(/[+-]\d{2}:\d{2}$/, 'Z')) - instant) / 900_000) * 15;
  } else {
    const minutesIntoDay = (instant - structuredDay) / 60_000;
    offsetMinutes = visibleDay < structuredDay ? -(Math.floor(minutesIntoDay / 60) + 1) * 60 : Math.ceil((1440 - minutesIntoDay) / 60) * 60;
  }
  if (offsetMinutes < -12 * 60 || offsetMinutes > 14 * 60) return structuredIso;
  const local = new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (local.slice(0, 10) !== visibleIso.slice(0, 10)) return structuredIso;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const magnitude = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(magnitude / 60)).padStart(2, '0')}:${String(magnitude % 60).padStart(2, '0')}`;
}
