/**
 * The page's headline: the candidates the page declares and shows, handed to the title chooser (title.ts), and the
 * element under which the page sets its dek.
 *
 * ```ts
 * const { title, documentTitle } = readPageTitle(page, tags, structured, siteName, host);
 * ```
 */
import type { Element } from 'domhandler';
import { countVisible, isHiddenByMarkup } from '../dom-walk';
import { isInactiveTabPane } from '../content/hidden-elements';
import { headlineText, isTeaserHeading, openingPartSplit, readBreadcrumbHeadline, readClassedHeadline, readHeadlineBlocks, readReleaseHeadline, readShownBlocks, readShownLines, readTitledBlocks, readLargeFontLines } from './headline-elements';
import type { StructuredArticle } from './json-ld';
import type { MetaTags } from './meta-tags';
import { hasToken, type IndexedPage, textContent } from './regions';
import { isSiteLogo } from './site-logo';
import { DATE_SEGMENT } from './title-affixes';
import { SECTION_META_KEYS } from './taxonomy';
import { chooseTitle } from './title';

export interface PageTitle {
  /** The article's headline, or null when the page shows none. */
  title: string | null;
  /** The `<title>` element's text. */
  documentTitle: string;
  /** The headline elements the breadcrumb rule kept: the article's own, in document order. */
  headlineElements: Element[];
}

/**
 * The article's headline, from what the page declares and what it shows: the declared titles, the headline-like
 * elements outside rails and hidden panes, the breadcrumb's last crumb, the h2s, the document title. Also the
 * `<title>` text and the headline elements the title was read from, which the site-name and dek readers go by.
 */
export function readPageTitle(page: IndexedPage, tags: MetaTags, structured: StructuredArticle | null, siteName: string | null, host: string | null): PageTitle {
  const documentTitle = textContent(page.first('title'));
  // Rule "other language's tab" (content/hidden-elements.ts): the version of the story a tab set does not show is no
  // witness of the headline readers see.
  const inHiddenPane = page.enclosure(isInactiveTabPane);
  const headlineElements = headlines(page).filter((element) => !inHiddenPane(element));
  const ownHeadlines = headlineElements.filter((element) => !isSiteLogo(element));
  // Rule 'headlines in rails': an entry title in a sidebar widget, a related-stories box or a teaser card heads
  // another item; it witnesses the page's headline only on a page that has no other headline element.
  const outsideRails = ownHeadlines.filter((element) => !page.isForeign(element) && !isTeaserHeading(element, ownHeadlines));
  const breadcrumb = readBreadcrumbHeadline(page, outsideRails.length > 0 ? outsideRails : ownHeadlines);
  // An h2 that is the site's logo ("<h2><a href="https://site.example/">Site</a></h2>" in the masthead) names the site,
  // not the page, wherever the template sets it.
  // A date header ("17.7.11", Blogger's "Saturday, December 5, 2026") heads the day's posts, never a story.
  const subheadingElements = page.tagged('h2').filter((element) => !page.isForeign(element) && !isSiteLogo(element) && !followsLogo(element) && !inDialog(element) && !inHiddenPane(element))
    .slice(0, MAX_SUBHEADINGS).filter((element) => !DATE_SEGMENT.test(page.shortText(element, MAX_HEADLINE_CHARS) ?? ''));
  const title = chooseTitle({
    declared: [structured?.headline, ...tags.all('og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'itemprop:headline', 'title')]
      .filter(isHeadlineSized),
    headings: breadcrumb.headlineElements.map(headlineText),
    openingParts: breadcrumb.headlineElements.map(openingPartSplit).filter((split) => split !== null),
    afterBreadcrumb: breadcrumb.afterBreadcrumb,
    headlinesInTrail: breadcrumb.headlinesInTrail,
    logos: headlineElements.filter(isSiteLogo).map((element) => textContent(element)),
    classedHeadline: breadcrumb.headlineElements.length === 0 ? readClassedHeadline(page, MAX_HEADLINE_CHARS) ?? readReleaseHeadline(page, MAX_HEADLINE_CHARS) : null,
    headlineBlocks: () => readHeadlineBlocks(page, MAX_HEADLINE_CHARS),
    shownBlocks: () => readShownBlocks(page, MAX_HEADLINE_CHARS),
    shownLines: () => readShownLines(page, MAX_HEADLINE_CHARS),
    titledBlocks: () => readTitledBlocks(page, MAX_HEADLINE_CHARS),
    largeFontLines: () => readLargeFontLines(page, MAX_HEADLINE_CHARS),
    lowerHeadings: () => LOWER_HEADINGS.flatMap((tag) => page.tagged(tag)).filter((element) => !page.isForeign(element) && !inHiddenPane(element))
      .map((element) => page.shortText(element, MAX_HEADLINE_CHARS) ?? ''),
    subheadings: subheadingElements.map((element) => page.shortText(element, MAX_HEADLINE_CHARS) ?? ''),
    firstSubheadingInArticle: subheadingElements.length > 0 && page.enclosure((element) => element.name === 'article')(subheadingElements[0]),
    documentTitle: isHeadlineSized(documentTitle) ? documentTitle : null,
    siteName,
    sections: [...tags.all(...SECTION_META_KEYS), ...(structured?.sections ?? [])],
    host,
  });
  return { title, documentTitle, headlineElements: breadcrumb.headlineElements };
}

/** Headline-like elements whose text confirms a declared title. */
function isHeadlineElement(name: string, itemprop: string | undefined, classes: string | undefined): boolean {
  return name === 'h1' || hasToken(itemprop, HEADLINE_TOKEN) || (classes !== undefined && classes.includes(HEADLINE_CLASS_ENDING) && hasToken(classes, HEADLINE_CLASSES));
}
const HEADLINE_TOKEN = new Set(['headline']);
const HEADLINE_CLASSES = new Set(['entry-title', 'post-title', 'article-title']);
/** What every one of {@link HEADLINE_CLASSES} holds: a class value without it has none of them, found in one search. */
const HEADLINE_CLASS_ENDING = '-title';
/**
 * A headline is a line, not a paragraph. Rule "a title is a line": a headline element, a declared title or a
 * `<title>` with more visible characters is no title candidate. It is a template's slip (an unclosed `<h1>` around
 * the story) or hostile input, and as the record's title it cost twice: the body pass searches the title for the
 * text of every heading, which took 4.8 s on a page of 20,000 headings under a 500,000-character og:title.
 */
const MAX_HEADLINE_CHARS = 300;

/** A non-empty text no longer than a headline. */
function isHeadlineSized(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.length > 0 && countVisible(text) <= MAX_HEADLINE_CHARS;
}
/** The headings below h2, where some templates set the story's headline (rule 'headline in a lower heading'). */
const LOWER_HEADINGS = ['h3', 'h4', 'h5', 'h6'];
/** Only the first few headline elements are the article's; later ones belong to teasers. */
const MAX_HEADLINES = 6;
/** h2s read as witnesses of the headline: a story's h2 headline comes among the page's first ones. */
const MAX_SUBHEADINGS = 10;

/**
 * The element showing the chosen headline, under which the page sets its dek: the headline-like element whose text
 * is the title, or holds it beside a kicker ("Verbraucherschutz Mehr Transparenz …"), else the page's first <h1>
 * that is not the site's logo, another item's, or a hidden heading for screen readers ("Navigation und Service").
 */
export function dekAnchor(page: IndexedPage, headlineElements: Element[], title: string | null): Element | null {
  if (!title) return null;
  const wanted = title.toLowerCase();
  const candidates = headlineElements.filter((element) => !isSiteLogo(element));
  const shown = candidates.find((element) => headlineText(element).toLowerCase() === wanted)
    ?? candidates.find((element) => headlineText(element).toLowerCase().includes(wanted));
  return shown ?? page.tagged('h1').find((element) => !isSiteLogo(element) && !page.isForeign(element) && !isHiddenByMarkup(element.attribs)) ?? null;
}

/** The first headline-like elements of the page, in document order. */
function headlines(page: IndexedPage): Element[] {
  const { elements, visibleChars } = page.walk;
  const itemprops = page.attributeOfAll('itemprop');
  const classes = page.attributeOfAll('class');
  const found: Element[] = [];
  for (let index = 0; index < elements.length && found.length < MAX_HEADLINES; index++) {
    if (visibleChars[index] <= MAX_HEADLINE_CHARS && isHeadlineElement(elements[index].name, itemprops[index], classes[index])) found.push(elements[index]);
  }
  return found;
}

/**
 * Rule 'dialog heading': a dialog laid over the page (a cookie consent box, a newsletter prompt: role="dialog" or
 * "alertdialog", aria-modal) heads its own text ("We value your privacy"); printed before the story, its h2 would
 * pass for the headline of a template without an h1.
 */
function inDialog(element: Element): boolean {
  for (let node: Element | null = element; node && node.type === 'tag'; node = node.parent as Element | null) {
    const { role, 'aria-modal': modal } = node.attribs;
    if (modal === 'true' || role === 'dialog' || role === 'alertdialog') return true;
  }
  return false;
}

/** The site's tagline: a heading right after the logo heading ("<h1><a href="/">Site</a></h1><h2>Since 1999</h2>"). */
function followsLogo(element: Element): boolean {
  let previous = element.prev;
  while (previous && previous.type !== 'tag') previous = previous.prev;
  return previous !== null && isSiteLogo(previous as Element);
}
