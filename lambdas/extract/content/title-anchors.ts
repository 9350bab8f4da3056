/**
 * Title anchors: the headline and the declared article bodies the page's title points at, found before the cleaning
 * so that nothing holding them is removed, and the title compared with headings by its letters alone.
 */
import { normalizeSpace } from '../dom-walk';
import { type DomElement, type DomNode, rawText } from './dom';

/** What on the page the title points at, found in one walk over the tree before anything is removed. */
export interface TitleAnchors {
  /** The headline (or, without one, the title heading) and declared article bodies, with all their ancestors: never removed. */
  keep: Set<DomNode>;
  /** The first <h1> (or `itemprop=headline`) that reads as the title, for later stages to locate the article by. */
  headline: DomElement | null;
  /**
   * A sub-heading that is the title word for word: where a page's <h1> is a section name ("Latest stories"), the
   * story's own heading is an <h2>. Only used to tell which story of a stream the page is about: as the headline
   * it would pull bylines and author pictures above the body into the lead.
   */
  titleHeading: DomElement | null;
  /**
   * Rule "headline in a plain box": a template with no heading at all sets the headline as the text of a plain box
   * (a WebForms label, `<div class="news-title"><span id="…_lblTitle">…</span></div>`), the title word for word. The
   * one such box of the page, where no heading is the title; the lead pass reads the picture under it.
   */
  titleLine: DomElement | null;
}

/** `elements`: every element of the intact page, in document order. */
export function titleAnchors(elements: readonly DomElement[], title: string | null): TitleAnchors {
  const anchors: DomElement[] = [];
  let headline: DomElement | null = null;
  let titleHeading: DomElement | null = null;
  let titleHeadings = 0;
  let titleLine: DomElement | null = null;
  let titleLines = 0;
  const wanted = title ? comparable(title) : '';
  for (const element of elements) {
    if (wanted && TITLE_LINE_TAGS.has(element.name) && isTitleLine(element, wanted)) {
      titleLines++;
      titleLine ??= element;
    }
    const itemprop = element.attribs.itemprop?.toLowerCase();
    if (itemprop === 'articlebody') anchors.push(element);
    else if (wanted && (element.name === 'h1' || itemprop === 'headline') && isHeadline(comparable(rawText(element)), wanted)) {
      anchors.push(element);
      headline ??= element;
    }
    if (title && (element.name === 'h2' || element.name === 'h3') && comparable(rawText(element)) === wanted) {
      titleHeadings++;
      titleHeading ??= element;
    }
  }
  // Rule "stand-in headline's header": a template without an <h1> sets the headline in an <h3> that is the title word
  // for word, in the <header> that holds its dek (`<header><h3 class="heading">…</h3><h4 class="subheading">…</h4>`), and
  // that header is the article's, as an <h1>'s is: kept, so the lead pass finds the dek under the heading. A page that
  // prints the title in two such headings sets one in its sticky bar, whose header is the site's: neither is kept.
  if (!headline && titleHeading && titleHeadings === 1) anchors.push(titleHeading);
  const keep = new Set<DomNode>();
  for (const anchor of anchors) for (let node: DomNode | null = anchor; node && !keep.has(node); node = node.parent) keep.add(node);
  return { keep, headline, titleHeading, titleLine: headline || titleHeading || titleLines !== 1 ? null : titleLine };
}

/** Plain boxes a headline is set in without a heading; a link repeating the title points at the story from elsewhere. */
const TITLE_LINE_TAGS: ReadonlySet<string> = new Set(['span', 'div', 'td', 'font', 'b', 'strong', 'p']);

/**
 * A box whose one child is a text that is the title word for word. Its length is compared first: most boxes hold
 * other texts, and are let go without building the comparable text.
 */
function isTitleLine(element: DomElement, wanted: string): boolean {
  if (element.children.length !== 1) return false;
  const child = element.children[0];
  if (child.type !== 'text') return false;
  const length = (child.data ?? '').length;
  return length >= wanted.length && length <= wanted.length * 2 && comparable(child.data ?? '') === wanted;
}

/**
 * A heading of a word or two ("News", "Blog") is found inside many titles, so it is the headline only when it is the
 * whole title. Rule "short headline": a guide or a profile may be titled by one name ("Zanzibar", "Lisbon"), and
 * the heading that is the title word for word is its headline, whose standfirst the lead pass then finds under it.
 */
function isHeadline(candidate: string, title: string): boolean {
  if (candidate === title) return candidate.length > 0;
  if (candidate.length < 8) return false;
  return title.includes(candidate) || candidate.includes(title);
}

export function comparable(text: string): string {
  if (BELOW_LATIN_1_LETTERS.test(text)) return normalizeSpace(text.toLowerCase().replace(ASCII_PUNCTUATION_AND_SYMBOLS, ' '));
  return normalizeSpace(text.normalize('NFKC').toLowerCase().replace(PUNCTUATION_SYMBOLS_AND_TATWEEL, ' '));
}

const PUNCTUATION_SYMBOLS_AND_TATWEEL = /[\p{P}\p{S}\u0640]+/gu;
/**
 * Most titles and headings are written in ASCII. Below U+00A0 NFKC changes no character, and the punctuation and
 * symbols are exactly these, so such a text is made comparable without the normalization and a Unicode-aware pattern,
 * which took most of the time.
 */
const BELOW_LATIN_1_LETTERS = /^[\0-\x9f]*$/;
const ASCII_PUNCTUATION_AND_SYMBOLS = /[!-/:-@[-`{-~]+/g;
