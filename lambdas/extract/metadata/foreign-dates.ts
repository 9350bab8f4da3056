/**
 * Dates the page shows for something other than itself: an event's schedule, one story of a listing, a picture's
 * caption. The dateline search passes over the elements that hold them.
 */
import type { Element } from 'domhandler';
import { isElement, nextElement, previousElement } from '../dom-walk';
import { isCaptionElement } from '../content/captions';
import { isImageElement } from '../content/picture-elements';
import { isCreditedCaption, MIN_CREDITED_CAPTION_CHARS } from '../content/picture-credits';
import type { DomElement } from '../content/dom';
import { containsAnyPattern, containsPattern, type IndexedPage, textContent } from './regions';
import { isWriterPageHref } from './bylines/lines';
import { isWhollyLink } from './headline-elements';
import { isSiteLogo } from './site-logo';
import { OPENS_WITH_PUBLICATION_LABEL } from './date-labels';

/**
 * Rule "event schedule": an event page or a calendar teaser shows when the event takes place ("event-date",
 * "tribe-events-schedule", "eventDate") nearer the headline than the date it was announced; a class that names an
 * event, on the element or its parent, marks that schedule. The word opens a class name or a part of one.
 */
export function showsEventTime(element: Element): boolean {
  const parent = element.parent;
  const inEvent = containsPattern(element.attribs.class, EVENT_CLASS) || (parent !== null && isElement(parent) && containsPattern(parent.attribs.class, EVENT_CLASS));
  return inEvent && !announcesPosting(element);
}
const EVENT_CLASS = /(?:^|[\s_-])[eE]vents?(?![a-z])/;

/**
 * Rule "posted, not scheduled": a community calendar's event page sets the day the item was posted in the event's box
 * too, under the schedule ("<div class="event-page">…<p class="posted">Posted Wednesday, December 2, 2026</p>"); a line
 * named for its publishing or opened by a publication label dates the page, not the event. Read only for the few
 * elements an event's class marks.
 */
function announcesPosting(element: Element): boolean {
  return containsPattern(element.attribs.class, POSTING_CLASS) || OPENS_WITH_PUBLICATION_LABEL.test(textContent(element).trimStart());
}
const POSTING_CLASS = containsAnyPattern(['publish', 'posted']);

/**
 * Rule "date of the day": a masthead prints the day's date for the reader (ASP.NET's `<span id="ctl00_lblToday">`,
 * `<div class="current-date">`), in a box whose class may name a date ("DateTop") like the article's dateline. On a
 * page with no `<h1>` nothing tells the masthead from the article's head, and it comes first; an element named for
 * today, or inside or around one (a level up), shows the date the page was served, not the day it was written.
 * Rule "date in the site header": South Asian and Arab mastheads print the day in the site's `<header>` above the
 * story, often in two calendars ("বৃহস্পতিবার ৩ ডিসেম্বর ২০২৬, ১৭ অগ্রহায়ণ ১৪৩৩", "मंसिर १७, २०८३ | December 3,
 * 2026"), in a box classed only as a date ("datebar", "header-date"). A banner that closes before the headline, in
 * no `<article>` or `<main>`, is the site's, and a date in it is the day's, whatever its class.
 * Rule "date in the top bar": themes set that banner's date in the thin bar over the logo, a box they name for what
 * it is ("top-bar", "jeg_topbar", "top-strip") rather than a `<header>`, and Gulf papers print both calendars there
 * ("الأحد 26 جمادى الآخرة 1448 هـ | 6 ديسمبر 2026 م"); where the story prints no date of its own, that bar's day,
 * the day the page was served, was read as the column's. A bar so named that closes before the headline, in no
 * `<article>` or `<main>`, is the site's header as the element is.
 */
export function dateOfTheDayTest(page: IndexedPage): (element: Element) => boolean {
  // Asked of every candidate, each element's answer remembered: a search of each one's subtree would cost the depth
  // of a deep page's nesting times its size, and a pass over the whole page is wasted where the first dateline ends
  // the search.
  const holdsToday = heldTest(page, namesToday);
  const inSiteHeader = siteHeaderTest(page);
  return (element) => {
    const parent = element.parent;
    return holdsToday(element) || (parent !== null && isElement(parent) && namesToday(parent)) || inSiteHeader(element);
  };
}
function namesToday(node: Element): boolean {
  return containsPattern(node.attribs.id, DATE_OF_THE_DAY) || containsPattern(node.attribs.class, DATE_OF_THE_DAY);
}

function siteHeaderTest(page: IndexedPage): (element: Element) => boolean {
  const headline = page.headlineElement();
  const { position, subtreeEnd, parentIndex, elements } = page.walk;
  const headlineAt = headline ? position.get(headline) : undefined;
  if (headlineAt === undefined) return () => false;
  const isSiteHeader = (element: Element) => {
    const at = element.name === 'header' || element.attribs.role === 'banner' || containsPattern(element.attribs.class, TOP_BAR_CLASS) ? position.get(element) : undefined;
    if (at === undefined || subtreeEnd[at] > headlineAt) return false;
    for (let index = parentIndex[at]; index >= 0; index = parentIndex[index]) if (STORY_FRAMES.has(elements[index].name)) return false;
    return true;
  };
  return page.enclosure(isSiteHeader);
}
const STORY_FRAMES = new Set(['article', 'main']);
/**
 * Class names of the bar over a site's logo: "top-bar", "topbar", "jeg_topbar", "top-strip". Not "header-top", which
 * templates also give the row over a story's headline that holds its own date.
 */
const TOP_BAR_CLASS = /(?:^|[\s_-])top[-_]?(?:bar|strip)(?![a-z])/i;
/**
 * Ids and class names (parts of them, any case) of a masthead's date of the day. Rule "today in the site's language":
 * templates made for a Portuguese, Spanish, German or French paper name the box in its own word for today
 * ("data-hoje", "fecha-hoy", "datum-heute"), and a Mozambican masthead's "Maputo, Sexta-feira, 04 de Dezembro de 2026"
 * there was read as the story's date.
 */
const DATE_OF_THE_DAY = containsAnyPattern(['today', 'currentdate', 'current-date', 'current_date', 'curdate', 'datenow', 'date-now', 'date_now',
  'hoje', 'hoy', 'heute', 'aujourdhui']);

/**
 * Rule "teaser article": a page sets the stories it recommends as `<article>` cards, each headed by a link to its
 * story and with a meta line of its own ("<article><h2><a href=…>Other story</a></h2><li class=post-date>…"). A date
 * inside a short `<article>` that does not hold the page's headline and opens with such a heading dates that other
 * story. Only a page whose headline is an h1 of its own is read so: on an old blog the post's own title is an h2
 * linked to its permalink, under the site's name in the h1. The test is built once per page and remembers each
 * element's answer, as the dateline search asks it of many blocks in the same cards. Rule "card opened by its
 * link": custom templates set the same card as a `<div>` or `<li>` whose first child is the link around the other
 * story's heading, the date after it (`<div class=card><a href=…><h3>Other story</h3></a><time>…</time></div>`).
 */
export function teaserArticleTest(page: IndexedPage): (element: Element) => boolean {
  const headline = page.headlineElement();
  if (!headline || isSiteLogo(headline)) return () => false;
  const { position, subtreeEnd, visibleChars, elements } = page.walk;
  const headlineAt = position.get(headline) ?? -1;
  const isTeaserArticle = (article: Element) => {
    const card = CARD_TAGS.has(article.name) && opensWithLinkedHeading(article);
    const start = article.name === 'article' || card ? position.get(article) : undefined;
    if (start === undefined || visibleChars[start] > MAX_TEASER_CHARS || (headlineAt > start && headlineAt < subtreeEnd[start])) return false;
    if (card) return true;
    for (let index = start + 1; index < subtreeEnd[start]; index++) {
      if (TEASER_HEADING_TAGS.has(elements[index].name)) return isWhollyLink(elements[index]);
    }
    return false;
  };
  return page.enclosure(isTeaserArticle);
}
const TEASER_HEADING_TAGS = new Set(['h2', 'h3', 'h4']);
const CARD_TAGS = new Set(['div', 'li']);
/** The element's first child is a link whose first child is a heading: a card's title linked to its story. */
function opensWithLinkedHeading(element: Element): boolean {
  const link = element.children.find(isElement);
  if (!link || link.name !== 'a' || link.attribs.href === undefined) return false;
  const heading = link.children.find(isElement);
  return heading !== undefined && TEASER_HEADING_TAGS.has(heading.name);
}
/** A card's title, date, section and a line or two of excerpt; the story's own article is longer. */
const MAX_TEASER_CHARS = 600;

/**
 * Rule "linked teaser": a card that recommends another story is often one link around its kicker, its title and its
 * date (`<a href=…><span>Topic</span><span>Other story's title</span><span class=teaser__date>28.11.2026</span></a>`),
 * in a rail below the article that no class names as one. A date inside a link that shows a title's worth of text
 * besides the date dates the linked story. A permalink around the dateline alone (WordPress's `<a rel=bookmark><time>`)
 * shows nothing else, and a link around the page's own headline is no other story's.
 */
export function linkedTeaserTest(page: IndexedPage): (element: Element) => boolean {
  const { elements, position, parentIndex, subtreeEnd, visibleChars } = page.walk;
  const headline = page.headlineElement();
  const headlineAt = headline ? position.get(headline) ?? -1 : -1;
  return (element) => {
    const at = position.get(element);
    if (at === undefined) return false;
    for (let index = parentIndex[at]; index >= 0 && visibleChars[index] <= MAX_TEASER_CHARS; index = parentIndex[index]) {
      const link = elements[index];
      if (link.name !== 'a' || link.attribs.href === undefined) continue;
      return visibleChars[index] - visibleChars[at] >= MIN_TEASER_TITLE_CHARS && !(headlineAt > index && headlineAt < subtreeEnd[index]);
    }
    return false;
  };
}
/** A title of a few words, beside which a date dates the story the link leads to; less is a label ("Permalink", "#"). */
const MIN_TEASER_TITLE_CHARS = 20;

/**
 * Rule "listed item": a date inside a list item whose sibling items hold an element of the same tag and class
 * ("Mehr zum Thema" under the headline: each story with its "datum") dates one story of a listing, not the page.
 * A meta list ("<li class=date>…</li><li class=author>…</li>") has one date and stays a dateline.
 */
export function datesListedItem(element: Element): boolean {
  if (datesListedLine(element)) return true;
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

/**
 * Rule "listed line": older templates list related stories without list items, each on a line of one box, the link
 * and its date after it, the lines parted by `<br>` ("<div class=morenews><a href=…>Other story</a> <span
 * class=date>2026/12/03</span><br><a href=…>Another</a> <span class=date>…</span>"). A date that follows a link and
 * whose box holds a twin of it (same tag and class) that follows a link too dates one of those linked stories: the
 * page's own meta row has one date, and a permalink's date sits inside its link, not after it.
 */
function datesListedLine(element: Element): boolean {
  const box = element.parent;
  if (!box || !isElement(box) || !followsLink(element)) return false;
  const className = element.attribs.class;
  return box.children.some((node) => node !== element && isElement(node) && node.name === element.name && node.attribs.class === className && followsLink(node));
}
/** The element's previous sibling, past white space, is a link. */
function followsLink(element: Element): boolean {
  let before = element.prev;
  while (before && before.type === 'text' && textContent(before).trim() === '') before = before.prev;
  return !!before && isElement(before) && before.name === 'a' && before.attribs.href !== undefined;
}

/**
 * Rule "linked story rows": a list whose items each link to a story and print a number beside the link, wherever in
 * the item ("<li><a href=…>Other story</a> <span>17/01/2024 10:10</span></li>", a sidebar's "latest news" or "most
 * read", a table of such rows with each story's "تمت قراءته 15,230 مرة") lists other stories, and the number (a
 * date, a count of views or comments) is the linked story's. The item's first link is the story's; a count may be a
 * link of its own, to that story's thread ("<a href=…>Other story</a> <span><a href=…#comments>4158</a>
 * Comments</span>"). A meta list's items do not each hold both, a link (the author's, the section's) and a number
 * outside it. A block inside such an item (its date's `<span>`, a row's cell) goes with it.
 */
export function inLinkedStoryList(page: IndexedPage, node: Element): boolean {
  const item = listItemAround(node);
  if (!item) return false;
  const isLinkedNumbered = (element: Element | null) => element !== null && element.name === item.name && numbersItsLink(page, element);
  return isLinkedNumbered(item) && (isLinkedNumbered(previousElement(item)) || isLinkedNumbered(nextElement(item)));
}
/** The list item or table row that is the block or holds it, a few levels up: "li > span.date", "tr > td > font". */
export function listItemAround(node: Element): Element | null {
  let item: Element | null = node;
  for (let depth = 0; item && !ROW_TAGS.has(item.name) && depth < ROW_DEPTH; depth++) item = item.parent && isElement(item.parent) ? item.parent : null;
  return item && ROW_TAGS.has(item.name) ? item : null;
}
const ROW_TAGS = new Set(['li', 'tr']);
const ROW_DEPTH = 2;
/** A linked story's title and its number; a longer item is a teaser with its excerpt, or a row of the page's own text. */
const MAX_LISTED_ITEM_CHARS = 200;
/**
 * Whether the short item holds a link and, outside its first, a digit: the linked story's date or count. Rule "tool
 * link is no story": a story's link reads as its title, several words; a row whose first link is one word ("چاپ",
 * print; "Email") is the article's tools row, whose count ("تعداد بازديد: 1402 | چاپ | ارسال به دوست") is its own.
 */
function numbersItsLink(page: IndexedPage, item: Element): boolean {
  const index = page.walk.position.get(item);
  if (index === undefined || page.walk.visibleChars[index] > MAX_LISTED_ITEM_CHARS) return false;
  const storyLink = firstLinkIn(item);
  return storyLink !== null && !ONE_WORD.test(textContent(storyLink)) && digitOutside(item, storyLink);
}
/**
 * Rule "tool link is no story, in scripts with vowel signs": a Bengali, Devanagari or Thai word writes its vowels and
 * its conjuncts with combining marks ("প্রিন্ট", print), and a word of letters alone missed it; a Bangladeshi table
 * layout's "পঠিত : ৫৬৭ বার | প্রিন্ট | ই-মেইল" row, above a box of other stories, was read as one of them.
 */
const ONE_WORD = /^\s*[\p{L}\p{M}]+\s*$/u;
function firstLinkIn(element: Element): Element | null {
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (child.name === 'a' && child.attribs.href !== undefined) return child;
    const found = firstLinkIn(child);
    if (found) return found;
  }
  return null;
}
function digitOutside(element: Element, link: Element): boolean {
  return element.children.some((child) => (isElement(child) ? child !== link && digitOutside(child, link) : child.type === 'text' && DIGIT.test(textContent(child))));
}
const DIGIT = /\p{Nd}/u;

/** True when the element or one of its descendants passes the test. */
export function holds(element: Element, test: (node: Element) => boolean): boolean {
  return test(element) || element.children.some((child) => isElement(child) && holds(child, test));
}

/**
 * Rule "photo caption": a caption says when its picture was taken ("… in Washington Jan. 27, 2023. (AP Photo)"),
 * often months before the story it illustrates, and themes box it in classes a meta line also uses ("info"). A
 * dateline or opening block that is a picture's caption, sits in one or holds one dates the picture, not the page.
 * A caption is a picture's when a frame around it holds a picture and no other text, and the caption holds no
 * byline markup: some themes set the byline and the dateline in a `<figcaption>` beside the author's portrait
 * ("<address>Von …</address> <time>…</time>", "<a href="/about/editors/jane-doe/">Jane Doe</a> 14 March 2026"), or
 * style a dateline under the headline as "text-caption". A block whose text closes with a picture's credit is a
 * caption by its words alone (see {@link isCreditedCaption}), and a box that holds one is a slide's, beside its
 * counter and buttons.
 */
export function captionTest(page: IndexedPage): (element: Element) => boolean {
  const holdsBylineBox = heldTest(page, (node) => BYLINE_BOX_TAGS.has(node.name) || (node.name === 'a' && isWriterPageHref(node.attribs.href)));
  const holdsPicture = heldTest(page, (node) => isImageElement(node as unknown as DomElement));
  // The frame is asked first: most elements asked about have more text than a caption, or share their box with more
  // text, which it tells from the texts' sizes, while the caption rules read the element's neighbours too.
  const isPictureCaption = (element: Element) => framesPicture(page, element, holdsPicture)
    && isCaptionElement(element as unknown as DomElement) && !holdsBylineBox(element);
  const inCaption = page.enclosure(isPictureCaption);
  const holdsCaption = heldTest(page, isPictureCaption);
  const { visibleChars, textRoot } = page.walk;
  // A wrapper around one only child shows that child's text, whose own test (asked next, as it is held) answers for both.
  const holdsCreditedCaption = heldTest(page, (node, index) => (index < 0 || textRoot[index] === index) && isCreditedCaption(page.shortText(node, MAX_CAPTION_CHARS) ?? ''),
    (index) => visibleChars[index] >= MIN_CREDITED_CAPTION_VISIBLE_CHARS);
  return (element) => inCaption(element) || holdsCaption(element) || holdsCreditedCaption(element);
}

/**
 * {@link holds} for one test asked of many elements, each element's answer remembered: blocks nested in each other
 * share one read of the subtree they have in common, where a read per block would cost the depth times its size.
 * `mayHold` rules out a whole subtree by its walk index without reading it (a text too short for what is sought).
 */
function heldTest(page: IndexedPage, test: (node: Element, index: number) => boolean, mayHold?: (index: number) => boolean): (element: Element) => boolean {
  const { elements, position } = page.walk;
  /** 0 not yet known, 1 the element or one below it passes, 2 none does. */
  const known = new Uint8Array(elements.length);
  const held = (element: Element): boolean => {
    const index = position.get(element);
    if (index === undefined) return holds(element, (node) => test(node, -1));
    if (known[index] === 0) {
      known[index] = (mayHold === undefined || mayHold(index)) && (test(element, index) || element.children.some((child) => isElement(child) && held(child))) ? 1 : 2;
    }
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
/**
 * A credited caption's sentence alone has {@link MIN_CREDITED_CAPTION_CHARS}; with words one letter long and spaces
 * between them, half of those are visible. A subtree with fewer visible characters holds none.
 */
const MIN_CREDITED_CAPTION_VISIBLE_CHARS = Math.ceil(MIN_CREDITED_CAPTION_CHARS / 2);
