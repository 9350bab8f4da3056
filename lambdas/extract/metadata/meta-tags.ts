/**
 * Page-level metadata in markup: `<meta>` tags of every vocabulary (OpenGraph and `article:*`, Twitter cards,
 * Dublin Core, Parse.ly, Sailthru, plain `name=`), microdata `itemprop` values and `<time datetime>`.
 * Keys are lowercased; each key keeps all its values in document order (`article:tag` repeats).
 */
import type { AnyNode, Element } from 'domhandler';
import { isElement, normalizeSpace } from '../dom-walk';
import { plainTextOf } from '../plain-text';
import { attribute, hasToken, IndexedPage, textContent } from './regions';
import { labelAlternation, PUBLISHED_LABELS, UPDATE_LABEL } from './date-labels';
import { withUtcOffset } from './calendar';
import { isRelativeStamp, parseDate, showsClock } from './dates';

export class MetaTags {
  private readonly values = new Map<string, string[]>();

  add(key: string, value: string | undefined): void {
    const cleaned = value ? plainTextOf(value) : undefined;
    if (!cleaned) return;
    const normalizedKey = key.trim().toLowerCase();
    const list = this.values.get(normalizedKey);
    if (list) {
      if (!list.includes(cleaned)) list.push(cleaned);
    } else {
      this.values.set(normalizedKey, [cleaned]);
    }
  }

  /** First value of the first key that has one. */
  first(...keys: string[]): string | null {
    for (const key of keys) {
      const value = this.values.get(key)?.[0];
      if (value) return value;
    }
    return null;
  }

  /**
   * Every value of every key, in key order, without repeats. A key's own values have none (see {@link add}), and most
   * asks find values under one key at most: only values of several keys are merged.
   */
  all(...keys: string[]): string[] {
    let first: string[] | undefined;
    let merged: Set<string> | undefined;
    for (const key of keys) {
      const values = this.values.get(key);
      if (!values) continue;
      if (!first) first = values;
      else {
        merged ??= new Set(first);
        for (const value of values) merged.add(value);
      }
    }
    return merged ? [...merged] : first ? [...first] : [];
  }

  has(key: string): boolean {
    return this.values.has(key);
  }
}

/** The RDFa properties of a creation date, among the others an element declares ("dc:date dc:created"). */
const RDFA_CREATED = /(?:^|\s)dc:created(?:\s|$)/;

/** Microdata properties worth reading from the page body, with where their value lives. */
const MICRODATA_PROPERTIES = ['headline', 'name', 'author', 'creator', 'datepublished', 'datecreated', 'datemodified',
  'articlesection', 'keywords', 'image', 'inlanguage', 'commentcount', 'publisher', 'description', 'isaccessibleforfree'];

/**
 * Read from the page's walk (tag lists and the element array) rather than with selectors: three whole-document
 * queries per page cost more than the rest of this reader.
 */
export function readMetaTags(page: IndexedPage): MetaTags {
  const tags = new MetaTags();
  for (const meta of page.tagged('meta')) {
    if (isCutByStrayQuote(meta)) continue;
    const content = attribute(meta, 'content') ?? attribute(meta, 'value');
    for (const name of ['property', 'name', 'itemprop', 'http-equiv']) {
      const keys = attribute(meta, name);
      // RDFa allows several space-separated properties on one tag ("og:title twitter:title").
      if (keys) for (const key of keys.split(/\s+/)) tags.add(key, content);
    }
    if (attribute(meta, 'name')?.toLowerCase() === 'parsely-page' && content) addParselyPage(tags, content);
  }
  // Read from the page's itemprop column, which the headline, byline and dateline readers read too: an element's own
  // attributes are a slow read each.
  const { elements } = page.walk;
  const itemprops = page.attributeOfAll('itemprop');
  for (let index = 0; index < elements.length; index++) {
    const itemprop = itemprops[index];
    const element = elements[index];
    if (itemprop === undefined || element.name === 'meta') continue;
    for (const property of itemprop.toLowerCase().split(/\s+/)) {
      if (!MICRODATA_PROPERTIES.includes(property)) continue;
      if ((property === 'author' || property === 'creator') && creditsPicture(element)) continue;
      if (property === 'keywords') {
        const list = tagListOfMarkedLink(element);
        if (list) {
          for (const link of list) tags.add('itemprop:keywords', textContent(link));
          continue;
        }
      }
      tags.add(`itemprop:${property}`, microdataValue(element, property));
    }
  }
  for (const time of page.tagged('time')) {
    const { attribs } = time;
    // A comment's or a sidebar teaser's time stamp dates that, not the article: a page with no other date took
    // its first reader comment's time. The headline's own frame is the article's, even where a theme names it after
    // the sidebar beside it ("pageWithSidebar"), as it is for the visible dateline.
    if (attribs.datetime === undefined || page.isForeignBesideHeadline(time) || TEASER_TIME.test(attribs.class ?? '') || inRepeatedTeaser(page, time)) continue;
    const marks = `${attribs.class ?? ''} ${attribs.itemprop ?? ''}`;
    const isPublished = /publish|posted|created|entry-date|date-?time|article/i.test(`${marks} ${attribs.pubdate !== undefined ? 'published' : ''}`);
    // Rule "updated time": WordPress themes print the last edit beside the publication ("<time class="updated">"),
    // often first; it dates the edit, and is the page's date only when nothing else dates it.
    const key = isPublished ? 'time:published' : UPDATED_TIME.test(marks) ? 'time:modified' : labelledTimeKey(time);
    tags.add(key, withShownClock(attribs.datetime, time));
  }
  // Rule "RDFa creation date": Drupal 7 wraps a node's "Submitted by … on …" line in a span that declares the instant
  // in RDFa, to the second and with its offset (`<span property="dc:date dc:created"
  // content="2026-12-02T10:12:44+01:00" datatype="xsd:dateTime">Soumis par … le mer 02/12/2026 - 10:12</span>`), and
  // each comment's in the same way; the node's is read as the publication's, a comment's is another item's.
  const properties = page.attributeOfAll('property');
  for (let index = 0; index < elements.length; index++) {
    const property = properties[index];
    const element = elements[index];
    if (property === undefined || element.name === 'meta' || !RDFA_CREATED.test(property) || element.attribs.content === undefined) continue;
    if (!page.isForeignBesideHeadline(element)) tags.add('time:published', element.attribs.content);
  }
  // Rule "hAtom date": older blog themes mark the dates with the hAtom microformat, the machine date in an <abbr>'s
  // title and the shown text without a year ("<abbr class="published" title="2023-03-04T10:20:00+01:00">4 March</abbr>").
  for (const abbr of page.tagged('abbr')) {
    const { attribs } = abbr;
    if (attribs.title === undefined || page.isForeign(abbr)) continue;
    if (hasToken(attribs.class, PUBLISHED_ABBR)) tags.add('time:published', attribs.title);
    else if (hasToken(attribs.class, UPDATED_ABBR)) tags.add('time:modified', attribs.title);
  }
  const tooltip = relativeStampTooltip(page, tags);
  if (tooltip) tags.add(tooltip.updated ? 'time:modified' : 'time:published', tooltip.title);
  return tags;
}

/**
 * Rule "relative stamp's tooltip": themes that print the article's date as an age ("منذ 3 ساعات", "3 hours ago") keep
 * the instant in the stamp's title, which shows on hover (`<span class="post-date" title="2026-12-03 14:20">منذ 3
 * ساعات</span>`). The age counts from a moment the page does not give, the title dates the story. Only the first such
 * stamp in the article's header, under the headline and before the story's first paragraph, whose whole text is the
 * age and whose title holds a year: the ages of related stories further down date those. See also rule "clock in the
 * tooltip" below.
 */
function relativeStampTooltip(page: IndexedPage, tags: MetaTags): { title: string; updated: boolean } | null {
  const start = page.firstAfterHeadline();
  if (start === 0) return null;
  const { elements } = page.walk;
  const titles = page.attributeOfAll('title');
  const end = page.articleHeaderEnd();
  for (let index = start; index < end; index++) {
    const title = titles[index];
    if (title === undefined) continue;
    const shown = normalizeSpace(textContent(elements[index]));
    const updated = UPDATED_TIME.test(elements[index].attribs.class ?? '');
    if (YEAR.test(title) && isRelativeStamp(shown)) {
      const declared = (updated ? HEAD_MODIFIED_KEYS : HEAD_PUBLISHED_KEYS).some((key) => tags.has(key));
      return { title: declared ? title : onTooltipClock(title, elements[index].attribs.datetime), updated };
    }
    if (CLOCK_ALONE.test(title.trim()) && shown.length <= MAX_STAMP_CHARS && YEAR.test(shown) && !showsClock(shown) && parseDate(shown, EPOCH) !== null) {
      return { title: `${shown} ${title.trim()}`, updated };
    }
  }
  return null;
}
const YEAR = /(?<!\d)\d{4}(?!\d)/;

/**
 * Rule "the tooltip's clock": a `<time>` that prints an age may state its instant in UTC in `datetime` and the same
 * instant on the newsroom's clock in its tooltip (`<time datetime="2026-12-06T21:00:00Z" title="Monday, 7 December
 * 2026 10:00 AM">7 hours ago</time>`): the tooltip is what readers see on hover, and the two differ by the offset of
 * the clock the page prints, which no other part of it may state. Read alone, the tooltip's "10:00 AM" was written as
 * UTC, thirteen hours late on an Apia page. Only a difference an offset can be (a whole quarter hour, from UTC-12 to
 * UTC+14) counts: a tooltip that dates something else stays as it is. Where the head declares the instant itself
 * (`article:published_time`), the declared offset stands, as every declared instant's does.
 */
function onTooltipClock(title: string, datetime: string | undefined): string {
  const instant = datetime !== undefined && STATED_OFFSET.test(datetime.trim()) ? Date.parse(datetime.trim()) : NaN;
  const shown = Number.isNaN(instant) ? null : parseDate(title, EPOCH);
  if (!shown || shown.zoneKnown || shown.age) return title;
  const offset = (Date.parse(shown.iso) - instant) / 60_000;
  if (!Number.isInteger(offset / 15) || offset < MIN_OFFSET_MINUTES || offset > MAX_OFFSET_MINUTES) return title;
  return withUtcOffset(shown.iso.replace(/(?:Z|[+-]\d{2}:\d{2})$/, ''), offset);
}
const HEAD_PUBLISHED_KEYS = ['article:published_time', 'og:article:published_time', 'published_time', 'og:published_time'];
const HEAD_MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'og:article:modified_time', 'modified_time'];
/** An ISO instant that states its offset: "Z" or "+13:00". */
const STATED_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Rule "clock in the tooltip": uCoz and other Russian-language templates print the day under the headline and keep
 * the time of day in its title, shown on hover (`<span class="ed-value" title="14:20">05.03.2024</span>`); the two
 * together are the stamp. Only a title that is a clock alone, on a dated text of a stamp's length that shows none.
 */
const CLOCK_ALONE = /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?$/;
const MAX_STAMP_CHARS = 40;
/** Any instant serves to ask whether a text is a date at all: a stamp with a year does not count from now. */
const EPOCH = new Date(0);

/**
 * Rule "value cut by a stray quote": a CMS that writes a headline with quotation marks into an attribute unescaped
 * (`content="Storm closes the "212" for three days"`) ends the value at the first of them, in browsers as here, and
 * the words after it become attributes of their own, named with the closing quote (`212"`, `days"`). The value
 * left is the headline's first words, which read as a whole title; a tag so broken says nothing reliable.
 */
function isCutByStrayQuote(meta: Element): boolean {
  for (const name in meta.attribs) if (name.includes('"') || name.includes("'")) return true;
  return false;
}

/**
 * Rule "Parse.ly page object": before Parse.ly's separate `parsely-*` tags, its one `<meta name="parsely-page">`
 * held the page's fields as a JSON object (`{"title": …, "author": …, "pub_date": …, "section": …, "tags": […]}`),
 * as archived pages still do. Its fields are read as the separate tags they became, so every reader takes them.
 */
function addParselyPage(tags: MetaTags, json: string): void {
  let page: unknown;
  try {
    page = JSON.parse(json);
  } catch {
    return;
  }
  if (!page || typeof page !== 'object') return;
  for (const [field, key] of PARSELY_PAGE_FIELDS) {
    const value = (page as Record<string, unknown>)[field];
    for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string') tags.add(key, item);
  }
}

const PARSELY_PAGE_FIELDS: ReadonlyArray<[field: string, key: string]> = [
  ['title', 'parsely-title'], ['author', 'parsely-author'], ['authors', 'parsely-author'], ['pub_date', 'parsely-pub-date'],
  ['section', 'parsely-section'], ['tags', 'parsely-tags'],
];

/**
 * Rule "repeated teaser": a column of other stories that no class or landmark marks (`<div class="col-left"><div
 * class="item"><a href=…>Bypass reopens after crash</a><time datetime=…>30 Nov</time></div><div class="item">…`)
 * comes before the article in the document, and its first time dated the page. A time beside a link with a title's
 * worth of text, in an item that a sibling of the same tag and class repeats with a time of its own, dates the
 * linked story. The page's own meta line is not repeated, and a live blog's entries link to no other story.
 */
function inRepeatedTeaser(page: IndexedPage, time: Element): boolean {
  const { position, visibleChars } = page.walk;
  let item: Element = time;
  for (let level = 0; level < TEASER_ITEM_LEVELS && item.parent && isElement(item.parent); level++) {
    item = item.parent;
    const at = position.get(item);
    if (at === undefined || visibleChars[at] > MAX_TEASER_ITEM_CHARS) return false;
    if (!holdsOtherStoryLink(item, time)) continue;
    const isTwin = (node: AnyNode) => isElement(node) && node.name === item.name && node.attribs.class === item.attribs.class && node.children.some(holdsTime);
    for (let sibling = item.prev; sibling; sibling = sibling.prev) if (isTwin(sibling)) return true;
    for (let sibling = item.next; sibling; sibling = sibling.next) if (isTwin(sibling)) return true;
    return false;
  }
  return false;
}
const TEASER_ITEM_LEVELS = 2;
/** A teaser is a title, a date and a line or two; a longer element is the story's own. */
const MAX_TEASER_ITEM_CHARS = 600;
/** A story's title is a few words; a shorter link is a label ("Permalink", "#", a section). */
const MIN_TEASER_LINK_CHARS = 20;

function holdsOtherStoryLink(item: Element, time: Element): boolean {
  return item.children.some(function linked(node: AnyNode): boolean {
    if (!isElement(node) || node === time) return false;
    if (node.name === 'a' && node.attribs.href !== undefined) return textContent(node).trim().length >= MIN_TEASER_LINK_CHARS && !holdsTime(node);
    return node.children.some(linked);
  });
}

function holdsTime(node: AnyNode): boolean {
  return isElement(node) && (node.name === 'time' || node.children.some(holdsTime));
}

/**
 * Rule "labelled time": a meta line may class neither of its times and say in words which is which, the update often
 * first ("Updated <time datetime="…18:12…">…</time> · Published <time datetime="…14:05…">…</time>"); the first
 * unmarked `<time>` then dated the article by its last edit. A time the text just before it labels as the update or
 * the publication is read as that one; the label is the time's previous sibling, or its wrapper's where the time
 * opens it (`<span>Updated</span> <span><time>…</time></span>`).
 */
function labelledTimeKey(time: Element): string {
  let node: AnyNode = time;
  for (let level = 0; level < LABEL_WRAPPER_LEVELS && !textBefore(node) && node.parent && isElement(node.parent); level++) node = node.parent;
  const label = textBefore(node)?.slice(-MAX_TIME_LABEL_CHARS) ?? '';
  return UPDATE_LABEL_BEFORE_TIME.test(label) ? 'time:modified' : PUBLICATION_LABEL_BEFORE_TIME.test(label) ? 'time:published' : 'time:datetime';
}

/** The text of the node's nearest previous sibling that is not blank, or null. */
function textBefore(node: AnyNode): string | null {
  for (let sibling = node.prev; sibling; sibling = sibling.prev) {
    const text = textContent(sibling);
    if (text.trim()) return text;
  }
  return null;
}
const LABEL_WRAPPER_LEVELS = 2;
/** "Zuletzt aktualisiert am", "First published on": the label's words and what joins them to the time. */
const MAX_TIME_LABEL_CHARS = 40;
const LABEL_END = String.raw`\s*(?:(?:on|at|am|um|le|el|il|em|op|à)\s*)?:?\s*$`;
const UPDATE_LABEL_BEFORE_TIME = new RegExp(`(?<!\\p{L})${UPDATE_LABEL}${LABEL_END}`, 'iu');
const PUBLICATION_LABEL_BEFORE_TIME = new RegExp(`(?<!\\p{L})(?:${labelAlternation(PUBLISHED_LABELS)})${LABEL_END}`, 'iu');

/** The class or itemprop words of a date element that dates the last edit: `updated`, `dateModified`. */
export const UPDATED_TIME = /updated|modified/i;
/**
 * Rule "teaser time": a time classed as a teaser's ("article-teaser__date") dates the story the teaser links to, in
 * a grid of them that no foreign region marks; its "article" is the teased one's, not a sign of the page's date.
 */
const TEASER_TIME = /teaser/i;

const PUBLISHED_ABBR = new Set(['published']);
const UPDATED_ABBR = new Set(['updated']);

/**
 * Rule "the day and the clock": a CMS that stores the publication day apart from its time writes the day alone into
 * `datetime` and prints both ("<time datetime="2026-11-30">Mo., 30.11.2026, 14:20 Uhr</time>"). The text is then the
 * more precise statement of the same moment, and its clock joins the declared day; with no clock, or a text about
 * another day, the declared day stands.
 */
function withShownClock(datetime: string, element: Element): string {
  const day = DAY_ONLY.exec(datetime.trim());
  if (!day) return datetime;
  const text = textContent(element);
  const clock = SHOWN_CLOCK.exec(text);
  if (!clock || !new RegExp(`(?<!\\d)0?${Number(day[1])}(?!\\d)`).test(text.slice(0, clock.index) + text.slice(clock.index + clock[0].length))) return datetime;
  let hour = Number(clock[1]);
  const meridiem = clock[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return `${datetime.trim()}T${String(hour).padStart(2, '0')}:${clock[2]}:00`;
}
const DAY_ONLY = /^\d{4}-\d{2}-(\d{2})$/;
const SHOWN_CLOCK = /(?<![\d.:])([01]?\d|2[0-3])[:.h]([0-5]\d)(?![\d.:])\s*(a\.?m\.?|p\.?m\.?)?/i;

/**
 * Where a microdata value lives: `content`, `datetime`, `src`/`href` for URLs, a nested `name`, or the text.
 * Read from the nodes directly: a Cheerio wrapper per element costs more than the reads themselves.
 */
/**
 * Rule "keywords on one tag link": a template marks its tag list's first link alone as the keywords
 * (`<a href="/etiket/baklava" itemprop="keywords">baklava</a> <a href="/etiket/kurs">kurs</a>`), the property
 * written into the loop's first turn; the links beside it in the same box, unmarked, are the list's other tags, as
 * shown. A link whose siblings carry the property themselves is one of a list marked whole, read link by link.
 * Returns the box's links in order when the marked link has unmarked sibling links, else null.
 */
function tagListOfMarkedLink(element: Element): Element[] | null {
  if (element.name !== 'a' || !element.parent || !isElement(element.parent)) return null;
  const links = element.parent.children.filter((child): child is Element => isElement(child) && child.name === 'a' && attribute(child, 'href') !== undefined);
  if (links.length < 2 || links.some((link) => link !== element && attribute(link, 'itemprop') !== undefined)) return null;
  return links;
}

function microdataValue(element: Element, property: string): string | undefined {
  const datetime = attribute(element, 'datetime');
  const explicit = attribute(element, 'content') ?? (datetime && withShownClock(datetime, element)) ?? abbreviationTitle(element);
  if (explicit) return explicit;
  if (property === 'image') {
    return attribute(element, 'src') ?? attribute(element, 'href')
      ?? attribute(firstDescendant(element, (descendant) => attribute(descendant, 'itemprop') === 'url' || descendant.name === 'img'), 'content')
      ?? attribute(firstDescendant(element, (descendant) => descendant.name === 'img'), 'src');
  }
  // An enumeration value is written as a link to its schema.org URL: `<link itemprop="isAccessibleForFree" href="https://schema.org/False">`.
  if (property === 'isaccessibleforfree' && element.name === 'link') return attribute(element, 'href');
  if (property === 'author' || property === 'creator' || property === 'publisher') {
    const name = firstDescendant(element, (descendant) => hasToken(attribute(descendant, 'itemprop'), NAME_TOKEN));
    if (name) return attribute(name, 'content') ?? textContent(name);
  }
  if (property === 'name' && hasItemScopeAncestor(element.parent ?? undefined)) return undefined;
  return textContent(element).slice(0, 1000);
}

/**
 * Abbreviated value: the hAtom pattern Blogger and older blog themes use, which shows a short form and keeps the
 * full value in the title (`<abbr itemprop="datePublished" title="2017-01-23T09:41:00+01:00">09:41</abbr>`); the
 * shown text alone is a clock time without a day.
 */
function abbreviationTitle(element: Element): string | undefined {
  return element.name === 'abbr' ? attribute(element, 'title') : undefined;
}

const NAME_TOKEN = new Set(['name']);

/**
 * An author or creator inside a figure, or in a picture's or video's own item scope, is the photographer or the
 * picture agency ("Jane Doe/Agency files" in a caption): it credits the picture, not the article.
 */
function creditsPicture(element: Element): boolean {
  for (let current = element.parent; current && current.type === 'tag'; current = current.parent) {
    const { name, attribs } = current as Element;
    if (name === 'figure' || name === 'figcaption') return true;
    if (attribs.itemscope !== undefined) return PICTURE_ITEM.test(`${attribs.itemtype ?? ''} ${attribs.itemprop ?? ''}`);
  }
  return false;
}
/** Schema.org types, and the properties of an article, that hold a picture or a video. */
const PICTURE_ITEM = /ImageObject|VideoObject|MediaObject|Photograph|\b(?:image|video|photo|associatedMedia)\b/i;

/** The first element under `root` (excluded), in document order, that passes the test. */
function firstDescendant(root: Element, test: (element: Element) => boolean): Element | undefined {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) return node;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]);
  }
  return undefined;
}

/** A bare `name` belongs to whatever item scope encloses it (a Person, an Organization); only a top-level one names the page. */
function hasItemScopeAncestor(node: AnyNode | undefined): boolean {
  for (let current = node; current; current = current.parent ?? undefined) {
    if (current.type === 'tag' && (current as Element).attribs.itemscope !== undefined) {
      const type = (current as Element).attribs.itemtype ?? '';
      return !/Article|BlogPosting|WebPage/i.test(type);
    }
  }
  return false;
}
