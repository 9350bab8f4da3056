/**
 * The visible publication date picked from the dateline candidates, and the update the same dateline (or the element
 * beside it) shows, for when the page declares no date the reader can trust as it stands.
 */
import type { Element } from 'domhandler';
import { isElement, nextElement, normalizeSpace, previousElement } from '../dom-walk';
import { normalizeDigits, printsHijriYearOnly } from './arabic-dates';
import { printsHebrewDateOnly } from './hebrew-dates';
import { HEADING_TAGS, isAncestorOf, PAGE_ROOT_TAGS } from '../content/dom';
import { caseInsensitiveInitials, containsAnyPattern, containsPattern, type IndexedPage } from './regions';
import { CJK_UPDATE_LABELS, CJK_UPDATE_LEAD_WORDS, UPDATE_LABELS, UPDATE_LEAD_WORDS } from './date-labels';
import { isPlausiblePublicationDate, numericOffsetMinutes, withUtcOffset } from './calendar';
import { clockOnDay, type DateReadingOptions, isHijriDateText, isLoneYearlessDay, parseDate, type ParsedDate, showsClock } from './dates';
import { type Candidate, type DateChoice, NO_DATE, type SourcedChoice, unparsedRaw } from './date-choice';
import { CLOCK_ALONE, datelineParts } from './dateline-parts';
import { MONTH_NAME_ALTERNATION } from './month-names';
import { datelineText, descendantsWhere, isMachineTime, isUpdateDateline, MAX_DATELINE_CHARS, onlyElementChild } from './dateline-candidates';

/**
 * Pages were first published on the web in the 1990s: an earlier date read from the visible text is history the
 * text mentions ("opened on 21 August 1948"), not the page's date. A date the metadata declares is the page's own
 * statement (a digitised archive's, say) and is not held to this.
 */
const EARLIEST_VISIBLE_YEAR = 1990;

/**
 * The publication and the update a page's dateline shows; the update says whether it was printed as an age ({@link
 * ParsedDate.age}) and, where it was read, whether its zone is known.
 */
export interface VisibleDates {
  published: SourcedChoice;
  updated: DateChoice & Pick<ParsedDate, 'age' | 'zoneGuessed'> & Partial<Pick<ParsedDate, 'zoneKnown'>>;
}

/**
 * The visible publication date, and the update the same dateline shows. Rule "update label": a dateline that shows
 * both dates ("Aktualisiert am 14.03. | erstellt am 12.03.", "Updated 2 hours ago · Published 3 days ago", "Publié
 * le 5 mai, mis à jour le 6 mai") dates the publication with the part no update label leads, in either order.
 * Rule "older than its update": a dateline that shows only an update is followed on the page by the publication in
 * another dateline element more often than not; a later dateline or meta line on or before the update's day is the
 * publication, and without one the update is the only date the page shows.
 * Rule "update on the publication's day": an update made the day the story went out prints only its time ("March 3,
 * 2024 5:12 p.m. ET | Updated 6:40 p.m.", in the dateline or beside it), which is read on the publication's day and
 * in its zone.
 */
export function pickVisibleDate(page: IndexedPage, candidates: Iterable<Candidate>, now: Date, options: DateReadingOptions): VisibleDates {
  let unparsed: Candidate | null = null;
  let updateOnly: { iso: string; raw: string } | null = null;
  let updated: VisibleDates['updated'] = NO_DATE;
  const remaining = candidates[Symbol.iterator]();
  for (let next = remaining.next(); !next.done; next = remaining.next()) {
    const candidate = next.value;
    if (REPUBLICATION_NOTE.test(candidate.text) || OCCASION_LINE.test(candidate.text)) continue;
    // Most candidates hold no date at all; only a text with one is split into its parts, and parsed again.
    // Rule "short date on its own" reads a dateline's whole text, but not a print of a machine datetime: that value is
    // read as it is, and its short print ("6.11.22" of "2022-11-06T23:00:00.000Z", local midnight written in UTC)
    // would only repeat it, a day early.
    const reading = candidate.marked && !candidate.machineDated ? { ...options, dateline: true } : options;
    const whole = parseDate(candidate.text, now, reading) ?? machineDateOfYearlessPrint(candidate, now, options) ?? yearlessDayField(page, candidate, now, reading);
    if (!whole) {
      if (!unparsed && !updateOnly && isHijriDateText(candidate.text)) unparsed = candidate;
      continue;
    }
    if (candidate.update) {
      // Rule "update part of an update's element": a template classes "updated" the one line that prints both dates
      // ("03/12/2026 14h05 · Atualizado há 1 hora"); the update is the part its label leads, not the line's first date.
      const updatePart = datelineParts(candidate.text).updated;
      const update = plausibleVisibleDate(updatePart && updatePart !== candidate.text ? parseDate(updatePart, now, reading) ?? whole : whole, now);
      if (update && !updated.iso) updated = update;
      if (update && !updateOnly) updateOnly = { iso: update.iso, raw: whole.raw };
      continue;
    }
    const parts = datelineParts(candidate.text);
    const datedPublication = parts.published === candidate.text ? plausibleVisibleDate(whole, now) : parts.published ? plausibleVisibleDate(parseDate(parts.published, now, reading), now) : null;
    const update = parts.updated && !updated.iso
      ? plausibleVisibleDate(parseDate(parts.updated, now, reading), now) ?? (datedPublication ? clockOnPublicationDay(parts.updated, datedPublication, now) : null)
      : null;
    const published = datedPublication ?? (update && parts.published !== candidate.text ? publicationOnUpdateDay(parts.published, update, now) : null);
    if (update) updated = update;
    // The publication keeps the whole line as its raw string: the body stage knows the date row by it.
    if (published) {
      // A dateline classed as the publication is one, even after an edit saved before it went live.
      if (!updateOnly || candidate.publication || (candidate.marked && published.iso.slice(0, 10) <= updateOnly.iso.slice(0, 10))) {
        const beside = candidate.element && printsOtherCalendarOnly(candidate.text) ? gregorianBeside(page, candidate.element, published, now, reading) : null;
        const [element, text, dated, raw] = beside ? [beside.element, beside.date.raw, beside.date, beside.date.raw] : [candidate.element, candidate.text, published, whole.raw];
        const iso = element && !showsClock(text)
          ? clockBeside(page, element, dated, now, reading) ?? (isDayHeading(element) ? clockInLaterDateline(remaining, dated, now) : null) ?? dated.iso
          : !element && !showsClock(text) ? clockOfClassedDateline(remaining, dated, now, options) ?? dated.iso : dated.iso;
        const update = updated.iso ? updated : element ? updateBeside(page, element, dated, now, reading) : updateOnNextLine(remaining, dated, now, reading);
        const item = element ? datingChild(page, element, dated.iso, now, reading) : undefined;
        return { published: { iso, raw, ...(item ? { item } : {}), source: 'dom' }, updated: onPublicationZone(update, dated) };
      }
      continue;
    }
    if (!updateOnly && update) updateOnly = { iso: update.iso, raw: whole.raw };
  }
  if (updateOnly) return { published: { ...updateOnly, source: 'dom' }, updated };
  // A Hijri date that cannot be converted (a month and year, a numeric Hijri date) is still the page's statement of its date, and its raw string is kept.
  return { published: { iso: null, raw: unparsedRaw(unparsed), source: unparsed ? 'dom' : null }, updated };
}

/**
 * Rule "raw date of its own" (see publicationItem) for a row set in elements: a meta row puts each item in an element
 * of its own, the story's number, the date, the clock, the views, often with nothing printed between them
 * (`<li>٥ كانون الأول ٢٠٢٦</li><li>٠٧:٢٠ م</li><li>٣ تعليقات</li>` reads "٢٠٢٦٠٧:٢٠ م٣ تعليقات"). The item is the first
 * child that dates the publication's day and is no update, with a clock set in the child beside it; a row with text
 * of its own between its children is one item.
 *
 * Rule "lines of a row": an older template sets the row's items as lines of one box, parted by line breaks
 * (`بقلم: …<br>نشر في: 03 كانون الأول 2026 - 10:40<br>قراءات: 3127`, "By …<br>Posted: …<br>Views: …"); each line is
 * an item, and the raw date is the line that dates the publication, not the byline and the counter read with it.
 */
function datingChild(page: IndexedPage, row: Element, publishedIso: string, now: Date, options: DateReadingOptions): string | undefined {
  const items = row.children.some((child) => isElement(child) && child.name === 'br') ? rowLines(page, row) : rowElements(page, row);
  if (!items || items.length < 2) return undefined;
  const day = publishedIso.slice(0, 10);
  const dating = items.findIndex((text) => datelineParts(text).updated === null && parseDate(text, now, options)?.iso.slice(0, 10) === day);
  if (dating < 0) return undefined;
  const clockBefore = dating > 0 && CLOCK_ALONE.test(items[dating - 1]);
  const clockAfter = dating + 1 < items.length && CLOCK_ALONE.test(items[dating + 1]);
  return items.slice(clockBefore ? dating - 1 : dating, clockAfter ? dating + 2 : dating + 1).join(' ');
}
/** The texts of a row's elements, or null when the row has text of its own between them. */
function rowElements(page: IndexedPage, row: Element): string[] | null {
  const items: string[] = [];
  for (const child of row.children) {
    if (isElement(child)) {
      const text = normalizeSpace(datelineText(page, child, MAX_DATELINE_CHARS) ?? '');
      if (text) items.push(text);
    } else if (child.type === 'text' && !ROW_SEPARATOR_TEXT.test(child.data)) return null;
  }
  return items;
}
/** The texts of a row's lines, its text and its elements' between one line break and the next. */
function rowLines(page: IndexedPage, row: Element): string[] {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const text = normalizeSpace(line);
    if (text) lines.push(text);
    line = '';
  };
  for (const child of row.children) {
    if (isElement(child)) {
      if (child.name === 'br') endLine();
      else line += datelineText(page, child, MAX_DATELINE_CHARS) ?? '';
    } else if (child.type === 'text') line += child.data;
  }
  endLine();
  return lines;
}
/** What a row sets between its items, if anything: spaces, bars, dots, dashes, slashes, commas. */
const ROW_SEPARATOR_TEXT = /^[\s|·•,،/–—-]*$/u;

/**
 * Rule "republication note": a story another newsroom published first carries a note that names that newsroom and
 * its day ("This story was originally published by Heartland Health Desk on November 27, 2026", "publicado
 * originalmente en …", "zuerst erschienen bei …"), often above the republishing page's own dateline and classed like
 * one ("republish-note"). It dates the original, not this page. "First published on Nov 24" or "in March 2019"
 * names no other newsroom and is the page's own publication.
 */
const REPUBLICATION_NOTE = new RegExp(
  String.raw`(?:originally|first)\s+(?:published|appeared|ran)\s+(?:by|at|in(?!\s+(?:\d|(?:${MONTH_NAME_ALTERNATION})(?!\p{L}))))(?!\p{L})|republished\s+(?:here\s+)?with\s+permission`
    + String.raw`|publicad[oa]\s+originalmente\s+(?:en|por)|(?:initialement|originellement)\s+publiée?\s+(?:dans|par|sur)|(?:zuerst|erstmals)\s+erschienen\s+(?:in|bei|auf)|pubblicat[oa]\s+originariamente\s+(?:su|da)`,
  'iu',
);

/**
 * Rule "date of the occasion": a death notice, an obituary, a wedding announcement or a calendar item sets the dates
 * of what it announces on lines of their own, each under its label ("Funeral Mass: Saturday, December 5, 2026, 10:00
 * AM", "Died December 2, 2026", "Beisetzung: Freitag, 11.12.2026", "Décédé le 2 décembre 2026", "Obsèques le 5
 * décembre 2026 à 10h30", "Sepelio: …", "صلاة الجنازة …", "When: Saturday, Dec. 19"), often nearer the headline than
 * the day the page went up, and on a page that prints none they were its only dates. They date the death, the
 * funeral or the event, which may come days before the notice is posted or weeks after it, never the page.
 */
const OCCASION_LINE = new RegExp('^\\s*(?:' + [
  'died', 'passed away', 'born', '(?:funeral|memorial|graveside)(?: (?:mass|service|services|home))?', 'visitation', 'viewing', 'wake', 'burial', 'interment', 'entombment',
  'services?', 'celebration of life', 'wedding', 'ceremony', 'event date', 'when',
  'gestorben', 'verstorben', 'geboren', 'beisetzung', 'beerdigung', 'bestattung', 'trauerfeier', 'trauergottesdienst', 'urnenbeisetzung', 'abschiedsfeier',
  'requiem', 'hochzeit', 'trauung', 'wann',
  'décédée?', 'née?', 'obsèques', 'funérailles', 'inhumation', 'crémation', 'cérémonie', 'messe', 'veillée', 'mariage', 'quand',
  'falleci(?:ó|da|do)', 'nacid[oa]', 'sepelio', 'misa(?: funeral)?', 'velatorio', 'entierro', 'capilla ardiente', 'boda', 'ceremonia', 'cuándo',
  'توفي', 'توفيت', 'الجنازة', 'صلاة الجنازة', 'الصلاة على الفقيد', 'تشييع', 'العزاء', 'الدفن', 'موعد الحفل', 'حفل الزفاف',
].join('|') + ')(?![\\p{L}\\p{M}])', 'iu');

/**
 * Rule "year-less print of a machine date": Finnish, Nordic and German pages print a date of the current year as its
 * day and month alone ("Julkaistu <time datetime="2026-11-12T14:05:00+02:00">12.11. klo 14.05</time>"), which no
 * reading of the print can place in a year. The dateline is dated by its `<time>`'s machine value, its print kept as
 * the raw string, and the update printed beside it is read on that publication (rule "update on the publication's
 * day").
 */
function machineDateOfYearlessPrint(candidate: Candidate, now: Date, options: DateReadingOptions): ParsedDate | null {
  if (!candidate.machineDated || !candidate.element || !YEARLESS_DAY_MONTH.test(candidate.text)) return null;
  const time = candidate.element.name === 'time' ? candidate.element : descendantsWhere(candidate.element, isMachineTime)[0];
  const parsed = time ? parseDate(time.attribs.datetime, now, options) : null;
  return parsed ? { ...parsed, raw: normalizeSpace(candidate.text) } : null;
}
/**
 * Rule "this year's day on its own" (see dates.ts) in a meta row: the row sets each of its fields in a box of its own
 * ("<div class="post-meta"><a>Jane Doe</a> · <span>5 min read</span> · <span>Dec 2</span></div>"), and the box that
 * holds a month and day alone is the row's date, read as a dateline's whole text. The raw string is the row's, as
 * a row's date is read from the row's text.
 */
function yearlessDayField(page: IndexedPage, candidate: Candidate, now: Date, options: DateReadingOptions): ParsedDate | null {
  if (!candidate.marked || !candidate.element || candidate.machineDated || !/\d/.test(candidate.text)) return null;
  const at = page.walk.position.get(candidate.element);
  if (at === undefined || page.walk.subtreeEnd[at] - at > MAX_ROW_ELEMENTS) return null;
  for (const field of descendantsWhere(candidate.element, (node) => !node.children.some(isElement))) {
    const text = normalizeSpace(datelineText(page, field, MAX_DATELINE_CHARS) ?? '');
    const parsed = isLoneYearlessDay(text) ? parseDate(text, now, { ...options, dateline: true }) : null;
    if (parsed) return { ...parsed, raw: normalizeSpace(candidate.text) };
  }
  return null;
}

/** A meta row's fields are a few boxes; a row of more elements than this is read as its text alone. */
const MAX_ROW_ELEMENTS = 40;

/** A day and month, each ended by a dot, with no year after them: "12.11.", "3.4. klo 9.15". */
const YEARLESS_DAY_MONTH = /(?<![\d.])\d{1,2}\.\d{1,2}\.(?!\d)/;

/**
 * Rule "update beside the dateline": a meta line prints the last edit as an element of its own right after the
 * publication's ("<span class=date>25.11.2026, 16:40 Uhr</span><span>Aktualisiert: 26.11.2026, 08:15 Uhr</span>"),
 * which the search, ended by the publication, would not reach. The next few siblings of the dateline (or of the wrapper
 * it is alone in) are read, each only when an update label opens it or its class names the update: a sibling that
 * merely holds a date (a related story's, an event's) says nothing about this page's edits. Inside a dateline read
 * without its update part (rule "update part by its class"), that part is the update. Rule "update before the
 * dateline": templates that order the line newest first print the edit's element before the publication's ("<span>آخر
 * تحديث: منذ 3 ساعات</span> <span>نشر: 2026-12-03 07:00</span>"), so the few siblings before it are read the same way
 * once those after it hold no update. Rule "update under the meta line": a header sets the writer and the dateline on
 * one short line and the update on a line of its own under it ("<div class=meta><span>Von …</span><span
 * class=date>03.12.2026, 18:42 Uhr</span></div><p>Aktualisiert am 04.12.2026 um 07:15 Uhr</p>"), so the lines after a
 * short line that holds the dateline, or the outermost short box that line is nested in, are read the same way last,
 * when they print a date or an age in figures: a word alone ("Modified today") is a question-and-answer site's activity
 * line, read against no clock.
 */
function updateBeside(page: IndexedPage, dateline: Element, published: ParsedDate, now: Date, options: DateReadingOptions): VisibleDates['updated'] {
  for (const part of descendantsWhere(dateline, isUpdateDateline)) {
    const text = datelineText(page, part, MAX_DATELINE_CHARS);
    const update = text ? updateFrom(text, published, now, options) : null;
    if (update) return update;
  }
  const line = outermostAlone(dateline);
  const metaLine = outermostMetaLine(page, line);
  for (const [start, step] of [[line, nextElement], [line, previousElement], [metaLine, nextElement]] as const) {
    let read = 0;
    for (let sibling = start && step(start); sibling && read < MAX_SIBLINGS_BESIDE_DATELINE; sibling = step(sibling), read++) {
      const text = datelineText(page, sibling, MAX_DATELINE_CHARS);
      if (!text || (start === metaLine && !PRINTED_DIGIT.test(text))) continue;
      const parts = isUpdateDateline(sibling) ? null : datelineParts(text);
      const updateText = parts ? (WORD_OR_NUMBER.test(parts.published) ? null : parts.updated) : text;
      const update = updateText ? updateFrom(updateText, published, now, options) : null;
      if (update) return update;
    }
  }
  return updateUnderTheStory(page, dateline, published, now, options);
}

/**
 * Rule "update under the story": Japanese portals, and some European templates, print the last edit once, in the
 * article's footer under the text ("最終更新:12/6(日) 16:40", "Zuletzt aktualisiert: 06.12.2026, 16:40"), not beside
 * the publication in the header. A short line after the dateline, inside the dateline's own `<article>`, that an
 * update label opens and that holds nothing else, dates the last edit when it is no earlier than the publication.
 * Only the article's box is read: the teasers and comments under it date other items.
 */
function updateUnderTheStory(page: IndexedPage, dateline: Element, published: ParsedDate, now: Date, options: DateReadingOptions): VisibleDates['updated'] {
  const { elements, position, subtreeEnd, visibleChars } = page.walk;
  const article = page.walk.byTag.get('article')?.find((box) => isAncestorOf(box, dateline));
  const from = position.get(dateline);
  const at = article && position.get(article);
  if (from === undefined || at === undefined) return NO_DATE;
  for (let index = subtreeEnd[from]; index < subtreeEnd[at]; index++) {
    const chars = visibleChars[index];
    if (chars === 0 || chars > MAX_DATELINE_CHARS || !UPDATE_LABEL_INITIALS.has(page.firstCharAt(index))) continue;
    const text = datelineText(page, elements[index], MAX_DATELINE_CHARS);
    const parts = text && PRINTED_DIGIT.test(text) ? datelineParts(text) : null;
    if (!parts?.updated || WORD_OR_NUMBER.test(parts.published)) continue;
    const update = updateFrom(parts.updated, published, now, options);
    if (update?.iso && Date.parse(update.iso) >= Date.parse(published.iso)) return update;
  }
  return NO_DATE;
}
const UPDATE_LABEL_INITIALS = caseInsensitiveInitials([...UPDATE_LEAD_WORDS, ...UPDATE_LABELS, ...CJK_UPDATE_LEAD_WORDS, ...CJK_UPDATE_LABELS]);

/**
 * The short line the dateline is an item of: its parent when that is short, and past it the short boxes a theme nests
 * that line in ("<div class=jeg_meta_container><div class=jeg_post_meta><div class=meta_left>…</div><div
 * class=meta_right>…</div></div></div>" over "<div>Ostatnia aktualizacja: 3 grudnia 2026, 14:40</div>"), short of the
 * one that holds the headline; null when the parent itself is long.
 */
function outermostMetaLine(page: IndexedPage, line: Element): Element | null {
  const headline = page.headlineElement();
  let metaLine: Element | null = null;
  for (let parent = line.parent; parent && isElement(parent) && !PAGE_ROOT_TAGS.has(parent.name); parent = parent.parent) {
    if ((headline && isAncestorOf(parent, headline)) || !page.shortText(parent, MAX_DATELINE_CHARS)) break;
    metaLine = parent;
  }
  return metaLine;
}

/**
 * Rule "the dateline's zone for its update": a dateline names its zone once, after the publication's clock ("نشر في:
 * … 09:45 م بتوقيت القاهرة", "3 dic 2026, 10:20 hora peninsular"), and prints the update on the line under it with none
 * ("آخر تحديث: … 11:10 م"): both are the newsroom's one clock, and the update read in UTC was its offset off. An
 * update read as an age was counted back from the fetch, and keeps its instant. The zone the publication names
 * outranks the one the page's country keeps, in which the update was read for want of its own: a Manaus paper prints
 * "Publicado em 03/12/2026 às 10h12 (horário de Manaus)" over "Atualizado em 03/12/2026 às 16h45", an hour behind
 * Brasília's clock, which most of Brazil keeps.
 */
function onPublicationZone(update: VisibleDates['updated'], published: ParsedDate): VisibleDates['updated'] {
  const offsetMinutes = numericOffsetMinutes(published.iso.slice(19));
  const updateZonePrinted = update.zoneKnown !== false && !update.zoneGuessed;
  if (!update.iso || updateZonePrinted || update.age || !published.zoneKnown || published.zoneGuessed || !offsetMinutes) return update;
  return { ...update, iso: withUtcOffset(update.iso.slice(0, 19), offsetMinutes) };
}

/** A date or an age printed in figures, as a word alone ("today") is not. */
const PRINTED_DIGIT = /\p{Nd}/u;
/** What a sibling's text holds besides its update when it dates something else; brackets around the update do not. */
const WORD_OR_NUMBER = /[\p{L}\p{N}]/u;
/** A meta line's items after its date: the update, the reading time, a comment count. */
const MAX_SIBLINGS_BESIDE_DATELINE = 3;

/** The element, or the outermost wrapper it is the only element of, short of the page's root. */
function outermostAlone(element: Element): Element {
  let outermost = element;
  while (outermost.parent && isElement(outermost.parent) && !PAGE_ROOT_TAGS.has(outermost.parent.name) && onlyElementChild(outermost.parent) === outermost) outermost = outermost.parent;
  return outermost;
}

/**
 * Rule "update on the next line": a page without a marked dateline prints the publication and the last edit as two
 * lines of their own under the headline ("December 3, 2026 10:21 AM" over "Updated: December 3, 2026 2:05 PM",
 * Japanese "2026年12月3日 10時21分" over "12月3日 14時05分更新"). Lines under the headline are read as texts, with no
 * element whose siblings rule "update beside the dateline" could read; the line read right after the publication's
 * is the update when an update label opens or closes it and it holds nothing else.
 * Rule "the line read again": a meta box of nested short boxes (`<div class="meta"><div>05 dic 2026 - 10:12
 * <abbr>CET</abbr></div><div>Actualizado: 05 dic 2026 - 12:40 <abbr>CET</abbr></div></div>`) gives the publication's
 * line again, or a part of it ("Madrid", the date without its zone), before the update's; a line the publication's
 * already holds is passed over, not taken for the next one.
 */
function updateOnNextLine(remaining: Iterator<Candidate>, published: ParsedDate, now: Date, options: DateReadingOptions): VisibleDates['updated'] {
  let next = remaining.next();
  for (let reread = 0; !next.done && reread < MAX_LINES_READ_AGAIN && published.raw.includes(normalizeSpace(next.value.text)); reread++) next = remaining.next();
  if (next.done) return NO_DATE;
  const { updated, published: rest } = datelineParts(next.value.text);
  if (!updated || WORD_OR_NUMBER.test(rest)) return NO_DATE;
  return updateFrom(updated, published, now, options) ?? NO_DATE;
}
/** The publication's line read again from the boxes it is nested in, and its place and its date read alone. */
const MAX_LINES_READ_AGAIN = 4;

/** The update an update's text prints: a date, or a clock alone on the publication's day (rule "update on the publication's day"). */
function updateFrom(text: string, published: ParsedDate, now: Date, options: DateReadingOptions): VisibleDates['updated'] | null {
  return plausibleVisibleDate(parseDate(text, now, { ...options, dateline: true }), now) ?? clockOnPublicationDay(text, published, now);
}

/**
 * Rule "agency's day, the template's clock": agency copy opens its text with the place and the day only ("ДУШАНБЕ,
 * 05.12.2026 /АМИТ «Ховар»/.", "BAKU, 5 December"), the agency's own dateline, while the portal that runs it prints
 * the day with the minute it posted the story in its classed dateline, which older templates set above the headline
 * and so read after the text's opening. When the first classed dateline still to be read dates the same day with a
 * clock, the story went out at that clock; a classed dateline of another day is another item's or an edit's, and
 * gives nothing.
 */
function clockOfClassedDateline(remaining: Iterator<Candidate>, published: ParsedDate, now: Date, options: DateReadingOptions): string | null {
  for (let next = remaining.next(); !next.done; next = remaining.next()) {
    const { text, marked, update } = next.value;
    if (!marked || update) continue;
    const dated = plausibleVisibleDate(parseDate(text, now, { ...options, dateline: true }), now);
    if (!dated) continue;
    return dated.iso.slice(0, 10) === published.iso.slice(0, 10) && showsClock(text) ? dated.iso : null;
  }
  return null;
}

/**
 * Rule "day over the posts, time under the post": Blogger prints the day once, over all the posts of that day (`<h2
 * class="date-header">الثلاثاء، 1 ديسمبر 2026</h2>`), and each post's time in its footer (`<abbr class="published">10:12
 * ص</abbr>`), under the text. A day shown with no clock in a heading of its own takes the clock of the next few
 * dateline elements when one prints a clock and nothing else: a date there would be another item's, and a label an
 * update's or a schedule's. Only a heading heads the posts under it; reading on past any other day-only dateline
 * found no clock on most pages, at the cost of building the next candidates.
 */
function clockInLaterDateline(remaining: Iterator<Candidate>, published: ParsedDate, now: Date): string | null {
  for (let read = 0, next = remaining.next(); !next.done && read < MAX_LATER_DATELINES; next = remaining.next(), read++) {
    const { text, marked, update } = next.value;
    if (!marked || update || !BARE_CLOCK.test(normalizeDigits(text.trim()))) continue;
    return clockOnPublicationDay(text, published, now)?.iso ?? null;
  }
  return null;
}
/** The day is the heading, or the heading's only element. */
function isDayHeading(day: Element): boolean {
  if (HEADING_TAGS.has(day.name)) return true;
  const parent = day.parent;
  return parent !== null && isElement(parent) && HEADING_TAGS.has(parent.name) && onlyElementChild(parent) === day;
}
/** How many dateline candidates after the day are read for its clock. */
const MAX_LATER_DATELINES = 3;
/** A clock alone, with its meridiem in letters or words ("10:12 ص", "6:42 PM", "14:05"). */
const BARE_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[\p{L}\p{M}.]{1,8})?$/u;

/** A clock printed with no date of its own, read on the publication's day and in its zone; null without a plausible one. */
function clockOnPublicationDay(text: string, published: ParsedDate, now: Date): ParsedDate | null {
  const iso = clockOnDay(text, published.iso);
  return iso ? plausibleVisibleDate({ iso, raw: normalizeSpace(text), zoneKnown: published.zoneKnown }, now) : null;
}

/**
 * Rule "publication on the update's day": Australian regional templates print the update first, dated, and the
 * publication after it as a clock alone ("Updated December 4 2026 - 6:12pm, first published 5:30pm"). The clock is
 * read on the update's day and in its zone; a clock later than the update's is no publication of that day.
 */
function publicationOnUpdateDay(text: string, update: ParsedDate, now: Date): ParsedDate | null {
  const published = clockOnPublicationDay(text, update, now);
  return published && Date.parse(published.iso) <= Date.parse(update.iso) ? published : null;
}

/**
 * Rule "Gregorian day beside the Hijri one": Gulf templates print the two calendars in boxes of their own, the Hijri
 * day first and the Gregorian one and the clock after it (`<span class=hijri>الأحد 26 جمادى الآخرة 1448 هـ</span>
 * <span class=date>6 ديسمبر 2026</span> <span class=time>10:35 ص</span>`). The Hijri day is read only where the page
 * prints no Gregorian one; the box after it that prints the Gregorian day, within the two days moon sighting may
 * shift it, is the dateline, and the clock beside it is read from there.
 * Rule "civil day beside the Hebrew one": Israeli religious sites do the same with the Hebrew calendar, its day in a
 * box of its own before the civil date and the clock (`<span>כ״ד בכסלו תשפ״ז</span> | <span>04.12.2026 10:20</span>`);
 * the Hebrew day was read as the dateline and the clock beside the civil one lost. The Hebrew day turns at nightfall,
 * so the civil day may be the one before, well within the shift allowed.
 */
function gregorianBeside(page: IndexedPage, hijri: Element, converted: ParsedDate, now: Date, options: DateReadingOptions): { element: Element; date: ParsedDate } | null {
  const sibling = nextElement(outermostAlone(hijri));
  const text = sibling ? page.shortText(sibling, MAX_DATELINE_CHARS) : null;
  if (!sibling || !text || isUpdateDateline(sibling) || printsOtherCalendarOnly(text)) return null;
  const date = plausibleVisibleDate(parseDate(text, now, options), now);
  return date && Math.abs(Date.parse(date.iso.slice(0, 10)) - Date.parse(converted.iso.slice(0, 10))) <= MAX_SIGHTING_SHIFT_MS ? { element: sibling, date } : null;
}
const MAX_SIGHTING_SHIFT_MS = 2 * 86_400_000;
/** The text prints a date of the Hijri or the Hebrew calendar and none of the civil one. */
function printsOtherCalendarOnly(text: string): boolean {
  return printsHijriYearOnly(text) || printsHebrewDateOnly(text);
}

/**
 * Rule "clock beside the date": Gulf and Egyptian templates print the day and the time in elements of their own
 * (`<span class=date>الأربعاء 17 يناير 2024 م</span> <span class=time>الساعة 09:15 ص</span>`). A dateline that shows
 * no clock takes the one the next element (of the dateline, or of the wrapper it is alone in) shows, when that
 * element is short, names no update and prints no date of its own: a date there is another item's. A video's or a
 * podcast's length is printed as a clock too ("03:45"), in an element its class names as one.
 */
function clockBeside(page: IndexedPage, dateline: Element, published: ParsedDate, now: Date, options: DateReadingOptions): string | null {
  const sibling = nextElement(outermostAlone(dateline));
  const text = sibling ? page.shortText(sibling, MAX_CLOCK_LINE_CHARS) : null;
  if (!sibling || !text || containsPattern(sibling.attribs.class, DURATION_CLASS) || isUpdateDateline(sibling) || datelineParts(text).updated !== null
    || parseDate(text, now, options)) return null;
  return clockOnPublicationDay(withDottedClockAlone(text), published, now)?.iso ?? null;
}
/** "الساعة 09:15 ص", "um 14:02 Uhr", "6:40 p.m. ET": a clock with its label and zone. */
const MAX_CLOCK_LINE_CHARS = 40;
/** Class names (parts of them, any case) of a media item's running time. */
const DURATION_CLASS = containsAnyPattern(['duration', 'length', 'runtime', 'dauer', 'duree', 'durée', 'duracion', 'duración', 'durata', 'duur']);

/**
 * Rule "dotted clock alone": Italian templates print the time beside the date in an element of its own and with a
 * dot ("<span class=data>5 dicembre 2026</span> <span class=ora>18.40</span>"), Danish and Norwegian ones after
 * "kl.", Finnish after "klo". In running text such a figure is as likely a decimal; alone in the element after the
 * dateline it is the clock, written here with a colon so that the clock reader reads it and, as for any clock,
 * turns down an hour or minutes no day has ("27.80").
 */
function withDottedClockAlone(text: string): string {
  return text.trim().replace(DOTTED_CLOCK_ALONE, '$1:$2');
}
const DOTTED_CLOCK_ALONE = /^(?:(?:ore|alle|kl\.?|klo)\s*)?(\d{1,2})\.(\d{2})$/iu;

function plausibleVisibleDate(parsed: ParsedDate | null, now: Date): ParsedDate | null {
  return parsed && isPlausiblePublicationDate(parsed.iso, now, parsed.zoneKnown) && Number(parsed.iso.slice(0, 4)) >= EARLIEST_VISIBLE_YEAR ? parsed : null;
}
