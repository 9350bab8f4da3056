/**
 * Visible bylines: the last source for authors, after JSON-LD and meta tags. Reads the author line nearest the
 * headline (themes mark it with classes such as `byline`, `author`, hCard `fn`), and otherwise a short line that
 * starts with a byline word ("By …", "Von …", "بقلم …").
 */
import type { Element } from 'domhandler';
import { IndexedPage, isHidden } from '../regions';
import { agencyReporterLine, articleHeaderLines, cityCreditLine, creditsUnderHeadline, datedCredit, headerWriterLinks, infoRowWriter, isDateOnly, leadInCredit, nameBesideDate, openingPoster } from './header-credits';
import { firstBylineLine, isInTeaserLink, labelledBreakLine, labelledCredit, namesSomeone, openingBreakLine, type SuffixedByline, unique } from './lines';
import { bylineTexts, followsOtherRoleLabel, joinedNames, markedBylines, otherRoleLineNames, otherRoleNames, outermost } from './marked';

export { articleHeaderLines, headerBylineLines, headerWriterLines, readSiteCreditLine } from './header-credits';
export { bracketedAgencyCredit, openingReporterCredit, readDutyEditorCredits, readEditorCredits } from './lines';
export { isAuthorPageLink, readWriterBoxLead } from './marked';
export { ABOUT_AUTHOR_HEADING, COPYRIGHT_NOTICE, readAboutAuthorBox, readAuthorLinkBox, readJapaneseClosingCredit, readPortraitWriterLink, readSignature, readWriterNote } from './signatures';

export function readBylines(page: IndexedPage): string[] {
  const { parentIndex, position, subtreeEnd } = page.walk;
  // A marked byline inside a link that also holds a headline is a teaser's credit, as a byline-word line there is.
  // Rule "dated byline box": themes give the date row the byline's class (a "byline" box around a <time>); a box that
  // holds a date and nothing else names nobody, and the byline line after it ("Eine Kolumne von …") does.
  const elements = articleBylines(page);
  // The article's byline follows its headline; author elements before it belong to the site header or teasers, and
  // one under a teaser's h1 that the headline was chosen over is that teaser's.
  const first = elements.find((element) => page.followsHeadline(element)) ?? elements.find((element) => !page.isUnderPassedHeadline(element));
  // Themes that leave their own byline unmarked ("Von <a>Jane Doe</a>") still mark the bylines of the teasers
  // further down: a byline-word line between the headline and the first marked element is the article's.
  if (first && page.followsHeadline(first)) {
    // A label alone ("<strong>Por:</strong> <a href="/autor/…">…</a>") names nobody: the marked names after it do,
    // and neither does a label kept for screen readers ("Author of the article:").
    const line = firstBylineLine(page, position.get(first)!, true, (element) => !isHidden(element));
    if (line && namesSomeone(line)) return [line];
  }
  if (first) {
    const parent = parentIndex[position.get(first)!];
    const container = parent >= 0 ? parentIndex[parent] : -1;
    const isInContainer = (element: Element) => {
      const index = position.get(element)!;
      return container >= 0 && index > container && index < subtreeEnd[container];
    };
    // Rule "hidden beside the shown byline" (see listItems). Rule "linked credit for another role": a credits row
    // that links every name to its profile ("Story by <a>…</a> · Photos by <a>…</a>", "Written By <a>…</a> | Edited
    // By <a>…</a>") makes each link a byline of its own; a link after another role's label credits the pictures or
    // the edit, as it does inside one byline element. A name the markup declares the author (itemprop) is kept.
    const shownFirst = !isHidden(first);
    const box = page.walk.elements[container];
    const siblings = outermost(elements.filter((element) => element === first
      || (isInContainer(element) && !startsAnotherStory(page, first, element) && !(shownFirst && isHidden(element)) && !(element.name === 'a' && followsOtherRoleLabel(page, element, box)))));
    const names = unique(siblings.flatMap((element) => bylineTexts(page, element)));
    return siblingsInOneLine(page, siblings, names) ?? names;
  }
  return readUnmarkedBylines(page);
}

/**
 * The names the article's marked bylines credit for pictures, a translation or an edit, and the article header's lines
 * that open with such a role's label; read once per page.
 */
export function readOtherRoleNames(page: IndexedPage): string[] {
  return page.once(findOtherRoleNames);
}
function findOtherRoleNames(page: IndexedPage): string[] {
  return [...otherRoleNames(page, articleBylines(page)), ...[...articleHeaderLines(page)].flatMap(otherRoleLineNames)];
}

/**
 * The byline a page gives without marking it: a short line that opens with a byline word or label, a labelled line
 * after a break or before one, a credits table's pair, a dated or placed credit, the writers' links in the header, a
 * name beside the date, a reader view's credits row under the headline. Read when the page marks no byline, and
 * (rule "placeholder byline") when the one it marks names nobody: themes print the account that posted the piece in the marked byline, which a club, a parish or a
 * school shares as its desk ("von <a class="url fn n">Redaktion</a>"), and the text credits its writer in a line of
 * its own ("<p><em>Text: Jane Doe | Fotos: John Roe</em></p>"). Read once per page, whoever asks.
 */
export function readUnmarkedBylines(page: IndexedPage): string[] {
  return page.once(unmarkedBylines);
}

function unmarkedBylines(page: IndexedPage): string[] {
  const { position, subtreeEnd } = page.walk;
  // A line that holds a marked byline or sits in one ("<span class="byline"> von <a class="fn">Redaktion</a></span>")
  // is the placeholder again.
  const marked = articleBylines(page).map((element) => position.get(element)!);
  const unmarked = (element: Element) => {
    const index = position.get(element)!;
    return !marked.some((byline) => (index >= byline && index < subtreeEnd[byline]) || (byline >= index && byline < subtreeEnd[index]));
  };
  const suffixed: SuffixedByline = { line: null };
  const line = firstBylineLine(page, page.walk.elements.length, false, unmarked, suffixed) ?? labelledBreakLine(page) ?? openingBreakLine(page) ?? labelledCredit(page)
    ?? datedCredit(page) ?? cityCreditLine(page) ?? agencyReporterLine(page) ?? leadInCredit(page) ?? suffixed.line ?? infoRowWriter(page) ?? openingPoster(page);
  if (line) return [line];
  const links = headerWriterLinks(page);
  if (links.length > 0) return links;
  const beside = nameBesideDate(page) ?? creditsUnderHeadline(page);
  return beside ? [beside] : [];
}

/**
 * Rule "one line of names" (see joinedNames), for writers marked one element each: a template that loops over a
 * post's writers marks every one as an author of its own and prints them side by side in one meta row ("<p
 * class="post-meta"><time>…</time> • <span itemprop="author">Jane Doe</span>, <span itemprop="author">John
 * Roe</span></p>"). Read apart, the names are separate bylines; the reader sees one credit, and it is read as one
 * when the elements share their parent and only a comma, an ampersand or "and" stands between one name and the next.
 * Null otherwise.
 */
function siblingsInOneLine(page: IndexedPage, bylines: Element[], names: string[]): string[] | null {
  const parent = bylines[0].parent;
  if (bylines.length < 2 || names.length !== bylines.length || parent?.type !== 'tag' || bylines.some((byline) => byline.parent !== parent)) return null;
  return joinedNames(page, parent as Element, names);
}

/**
 * The marked bylines that may be the article's, neither a teaser's credit nor a date row (see readBylines); found
 * once per page, as both the marked and the unmarked readers ask.
 */
function articleBylines(page: IndexedPage): Element[] {
  return page.once(findArticleBylines);
}
function findArticleBylines(page: IndexedPage): Element[] {
  return markedBylines(page, (element, text) => !isInTeaserLink(page, element, text) && !isDateOnly(text));
}

/**
 * A page that runs several stories in one container (a weekly edition, a live blog's entries) heads each with its
 * own headline and byline: a byline with a headline between it and the first one credits another story.
 */
function startsAnotherStory(page: IndexedPage, first: Element, byline: Element): boolean {
  const { position, subtreeEnd } = page.walk;
  // A heading inside the first byline (a writer's card that sets the name as a heading) heads no story.
  const from = subtreeEnd[position.get(first)!];
  const to = position.get(byline)!;
  return STORY_HEADINGS.some((tag) => page.tagged(tag).some((heading) => {
    const at = position.get(heading)!;
    return at >= from && at < to;
  }));
}
const STORY_HEADINGS = ['h1', 'h2', 'h3'];

/**
 * A hidden hCard after the headline ("vcard rich-snippet-hidden", "screen-reader-text") is kept for search engines,
 * and themes fill it with the CMS account that posted the page. When the reader sees a byline line that names
 * someone else, the account is the uploader: returns the hidden names and that line, or null.
 */
export function readHiddenAccount(page: IndexedPage): { account: string[]; visibleLine: string } | null {
  const first = markedBylines(page, (element) => page.followsHeadline(element))[0];
  if (!first || !isHidden(first)) return null;
  const visibleLine = firstBylineLine(page, page.walk.elements.length, true, (element) => !isHidden(element));
  return visibleLine ? { account: bylineTexts(page, first), visibleLine } : null;
}
