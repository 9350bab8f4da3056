/**
 * The visible date texts, nearest the headline first: dateline and meta-line elements, the block over the headline,
 * the opening text blocks, the kicker line and the stand lines, read as the search asks for them.
 */
import type { AnyNode, Element } from 'domhandler';
import { isElement, nextElement, NON_TEXT_TAGS, normalizeSpace, previousElement } from '../dom-walk';
import { PAGE_ROOT_TAGS } from '../content/dom';
import { CODE_CHARACTERS } from '../content/blocks';
import { UPDATED_TIME } from './meta-tags';
import { caseInsensitiveInitials, containsAnyPattern, containsPattern, type IndexedPage, textContent } from './regions';
import { labelAlternation, openingCharacters, PUBLISHED_LABELS, UPDATE_LABELS, UPDATE_LEAD_WORDS } from './date-labels';
import type { Candidate } from './date-choice';
import { NO_LATER_THAN, parseDate } from './dates';
import { BYLINE_PREFIX, POST_SENTENCE_LEAD } from './byline-vocabulary';
import { captionTest, dateOfTheDayTest, datesListedItem, holds, inLinkedStoryList, linkedTeaserTest, listItemAround, showsEventTime, teaserArticleTest } from './foreign-dates';

/** Class names (parts of them, any case) that themes and CMS templates give the dateline element itself. */
const DATELINE_CLASS = containsAnyPattern(['date', 'publish', 'posted', 'timestamp', 'time-stamp', 'datum', 'fecha', 'tarikh', 'تاريخ']);
/** Class names of containers that usually hold the dateline among other things (author, section). */
const META_LINE_CLASS = containsAnyPattern(['byline', 'meta', 'time', 'info']);

const DATE_PART = containsAnyPattern(['date']);

/**
 * Rule "labelled dateline": a short element whose text opens with a publication label and its colon or preposition
 * ("نُشر: 25/02/2024 11:40 م", "تاريخ النشر: 2016/05/18 - 14:32", "Publisert: 05.08.24 kl. 14:47", "Veröffentlicht am
 * …") is the article's dateline whatever its class: utility-class themes, table layouts and CSS modules give it none
 * that names a date. The label marks it as a class would, and it is read as soon, before a teaser's classed date.
 */
function opensWithPublicationLabel(page: IndexedPage, index: number): boolean {
  if (index < 0 || !PUBLICATION_LABEL_INITIALS.has(page.firstCharAt(index))) return false;
  const text = page.shortTextAt(index, MAX_DATELINE_CHARS);
  // Asked of every short element a label's letter opens, wrappers of one line each again: the verdict is kept.
  return !!text && page.textVerdict(opensWithPublicationLine, text);
}
function opensWithPublicationLine(text: string): boolean {
  return PUBLICATION_LINE_LABEL.test(text) || SENDER_ROW.test(text);
}

/** `<time>`, or an element whose class, id or itemprop names a date, except an event's start or end. */
function isDatelineElement(name: string, classes: string | undefined, id: string | undefined, itemprop: string | undefined): boolean {
  return name === 'time' || containsPattern(classes, DATELINE_CLASS) || containsPattern(id, DATE_PART) || (containsPattern(itemprop, DATE_PART) && !containsPattern(itemprop, EVENT_TIME_PROPERTY));
}
/** schema.org Event's `startDate`/`endDate`: when the event takes place. */
const EVENT_TIME_PROPERTY = /start|end/i;

/**
 * Blocks of the page's opening text, where press releases and small sites write their date ("Berlin, 2. Mai 2022 –").
 * Table layouts set each line of the byline box in a `<font>` of its own, the dateline among them ("<font size=1>
 * Published: Tuesday, April 28, 2009 11:47 PM EDT</font>"), in the cell that also holds the story. Rule "the details
 * list's dates": Joomla and other older CMSs print the story's facts as a description list under the headline, each
 * fact a `<dd>` with its label in words ("<dl class="article-info"><dd class="create">Criado em Sexta, 04 Dezembro
 * 2026 08:47</dd><dd class="modified">Última actualização em …</dd>"), with no class or tag that says date.
 */
const OPENING_BLOCK_TAGS = new Set(['p', 'div', 'span', 'li', 'dd', 'td', 'strong', 'b', 'em', 'small', 'font', 'h2', 'h3', 'h4', 'h5', 'h6', 'address']);
/** Blocks that contain these are containers; their own text blocks are read instead. */
const BLOCK_CHILD_TAGS = new Set(['p', 'div', 'li', 'table', 'ul', 'ol']);
/** Opening blocks with more text than this are passed over. */
const OPENING_BLOCK_SCAN_CHARS = 2000;
/** A dateline is short; longer texts are paragraphs that merely mention a date. */
export const MAX_DATELINE_CHARS = 160;
/** Visible candidates examined per selector before giving up: the dateline sits near the headline. */
const MAX_DATELINE_CANDIDATES = 200;
/** How much of the text after the headline is searched for a date, in blocks. */
const OPENING_BLOCKS = 25;
/**
 * Rule "date leads the block": a block dated by its author opens with the date or puts it after a place name
 * ("Hamburg, den 2. Dezember 2022 –", "(21. November 2022) Die Preise …"); a date further in is one the sentence
 * talks about (a period "vom 9.1. bis 10.2.2023", a cited paper's issue). The date must start within this many
 * characters; the words it spans past them are kept, and the clock printed after it, a short word or two on, with
 * its meridiem and zone ("Mis à jour le 15/06/2011 à 17h05", "April 28, 2009 at 11:47 PM EDT").
 */
const OPENING_DATE_LEAD_CHARS = 80;
const CLOCK_AFTER_LEAD = String.raw`(?:(?:\s+[^\s\d]\S{0,3}){0,2}\s+\d{1,2}[:.h]\d{2}(?!\d)\S*(?:\s+[^\s\d|·•]+){0,2})?`;
const OPENING_LEAD = new RegExp(`^[^]{0,${OPENING_DATE_LEAD_CHARS}}\\S*(?:\\s+\\S+){0,2}${CLOCK_AFTER_LEAD}`);

/**
 * Visible date texts, nearest the headline first: dateline elements after the h1, then meta-line containers after
 * it, then the opening text blocks, then dateline elements and meta lines before the h1, nearest first (a masthead
 * above the headline shows today's date, not the article's). Read as they are asked for: the first date that parses ends
 * the search, and most pages have it in a dateline element.
 */
export function* visibleDateCandidates(page: IndexedPage, title: string | null): Generator<Candidate> {
  const toCandidate = (node: Element): Candidate => ({
    text: partsText(page, node) ?? withoutUpdateParts(page, node, datelineText(page, node, MAX_DATELINE_CHARS) ?? leadOfLongMetaLine(page, node)), source: 'dom', marked: true,
    machineDated: holds(node, isMachineTime),
    update: isUpdateDateline(node),
    publication: isPublicationBesideUpdate(node),
    element: node,
  });
  const { elements } = page.walk;
  const classes = page.attributeOfAll('class');
  const ids = page.attributeOfAll('id');
  const itemprops = page.attributeOfAll('itemprop');
  // A picture's caption, a teaser card and the masthead's date of the day date something other than the page. A
  // caption opens with no publication label: a line that does, beside the writer's portrait, is the byline box's.
  const datesCaptionedPicture = captionTest(page);
  const datesPicture = (element: Element) => datesCaptionedPicture(element) && !opensWithPublicationLabel(page, page.walk.position.get(element) ?? -1);
  const inTeaserArticle = teaserArticleTest(page);
  const inLinkedTeaser = linkedTeaserTest(page);
  const showsDateOfTheDay = dateOfTheDayTest(page);
  const datesSomethingElse = (element: Element) => datesPicture(element) || inTeaserArticle(element) || inLinkedTeaser(element) || showsDateOfTheDay(element);
  const isTextBlock = textBlockTest(page, datesSomethingElse);
  const openingAt = openingStart(page, title, isTextBlock);
  const followsHeadline = headlineStandInTest(page, openingAt);
  // The walk passes over another item's region whatever the test says; asked first of an element a label may open,
  // its flag spares reading the texts of the menus and teasers there.
  const isLabelledDateline = (index: number) => PUBLICATION_LABEL_INITIALS.has(page.firstCharAt(index)) && !page.isAnotherItemsRegion(elements[index]) && opensWithPublicationLabel(page, index);
  const datelines = readOnDemand(markedElements(page, (index) => isDatelineElement(elements[index].name, classes[index], ids[index], itemprops[index]) || isLabelledDateline(index), datesSomethingElse));
  const metaLines = readOnDemand(markedElements(page, (index) => containsPattern(classes[index], META_LINE_CLASS), datesSomethingElse, MAX_META_SENTENCE_CHARS));
  // Rule "meta block over the headline": the short block right above the headline (kicker, section, dateline and
  // byline: "China · Published April 26, 2023") is the article's own, while the dated elements after the headline
  // may be a related-posts list that no class marks as one; its datelines are read first.
  const overHeadline = metaBlockOverHeadline(page);
  if (overHeadline) {
    for (const node of datelines()) {
      if (isPastBlock(page, overHeadline, node)) break;
      if (isInMetaBlock(page, overHeadline, node)) yield toCandidate(node);
    }
  }
  for (const node of datelines()) if (followsHeadline(node)) yield toCandidate(node);
  for (const node of metaLines()) if (followsHeadline(node)) yield toCandidate(node);
  yield* openingTexts(page, title, isTextBlock, openingAt);
  // Rule "nearest above the headline": above it, the masthead's date of the day comes first in the document and
  // the article's own dateline (over the headline, under the kicker) last, so those are read nearest first.
  for (const node of [...datelines()].filter((node) => !followsHeadline(node)).reverse()) yield toCandidate(node);
  for (const node of [...metaLines()].filter((node) => !followsHeadline(node)).reverse()) yield toCandidate(node);
  yield* kickerLine(page, page.headlineElement() ?? (openingAt > 0 ? page.bodyElements()[openingAt - 1] : null));
  yield* stampLines(page);
}

/**
 * Rule "post metadata sentence": a blog theme prints the post's metadata as a sentence under it, longer than a
 * dateline ("Von Ada Roth am 21/02/2021. Abgelegt unter Politik. Sie können alle Antworten zu diesem Eintrag durch
 * den RSS 2.0 Feed verfolgen …", "This entry was posted on Sunday, February 21st, 2021 at 10:00 and is filed under
 * …"). It opens with the writer or the posting, and the date is in its opening words, as in an opening block's
 * (rule "date leads the block"); the rest is about the feed and the comments. A long box that opens otherwise (an
 * event's programme in an info box, a share row after a dateline) gives no date.
 */
function leadOfLongMetaLine(page: IndexedPage, node: Element): string {
  const text = page.shortText(node, MAX_META_SENTENCE_CHARS);
  return text && (POST_SENTENCE_LEAD.test(text) || BYLINE_PREFIX.test(text) || PUBLICATION_LINE_LABEL.test(text)) ? OPENING_LEAD.exec(text)![0] : '';
}
const MAX_META_SENTENCE_CHARS = 400;

/**
 * A sequence read as far as its first reader asks, its items kept for every later reader: the search reads the
 * marked elements in several passes, and the first pass, over those after the headline, usually ends it.
 */
function readOnDemand<T>(items: Iterator<T>): () => Generator<T> {
  const read: T[] = [];
  let exhausted = false;
  return function* replay() {
    for (let index = 0; ; index++) {
      if (index === read.length) {
        if (exhausted) return;
        const next = items.next();
        if (next.done) {
          exhausted = true;
          return;
        }
        read.push(next.value);
      }
      yield read[index];
    }
  };
}

/**
 * Rule "update part by its class": a meta line holds the last edit in an element of its own, classed as the update
 * and often hidden by a stylesheet the reader does not have ("Jane Doe<span class="updated">2022-12-07T10:10:52+01:00
 * </span><span>25. Dezember 2022</span>"); the line's date is read from the rest of it, when the rest has one.
 */
function withoutUpdateParts(page: IndexedPage, node: Element, text: string): string {
  if (isUpdateDateline(node)) return text;
  let rest = text;
  for (const inner of descendantsWhere(node, isUpdateDateline)) {
    const part = datelineText(page, inner, MAX_DATELINE_CHARS);
    if (part) rest = rest.replace(part, ' ');
  }
  return rest !== text && DIGIT.test(rest) ? rest.replace(/\s+/g, ' ').trim() : text;
}
const DIGIT = /\p{Nd}/u;

/**
 * Rule "dateline lines": a dateline may print the publication and the last edit on two lines of one element
 * ("Published Dec 1, 2026, 05:30 PM<br>Updated Dec 1, 2026, 09:12 PM"), as it may in two elements of its own. The
 * line break parts the words on either side, so that the update label stands as a word (rule "update label") rather
 * than as the tail of the clock before it ("PMUpdated"); a label on a line of its own ("Updated<br>Nov 28, 2026"),
 * beside the dateline, stays apart from its date the same way. The element's short text, with a space for each
 * `<br>`; null when it is longer than `limit`.
 */
export function datelineText(page: IndexedPage, element: Element, limit: number): string | null {
  const text = page.shortText(element, limit);
  if (!text || !holdsLineBreak(page, element)) return text;
  const lines = textLines(element).join(' ');
  return lines.length <= limit ? lines : null;
}

/** The element's text line by line, as its `<br>`s part it; each line collapsed, empty ones left out. */
export function textLines(element: Element): string[] {
  const lines: string[] = [];
  let parts: string[] = [];
  const endLine = () => {
    const line = normalizeSpace(parts.join(''));
    if (line) lines.push(line);
    parts = [];
  };
  const stack: AnyNode[] = [element];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') parts.push((current as unknown as { data: string }).data);
    else if (isElement(current) && current.name === 'br') endLine();
    else if (isElement(current) && !NON_TEXT_TAGS.has(current.name)) for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]);
  }
  endLine();
  return lines;
}
/** Whether a `<br>` is among the element's descendants, found in its range of the walk. */
export function holdsLineBreak(page: IndexedPage, element: Element): boolean {
  const { position, subtreeEnd, elements } = page.walk;
  const start = position.get(element);
  if (start === undefined) return false;
  for (let index = start + 1; index < subtreeEnd[start]; index++) if (elements[index].name === 'br') return true;
  return false;
}

/** The element's descendants that pass the test, outermost only. */
export function descendantsWhere(element: Element, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (test(child)) found.push(child);
    else found.push(...descendantsWhere(child, test));
  }
  return found;
}

/**
 * Rule "update by its class": WordPress themes print the last edit beside the publication, often first, and with no
 * label (`<span class="updated">29. Dezember 2022</span><span class="entry-date published">30. Dezember 2022</span>`);
 * the class says which is which, as it does for a `<time>`'s machine value (see the metadata reader).
 */
export function isUpdateDateline(node: Element): boolean {
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
 * the article's headline, and no block of the page's body itself is read. Read after every marked line. A page without
 * a headline element has its stand-in (see {@link headlineStandInTest}), and a table layout's lines above it are the
 * rows of its table: a print version's date row ("<tr><td><font>السبت 25 جمادى الآخرة 1448 هـ الموافق 5 ديسمبر 2026
 * م</font></td></tr>") over the row of the title. Rule "kicker in a font": the same table templates set the line
 * of the date and the section above the headline in a bare `<font>` in the story's cell ("<font size=1>06.12.2026
 * 08:15 | Погода</font><h2>…</h2>"), the tag they set every line of the cell in.
 */
function* kickerLine(page: IndexedPage, headlineOrStandIn: Element | null): Generator<Candidate> {
  let headline = headlineOrStandIn;
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
export function onlyElementChild(element: Element): Element | null {
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
  let previous = page.headlineElement()?.prev ?? null;
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

/** Whether the element comes after the block's end in document order, or the block is outside the walk. */
function isPastBlock(page: IndexedPage, block: Element, element: Element): boolean {
  const { position, subtreeEnd } = page.walk;
  const start = position.get(block);
  return start === undefined || (position.get(element) ?? -1) >= subtreeEnd[start];
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
const KICKER_TAGS = new Set(['p', 'div', 'span', 'h2', 'h3', 'h4', 'h5', 'h6', 'small', 'strong', 'tr', 'font']);
const MAX_KICKER_CHARS = 80;

/**
 * Rule "stand line": guides, FAQs and public bodies' pages carry no dateline, only a line that says when the text
 * was last checked ("Stand: 14.03.2023", "Zuletzt aktualisiert am …", "Last updated: …", "Laatst gewijzigd op …"),
 * usually at its foot, past the opening blocks. Read last, anywhere after the headline outside sidebars and comment
 * threads, and only as a short line of its own that such a label opens, so a sentence that mentions a date stays.
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
      if (isStampLine(text)) yield { text, source: 'dom' };
    } else if (inFooter(element)) {
      for (const part of text.split(FOOTER_SEPARATOR)) if (isStampLine(part)) footerStamps.push({ text: part, source: 'dom' });
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
/** The opening of a stamp line: a lead-in's, a label's or a lead word's, each a word of its own. */
const STAMP_LINE_OPENING = openingCharacters(['diese', 'seite', 'this', 'page', 'deze', 'voor', 'stand', ...UPDATE_LEAD_WORDS, ...UPDATE_LABELS, ...CHECKED_LABELS], 'iu');
function isStampLine(text: string): boolean {
  return STAMP_LINE_OPENING.test(text) && STAMP_LINE_LABEL.test(text);
}

/**
 * The label and its colon or preposition ("Publisert:", "Veröffentlicht am", "نُشر في:"): a sentence that opens with
 * the word goes on otherwise. The date after a preposition is written in digits of any script.
 */
export const PUBLICATION_LINE_LABEL = new RegExp(
  `^(?:${labelAlternation(PUBLISHED_LABELS)})\\s*(?::|(?:am|on|le|el|il|op|den|em|في)\\s*:?\\s+(?:\\S*\\p{Nd}|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4}))`, 'iu',
);
/**
 * Rule "sender's row": the news modules of older portals (e107, PHP-Nuke, Drupal's Spanish and Portuguese packs) date
 * the item in the line that names who sent it, "Postado por Rita Moura em sábado 05 dezembro 2026 - 09:30:00 |
 * Categoria: Cultura", "Enviado por … el Sáb, 05/12/2026", in a span no class marks as a date. The sender's label,
 * a short name, and the preposition before the date (a weekday may come first) mark it as a publication label does.
 */
const SENDER_ROW_WORDS = ['posted by', 'submitted by', 'postado por', 'enviado por', 'publicado por'];
const SENDER_ROW = new RegExp(
  `^(?:${labelAlternation(SENDER_ROW_WORDS)})\\s+[^|\\d]{1,60}?\\s+(?:on|em|el|am)\\s+(?:\\p{L}+\\.?,?\\s+)?\\d`, 'iu',
);
const PUBLICATION_LABEL_INITIALS = caseInsensitiveInitials([...PUBLISHED_LABELS, ...SENDER_ROW_WORDS]);

/**
 * The first elements that pass the test (by walk index) and have short text, outside sidebars and comment threads, in
 * document order, each found as the search asks for it.
 */
function* markedElements(
  page: IndexedPage, test: (index: number) => boolean, datesSomethingElse: (element: Element) => boolean, maxChars = MAX_DATELINE_CHARS,
): Generator<Element> {
  const { elements, visibleChars } = page.walk;
  let marked = 0;
  for (let index = 0; index < elements.length && marked < MAX_DATELINE_CANDIDATES; index++) {
    // No text, or more than a dateline's, and there is no short text: most elements are one or the other, and are
    // passed over before their attributes are tested.
    if (visibleChars[index] === 0 || visibleChars[index] > maxChars) continue;
    const element = elements[index];
    if (test(index) && page.shortTextAt(index, maxChars) && !page.isAnotherItemsRegion(element) && !showsEventTime(element) && !datesListedItem(element) && !datesSomethingElse(element)) {
      marked++;
      yield element;
    }
  }
}

/**
 * The beginning of each text block after the headline: small sites and press releases open with the date
 * ("29.11.2022 – …", "Hamburg, den 2. Dezember 2022"). Only blocks without block children are read, so that
 * each text is read once. Each block is read as the search asks for it.
 */
function* openingTexts(page: IndexedPage, title: string | null, isTextBlock: (node: Element) => boolean, start: number): Generator<Candidate> {
  const all = page.bodyElements();
  let read = 0;
  const headline = start > 0 ? all[start - 1] : null;
  const holder = headline ? textBlockHolding(headline, isTextBlock) : null;
  if (headline && holder) {
    const text = textAfter(page.shortText(holder, OPENING_BLOCK_SCAN_CHARS) ?? '', page.shortText(headline, OPENING_BLOCK_SCAN_CHARS) ?? '');
    if (text) {
      read++;
      yield { text: OPENING_LEAD.exec(text)![0], source: 'dom' };
    }
  }
  const { position, visibleChars } = page.walk;
  for (let index = start; index < all.length && read < OPENING_BLOCKS; index++) {
    const node = all[index];
    // A block with no text, or more than is read, gives none: passed over before the tests of a text block.
    const at = position.get(node)!;
    if (node.name === 'pre' && visibleChars[at] > 0 && !page.isAnotherItemsRegion(node)) {
      read++;
      yield* releaseHeadLines(node);
      continue;
    }
    if (visibleChars[at] === 0 || visibleChars[at] > OPENING_BLOCK_SCAN_CHARS || !isTextBlock(node)) continue;
    const text = afterLeadingTitle(page.shortTextAt(at, OPENING_BLOCK_SCAN_CHARS) ?? '', title);
    if (text) {
      read++;
      yield { text: OPENING_LEAD.exec(text)![0], source: 'dom' };
    }
  }
}

/**
 * Rule "date line of a plain-text release": a release posted as the text it mailed, in one `<pre>`, prints its date on
 * a line of its own in its head, under the letterhead and "FOR IMMEDIATE RELEASE" ("December 3, 2026"); the block's
 * text run together puts the date past where an opening date is looked for. The head's short lines are read one by
 * one. A code listing, written with the characters code is, gives none.
 */
function* releaseHeadLines(block: Element): Generator<Candidate> {
  const text = textContent(block);
  if (CODE_CHARACTERS.test(text)) return;
  const lines = text.split(/\r?\n|\r/).map((line) => normalizeSpace(line)).filter((line) => line !== '').slice(0, RELEASE_HEAD_LINES);
  for (const line of lines) if (line.length <= MAX_RELEASE_DATE_LINE_CHARS) yield { text: line, source: 'dom' };
}
/** The letterhead, the release line, the contact and the date: a release's head is a dozen lines at most. */
const RELEASE_HEAD_LINES = 12;
/** "Thursday, December 3, 2026", "For release: 10 a.m. EST, Dec. 3, 2026". */
const MAX_RELEASE_DATE_LINE_CHARS = 60;

/** A block of the page's text read for an opening date: no container of blocks, and none that dates something else. */
function textBlockTest(page: IndexedPage, datesSomethingElse: (element: Element) => boolean): (node: Element) => boolean {
  return (node) => OPENING_BLOCK_TAGS.has(node.name) && !page.isAnotherItemsRegion(node) && !showsEventTime(node)
    && !node.children.some((child) => isElement(child) && BLOCK_CHILD_TAGS.has(child.name)) && !datesSomethingElse(node)
    && !isDatedListItem(page, node);
}

/**
 * Whether an element follows the headline. Rule "headline stand-in": a page without an `<h1>` has its headline in the
 * block that rule "headline inside the title" (or "heading that shows the title") finds, and a table layout's
 * masthead above it prints the date of the day in a cell classed as a date (`<td class="date">الخميس 19/05/2016</td>`);
 * the datelines before that block are read as those above an `<h1>` are, after the ones that follow it.
 */
function headlineStandInTest(page: IndexedPage, openingAt: number): (element: Element) => boolean {
  const standIn = page.headlineElement() || openingAt <= 0 ? undefined : page.walk.position.get(page.bodyElements()[openingAt - 1]);
  if (standIn === undefined) return (element) => page.followsHeadline(element);
  return (element) => (page.walk.position.get(element) ?? -1) > standIn;
}

/**
 * Rule "dated list": a list whose items open with their dates ("<li>10.08.2022 11:05 <a>Other release</a></li>", a
 * timeline's "<li>12.03.2020: …</li>") lists other items or past events; an item's date is not the page's. An item
 * beside one that opens with a digit as well is such a list's, while a meta list's date item ("<li>Data: 28-04-2021
 * </li><li>Autor: …</li>") opens with its label. A list of linked stories ({@link inLinkedStoryList}: a sidebar's
 * "latest news" or "most read", or a table of such rows) prints each story's date beside its link: the date is the
 * linked story's.
 */
function isDatedListItem(page: IndexedPage, node: Element): boolean {
  const item = listItemAround(node);
  if (!item) return false;
  const isDatedTwin = (sibling: Element | null) => sibling !== null && sibling.name === 'li' && opensWithDigit(page, sibling) && printsDate(page, sibling);
  if (item.name === 'li' && opensWithDigit(page, item) && (isDatedTwin(previousElement(item)) || isDatedTwin(nextElement(item)))) return true;
  return inLinkedStoryList(page, node);
}
/**
 * Rule "count beside the date": a meta list of the writer, the date and the views, their icons unclassed, sets the
 * count as an item of digits alone ("<li>02-12-2026 | 11:47 ص</li><li>642</li>"); an item that prints no date is no
 * dated twin, and the date item is the page's.
 */
function printsDate(page: IndexedPage, item: Element): boolean {
  const text = page.shortText(item, MAX_DATELINE_CHARS);
  return text !== null && parseDate(text, NO_LATER_THAN) !== null;
}
function opensWithDigit(page: IndexedPage, element: Element): boolean {
  const index = page.walk.position.get(element);
  return index !== undefined && DIGIT.test(String.fromCharCode(Math.max(0, page.firstCharAt(index))));
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
 * Where the text after the headline starts: after the page's headline, which on a page without an `<h1>` is the lower
 * heading that shows the title (rule "heading that shows the title", {@link IndexedPage.adoptShownHeadline}). Rule
 * "headline inside the title": old table layouts set it in no heading at
 * all but in big bold type in a cell (`<td class=titolo><font size=5><b>…`), under a masthead that prints the date
 * of the day and beside a column of dated links, while the `<title>` adds the site's name, or a kicker, before or
 * after the headline ("Gazette - Sondrio, chiude dopo 90 anni …"); the first text block that the title opens or
 * closes with, in any case, stands for it. Without either, the text starts at the top of the body.
 */
function openingStart(page: IndexedPage, title: string | null, isTextBlock: (node: Element) => boolean): number {
  const headline = page.headlineIndex();
  if (headline >= 0 || !title) return headline + 1;
  const all = page.bodyElements();
  const lowerTitle = title.toLocaleLowerCase();
  const isHeadlineInTitle = (node: Element) => {
    const text = page.shortText(node, title.length)?.toLocaleLowerCase();
    return !!text && text.length >= MIN_HEADLINE_IN_TITLE_CHARS && (lowerTitle.endsWith(text) || lowerTitle.startsWith(text)) && isTextBlock(node);
  };
  return all.findIndex(isHeadlineInTitle) + 1;
}
/** A headline of a few words; a shorter text that the title opens with is the site's name or a section's. */
const MIN_HEADLINE_IN_TITLE_CHARS = 25;

/** A `<time>` that carries its machine value. */
export function isMachineTime(element: Element): boolean {
  return element.name === 'time' && element.attribs.datetime !== undefined;
}
