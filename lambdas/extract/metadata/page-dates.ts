/**
 * Publication and modification dates, from the most to the least trusted source: JSON-LD, meta tags of every
 * vocabulary, a date in the URL path, `<time datetime>`, and last the visible dateline or byline text. The first
 * candidate that parses to a plausible date wins; implausible ones (future, before 1900) are reported as warnings.
 */
import type { MetaTags } from './meta-tags';
import type { StructuredArticle } from './json-ld';
import { IndexedPage, textContent } from './regions';
import { isPlausiblePublicationDate, numericOffsetMinutes, withUtcOffset } from './calendar';
import { type DateReadingOptions, isRelativeStamp, parseDate, showsClock } from './dates';
import { type Candidate, type DateChoice, NO_DATE, type SourcedChoice, unparsedRaw } from './date-choice';
import { alignToVisibleDay, isUtcClockTime, onClockOf, onLearnedClock, onMarkedClock, onPrintedClock, printedOnLearnedClock, revealLocalMidnight, updateOnDeclaredClock } from './utc-clock';
import { PUBLICATION_LINE_LABEL, visibleDateCandidates } from './dateline-candidates';
import { utcOffsetAtInstant, zoneNamedInWords } from './time-zones';
import { pickVisibleDate, type VisibleDates } from './visible-date';
import { datelineParts } from './dateline-parts';
import { citationDescribesPage } from './citation-tags';
import { OPENS_WITH_PUBLICATION_LABEL } from './date-labels';
import { pageDataPublications } from './page-data-dates';
import { pageDataScripts } from './page-data-scripts';

export interface PageDates {
  published: DateChoice;
  modified: DateChoice;
  /** Where the publication date came from, e.g. `json-ld`, `meta`, `url`, `dom`. */
  publishedSource: string | null;
  /** Which of the two the page printed as a wall-clock time in no zone, on a page whose zone is unknown: written as UTC. */
  printedInNoZone: { published: boolean; modified: boolean };
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
/** Highwire's keys of a paper's day, which date the page only when the paper is the page (see `citationDescribesPage`). */
const CITATION_DATE_KEYS: ReadonlySet<string> = new Set(['citation_publication_date', 'citation_date']);
function publishedMetaKeys(tags: MetaTags, pageTitles: Array<string | null>): string[] {
  return citationDescribesPage(tags, pageTitles) ? PUBLISHED_META_KEYS : PUBLISHED_META_KEYS.filter((key) => !CITATION_DATE_KEYS.has(key));
}
/**
 * Rule "created before it went live": Dublin Core tags that date the item's creation, not its release. Drupal's
 * metatag module fills `dcterms.date` with the node's creation, the day an editor started the draft: a press release
 * written the afternoon before its embargo lifts declares that afternoon (`<meta name="dcterms.date"
 * content="2024-05-07T16:12:00+01:00">`), while the page prints "Published: <time datetime="2024-05-08T09:00:00Z">8
 * May 2024</time>". A dateline a publication label opens, on a later day, dates the release, with the clock of a
 * `<time datetime>` on its day; a date the page declares as the publication (`article:published_time`, JSON-LD)
 * stands as it is.
 */
const CREATION_META_KEYS: ReadonlySet<string> = new Set(['dcterms.date', 'dcterms.created', 'dc.date.created']);
const MODIFIED_META_KEYS = [
  'article:modified_time', 'og:updated_time', 'og:article:modified_time', 'article:modified', 'modified_time',
  'itemprop:datemodified', 'datemodified', 'dc.date.modified', 'dcterms.modified', 'last-modified', 'lastmod', 'utime', 'time:modified',
];

/** /2017/01/23/ or /2017-01-23- in a URL path: CMS permalinks that encode the publication day. */
const URL_DATE = /\/(20\d{2}|19\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/\-_.]|$)/;

/** Regions whose numeric dates put the month first (05/06/2025 = May 6): the US and the Philippines, after it. */
const MONTH_FIRST_REGIONS = new Set(['US', 'PH']);

/**
 * Rule "the page's other dates settle the order": a page that declares no region ("en", no "en-US") may print its
 * dates in the US order ("12/02/2026" over a news list's "11/28/2026" and "11/21/2026"), and read day first the 2nd of
 * December was the 12th of February. A slashed date in one of the page's `<time>` elements whose second number cannot
 * be a month shows the page writes the month first; one whose first number cannot be shows the day first, and then
 * the page is read day first whatever else it shows.
 */
function monthFirstShown(page: IndexedPage): boolean {
  let monthFirst = false;
  for (const time of page.tagged('time')) {
    const match = SLASHED_DATE.exec(textContent(time));
    if (!match) continue;
    const first = Number(match[1]), second = Number(match[2]);
    if (first > 12 && second <= 12) return false;
    if (second > 12 && first <= 12) monthFirst = true;
  }
  return monthFirst;
}
const SLASHED_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/\d{4}(?!\d)/;

export function readPageDates(
  page: IndexedPage, tags: MetaTags, structured: StructuredArticle | null, url: string | null, now: Date,
  localeRegion: string | null = null, title: string | null = null, timeZone: string | null = null, countryZones: readonly string[] = [],
  language: string | null = null,
): PageDates {
  const options: DateReadingOptions = { monthFirst: localeRegion !== null ? MONTH_FIRST_REGIONS.has(localeRegion) : monthFirstShown(page), timeZone, language };
  const warnings: string[] = [];
  const metaKeys = publishedMetaKeys(tags, [title, documentTitle(page)]);
  const creationValues = new Set(tags.all(...metaKeys.filter((key) => CREATION_META_KEYS.has(key))));
  const releaseValues = new Set(tags.all(...metaKeys.filter((key) => !CREATION_META_KEYS.has(key))));
  const deathDeclared = structured !== null && datesTheSubjectsDeath(structured);
  const published: Candidate[] = [
    ...(structured?.datePublished && !deathDeclared ? [{ text: structured.datePublished, source: 'json-ld' }] : []),
    ...tags.all(...metaKeys).map((text) => ({ text, source: 'meta', creation: creationValues.has(text) && !releaseValues.has(text) })),
    ...urlDate(url),
    ...tags.all('time:datetime').slice(0, 1).map((text) => ({ text, source: 'time' })),
    ...titleDates([...tags.all('og:title'), documentTitle(page)]),
  ];
  let choice = pickDate(published, now, warnings, options);
  // Rule "declared clock on the declared day": a page may declare its date twice, in its JSON-LD as the day alone (a
  // fact-checker's ClaimReview, `"datePublished": "2026-12-03"`) and in a meta tag with the clock
  // (`article:published_time` "2026-12-03T16:05:00-05:00"): where no `<time datetime>` gives the clock, the meta on
  // that day gives it and the zone.
  if (givesDayAlone(choice)) {
    choice = machineTimeOnDay(choice, tags.all('time:published', 'time:datetime'), now, options)
      ?? (choice.source === 'json-ld' ? machineTimeOnDay(choice, tags.all(...metaKeys), now, options, 'meta') : null) ?? choice;
  }
  let visibleUpdate: DateChoice = NO_DATE;
  let datelineRead = false;
  // The dateline is searched at most once, by whichever rule below asks first: the search walks the page.
  let shownDates: VisibleDates | undefined;
  const visibleDates = () => (shownDates ??= pickVisibleDate(page, visibleDateCandidates(page, title), now, options));
  const declaredInUtc = choice.iso !== null && isUtcClockTime(choice.iso) ? choice.iso : null;
  // Rule "the instant's own mark": a theme marks the publication in its `<time datetime>` on the newsroom's clock
  // ("2026-12-06T15:45:00+08:00") while the meta tags declare the same instant in UTC ("2026-12-06T07:45:00+00:00").
  // The mark is the page's own word on its clock, and it outweighs a zone guessed from the language's region where
  // that zone never keeps the mark's offset: a Manila WordPress paper declares "en-US" because the CMS ships so, not
  // because it prints New York's time. An offset the zone keeps in the other season is the zone's clock set wrong
  // (a server left on summer time), and the zone stands.
  const markedPublication = declaredInUtc ? onMarkedClock(declaredInUtc, tags.all('time:published', 'time:datetime')) : null;
  if (markedPublication && markedPublication !== declaredInUtc && !(timeZone && keepsOffsetInTheYear(timeZone, markedPublication))) {
    choice = { ...choice, iso: markedPublication };
  }
  // Rule "the printed zone over the guessed one": a meta tag declares the publication's wall clock in no zone
  // ("2026-12-07 09:12:00"), read on the clock the country's capital keeps, while the dateline prints the same clock
  // with its zone ("Minggu, 7 Desember 2026 09:12 WITA"): the newsroom is in Makassar, an hour east of Jakarta. A
  // country of several zones, or a paper on its far side, names the one it prints; the named one is the page's.
  if (choice.iso && choice.zoneGuessed) {
    const printed = visibleDates().published;
    if (printed.iso && printed.raw && printed.iso !== choice.iso && printed.iso.slice(0, 16) === choice.iso.slice(0, 16)
      && parseDate(printed.raw, now, options)?.zoneGuessed !== true) choice = { ...choice, iso: printed.iso };
  }
  if (!choice.iso || givesDayAlone(choice) || isUtcClockTime(choice.iso) || isAmbiguousNumericDate(choice.raw)) {
    const visible = visibleDates();
    choice = checkedAgainstDateline(choice, visible.published, clocksOfThePage(timeZone, countryZones), countryZones);
    visibleUpdate = visible.updated;
    datelineRead = true;
  } else if (choice.source === 'time') {
    const visible = visibleDates();
    if (labelledOverUnmarkedTime(choice, visible.published)) {
      choice = visible.published;
      visibleUpdate = visible.updated;
      datelineRead = true;
    }
  } else if (choice.creation) {
    const visible = visibleDates();
    const release = releaseAfterCreation(choice, visible.published, tags.all('time:published', 'time:datetime'), now, options);
    if (release) {
      choice = release;
      visibleUpdate = visible.updated;
      datelineRead = true;
    }
  }
  if (!choice.iso) choice = publicationInPageData(page, now, warnings, options) ?? choice;
  if (deathDeclared && choice.source === 'dom') choice = onDeclaredOffset(choice, structured.datePublished);
  const modified: Candidate[] = [
    ...(structured?.dateModified ? [{ text: structured.dateModified, source: 'json-ld' }] : []),
    ...tags.all(...MODIFIED_META_KEYS).map((text) => ({ text, source: 'meta' })),
  ];
  const declaredModified = pickDate(modified, now, [], options);
  if (!declaredModified.iso && !datelineRead && choice.iso) visibleUpdate = updateOfDeclaredDateline(visibleDates(), choice.iso);
  // The dateline's update is read only where the dateline was read for the publication: declared dates come first.
  let modifiedChoice = declaredModified.iso ? declaredModified : visibleUpdate.iso ? visibleUpdate : declaredModified;
  if (declaresNoEdit(declaredModified, choice)) {
    const shown = datelineRead ? visibleUpdate : visibleDates().updated;
    modifiedChoice = laterShownUpdate(shown, choice, tags.all('time:modified', 'time:published', 'time:datetime'), now, options) ?? modifiedChoice;
  }
  // The update the dateline prints, read where the dateline was read for the publication, puts a declared UTC one on its clock.
  const printedUpdate = datelineRead && modifiedChoice === declaredModified && modifiedChoice.iso && visibleUpdate.iso ? onPrintedClock(modifiedChoice.iso, visibleUpdate.iso) : null;
  if (printedUpdate) {
    modifiedChoice = { ...modifiedChoice, iso: printedUpdate };
    // Rule "publication on the update's printed clock": a dateline that prints the update in its zone ("Updated
    // December 6, 2026 at 1:10 p.m. PST") and the publication without a clock, or not at all, tells the newsroom's
    // clock; the publication declared in UTC is on the same clock, the same instant. Only where that keeps its day:
    // one the page may print ("Published October 29, 2026").
    const published = !timeZone && choice.iso && declaredModified.iso && isUtcClockTime(choice.iso) ? onLearnedClock(choice.iso, declaredModified.iso, printedUpdate) : null;
    if (published && published.slice(0, 10) === choice.iso?.slice(0, 10)) choice = { ...choice, iso: published };
  } else if (!timeZone && declaredInUtc && choice.iso && modifiedChoice.iso) {
    const printedInNoZone = modifiedChoice !== declaredModified && printsNoZone(modifiedChoice.raw, now, options);
    const learned = printedInNoZone ? printedOnLearnedClock(modifiedChoice.iso, declaredInUtc, choice.iso) : onLearnedClock(modifiedChoice.iso, declaredInUtc, choice.iso);
    modifiedChoice = { ...modifiedChoice, iso: learned };
  } else if (timeZone && declaredInUtc && choice.iso && modifiedChoice === declaredModified && modifiedChoice.iso && !keepsClockOf(timeZone, choice.iso)) {
    // Rule "the newsroom's clock over the country's" (see keepsClockOf).
    modifiedChoice = { ...modifiedChoice, iso: onLearnedClock(modifiedChoice.iso, declaredInUtc, choice.iso) };
  }
  // Rule "update on its declared clock": an SEO plugin declares the update in UTC in JSON-LD
  // ("2026-12-03T19:22:10+00:00") while the theme's `article:modified_time` gives the same instant on the newsroom's
  // clock ("2026-12-03T14:22:10-05:00"); the meta tags mark the offset as the page's `<time datetime>` does. Rule
  // "publication on its declared clock": the same for the publication, where no `<time datetime>` marks it: the
  // JSON-LD's "2026-12-05T17:02:00Z" and the theme's `article:published_time` "2026-12-05T11:02:00-06:00" are one
  // instant, and the meta gives the newsroom's clock.
  const marked = [...tags.all('time:published', 'time:modified', 'time:datetime'), ...modified.map(({ text }) => text), ...tags.all(...metaKeys)];
  const onPageClock = ({ iso, raw }: DateChoice) => {
    const shown = iso && onMarkedClock(iso, marked);
    return shown && timeZone && !namesItsClock(raw) ? onClockOf(timeZone, shown) : shown;
  };
  const publishedDate = { iso: onPageClock(choice), raw: choice.raw, ...(choice.item ? { item: choice.item } : {}) };
  const modifiedDate = savedBeforePublication(modifiedChoice, choice)
    ? NO_DATE
    : updatedLaterThatDay(modifiedChoice, choice)
      ? { iso: null, raw: modifiedChoice.raw }
      : { iso: onPublicationsClock(onPageClock(modifiedChoice), choice.iso, publishedDate.iso), raw: modifiedChoice.raw };
  const inNoZone = (date: DateChoice) => !timeZone && date.iso !== null && date.iso.endsWith('+00:00') && printsNoZone(date.raw, now, options);
  return {
    published: publishedDate,
    modified: modifiedDate,
    publishedSource: choice.source,
    printedInNoZone: { published: inNoZone(publishedDate), modified: inNoZone(modifiedDate) },
    warnings,
  };
}

/**
 * Rule "update on the publication's marked clock": a theme marks the publication on the newsroom's clock in its
 * `<time datetime>` ("2026-11-26T09:30:00+01:00") and marks no update, while the meta tags declare both in UTC; the
 * update was made on the same clock, and is written in the offset the publication's mark gave its declared instant.
 */
function onPublicationsClock(update: string | null, declaredPublication: string | null, publication: string | null): string | null {
  return update && declaredPublication && publication ? onLearnedClock(update, declaredPublication, publication) : update;
}

/**
 * Rule "clock named in words stays": a stamp that names its clock in words ("10:12 (hora canaria)", "09:40 (hora dos
 * Açores)") was read on that clock, and where it is an hour behind the capital's its offset is +00:00, which is no
 * UTC serialisation to move onto the page's zone: a Canarian paper's 10:12 had become Madrid's 11:12.
 */
function namesItsClock(raw: string | null): boolean {
  return raw !== null && zoneNamedInWords(raw) !== null;
}

/**
 * Rule "the newsroom's clock over the country's": a country's zone is a guess at the clock its papers print, and the
 * papers of its far west or east print their own ("3 de diciembre de 2026 | 14:05 hrs" in Tijuana, beside the
 * declared "2026-12-03T22:05:00.000Z", is eight hours behind UTC, not six as Mexico City's). Where the dateline's clock
 * set the publication declared in UTC on an offset the country's zone does not keep then, the declared update, in UTC
 * too, is on the same newsroom's clock (rule "update on the learned clock"), not on the country's.
 */
function keepsClockOf(timeZone: string, iso: string): boolean {
  return utcOffsetAtInstant(timeZone, Date.parse(iso)) === numericOffsetMinutes(iso.slice(19));
}

/** Whether the zone keeps the offset of the time in winter or in summer of its year (see rule "the instant's own mark"). */
function keepsOffsetInTheYear(timeZone: string, iso: string): boolean {
  const offset = numericOffsetMinutes(iso.slice(19));
  return ['01-15', '07-15'].some((day) => utcOffsetAtInstant(timeZone, Date.parse(`${iso.slice(0, 4)}-${day}T12:00:00Z`)) === offset);
}

/**
 * Rule "the subject's death": obituary templates fill the article's `datePublished` with the passing of the person
 * the page is `about` (`"datePublished":"2026-01-30T00:00:00-04:00", "about":{"@type":"Person","deathDate":
 * "2026-01-30"}`) and print the notice's own publication days later ("Published by The Tribune on Feb. 4, 2026.").
 * A declared publication at midnight of the subject's death day dates the death, and the page's other dates are
 * read; a news story on a death, put out that day, declares the time it went out. The declaration's offset still
 * tells the site's clock, in which a dateline that prints the day alone is written.
 */
function datesTheSubjectsDeath({ datePublished, subjectDeathDate }: StructuredArticle): boolean {
  if (!datePublished || !subjectDeathDate) return false;
  const declared = DECLARED_MIDNIGHT.exec(datePublished.trim());
  return declared !== null && declared[1] === subjectDeathDate.trim().slice(0, 10);
}
/** A declared day, alone or at its midnight, with or without an offset: its day is the first group. */
const DECLARED_MIDNIGHT = /^(\d{4}-\d{2}-\d{2})(?:T00:00(?::00(?:\.0+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** A day the dateline prints alone, read in no zone, at midnight of the declared date's offset. */
function onDeclaredOffset(choice: SourcedChoice, declared: string | null): SourcedChoice {
  const written = declared ? DECLARED_OFFSET.exec(declared.trim()) : null;
  const offset = written ? numericOffsetMinutes(written[0]) : undefined;
  if (!choice.iso || offset === undefined || !declaresDayAlone(choice) || !choice.iso.endsWith('+00:00')) return choice;
  return { ...choice, iso: withUtcOffset(choice.iso.slice(0, 19), offset) };
}
const DECLARED_OFFSET = /[+-]\d{2}:?\d{2}$/;

/**
 * Rule "update in the declared dateline": a page may declare its publication and not its last edit, which only the
 * dateline prints ("24/11/2026 12:05 · Actualizado 24/11/2026 13:40"). The dateline is read for the update when it
 * prints the declared publication's instant on the page's clock (see {@link updateOnDeclaredClock}): then it is the
 * article's own, and its update is read on the same clock. An update it prints as an age ("آخر تحديث: منذ ساعة",
 * "Updated 2 hours ago") is on no clock: counted back from now, it is an instant already.
 */
function updateOfDeclaredDateline(visible: VisibleDates, declaredIso: string): DateChoice {
  if (!visible.updated.iso || !visible.published.iso) return NO_DATE;
  if (visible.updated.age) return { iso: visible.updated.iso, raw: visible.updated.raw };
  const iso = isTheUpdateItself(visible) ? updateOnDeclaredOffset(visible.updated.iso, declaredIso) : updateOnDeclaredClock(visible.updated.iso, visible.published.iso, declaredIso);
  return iso ? { iso, raw: visible.updated.raw } : NO_DATE;
}

/**
 * Rule "a line with the update alone": a meta row that prints only the update ("Af Mette Jensen · Opdateret mandag d. 7.
 * december 2026, kl. 10.30") is read for the publication too, the update's own stamp standing in; measured against
 * the declared publication it would give the page's clock as the hours between the two events ("+03:00"). Such a row
 * tells no offset; the update is on the declared publication's, which the same newsroom's clock keeps.
 */
function isTheUpdateItself(visible: VisibleDates): boolean {
  const { published, updated } = visible;
  return published.iso!.slice(0, 19) === updated.iso!.slice(0, 19) && !!published.raw && !!updated.raw && published.raw.includes(updated.raw);
}
function updateOnDeclaredOffset(updateIso: string, declaredIso: string): string {
  const written = DECLARED_OFFSET.exec(declaredIso);
  return written && !isUtcClockTime(declaredIso) ? withUtcOffset(updateIso.slice(0, 19), numericOffsetMinutes(written[0])!) : updateIso;
}

/** A printed date read in no zone: neither one it names (UTC, GMT, an abbreviation, an offset) nor an age counted from now. */
function printsNoZone(raw: string | null, now: Date, options: DateReadingOptions): boolean {
  return raw !== null && !NAMES_UTC.test(raw) && parseDate(raw, now, options)?.zoneKnown !== true;
}
const NAMES_UTC = /(?<!\p{L})(?:UTC|GMT)(?!\p{L})/u;

/**
 * Rule "labelled dateline over an unmarked time": with nothing else declared, the page's first `<time datetime>` that
 * no class marks stands for its date, but on a live blog it is the newest entry's ("<time datetime="…T15:42…">3:42
 * p.m. ET</time>" over "Trains halted"), and on other pages a teaser's; the dateline under a publication label
 * ("Published Nov. 25, 2026 at 7:00 a.m. ET") says when the page went up. The labelled dateline wins where it prints
 * a clock at another minute: the same minute at another hour is the same instant on another zone's clock.
 */
function labelledOverUnmarkedTime(time: SourcedChoice, shown: SourcedChoice): boolean {
  if (!time.iso || !shown.iso || !shown.raw || !OPENS_WITH_PUBLICATION_LABEL.test(shown.raw) || !showsClock(datelineParts(shown.raw).published)) return false;
  return shown.iso.slice(14, 16) !== time.iso.slice(14, 16);
}

/** The dateline's publication on a later day than the declared creation, under its label and timed by its `<time>`; null without one. */
function releaseAfterCreation(created: SourcedChoice, shown: SourcedChoice, machineTimes: string[], now: Date, options: DateReadingOptions): SourcedChoice | null {
  if (!created.iso || !shown.iso || !shown.raw || shown.iso.slice(0, 10) <= created.iso.slice(0, 10) || !PUBLICATION_LINE_LABEL.test(shown.raw)) return null;
  return (showsClock(shown.raw) ? null : machineTimeOnDay(shown, machineTimes, now, options)) ?? shown;
}

/**
 * Rule "edit the declaration leaves out": SEO plugins write the publication into `dateModified` when they first build
 * a post's JSON-LD, and caches keep that copy after the post is edited, while the theme prints the post's last edit
 * ("<span>Last updated</span> <time class="entry-date updated" datetime="2025-03-14T10:22:08+00:00">March 14,
 * 2025</time>"). A declared modification equal to the publication says no more than that the post went out; an
 * update the dateline shows under an update label, on a later day, is the edit, with the clock of a `<time
 * datetime>` on its day (rule "machine time on the declared day"). A class alone does not say so: themes class the
 * whole meta line, the publication's date among it, "updated" for the hAtom microformat. An update on the
 * publication's day is left to the declaration: the dateline may print it on another clock.
 */
function declaresNoEdit(modified: DateChoice, published: DateChoice): boolean {
  return modified.iso !== null && published.iso !== null && Date.parse(modified.iso) === Date.parse(published.iso);
}
/** The labelled update the dateline shows on a later day than the publication, timed by its `<time>`; null without one. */
function laterShownUpdate(shown: DateChoice, published: DateChoice, machineTimes: string[], now: Date, options: DateReadingOptions): DateChoice | null {
  if (!shown.iso || !shown.raw || !published.iso || shown.iso.slice(0, 10) <= published.iso.slice(0, 10) || datelineParts(shown.raw).updated === null) return null;
  const update: SourcedChoice = { ...shown, source: 'dom' };
  const timed = showsClock(shown.raw) ? null : machineTimeOnDay(update, machineTimes, now, options);
  return timed ? { iso: timed.iso, raw: timed.raw } : { iso: shown.iso, raw: shown.raw };
}

/**
 * Rule "saved before it went live": a modification time earlier than the publication dates the last save of a
 * scheduled post, made before readers could see it, not an update to what they read. A record updated before it was
 * published would say something impossible, so the update is left empty. A modification declared as the day alone
 * was saved at some time that day, not at its midnight: it is earlier only when its day is.
 */
function savedBeforePublication(modified: DateChoice, published: DateChoice): boolean {
  if (modified.iso === null || published.iso === null) return false;
  if (declaresDayAlone(modified)) return modified.iso.slice(0, 10) < published.iso.slice(0, 10);
  return Date.parse(modified.iso) < Date.parse(published.iso);
}

/**
 * Rule "updated later that day": an update declared as the day alone, on the day the story went live at a known
 * clock, was made after that clock at a time the page does not tell. Its midnight would date the update before the
 * publication, so the instant is left empty and the raw string kept, as for a date the pipeline cannot place.
 */
function updatedLaterThatDay(modified: DateChoice, published: DateChoice): boolean {
  if (modified.iso === null || published.iso === null || !declaresDayAlone(modified)) return false;
  return modified.iso.slice(0, 10) === published.iso.slice(0, 10) && Date.parse(modified.iso) < Date.parse(published.iso);
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
 * Rule "the day refined": a permalink gives the day alone, and so does a date tag that declares no clock (`<meta
 * name="date" content="2026-12-01">`, `dc.date`, a JSON-LD date without its time), while the page prints the time
 * of day beside it, in a `<time datetime>` or its dateline. A more precise date on the declared day refines it; a
 * date on another day is another item's, and the declared day stands. A declared midnight written with its clock
 * ("2026-12-01T00:00:00+01:00") is a time of its own.
 */
function givesDayAlone(choice: SourcedChoice): boolean {
  return choice.source === 'url' || declaresDayAlone(choice);
}

/** A date read as its day's midnight from a value that states no clock. */
function declaresDayAlone(choice: DateChoice): boolean {
  return choice.iso !== null && choice.raw !== null && choice.iso.slice(11, 19) === '00:00:00' && !showsClock(choice.raw);
}

/**
 * Rule "an age is no clock": portals print a story's age where its dateline goes ("2 hours ago", "vor 3 Stunden"),
 * in the `<time>` whose `datetime` declares the instant in UTC. The age is counted back from the moment the page was
 * fetched, not read off the page's clock, so it tells neither the day the readers saw nor their offset; set against
 * the declared instant it gave offsets no zone has ("+13:45"). The declared date stands, as with no dateline.
 *
 * The declared date checked against the page's visible dateline. The dateline is read only when it can change the
 * answer: when nothing is declared, when the declaration gives the day alone ({@link givesDayAlone}), when a UTC
 * clock time may fall on the reader's next or previous day, or when a numeric declaration may have its day and month
 * swapped. A declared date with a zone of its own, or at midnight, stands as it is.
 */
function checkedAgainstDateline(choice: SourcedChoice, visible: SourcedChoice, clocks: readonly string[], countryZones: readonly string[]): SourcedChoice {
  if (!choice.iso) return visible.iso || !choice.raw ? visible : choice;
  // The dateline on the declared day adds the clock, and to a permalink the date as the page prints it.
  if (givesDayAlone(choice) && visible.iso?.slice(0, 10) === choice.iso.slice(0, 10) && (choice.source === 'url' || visible.iso.slice(11, 19) !== '00:00:00')) return visible;
  // Rule "the permalink's UTC day": a server dates its permalinks by UTC, so a story the dateline puts late in the
  // evening west of Greenwich ("/2026/12/04/…" over "Published: Dec. 3, 2026 at 10:41 PM EST"), or early in the
  // morning east of it, has the next or the previous day in its address; the dateline's instant falls on that day.
  if (givesDayAlone(choice) && choice.source === 'url' && visible.iso && visible.iso.slice(11, 19) !== '00:00:00'
    && new Date(visible.iso).toISOString().slice(0, 10) === choice.iso.slice(0, 10)) return visible;
  if (visible.raw !== null && isRelativeStamp(visible.raw.trim())) return { ...choice, iso: revealLocalMidnight(choice.iso) };
  const reordered = visible.iso ? settledDayMonthOrder(choice, visible.iso) : null;
  if (reordered) return reordered;
  const printed = visible.iso ? onPrintedClock(choice.iso, visible.iso) : null;
  if (printed) return { ...choice, iso: printed };
  return { ...choice, iso: visible.iso ? alignToVisibleDay(choice.iso, visible.iso, clocks, countryZones) : revealLocalMidnight(choice.iso) };
}

const CLOCK_IN_MACHINE_TIME = /\d[T ]\d{2}:\d{2}/;

/**
 * Rule "the page's own clock first": the zones a UTC instant may be moved onto the dateline's day in, the page's zone
 * ahead of the country's others. A country on one clock lists no zones of its own (see `countryZones`), and a New
 * Zealand Ghost site that declares "2026-12-03T22:40:51.000Z" and prints "4 Dec 2026" was read on the nearest whole
 * hour that reaches that day (+02:00) rather than on Auckland's clock (+13:00).
 */
function clocksOfThePage(timeZone: string | null, countryZones: readonly string[]): readonly string[] {
  return timeZone && !countryZones.includes(timeZone) ? [timeZone, ...countryZones] : countryZones;
}

/**
 * Rule "machine time on the declared day": a permalink or a date tag gives the day alone ({@link givesDayAlone}), and
 * a `<time datetime>` on that day gives the clock and the zone, which the printed dateline often leaves out ("Nov.
 * 18, 2026, 9:30 a.m." with "2026-11-18T09:30:00-05:00" behind it). The declaration comes before an unmarked
 * `<time>` because the first one on a page may date a teaser; on the declared day it dates the article. The day of
 * an update the dateline prints is refined the same way (rule "edit the declaration leaves out").
 */
function machineTimeOnDay(declared: SourcedChoice, machineTimes: string[], now: Date, options: DateReadingOptions, source = 'time'): SourcedChoice | null {
  const day = declared.iso?.slice(0, 10);
  for (const text of machineTimes) {
    // A datetime of the day alone adds nothing to the declared day; the dateline read after it may still add the clock.
    if (!CLOCK_IN_MACHINE_TIME.test(text)) continue;
    const parsed = parseDate(text, now, options);
    if (parsed && parsed.iso.slice(0, 10) === day && isPlausiblePublicationDate(parsed.iso, now, parsed.zoneKnown)) return { iso: parsed.iso, raw: parsed.raw, source };
  }
  return null;
}

/** Rule "publication in the page's data" (see page-data-dates.ts): the inline scripts' data, JSON-LD aside, read last. */
function publicationInPageData(page: IndexedPage, now: Date, warnings: string[], options: DateReadingOptions): SourcedChoice | null {
  const instantOf = (text: string) => {
    const parsed = parseDate(text, now, options);
    return parsed ? Date.parse(parsed.iso) : null;
  };
  const texts = pageDataPublications(pageDataScripts(page), instantOf);
  if (texts.length === 0) return null;
  const choice = pickDate([{ text: texts[0], source: 'page-data' }], now, warnings, options);
  return choice.iso ? choice : null;
}

/**
 * First plausible declared date (metadata, permalink, title). When none parses, the raw string is still kept: it
 * is the page's own statement of its date, just not one this parser understands.
 */
function pickDate(candidates: Iterable<Candidate>, now: Date, warnings: string[], options: DateReadingOptions): SourcedChoice & { creation?: boolean; zoneGuessed?: boolean } {
  let unparsed: Candidate | null = null;
  for (const candidate of candidates) {
    // Parsed once and then judged, rather than parsed again to tell an implausible date from no date.
    const parsed = parseDate(candidate.text, now, options);
    if (parsed && isPlausiblePublicationDate(parsed.iso, now, parsed.zoneKnown)) {
      return { iso: parsed.iso, raw: parsed.raw, source: candidate.source, creation: candidate.creation, ...(parsed.zoneGuessed ? { zoneGuessed: true } : {}) };
    }
    if (parsed) warnings.push(`date: implausible ${candidate.source} date "${parsed.raw}" rejected`);
    else unparsed ??= candidate;
  }
  return { iso: null, raw: unparsedRaw(unparsed), source: unparsed?.source ?? null };
}

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
