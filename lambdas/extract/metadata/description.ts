/**
 * The summary (dek, standfirst) of the article: what the page declares in its meta tags and JSON-LD, completed when
 * the first declaration is a truncated copy of another, and else what the page shows under its headline.
 */
import type { Element } from 'domhandler';
import { type DomElement, isAncestorOf, rawText } from '../content/dom';
import { isCaptionElement } from '../content/captions';
import { isImageElement } from '../content/picture-elements';
import { isSubtitleText, MIN_STANDFIRST_CHARS, subtitleOf } from '../content/lead';
import { attributeTokens, firstMatch } from '../content/tokens';
import { BOILERPLATE_TOKENS, CALL_TO_ACTION, PUBLISHER_NOTICE, STANDFIRST_TOKENS, WEAK_BOILERPLATE_TOKENS } from '../content/vocabulary';
import { trimCharacters, TRUNCATION_MARK } from '../plain-text';
import { hasToken, type IndexedPage, isHidden } from './regions';
import { normalize, sharedContentWords } from './title-text';

/** What the page calls itself and its story: a summary that only repeats one of these summarises nothing. */
export interface PageNames {
  title: string | null;
  siteName: string | null;
  host: string | null;
  /** What the site's own JSON-LD node says the site is (`WebSite.description`). */
  siteDescription?: string | null;
}

/**
 * The declared summaries, most trusted first (og:description, description, …, JSON-LD), with the visible dek read
 * only when it is needed. The first declared one wins, as before, unless it is a truncated copy of another or only
 * repeats the page's names and something better exists.
 */
export function chooseDescription(declared: Array<string | null | undefined>, visibleDek: () => string | null, names: PageNames): string | null {
  const summaries = declared.filter((value): value is string => Boolean(value))
    .filter((summary) => !isSiteSlogan(summary, names) && !describesSite(summary, names.siteDescription));
  const first = summaries.find((summary) => !repeatsName(summary, names));
  if (!first) return visibleDek() ?? summaries[0] ?? null;
  return isTruncated(first) ? completion(first, [...summaries.filter((summary) => summary !== first), visibleDek()]) ?? first : first;
}

/**
 * Rule "name for a summary": CMSes fill an empty summary field with the headline, the site's name or its domain
 * ("www.example.de"). Such a value tells a reader nothing the title does not, so a later declaration or the dek the
 * page shows is taken instead; with neither, it stays.
 */
function repeatsName(summary: string, { title, siteName, host }: PageNames): boolean {
  const bare = comparable(summary);
  return [title, siteName, host, host?.replace(/^www\./, '')].some((name) => name && comparable(name) === bare);
}
const comparable = (text: string) => trimCharacters(text.toLowerCase(), CLOSING_PUNCTUATION, false).replace(/\s+/g, ' ');
const CLOSING_PUNCTUATION: ReadonlySet<string> = new Set([...' \t\n\u00a0.!?:;,…']);

/**
 * Rule "site's slogan": a CMS that has no summary for the article fills the field with the home page's, the site's
 * name and its slogan ("Jabal News - Palestine's news around the clock", "Around the clock | Jabal News"). It says
 * what the site is, not what the story says, and no declaration or dek is better left out than it: it is no summary.
 * Only a short slogan counts, of a few words and no sentence's end; a summary that opens with the site's name
 * as a source goes on with a sentence of its own.
 */
function isSiteSlogan(summary: string, { siteName, title }: PageNames): boolean {
  if (!siteName) return false;
  const name = comparable(siteName);
  const text = comparable(summary);
  const rest = text.startsWith(name) ? text.slice(name.length) : text.endsWith(name) ? text.slice(0, text.length - name.length) : null;
  if (rest === null || !name) return false;
  const slogan = rest.replace(SLOGAN_SEPARATOR_EDGES, '').trim();
  if (slogan === rest.trim() || slogan.length === 0 || SENTENCE_END.test(slogan)) return false;
  const words = slogan.split(' ').length;
  return words <= MAX_SLOGAN_WORDS || (words <= MAX_LONG_SLOGAN_WORDS && title !== null && sharedContentWords(normalize(slogan), [normalize(title)]) === 0);
}
/**
 * Rule "slogan beside the story": a longer line after the site's name ("Daily Example - the latest news, sport and
 * weather from the valley") is still the site's, when it shares no word with the headline; a summary behind the
 * site's name as its source tells the headline's story, and names what it names.
 */
const MAX_LONG_SLOGAN_WORDS = 14;
/**
 * Rule "site's own description": a theme with no summary for the article fills its description tags with the site's,
 * the slogan its JSON-LD WebSite node states ("Independent news for the Puget Sound region since 1987."). It says
 * what the site is on every page, however sentence-like; the same text as that node's description is no summary.
 */
function describesSite(summary: string, siteDescription: string | null | undefined): boolean {
  return siteDescription ? comparable(summary) === comparable(siteDescription) : false;
}

/** The separator between the site's name and its slogan, as titles set it: " - ", " | ", " : ", " – ". */
const SLOGAN_SEPARATOR_EDGES = /^\s*[-–—|:·•]\s*|\s*[-–—|:·•]\s*$/g;
const MAX_SLOGAN_WORDS = 8;
const SENTENCE_END = /[.!?؟。]\s/;

/**
 * Rule "truncated summary": sites cut og:description to a card's length and mark the cut with an ellipsis ("…",
 * "...", WordPress's "[…]"), while the plain description or the JSON-LD often holds the whole text. A cut summary
 * stops mid-sentence, even mid-word, so the whole text is preferred when another declaration, or the dek the page
 * shows, starts with what the cut one kept.
 */
function isTruncated(summary: string): boolean {
  return TRUNCATION_MARK.test(summary);
}

/** The longest summary that goes on from where the truncated one stops, an uncut one before a cut one. */
function completion(truncated: string, others: Array<string | null>): string | null {
  const kept = truncated.replace(TRUNCATION_MARK, '');
  if (!kept) return null;
  let best: string | null = null;
  for (const other of others) {
    if (!other || other.length <= kept.length || !other.startsWith(kept)) continue;
    if (other.replace(TRUNCATION_MARK, '').length <= kept.length) continue;
    if (best === null || rank(other) > rank(best)) best = other;
  }
  return best;
}
const rank = (summary: string) => (isTruncated(summary) ? 0 : 1_000_000) + summary.length;

/** A dek is a sentence or two: shorter texts are kickers, bylines and labels, longer ones the article's text. */
const MIN_DEK_CHARS = 40;
const MAX_DEK_CHARS = 600;
/** How far past the headline a dek may sit: the header between them holds bylines, share buttons and pictures. */
const MAX_ELEMENTS_AFTER_HEADLINE = 400;
/** A dek is a paragraph with a few inline elements in it, not a box of blocks. */
const MAX_DEK_ELEMENTS = 12;
/** Linked text in a dek: a teaser of another story is all link. */
const MAX_LINKED_SHARE = 0.5;
/** What a dek never holds: lists and tables (a "key points" box), headings and form controls. */
const NOT_IN_DEK = new Set(['ul', 'ol', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'form', 'input', 'button', 'select', 'textarea']);
const DESCRIPTION_TOKEN = new Set(['description']);
/** Schema.org types whose `description` is the article's: a picture's, a person's or a product's is not. */
const ARTICLE_ITEM_TYPE = /Article|BlogPosting|Report|WebPage|CreativeWork/i;

/**
 * Rule "visible dek": pages without summary metadata (legacy CMSes, blogs, print and app renderings, stripped
 * archives) still show the summary under the headline, as a block the template names for it (`p.lead`, `div.chapo`,
 * `h2.subtitle`, `article__lead`, a visible `itemprop="description"`) or as a sentence-long subtitle right under
 * the headline. Only such a block before the text begins counts: the body's first paragraph is not a summary, and
 * readers of a page without one expect none (trafilatura and newspaper leave it empty too); a teaser of another
 * story, a newsletter box or a sidebar further down the page is not this article's.
 */
export function readVisibleDek(page: IndexedPage, headline: Element | null, title: string | null): string | null {
  if (!headline) return null;
  const { elements, position, subtreeEnd, inBody } = page.walk;
  const start = position.get(headline);
  if (start === undefined) return null;
  const subtitle = subtitleOf(headline as unknown as DomElement);
  const end = Math.min(elements.length, subtreeEnd[start] + MAX_ELEMENTS_AFTER_HEADLINE);
  for (let index = subtreeEnd[start]; index < end; index++) {
    const element = elements[index];
    if (page.walk.hasBody && inBody[index] === 0) continue;
    // Another headline: the story, or the page's part about it, has ended.
    if (element.name === 'h1') return null;
    if (namesDek(element, subtitle as unknown as Element | null, headline)) {
      const dek = dekText(page, index, headline);
      if (dek && dek !== title) return dek;
    } else if (element.name === 'p' && startsText(page, index)) {
      return null;
    }
  }
  return null;
}

/**
 * The template names the block as the summary, or it is the subtitle heading right under the headline: a
 * sentence-long one, measured as the body stage measures it (its spaces counted: the walk's visible characters
 * leave them out, and an Arabic dek the body opened with fell short of the length here); a short one is the first
 * section's heading.
 */
function namesDek(element: Element, subtitle: Element | null, headline: Element): boolean {
  if (hasToken(element.attribs.itemprop?.toLowerCase(), DESCRIPTION_TOKEN)) return describesArticle(element);
  if (firstMatch(attributeTokens(element as unknown as DomElement), STANDFIRST_TOKENS) !== null) return true;
  return element === subtitle && isSubtitleText(element as unknown as DomElement, headline as unknown as DomElement, rawText(element as unknown as DomElement));
}

/** The nearest item scope around a microdata `description` is the article (or the page), not a picture or a person. */
function describesArticle(element: Element): boolean {
  for (let current: Element | null = element; current && current.type === 'tag'; current = current.parent as Element | null) {
    if (current.attribs.itemscope !== undefined) return ARTICLE_ITEM_TYPE.test(current.attribs.itemtype ?? '');
  }
  return false;
}

/**
 * A paragraph of prose outside any furniture: the article's text has begun. A line of links (the post's tags, its
 * categories) is the header's, however long.
 */
function startsText(page: IndexedPage, index: number): boolean {
  const element = page.walk.elements[index];
  const chars = page.walk.visibleChars[index];
  if (chars < MIN_STANDFIRST_CHARS || linkedChars(page, index) > chars * MAX_LINKED_SHARE || page.isForeign(element)) return false;
  return !inFurniture(element);
}

/** Visible characters inside links under the element at this walk index. */
function linkedChars(page: IndexedPage, index: number): number {
  const { elements, visibleChars, subtreeEnd } = page.walk;
  let linked = 0;
  for (let inner = index + 1; inner < subtreeEnd[index]; inner++) if (elements[inner].name === 'a') linked += visibleChars[inner];
  return linked;
}

/** The summary text of a block named as the dek, or null when the block is not one after all. */
function dekText(page: IndexedPage, index: number, headline: Element): string | null {
  const { elements, visibleChars, subtreeEnd } = page.walk;
  const element = elements[index];
  const chars = visibleChars[index];
  if (chars < MIN_DEK_CHARS || chars > MAX_DEK_CHARS || subtreeEnd[index] - index > MAX_DEK_ELEMENTS) return null;
  const paragraphs: Element[] = [];
  for (let inner = index + 1; inner < subtreeEnd[index]; inner++) {
    const descendant = elements[inner];
    if (NOT_IN_DEK.has(descendant.name) || isImageElement(descendant as unknown as DomElement)) return null;
    if (descendant.name === 'p') paragraphs.push(descendant);
  }
  if (linkedChars(page, index) > chars * MAX_LINKED_SHARE || isCaptionElement(element as unknown as DomElement)) return null;
  if (page.isForeign(element) || inFurniture(element) || isHidden(element) || inOtherStory(element, headline)) return null;
  // Paragraphs of a two-paragraph dek are one text; read as one, their sentences would run together.
  const text = paragraphs.length > 1
    ? paragraphs.map((paragraph) => page.shortText(paragraph, MAX_DEK_CHARS) ?? '').join(' ').trim()
    : page.shortText(element, MAX_DEK_CHARS);
  if (!text || CALL_TO_ACTION.test(text) || PUBLISHER_NOTICE.test(text)) return null;
  return text;
}

/**
 * Inside a box of furniture (a newsletter sign-up, a promotion, a share bar, a byline box): its intro text speaks
 * for the box. Words that also name a frame around the article (header, meta, widget) do not count.
 */
function inFurniture(element: Element): boolean {
  for (let current: Element | null = element; current && current.type === 'tag' && current.name !== 'body'; current = current.parent as Element | null) {
    for (const token of attributeTokens(current as unknown as DomElement)) if (BOILERPLATE_TOKENS.has(token) && !WEAK_BOILERPLATE_TOKENS.has(token)) return true;
  }
  return false;
}

/**
 * Inside an `<article>` or a link that does not hold the headline: a teaser card of another story, whose excerpt
 * is that story's summary.
 */
function inOtherStory(element: Element, headline: Element): boolean {
  for (let current: Element | null = element; current && current.type === 'tag'; current = current.parent as Element | null) {
    if (current.name === 'a') return true;
    if (current.name === 'article') return !isAncestorOf(current as unknown as DomElement, headline as unknown as DomElement);
  }
  return false;
}
