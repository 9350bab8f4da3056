/**
 * Stage 2: score every element by the prose it holds, in the spirit of Readability's candidate scoring.
 *
 * Each paragraph-like block contributes points for being long and for clause punctuation (prose has commas, link
 * lists and menus do not; Arabic ، ؛ ؟ count like , ; ?). Points flow to ancestors with decay, so the element that
 * directly wraps the paragraphs collects most. Class/id words and tags shift the starting score, and the final
 * score is scaled by the share of text that is not link text, so link farms lose however long they are.
 */
import { BLOCK_TAGS, type DomElement, type DomNode, descendantElements, HEADING_TAGS, holdsParagraphBreaks, isElement, isSetApartByBreaks, PAGE_ROOT_TAGS } from './dom';
import { breakSeparatedRuns, linkDensity, type StatsTable } from './measure';
import { attributeTokens, firstMatch } from './tokens';
import { BOILERPLATE_TOKENS, CONTENT_TOKENS } from './vocabulary';

/** Elements that always hold a paragraph of their own. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'dd', 'li']);

/** Containers that hold a paragraph when they have no block children (`<div>text <b>x</b></div>`). */
const BARE_TEXT_CONTAINERS = new Set(['div', 'section', 'article', 'span', 'font', 'center', 'main']);

/** Paragraphs shorter than this are labels, bylines or buttons, not prose. */
const MIN_PARAGRAPH_CHARS = 25;

/** How far up a paragraph's points travel. */
const ANCESTOR_LEVELS = 5;

export interface Scores {
  /** Final candidate scores (after link-density scaling). */
  final: Map<DomElement, number>;
}

interface Paragraph {
  element: DomElement;
  /** The whole element is the paragraph; otherwise only its own text runs between block children are. */
  whole: boolean;
}

/** @param headline the story's headline as the title anchors found it, a heading or a line of styled text. */
export function scoreTree(root: DomNode, stats: StatsTable, headline: DomElement | null = null): Scores {
  const elements = descendantElements(root);
  const paragraphs = findParagraphs(elements, stats, headlineCells(headline));
  const textBox = brokenTextBox(paragraphs, stats);
  const raw = new Map<DomElement, number>();
  for (const { element: paragraph, whole } of paragraphs) {
    const own = stats.get(paragraph);
    if (!own) continue;
    if (whole && (paragraph === textBox || holdsOwnParagraphs(paragraph))) {
      for (const run of breakSeparatedRuns(paragraph, stats)) if (run.chars >= MIN_PARAGRAPH_CHARS) addPoints(raw, paragraph, paragraphPoints(run.chars, run.punctuation));
      continue;
    }
    const chars = whole ? own.chars : own.directChars;
    if (chars < MIN_PARAGRAPH_CHARS) continue;
    addPoints(raw, paragraph.parent, paragraphPoints(chars, whole ? own.punctuation : own.directPunctuation));
  }
  const final = new Map<DomElement, number>();
  for (const [element, score] of raw) final.set(element, score * (1 - linkDensity(stats.get(element))));
  return { final };
}

function paragraphPoints(chars: number, punctuation: number): number {
  return 1 + punctuation + Math.min(Math.floor(chars / 100), 3);
}

/** A paragraph's points to its container in full, and to the container's ancestors with decay. */
function addPoints(raw: Map<DomElement, number>, container: DomNode | null, points: number): void {
  let level = 0;
  for (let ancestor = container; ancestor && level < ANCESTOR_LEVELS; ancestor = ancestor.parent, level++) {
    if (!isElement(ancestor)) break;
    const start = raw.get(ancestor) ?? initialScore(ancestor);
    const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
    raw.set(ancestor, start + points / divider);
  }
}

/**
 * Pre-order elements in, paragraphs out. A bottom-up flag tells which containers have block children; <br> does
 * not count as one, because `text<br><br>text` inside a div is how many CMSs write paragraphs. Text written
 * directly between block children (`<div>prose <p>...</p> prose</div>`) makes its container a paragraph too.
 */
function findParagraphs(elements: DomElement[], stats: StatsTable, layoutCells: ReadonlySet<DomElement>): Paragraph[] {
  const hasBlockChild = new Set<DomElement>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i];
    const parent = element.parent;
    if (parent && isElement(parent) && ((BLOCK_TAGS.has(element.name) && element.name !== 'br') || hasBlockChild.has(element))) hasBlockChild.add(parent);
  }
  const paragraphs: Paragraph[] = [];
  for (const element of elements) {
    const blocky = hasBlockChild.has(element);
    if (PARAGRAPH_TAGS.has(element.name)) {
      if (!blocky || element.name === 'blockquote' || (element.name === 'td' && !isLayoutCell(element) && !layoutCells.has(element))) paragraphs.push({ element, whole: true });
      else paragraphs.push({ element, whole: false });
    } else if (BARE_TEXT_CONTAINERS.has(element.name)) {
      if (!blocky && isBlockParent(element)) paragraphs.push({ element, whole: true });
      else if (blocky && (stats.get(element)?.directChars ?? 0) >= MIN_PARAGRAPH_CHARS) paragraphs.push({ element, whole: false });
    }
  }
  return paragraphs;
}

/**
 * Rule "text set in the page": `<body>…<div>prose<br><br>prose<br><br>prose</div>`, an article written with breaks
 * for paragraphs in a box directly in the page body, is read as one paragraph whose points go to the page, which
 * is no candidate. It holds several paragraphs, and it is their container: each paragraph between its blank lines
 * scores for it as a `<p>` does for its parent. Otherwise a box beside it (the headline's, classed "article-head")
 * won with one line. Deeper in the page its parent collects the points, as before: there, every such box a
 * description's sections are set in became a candidate of its own, and several about as good as the winner widened
 * the choice to a wrapper holding the booking form beside them.
 *
 * A table cell written so is such a container wherever it stands: it is the text cell of a page laid out as a
 * table, as older portals' templates set a story (`<td class="det_text">prose<br /><br />prose</td>`, in a row of
 * its own, beside the poll's and the menu's cells). Read as one paragraph, its points went to its row, and the
 * page's table, which a class word named (`id="main_table"`), outscored it and put the ticker, the poll and the
 * tools row in the body.
 */
function holdsOwnParagraphs(element: DomElement): boolean {
  if (element.name === 'td') return isSetApartByBreaks(element);
  const parent = element.parent;
  return parent !== null && isElement(parent) && PAGE_ROOT_TAGS.has(parent.name) && holdsParagraphBreaks(element);
}

/**
 * Rule "the page's text box": an old daily's template sets the story as loose text parted by blank lines in a box of
 * its own (`<div class="news-text">prose<br><br>prose</div>`), beside the overline, the byline, the tools row and
 * the comment form in the story's frame. Read as one paragraph, its points went to the frame, and the frame, or a
 * column above it that a class word named (`id="content"`), took the furniture and the sidebar's widgets into the
 * body. A box that holds most of the text the page sets so is the story's own and a candidate of its own, as a box
 * set in the page is (see {@link holdsOwnParagraphs}). A page that sets several such boxes alike (a holiday
 * listing's description sections) is not told by this: no one of them is the text.
 */
function brokenTextBox(paragraphs: readonly Paragraph[], stats: StatsTable): DomElement | null {
  let best: DomElement | null = null;
  let bestChars = 0;
  let allChars = 0;
  for (const { element, whole } of paragraphs) {
    if (!whole || !holdsParagraphBreaks(element)) continue;
    const chars = stats.get(element)?.chars ?? 0;
    allChars += chars;
    if (chars > bestChars) {
      best = element;
      bestChars = chars;
    }
  }
  return bestChars >= allChars * TEXT_BOX_SHARE ? best : null;
}
/** The share of the break-parted text the story's box holds; the rest is an address or a note set the same way. */
const TEXT_BOX_SHARE = 0.75;

/**
 * Layout cell: a table cell is read whole as one paragraph, since a data table's cell wraps its text in <p>s and
 * <div>s of its own. A cell that holds a heading is instead the page's layout column, with the headline over the
 * text: read whole, it paid the text's points once more to its row, and the row, which also holds the menu
 * column, outscored the cell. Its own text runs still count, as any block's do.
 */
function isLayoutCell(cell: DomElement): boolean {
  return cell.children.some((child) => isElement(child) && HEADING_TAGS.has(child.name));
}

/**
 * Rule "the headline's cell": older templates set the headline in styled text rather than a heading (ASP.NET's
 * `<div class="NewsTitle"><span id="lblTitle">…</span></div>` over the story's text, in the main column of the
 * page's table), and the cell around it is the page's layout column all the same. Read whole as a data cell, it
 * paid the text's points to its row, and the row, which also holds the sidebar's column, put a rates box in the body.
 */
function headlineCells(headline: DomElement | null): ReadonlySet<DomElement> {
  const cells = new Set<DomElement>();
  for (let node: DomNode | null = headline; node && isElement(node); node = node.parent) if (node.name === 'td') cells.add(node);
  return cells;
}

/** A bare-text span counts only when it sits directly in a block, not inside another inline run. */
function isBlockParent(element: DomElement): boolean {
  const parent = element.parent;
  if (!parent) return false;
  return parent.type === 'root' || (isElement(parent) && (BLOCK_TAGS.has(parent.name) || parent.name === 'body'));
}

/** Starting score from what the element is and what the page author called it. */
function initialScore(element: DomElement): number {
  return tagWeight(element.name) + classWeight(element);
}

function tagWeight(tag: string): number {
  switch (tag) {
    case 'article':
      return 10;
    case 'div':
    case 'main':
    case 'section':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/** A declared article body is the strongest hint a page gives; class words are weaker hints either way. */
function classWeight(element: DomElement): number {
  if (element.attribs.itemprop?.toLowerCase() === 'articlebody') return 50;
  const tokens = attributeTokens(element);
  if (tokens.size === 0) return 0;
  let weight = 0;
  if (firstMatch(tokens, CONTENT_TOKENS) !== null) weight += 25;
  if (firstMatch(tokens, BOILERPLATE_TOKENS) !== null) weight -= 25;
  return weight;
}
