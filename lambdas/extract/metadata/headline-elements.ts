/**
 * The page's headline elements, read from the DOM for the title reader: which headings are the site's logo or a
 * teaser of another story, the heading under a breadcrumb trail, a heading's text without its kicker, and the blocks
 * whose class names them the headline or a title.
 */
import type { Element } from 'domhandler';
import { type IndexedPage, LOWER_HEADING_TAGS, textContent } from './regions';
import { CODE_CHARACTERS, isCentredLines } from '../content/blocks';
import { BLOCK_TAGS } from '../content/dom';
import { isLineBreak, normalizeSpace } from '../dom-walk';
import { LETTER, MIN_HEADLINE_WORDS, OPENS_IN_LOWER_CASE, wordCount } from './title-text';

/**
 * Rule 'teaser headings after the h1': a headline element of lower rank than the page's h1 that follows it and is
 * nothing but a link ("<h3 class="entry-title"><a href="/other-story">…</a></h3>") heads a card of another story,
 * in a "more stories" row below the article; the page's own headline links nowhere else.
 */
export function isTeaserHeading(element: Element, headlineElements: Element[]): boolean {
  const h1 = headlineElements.findIndex((other) => other.name === 'h1');
  return h1 >= 0 && LOWER_HEADING_TAGS.has(element.name) && headlineElements.indexOf(element) > h1 && isWhollyLink(element);
}

/** True when the element's only content, past wrappers and whitespace, is one link with an address. */
export function isWhollyLink(element: Element): boolean {
  const content = element.children.filter((child) => child.type === 'tag' || (child.type === 'text' && LETTER_OR_DIGIT.test((child as unknown as { data: string }).data)));
  if (content.length !== 1 || content[0].type !== 'tag') return false;
  const only = content[0] as Element;
  return only.name === 'a' ? only.attribs.href !== undefined : isWhollyLink(only);
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The page's headline elements read against its breadcrumb trail; see {@link readBreadcrumbHeadline}. */
export interface BreadcrumbReading {
  /** The headline elements outside the trail and outside sidebars and teaser lists; all of them when none is. */
  headlineElements: Element[];
  /**
   * Text of the first heading (h1–h3) after the first crumb that is a headline element, outside sidebars and teaser
   * lists and before the text's first paragraph, without its kicker.
   */
  afterBreadcrumb: string | null;
  /** Whether every headline element is in the trail. */
  headlinesInTrail: boolean;
}

/**
 * Some templates mark up the breadcrumb trail's last crumb, the page's search-engine title, as its h1 and show the
 * headline readers see in the heading below the trail. A crumb is then no witness of the headline while another
 * headline element stands outside the trail (not in a sidebar or teaser list, where it heads another item), and
 * the heading after the trail is one.
 */
export function readBreadcrumbHeadline(page: IndexedPage, headlineElements: Element[]): BreadcrumbReading {
  const inNamedTrail = page.enclosure(namesBreadcrumb);
  const inBreadcrumb = (element: Element) => inNamedTrail(element) || isMarkedCrumb(element);
  const crumb = headlineElements.find(inBreadcrumb);
  if (!crumb) return { headlineElements, afterBreadcrumb: null, headlinesInTrail: false };
  const outside = headlineElements.filter((element) => !inBreadcrumb(element) && !page.isForeign(element));
  const { elements, position, subtreeEnd } = page.walk;
  let afterBreadcrumb: string | null = null;
  // A paragraph too short to be running text holds none: its text holds the text of any paragraph nested in it.
  // Paragraphs nested a thousand deep are read once, not once per level.
  let shortParagraphEnd = -1;
  for (let index = position.get(crumb)! + 1; index < elements.length && afterBreadcrumb === null; index++) {
    const element = elements[index];
    if (element.name === 'p' && index >= shortParagraphEnd) {
      if (isRunningText(element)) break;
      shortParagraphEnd = subtreeEnd[index];
    }
    if (TRAIL_HEADING_TAG.test(element.name) && !inBreadcrumb(element) && !page.isForeign(element)) afterBreadcrumb = headlineText(element);
  }
  return { headlineElements: outside.length > 0 ? outside : headlineElements, afterBreadcrumb, headlinesInTrail: outside.length === 0 };
}
const TRAIL_HEADING_TAG = /^h[1-3]$/;

/**
 * Whether a paragraph is running text, a sentence or more: the article's text has begun, and a heading below it heads
 * one of its sections ("Dürfen Eltern ihren Arbeitsplatz verlassen?"), not the article.
 */
function isRunningText(paragraph: Element): boolean {
  return wordCount(textOf(paragraph)) >= RUNNING_TEXT_WORDS;
}
const RUNNING_TEXT_WORDS = 12;

/**
 * An element that names a breadcrumb trail in its class, id or microdata/RDFa type ("breadcrumbs",
 * "BreadcrumbList"), or in a data attribute's name (`data-breadcrumb-headline`).
 */
function namesBreadcrumb(element: Element): boolean {
  const { class: classes, id, itemtype, typeof: rdfaType } = element.attribs;
  return [classes, id, itemtype, rdfaType].some((value) => value !== undefined && BREADCRUMB.test(value))
    || Object.keys(element.attribs).some((name) => name.startsWith('data-') && BREADCRUMB.test(name));
}
const BREADCRUMB = /breadcrumb/i;

/**
 * Rule 'crumb by its mark': where the trail's class names say nothing ("<div class="x7f"><span><a href="/">Home</a>
 * </span> › <h1 aria-current="page">…</h1></div>"), `aria-current` still marks the headline element as the page the
 * trail ends on. Short links from the home page before an h1 are no such mark: a site whose trail names no breadcrumb
 * may set its headline as the trail's end, and mean it as the headline.
 */
function isMarkedCrumb(headline: Element): boolean {
  const current = headline.attribs['aria-current'];
  return current !== undefined && current !== 'false';
}

/**
 * The headline element's text without its kicker: themes put the kicker ("Dachzeile", overline) inside the h1
 * as its own element (`<h1><span class="kicker">Initiative</span> Free power checks</h1>`), and its words run
 * into the headline's without a separator. A kicker followed by a separator is written into the headline.
 */
export function headlineText(element: Element): string {
  // A wrapper classed as the title ("<div class="post-title"><h2>…</h2><span>Category · Comment</span></div>")
  // holds the heading and its meta links: the heading is the headline.
  const heading = HEADING_TAG.test(element.name) ? element : innerHeading(element) ?? element;
  // "<h2><span>Es wird bald beginnen</span><span class="article__headline">Trump spricht …</span></h2>": the one
  // child the theme marks as the headline is the headline, and its unmarked siblings are a kicker or a dek.
  const marked = heading.children.filter((child): child is Element => child.type === 'tag' && isHeadlinePart(child as Element));
  if (marked.length === 1) {
    // A separator no one perceives ("<span class="invisible">: </span>", kept for copies and search engines) joins
    // nothing on the page: the kicker shows as its own line above the headline. Screen-reader text is heard, so it
    // does join them.
    const before = heading.children.slice(0, heading.children.indexOf(marked[0])).filter((child) => !isUnperceived(child)).map(nodeText).join('');
    if (!/[:|–—-]\s*$/.test(before)) return textOf(marked[0]);
  }
  const parts: string[] = [];
  const visit = (node: Element) => {
    for (const [at, child] of node.children.entries()) {
      if (at > 0 && areLinesSetAsBlocks(node.children[at - 1], child)) parts.push(' ');
      if (child.type === 'text') parts.push((child as unknown as { data: string }).data);
      else if (isLineBreak(child)) parts.push('\n');
      else if (child.type === 'tag' && !isKicker(child as Element) && !isCommentCount(child as Element)) visit(child as Element);
    }
  };
  visit(heading);
  const withoutKicker = withoutKickerLine(parts.join(''));
  if (isHeadlineAfterSeparator(withoutKicker, textOf(heading))) return textOf(heading);
  // "<span class="kicker">Brexit</span><span>: </span>Deal agreed" writes the kicker into the headline. A heading
  // whose every part is marked ("<h1><span class="title-small">…</span></h1>", a smaller type size) is all headline.
  return /^\s*[:|–—-]/.test(withoutKicker) || withoutKicker.trim() === '' ? textOf(heading) : withoutKicker;
}

/**
 * The heading's opening element and what follows it, where the heading opens with a short inline element of its own
 * (a word or a few, "<span>Comment</span>", "<b>Exclusive:</b>") and goes on for a headline's words after it; null
 * otherwise. Whether that element is a label the title's rules decide, by what the declared copies print (rule
 * 'label in an element of its own'): no class is needed to tell it.
 */
export function openingPartSplit(element: Element): { label: string; rest: string } | null {
  const heading = HEADING_TAG.test(element.name) ? element : innerHeading(element) ?? element;
  const opening = heading.children.findIndex((child) => child.type !== 'text' || (child as unknown as { data: string }).data.trim() !== '');
  const first = heading.children[opening];
  if (!first || first.type !== 'tag' || !OPENING_LABEL_TAGS.has((first as Element).name)) return null;
  const label = normalizeSpace(textOf(first as Element));
  const rest = normalizeSpace(heading.children.slice(opening + 1).map(nodeText).join(''));
  if (!LETTER.test(label) || wordCount(label) > MAX_OPENING_LABEL_WORDS || wordCount(rest) < MIN_HEADLINE_WORDS) return null;
  // A separator the heading prints itself ("<span>Zugverkehr</span><span>: </span>Im ICE …") writes the topic into the
  // headline, and a rest in lower case ("<span>Editor's Letter:</span> bye OC Baby") goes on with the label's sentence.
  return OPENS_WITH_SEPARATOR.test(rest) || OPENS_IN_LOWER_CASE.test(rest) ? null : { label, rest };
}
const OPENS_WITH_SEPARATOR = /^[:|–—-]/u;
/** Inline elements a label is set in; a link at the heading's start leads to a topic, and is read by its own rules. */
const OPENING_LABEL_TAGS: ReadonlySet<string> = new Set(['span', 'strong', 'b', 'em', 'i', 'small', 'mark', 'font', 'sup']);
const MAX_OPENING_LABEL_WORDS = 4;

/**
 * Rule 'headline after the topic's separator': what a topic and its separator introduce ("<span>Kultur<span>:</span>
 * </span><span class="bo-badge--fplus">Ehrengast der Buchmesse …</span>") is the headline, however the theme styles it
 * (there, a paywall mark drawn by a badge class): it says more than the topic does. What a headline and a separator
 * introduce ("Energiewende und Mobilität: <span class="kicker">Thema: Forschung</span>") is a label, shorter than it.
 */
function isHeadlineAfterSeparator(withoutKicker: string, whole: string): boolean {
  if (!/[:|–—-]\s*$/.test(withoutKicker)) return false;
  const kept = wordsOf(withoutKicker);
  const dropped = wordsOf(whole) - kept;
  return dropped >= MIN_HEADLINE_WORDS && dropped > kept;
}

/** Words with a letter or digit: the separators between them are no words. */
function wordsOf(text: string): number {
  return text.split(/\s+/).filter((word) => LETTER_OR_DIGIT.test(word)).length;
}

/**
 * Rule 'comment count in the heading': blog themes print the post's comment link inside its title heading ("<h2
 * class="entry-title"><a …>Why my leeks failed</a> <span class="comments-link"><a href="#comments">3 Comments</a>
 * </span></h2>"), set apart as meta; its words are no part of the headline. Known by a class naming comments or a
 * link to the comment section.
 */
function isCommentCount(element: Element): boolean {
  const { class: classes, href } = element.attribs;
  return (classes !== undefined && COMMENTS_CLASS.test(classes)) || (href !== undefined && COMMENTS_ANCHOR.test(href));
}
/** "comments-link", "comment-count", "post-comments", "comments"; not "commentary", a label of the headline's own. */
const COMMENTS_CLASS = /(?:^|[-_\s])comments?(?:[-_](?:link|count|number|bubble))?(?:$|\s)/i;
const COMMENTS_ANCHOR = /#(?:comments?|respond|disqus_thread)\b/i;

/**
 * A heading's first line of one word, ended by a line break, above a line that is a phrase of its own ("Exclusive<br>
 * Hospital waiting lists hit record high") is a kicker set as an overline without a class to mark it. A headline
 * broken for the layout goes on in lower case ("Harbour closed<br>after the storm") or breaks after more words.
 */
function withoutKickerLine(text: string): string {
  const lineBreak = text.indexOf('\n');
  if (lineBreak < 0) return text;
  const firstLine = text.slice(0, lineBreak);
  const rest = text.slice(lineBreak + 1);
  return LETTER.test(firstLine) && wordCount(firstLine) === 1 && wordCount(rest) >= MIN_HEADLINE_WORDS && !OPENS_IN_LOWER_CASE.test(rest) ? rest : text;
}

function innerHeading(element: Element): Element | null {
  for (const child of element.children) {
    if (child.type !== 'tag') continue;
    if (HEADING_TAG.test((child as Element).name)) return child as Element;
    const found = innerHeading(child as Element);
    if (found) return found;
  }
  return null;
}
const HEADING_TAG = /^h[1-6]$/;

function textOf(node: Element): string {
  return node.children.map((child, at) => (at > 0 && areLinesSetAsBlocks(node.children[at - 1], child) ? ' ' : '') + nodeText(child)).join('');
}

/**
 * Rule 'lines set as blocks': feature templates break a long headline into lines of their own, each a span the
 * stylesheet displays as a block ("<h1><span class="line">The Last Keepers</span><span class="line">of the Northern
 * Lights</span></h1>"), with no space between them in the markup: the reader sees two lines, so a word ends at the
 * break. Only phrases are such lines; a letter or a word per span is an animation's split of text that runs on. The
 * lines are alike, one tag and one class: a span and a link after it ("<span>Headline</span><a>Site</a>") are a
 * headline and a logo run into its line, which a reader sees run on.
 */
function areLinesSetAsBlocks(previous: Element['children'][number], next: Element['children'][number]): boolean {
  if (previous.type !== 'tag' || next.type !== 'tag' || isLineBreak(previous) || isLineBreak(next)) return false;
  if ((previous as Element).name !== (next as Element).name || (previous as Element).attribs.class !== (next as Element).attribs.class) return false;
  const before = textOf(previous as Element);
  const after = textOf(next as Element);
  return /\S\s+\S/.test(before) && /\S\s+\S/.test(after) && /\S$/.test(before) && /^\S/.test(after);
}

function nodeText(node: Element['children'][number]): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (isLineBreak(node)) return ' ';
  return node.type === 'tag' ? textOf(node as Element) : '';
}

/**
 * An element hidden from sight and from screen readers: the `hidden` attribute, or a framework's class for
 * `visibility: hidden` or `display: none`.
 */
function isUnperceived(node: Element['children'][number]): boolean {
  if (node.type !== 'tag') return false;
  const { attribs } = node as Element;
  return attribs.hidden !== undefined || (attribs.class ?? '').split(/\s+/).some((token) => UNPERCEIVED_CLASS.test(token));
}
const UNPERCEIVED_CLASS = /^(?:invisible|hidden|is-hidden|u-hidden|d-none|hide)$/i;

/**
 * Text of the elements outside navigation and sidebars whose class names them the headline ("l-headline",
 * "itc-headline"), not a teaser's, a subheadline or the site's: themes that style a div as the headline instead of
 * using a heading element. Rule "article's title by class": so do the classes that name the title as the article's,
 * the news item's or the post's ("article-title", "entry-title", "newstitle", and the Arab portals' abbreviated
 * "atitle" and "ntitle"), where a bare "title" may be any box's. Responsive themes print it twice; several different
 * texts so classed are a listing's items, and none of them is the page's headline.
 */
export function readClassedHeadline(page: IndexedPage, limit: number): string | null {
  const classes = page.attributeOfAll('class');
  const { elements } = page.walk;
  let headline: string | null = null;
  for (let index = 0; index < elements.length; index++) {
    if (!(isClassedOwnHeadline(classes[index]) || isClassedArticleTitle(classes[index])) || page.isForeign(elements[index])) continue;
    const text = page.shortTextAt(index, limit);
    if (!text) continue;
    if (headline !== null && text !== headline) return null;
    headline = text;
  }
  return headline;
}

/**
 * Text of the blocks outside navigation and sidebars whose class names them the headline and that are no heading,
 * hold none and sit in none: a styled headline set apart from the page's h1 (a stage headline above the text,
 * "<p class="StageSeo1-headline">"), which may say more than the h1 does.
 */
export function readHeadlineBlocks(page: IndexedPage, limit: number): string[] {
  return classedBlockTexts(page, limit, (element, classes) => isClassedOwnHeadline(classes) && !page.isForeign(element) && !touchesHeading(element));
}

/**
 * Text of the blocks outside navigation and sidebars whose class names them a title ("title", "title-text",
 * "post-title"), not a subtitle's, a teaser's or the site's, in document order.
 */
export function readTitledBlocks(page: IndexedPage, limit: number): string[] {
  return classedBlockTexts(page, limit, (element, classes) => isClassedTitle(classes) && !page.isForeign(element));
}

/** The short texts, in document order, of the elements `accepts` takes by the element and its class attribute. */
function classedBlockTexts(page: IndexedPage, limit: number, accepts: (element: Element, classes: string | undefined) => boolean): string[] {
  const classes = page.attributeOfAll('class');
  const { elements } = page.walk;
  const texts: string[] = [];
  for (let index = 0; index < elements.length; index++) {
    if (!accepts(elements[index], classes[index])) continue;
    const text = page.shortTextAt(index, limit);
    if (text) texts.push(text);
  }
  return texts;
}

function isClassedTitle(tokens: string | undefined): boolean {
  return tokens !== undefined && NAMES_TITLE.test(tokens) && tokens.split(/\s+/).some((token) => TITLE_PART.test(token) && !NOT_OWN_HEADLINE.test(token));
}
/** A quick test that skips most elements before their class tokens are split. */
const NAMES_TITLE = /title/i;
/** A class token naming a title ("title", "title-text", "editorial-module--title"), not a "subtitle" or "titlebar". */
const TITLE_PART = /(?:^|[-_])title(?:$|[-_]+text$)/i;

/**
 * Text of the `<font>` elements outside navigation and sidebars set large, size 4 and up or two steps and more above
 * the page's base ("+2"), short enough to be a headline, in document order: how table-layout sites set the headline.
 */
export function readLargeFontLines(page: IndexedPage, limit: number): string[] {
  const texts: string[] = [];
  for (const element of page.tagged('font')) {
    if (!LARGE_FONT_SIZE.test(element.attribs.size ?? '') || page.isForeign(element)) continue;
    const text = page.shortText(element, limit);
    if (text) texts.push(text);
  }
  return texts;
}
const LARGE_FONT_SIZE = /^\s*(?:[4-7]|\+[2-4])\s*$/;

/** Text of every block outside navigation and sidebars that is short enough to be a headline, in document order. */
export function readShownBlocks(page: IndexedPage, limit: number): string[] {
  const { elements } = page.walk;
  const texts: string[] = [];
  for (let index = 0; index < elements.length; index++) {
    const text = page.shortTextAt(index, limit);
    if (text && !page.isForeign(elements[index])) texts.push(text);
  }
  return texts;
}

/**
 * Text of every element of the body outside navigation and sidebars that is short enough to be a headline and is one
 * line: no block element or line break inside it. A masthead's block ("<div><h1>Site</h1><p>Slogan</p></div>") shows two
 * lines run together once the markup is gone, which no headline is.
 */
export function readShownLines(page: IndexedPage, limit: number): string[] {
  const { elements, subtreeEnd, inBody, hasBody } = page.walk;
  const texts: string[] = [];
  for (let index = 0; index < elements.length; index++) {
    if (hasBody && inBody[index] !== 1) continue;
    const text = page.shortTextAt(index, limit);
    if (!text || page.isForeign(elements[index])) continue;
    let inline = true;
    for (let inner = index + 1; inner < subtreeEnd[index] && inline; inner++) inline = !BLOCK_TAGS.has(elements[inner].name);
    if (inline) texts.push(text);
  }
  return texts;
}

function isClassedOwnHeadline(tokens: string | undefined): boolean {
  return tokens !== undefined && NAMES_HEADLINE.test(tokens) && tokens.split(/\s+/).some(namesOwnHeadline);
}
/** A quick test that skips most elements before their class tokens are split. */
const NAMES_HEADLINE = /headline/i;

function isClassedArticleTitle(tokens: string | undefined): boolean {
  return tokens !== undefined && NAMES_TITLE.test(tokens) && tokens.split(/\s+/).some((token) => ARTICLE_TITLE_PART.test(token));
}
/**
 * A class token naming the title as the article's, the news item's or the post's, whole or abbreviated ("atitle"); as
 * a part of a longer token it names a box's part ("mainnav__entry-title", a menu entry's).
 */
const ARTICLE_TITLE_PART = /^(?:a|n|p|art|print|article|news|post|entry|story|details?)[-_]?title(?:[-_]+text)?$/i;

/** True when the element is a heading, or one stands above or inside it. */
function touchesHeading(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parent as Element | null) {
    if (node.type === 'tag' && HEADING_TAG.test(node.name)) return true;
  }
  return innerHeading(element) !== null;
}

function namesOwnHeadline(token: string): boolean {
  return HEADLINE_PART.test(token) && !NOT_OWN_HEADLINE.test(token);
}
/** A teaser's headline, a subheadline, or the site's own ("site-headline", "brand-headline", "logo-headline"). */
const NOT_OWN_HEADLINE = /teaser|sub|site|brand|logo/i;

/** A class token naming the headline itself ("headline", "article__headline"), not a "subheadline" or "headline-wrap". */
function isHeadlinePart(element: Element): boolean {
  return (element.attribs.class ?? '').split(/\s+/).some((token) => HEADLINE_PART.test(token));
}
const HEADLINE_PART = /(?:^|[-_])headline(?:$|_|--)/i;

/**
 * Class tokens of kicker elements. "small" marks small print set inside the headline (a kicker above it, or the
 * byline under it: "<span class="title-small">Senior writer Jane Doe</span>") as a whole token, "h1small", or the
 * last part of a prefixed token ("cmnc-small"), but not inside a word ("smallcaps"). A <small> element is small
 * print by its tag: the subtitle that CSS frameworks set after the headline in the same heading ("<h1>Headline
 * <small>A team spent 40 days underground</small></h1>"), or a kicker before it. A badge is a label in its own box,
 * before the headline or after it ("<h1>Water supply restored … <span class="badge">Updated</span></h1>", "Live",
 * "New").
 */
function isKicker(element: Element): boolean {
  return element.name === 'small' || (element.attribs.class ?? '').split(/\s+/).some((token) => KICKER_MARK.test(token) || SMALL_PRINT.test(token) || PAYWALL_MARK.test(token));
}
/**
 * Rule "breaking badge in the heading": portals set the urgency label of a breaking item inside the h1, before the
 * headline, in an element named for the label in the site's language ("<span class="etiket-sondakika">SON DAKİKA</span>",
 * Turkish; "etiqueta", Spanish and Portuguese; "etichetta", Italian) or for the urgency itself ("<span
 * class="breaking">عاجل</span>", "label-urgent"); the declared headline often repeats it ("SON DAKİKA: …"). It marks how
 * the story is run, as a badge does, and is no word of the headline.
 */
const KICKER_MARK = /kicker|overline|dachzeile|topline|roofline|eyebrow|highline|supertitle|superheadline|surtitre|surtitle|badge|label|etiket|etiqueta|etichetta|breaking|urgent/i;
/**
 * Rule "paywall mark in the heading": a paywalled site marks its subscribers' stories with its paid tier's sign inside
 * the h1, in an element named for the tier ("<span class="ka-plus-icon">KA+</span>", "<span
 * class="etiqueta-premium">Exclusivo para suscriptores</span>", "ContentHead_abo"): a mark of how the story is sold,
 * as a badge is, and no word of the headline. The tier's name is a whole part of the class token.
 */
const PAYWALL_MARK = /(?:^|[-_])(?:plus|premium|abo|paid|paywall|subscribers?|suscriptores|assinantes|abonnes)(?:$|[-_])/i;
const SMALL_PRINT = /(?:^|^h[1-6]-?|[-_])small$/i;

/**
 * Rule "headline of a plain-text release": a sheriff's office, a city or a small agency posts its release as the
 * text it mailed, in one `<pre>` under a `<title>` that names only the office or its press page. The headline is the
 * paragraph the release centres with spaces ("          SHERIFF'S OFFICE ISSUES WINTER TRAVEL ADVISORY"), or else
 * the one right above its first paragraph of prose when that one is set in capitals ("CITY COUNCIL APPROVES …" under
 * the letterhead, the release line and the contact, which come first); a line or two. A code listing has neither,
 * and the characters code is written with. The lines run together, as printed; null without such a paragraph.
 */
export function readReleaseHeadline(page: IndexedPage, limit: number): string | null {
  const block = page.tagged('pre').find((element) => !page.isForeign(element));
  if (!block) return null;
  const text = textContent(block);
  if (CODE_CHARACTERS.test(text)) return null;
  const headline = (lines: string[]) => {
    const joined = normalizeSpace(lines.join(' '));
    return LETTER_RUN.test(joined) && joined.length <= limit ? joined : null;
  };
  let previous: string[] | null = null;
  for (const paragraph of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = paragraph.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    if (isCentredLines(lines)) return headline(lines);
    const joined = normalizeSpace(lines.join(' '));
    if (joined.length >= MIN_RELEASE_PROSE_CHARS && RELEASE_SENTENCE_END.test(joined)) {
      return previous && previous.length <= MAX_RELEASE_HEADLINE_LINES && !LOWER_CASE_LETTER.test(previous.join(' ')) ? headline(previous) : null;
    }
    previous = lines;
  }
  return null;
}
/** The release's first paragraph of text is a sentence or more, ended as one; the letterhead and the contact are not. */
const MIN_RELEASE_PROSE_CHARS = 100;
const RELEASE_SENTENCE_END = /[.!?]["'”’)]*$/u;
const MAX_RELEASE_HEADLINE_LINES = 2;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const LETTER_RUN = /\p{L}{2,}(?:\s+\p{L}+){2,}/u;
