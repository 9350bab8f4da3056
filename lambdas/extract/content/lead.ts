/**
 * What sits between the headline and the chosen body: the lead picture and the standfirst (dek, teaser). Many
 * templates put both in a header block of their own, outside the container the scoring picks.
 */
import type { ArticleImage } from '../record';
import { type DomElement, type DomNode, descendantElements, isAncestorOf, isElement, nextElement, previousElement, rawText } from './dom';
import { normalizeSpace } from '../dom-walk';
import { TRUNCATION_MARK } from '../plain-text';
import { isCaptionElement } from './captions';
import { imageOf } from './images';
import { isImageElement } from './picture-elements';
import { linkDensity, readingLength, type StatsTable } from './measure';
import { attributeTokens, firstMatch } from './tokens';
import { STANDFIRST_TOKENS } from './vocabulary';
import { isEditorialNote } from './structural-furniture';

export interface Lead {
  images: ArticleImage[];
  /** Standfirst paragraphs, in document order. */
  paragraphs: DomElement[];
}

/**
 * Pictures between the headline and the text beyond these are the story's only with a caption of their own. Rule
 * "captioned slides over the text": a gallery's page sets its slides between the headline and the few paragraphs of
 * its text, each slide with its caption (the Algerian festival gallery's four, "زرابي معروضة في ساحة السوق العتيق"
 * …), and every one is the story's picture; what else a template sets there past the lead picture (icons, badges, an
 * advertiser's banner) carries no caption.
 */
const MAX_LEAD_IMAGES = 3;
const MAX_LEAD_PARAGRAPHS = 2;
/** Shorter texts between headline and body are bylines, dates and kickers. */
export const MIN_STANDFIRST_CHARS = 80;

/**
 * @param describedPicturesOnly under a stand-in headline, take only pictures with a caption or an alt text: such
 *   older templates set their tool icons (a PDF download, a bookmark button) between the heading and the story, with
 *   neither, while the story's own picture is described, or sized for the column (see {@link isSizedForTheColumn}).
 * @param authors the writers the metadata credits, whose cards' lines are no standfirst (see {@link isUnderWriterName}).
 */
export function findLead(
  root: DomNode, headline: DomElement, bodyStart: DomElement, stats: StatsTable, pageUrl: string | null, declaredSummary: string | null = null,
  describedPicturesOnly = false, authors: readonly string[] = [],
): Lead {
  const lead: Lead = { images: [], paragraphs: [] };
  const summary = declaredSummary ? comparableSummary(declaredSummary) : null;
  const subtitle = subtitleOf(headline);
  const header = headerOf(headline);
  const opening = openingPictureOf(headline);
  let afterHeadline = false;
  const stack: DomNode[] = [...(root.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (!isElement(node)) continue;
    // A body that opens with the headline itself leaves only the pictures over it to be found here.
    if (node === bodyStart) {
      afterHeadline ||= node === headline;
      break;
    }
    if (node === headline) {
      afterHeadline = true;
      continue;
    }
    if (!afterHeadline && lead.images.length === 0 && isImageElement(node) && ((header && isAncestorOf(header, node)) || node === opening)) {
      const image = imageOf(node, pageUrl);
      if (image) lead.images.push(image);
      continue;
    }
    if (afterHeadline) {
      if (isImageElement(node)) {
        const image = imageOf(node, pageUrl);
        if (image && (!describedPicturesOnly || image.caption || image.alt || isSizedForTheColumn(node)) && (lead.images.length < MAX_LEAD_IMAGES || image.caption)) lead.images.push(image);
        continue;
      }
      if (isCaptionElement(node)) continue;
      if ((node === subtitle ? isSubtitleBlock(node, headline, stats) || isNamedDeclaredSubtitle(node, stats, summary) : isStandfirst(node, stats) && !isUnderWriterName(node, authors, stats)) || printsSummary(node, stats, summary) || isNoteOverText(node, stats)) {
        if (lead.paragraphs.length < MAX_LEAD_PARAGRAPHS) {
          lead.paragraphs.push(node);
          lead.paragraphs.push(...labelledLinesAfter(node));
        }
        continue;
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return afterHeadline ? lead : { images: [], paragraphs: [] };
}

/**
 * Rule "picture sized for the column": an old table template sets the story's picture between its headline and its
 * text with no alt text and no caption, its width written in the markup at the column's measure (`<img src="pics/…jpg"
 * width="400" align="left">`). The tool icons that a stand-in headline's lead keeps out for lacking a description are
 * icon-sized, and an advertiser's picture is a link away.
 */
function isSizedForTheColumn(img: DomElement): boolean {
  return parseInt(img.attribs.width ?? '', 10) >= COLUMN_PICTURE_MIN_WIDTH && !(img.parent && isElement(img.parent) && img.parent.name === 'a');
}
const COLUMN_PICTURE_MIN_WIDTH = 300;

/**
 * Rule "note over the text": a template sets the newsroom's correction or editor's note in the article's header, under
 * the headline or the byline and over the text ("<header><h1>…</h1><div class="byline">…</div><p class="correction">
 * Correction: An earlier version …</p></header>"), and the header goes as furniture. The note is the newsroom's word on
 * this very story and opens the body where the publisher put it, as a standfirst there does: a block of a few parts
 * that opens with such a note's label (rule "editor's note").
 */
function isNoteOverText(element: DomElement, stats: StatsTable): boolean {
  const own = stats.get(element);
  return !!own && own.elements <= MAX_NOTE_PARTS && linkDensity(own) < 0.3 && isEditorialNote(element, own);
}
/** A note is a paragraph, its label in bold and a link or two at most. */
const MAX_NOTE_PARTS = 5;

/**
 * Rule "claim box": a fact-check sets the claim over its text as a box of labelled lines, each a sentence that opens
 * with its label in bold ("<p><strong>Qué se dice:</strong> que un vídeo …</p><p><strong>Quién lo dice:</strong> una
 * cuenta de TikTok …</p><p><strong>Veredicto:</strong> Engañoso. …</p>", "What was claimed:", "Our verdict:"). The
 * lines are one box: the one long enough to read as a standfirst brings the sentences that follow it in the same
 * box, however short, rather than leaving who said it and the verdict behind; a credit's "<b>Photos:</b> Jane Roe"
 * under a dek is no sentence.
 */
function labelledLinesAfter(line: DomElement): DomElement[] {
  if (line.name !== 'p' || !opensWithBoldLabel(line)) return [];
  const lines: DomElement[] = [];
  for (let next = nextElement(line); next && next.name === 'p' && opensWithBoldLabel(next) && endsSentence(next) && lines.length < MAX_CLAIM_BOX_LINES; next = nextElement(next)) lines.push(next);
  return lines;
}
/** The claim, who made it and where, when, the verdict: a box of a few lines. */
const MAX_CLAIM_BOX_LINES = 4;
const BOLD_TAGS = new Set(['strong', 'b']);
/** The paragraph's first content is a bold label of a few words ending in a colon. */
function opensWithBoldLabel(line: DomElement): boolean {
  const first = line.children.find((node) => isElement(node) || normalizeSpace(rawText(node)) !== '');
  if (!first || !isElement(first) || !BOLD_TAGS.has(first.name)) return false;
  return BOLD_LABEL.test(normalizeSpace(rawText(first)));
}
/** Each line of the box is a sentence; a credit's "Photos: Jane Roe" is none. */
function endsSentence(line: DomElement): boolean {
  return SENTENCE_END.test(normalizeSpace(rawText(line)));
}
const SENTENCE_END = /[.!?؟。»”"]$/u;
/** "Qué se dice:", "Veredicto:", "What was claimed:": a few words and the colon. */
const BOLD_LABEL = /^[^:：.!?]{1,30}[:：]$/u;

/**
 * Rule "writer's headline": a platform sets the writer's card between the headline and the text, the name as the
 * card's title and under it the writer's own line about themselves, long enough for a dek and classed as the card's
 * subtitle ("<h3 class="card__title">Jane Doe</h3><h4 class="card__subtitle">Former editor, Harbour Herald | Writing
 * a book on ferries</h4>"). A block right under a credited writer's name says who the writer is, not what the story
 * is about.
 */
function isUnderWriterName(block: DomElement, authors: readonly string[], stats: StatsTable): boolean {
  if (authors.length === 0) return false;
  const previous = previousElement(block);
  if (!previous || (stats.get(previous)?.chars ?? 0) > MAX_WRITER_NAME_CHARS) return false;
  const name = normalizeSpace(rawText(previous)).toLowerCase();
  return name.length > 0 && authors.some((author) => author.toLowerCase() === name);
}
/** A name, with a title before it, is a few words. */
const MAX_WRITER_NAME_CHARS = 60;

/**
 * Rule "picture over the headline": an article's own header may open with its lead picture and set the headline
 * under it (a full-width hero), so the first picture in the `<header>` that holds the headline, before it, is the
 * story's. Where the page's header holds the headline, the picture before it is the logo, which the decoration
 * test every picture passes through leaves out.
 */
function headerOf(headline: DomElement): DomElement | null {
  return ancestorNamed(headline, 'header');
}

/**
 * Rule "featured picture over the headline": WordPress themes set the post's featured picture at the top of its
 * `<article>`, over the box that holds the headline (GeneratePress's "post-image-above-header", Sahifa's
 * "single-post-thumb" over "post-inner"), outside any `<header>`. The picture the `<article>` that holds the headline
 * opens with, before any text, not linked to another page and classed as the featured one (see {@link markedFeatured}),
 * is the story's, as in its header; one after a text (a menu, a writer's line) or linked away is a button's, a
 * portrait's or another story's.
 */
function openingPictureOf(headline: DomElement): DomElement | null {
  const article = ancestorNamed(headline, 'article');
  if (!article) return null;
  const stack: DomNode[] = [...(article.children ?? [])].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (!isElement(node)) {
      if (normalizeSpace(rawText(node)) !== '') return null;
      continue;
    }
    if (node === headline) return null;
    if (isImageElement(node)) return !linksAway(node, article) && markedFeatured(node, article) ? node : null;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return null;
}

/**
 * Whether the picture, or a box round it inside the frame, is classed as the post's featured picture, as WordPress
 * classes it ("wp-post-image") and themes their box for it ("featured-image", "single-post-thumb", "post-thumbnail").
 * A site's own top picture with no such class is its media box's, which may be a video's still or a promotion.
 */
function markedFeatured(picture: DomElement, frame: DomElement): boolean {
  for (let current: DomNode | null = picture; current && current !== frame && isElement(current); current = current.parent) {
    if (firstMatch(attributeTokens(current), FEATURED_PICTURE_TOKENS)) return true;
  }
  return false;
}
const FEATURED_PICTURE_TOKENS: ReadonlySet<string> = new Set(['featured', 'post-image', 'post-thumb', 'post-thumbnail', 'thumbnail', 'thumb']);

/** Whether a link round the picture, inside the frame, leads to a page rather than to the picture's own file. */
function linksAway(picture: DomElement, frame: DomElement): boolean {
  for (let current = picture.parent; current && current !== frame && isElement(current); current = current.parent) {
    if (current.name === 'a' && current.attribs.href && !PICTURE_FILE.test(current.attribs.href)) return true;
  }
  return false;
}
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

function ancestorNamed(element: DomElement, name: string): DomElement | null {
  for (let current = element.parent; current && isElement(current); current = current.parent) {
    if (current.name === name) return current;
  }
  return null;
}

/**
 * A sentence-long h2 or h3 right under the headline is its subtitle (the dek), whatever its class says; a short
 * one is the first section heading of the article. Korean templates (ndsoft) print the headline in an h3 and the
 * dek in an h4 under it, and press-release wires set the subhead's h2 in a box of its own
 * (`<div class="release-subhead"><h2><i>…</i></h2></div>`), which is the heading's as much as the heading is.
 */
export function subtitleOf(headline: DomElement): DomElement | null {
  for (let sibling = headline.next; sibling; sibling = sibling.next) {
    if (sibling.type === 'text' && (sibling.data ?? '').trim() === '') continue;
    if (!isElement(sibling)) return null;
    const heading = sibling.name === 'div' ? onlyChildElement(sibling) : sibling;
    return heading && isSubtitleTag(heading.name, headline.name) ? heading : null;
  }
  return null;
}

function isSubtitleTag(tag: string, headlineTag: string): boolean {
  return tag === 'h2' || tag === 'h3' || (tag === 'h4' && HEADLINE_OVER_H4.has(headlineTag));
}
const HEADLINE_OVER_H4: ReadonlySet<string> = new Set(['h1', 'h2', 'h3']);

/** The one element a box holds, with no text beside it. */
function onlyChildElement(box: DomElement): DomElement | null {
  let only: DomElement | null = null;
  for (const child of box.children) {
    if (isElement(child)) {
      if (only) return null;
      only = child;
    } else if (normalizeSpace(rawText(child)) !== '') return null;
  }
  return only;
}

/**
 * Whether the subtitle's text is long enough to be the dek: a sentence, weighed by {@link readingLength}, as a
 * Korean or Chinese dek says in few characters what a Latin one does in many. Rule "header's subtitle": in the box
 * a template frames the headline with as the article's header (a <header>, `entry-header`), which holds the dek and
 * the byline but never the text and its section headings, a short sentence is enough ("คิดค่าบริการวันละ 20 บาท
 * เฉพาะผู้ใช้บัตรโดยสาร เริ่ม 1 เม.ย.นี้").
 */
export function isSubtitleText(subtitle: DomElement, headline: DomElement, text: string): boolean {
  const length = readingLength(normalizeSpace(text));
  return length >= MIN_STANDFIRST_CHARS || (length >= MIN_SHOWN_SUMMARY_CHARS && isHeaderBox(headline.parent) && isAncestorOf(headline.parent as DomElement, subtitle));
}

function isHeaderBox(box: DomNode | null): boolean {
  return !!box && isElement(box) && (box.name === 'header' || attributeTokens(box).has('header'));
}

function isSubtitleBlock(subtitle: DomElement, headline: DomElement, stats: StatsTable): boolean {
  const own = stats.get(subtitle);
  return !!own && linkDensity(own) < 0.3 && isSubtitleText(subtitle, headline, rawText(subtitle));
}

/**
 * Rule "named and declared subtitle": a WordPress theme's subtitle field prints the dek under the headline in a heading
 * its class names so (jNews's `<h2 class="jeg_post_subtitle">`) and the page declares it as its description; a dek of
 * a few words ("শীতের শুরুতেই জমজমাট কংসাবতীর পাড়") is shorter than a sentence-long one, but the class and the
 * declaration together say what it is, where a short heading with neither is the text's first section heading.
 */
function isNamedDeclaredSubtitle(subtitle: DomElement, stats: StatsTable, summary: string | null): boolean {
  if (summary === null || firstMatch(attributeTokens(subtitle), STANDFIRST_TOKENS) === null) return false;
  const own = stats.get(subtitle);
  if (!own || linkDensity(own) >= 0.3) return false;
  const shown = comparableSummary(rawText(subtitle));
  return shown === summary && readingLength(shown) >= MIN_NAMED_SUBTITLE_CHARS;
}
/** A few words: a dek both named and declared may be this short. */
const MIN_NAMED_SUBTITLE_CHARS = 20;

function isProseBlock(element: DomElement, stats: StatsTable): boolean {
  const own = stats.get(element);
  return !!own && own.chars >= MIN_STANDFIRST_CHARS && linkDensity(own) < 0.3;
}

/** A prose paragraph, or a block the template names as the standfirst, that is not a list of links. */
export function isStandfirst(element: DomElement, stats: StatsTable): boolean {
  const own = stats.get(element);
  if (!own || !isProseBlock(element, stats)) return false;
  if (element.name === 'p') return true;
  if (own.elements > 5) return false;
  if (element.attribs.itemprop?.toLowerCase() === 'description') return true;
  return firstMatch(attributeTokens(element), STANDFIRST_TOKENS) !== null;
}

/**
 * Rule "the declared summary, shown": a block between the headline and the body that prints the summary the page
 * declares (its `og:description`, whole or cut short with a truncation mark) is the standfirst, whatever the template calls
 * it: the class words that name a dek are many, or hashed away. A block of links or of many parts is no dek.
 */
function printsSummary(element: DomElement, stats: StatsTable, summary: string | null): boolean {
  if (summary === null) return false;
  const own = stats.get(element);
  if (!own || own.elements > 5 || linkDensity(own) >= 0.3) return false;
  const shown = comparableSummary(rawText(element));
  return showsComparableSummary(shown, summary) || (isProseLine(element) && shown === summary.replace(CLOSING_FULL_STOP, '') && readingLength(shown) >= MIN_SHOWN_SUMMARY_CHARS);
}
/**
 * Rule "dek without its full stop": templates print the standfirst as a heading-like line and drop its closing full
 * stop, which the description the page declares keeps; the full stop does not make them two summaries. Only a line
 * of prose: a list's points under a headline are highlights, not the dek's sentence.
 */
const CLOSING_FULL_STOP = /(?<!\.)[.。]$/u;
function isProseLine(element: DomElement): boolean {
  return element.name !== 'li' && element.name !== 'ul' && element.name !== 'ol' && !descendantElements(element).some((inner) => inner.name === 'li');
}

/**
 * Whether a text prints the declared summary, whole or (for a long one) cut short with a truncation mark. A dek
 * printed whole needs no prose length of its own, only a sentence's: the declaration vouches for it, and Arabic
 * packs a sentence-long dek into fewer characters than a Latin script ("تقرير أممي: ثلثا سكان المنطقة يعيشون تحت
 * إجهاد مائي مرتفع" is under the standfirst's 80).
 */
export function isShownSummary(text: string, declaredSummary: string): boolean {
  return showsComparableSummary(comparableSummary(text), comparableSummary(declaredSummary));
}

/** {@link isShownSummary} for texts made comparable, so that a walk asking many blocks makes the summary so once. */
function showsComparableSummary(shown: string, summary: string): boolean {
  if (shown === summary) return readingLength(summary) >= MIN_SHOWN_SUMMARY_CHARS;
  return summary.length >= MIN_SUMMARY_PREFIX_CHARS && shown.length >= MIN_STANDFIRST_CHARS && shown.startsWith(summary);
}
/** A declared summary printed whole is a dek from a short sentence's length on. */
const MIN_SHOWN_SUMMARY_CHARS = 40;
/** A declaration cut short still names its dek by this many characters. */
const MIN_SUMMARY_PREFIX_CHARS = 100;

function comparableSummary(text: string): string {
  return normalizeSpace(text).replace(TRUNCATION_MARK, '').toLowerCase();
}
