/**
 * One bottom-up pass over the tree that records, for every element, how much text it holds and how much of that
 * text is link text. Later stages read these numbers instead of calling `.text()` on ancestors per node, which
 * would be quadratic on deep pages.
 */
import type { AnyNode } from 'domhandler';
import { scanned, scanText, walkDocument } from '../dom-walk';
import { type DomElement, type DomNode, holdsParagraphBreaks, isElement } from './dom';

export interface TextStats {
  /** Characters of text, whitespace runs counted once. */
  chars: number;
  /** Characters of that text inside <a href> elements. */
  linkChars: number;
  /** Clause punctuation: Latin , ; ? and Arabic ، ؛ ؟ plus CJK full-width commas. Signals running prose. */
  punctuation: number;
  /** Elements in the subtree, the element included; bounds the cost of reading a subtree's text. */
  elements: number;
  /** Characters and punctuation of the element's own text nodes (not its children's). */
  directChars: number;
  directPunctuation: number;
  /** Prose paragraphs in the subtree: <p>-like blocks of 100+ characters that are mostly not link text. */
  prose: number;
}

const PROSE_TAGS = new Set(['p', 'blockquote', 'pre', 'dd']);
export const PROSE_MIN_CHARS = 100;
const PROSE_MAX_LINK_DENSITY = 0.3;

/** Elements in document order with their positions, parents and subtrees, as {@link walkDocument} gives them. */
export interface ElementIndex {
  readonly elements: readonly DomElement[];
  readonly position: { get(node: DomNode): number | undefined };
  readonly parentIndex: Int32Array;
  /** Index just past each element's last descendant. */
  readonly subtreeEnd: Int32Array;
  /** Elements by tag name, each list in document order. */
  readonly byTag: ReadonlyMap<string, readonly DomElement[]>;
  /** Length and clause punctuation of each element's own text nodes, as {@link scanText} measures them. */
  readonly directTextLength: Int32Array;
  readonly directPunctuation: Int32Array;
}

/** The walk of the tree under `root` as it is now. */
export function indexElements(root: DomNode): ElementIndex {
  return walkDocument(root as AnyNode);
}

/**
 * Statistics by element, for the elements of the page as the walk found them (script and style have none). Kept by
 * walk position rather than in a map of their own: the walk has the positions already, and building a second map
 * of the same elements cost about as much as measuring them.
 */
export class StatsTable {
  constructor(private readonly index: ElementIndex, private readonly entries: Array<TextStats | undefined>) {}

  get(element: DomNode): TextStats | undefined {
    const at = this.index.position.get(element);
    return at === undefined ? undefined : this.entries[at];
  }

  /** The statistics of the element at `position` in the walk, without looking its position up. */
  atPosition(position: number): TextStats | undefined {
    return this.entries[position];
  }

  has(element: DomNode): boolean {
    return this.get(element) !== undefined;
  }

  /** Replaces the statistics of a measured element. */
  set(element: DomNode, stats: TextStats): void {
    const at = this.index.position.get(element);
    if (at !== undefined) this.entries[at] = stats;
  }
}

/**
 * Measures the elements under `root`. `walk`: the walk of `root`'s tree as it is now, when the caller has made it.
 * Children come after their parent in the walk, so going through it backwards sees every child's statistics
 * complete before its parent's; each child adds its numbers to its parent's running sums, so no parent looks its
 * children up. Each element's own text was measured by the walk, in the scan that counts its visible characters.
 */
export function measureTree(root: DomNode, walk: ElementIndex = indexElements(root)): StatsTable {
  const { elements, parentIndex, directTextLength, directPunctuation: ownPunctuation } = walk;
  const count = elements.length;
  const entries: Array<TextStats | undefined> = new Array(count).fill(undefined);
  const chars = new Int32Array(count);
  const linkChars = new Int32Array(count);
  const punctuation = new Int32Array(count);
  const descendants = new Int32Array(count);
  const prose = new Int32Array(count);
  for (let at = count - 1; at >= 0; at--) {
    const element = elements[at];
    // Script and style bodies are code, not text, and often the biggest strings on a page.
    if (element.type === 'script' || element.type === 'style') continue;
    const directChars = directTextLength[at];
    const directPunctuation = ownPunctuation[at];
    const stats: TextStats = {
      chars: directChars + chars[at], linkChars: linkChars[at], punctuation: directPunctuation + punctuation[at],
      elements: 1 + descendants[at], directChars, directPunctuation, prose: prose[at],
    };
    if (isProse(element, stats)) stats.prose++;
    entries[at] = stats;
    const parent = parentIndex[at];
    if (parent < 0) continue;
    chars[parent] += stats.chars;
    punctuation[parent] += stats.punctuation;
    descendants[parent] += stats.elements;
    prose[parent] += stats.prose;
    linkChars[parent] += element.name === 'a' ? stats.chars : stats.linkChars;
  }
  return new StatsTable(walk, entries);
}

/** One element's statistics from its own text nodes and its children's entries in the table. */
function measureElement(element: DomElement, table: StatsTable): TextStats {
  const stats: TextStats = { chars: 0, linkChars: 0, punctuation: 0, elements: 1, directChars: 0, directPunctuation: 0, prose: 0 };
  for (const child of element.children) {
    if (child.type === 'text') {
      scanText(child.data ?? '');
      stats.chars += scanned.length;
      stats.punctuation += scanned.punctuation;
      stats.directChars += scanned.length;
      stats.directPunctuation += scanned.punctuation;
    } else if (isElement(child)) {
      const childStats = table.get(child);
      if (!childStats) continue;
      stats.chars += childStats.chars;
      stats.punctuation += childStats.punctuation;
      stats.elements += childStats.elements;
      stats.prose += childStats.prose;
      stats.linkChars += child.name === 'a' ? childStats.chars : childStats.linkChars;
    }
  }
  if (isProse(element, stats)) stats.prose++;
  return stats;
}

/**
 * A prose paragraph: a `<p>`-like block of 100+ characters that is mostly not link text, or a box of text with
 * paragraph breaks (dom.ts, {@link holdsParagraphBreaks}). Counted as no prose, such a box beside a short box with a
 * class word ("article-head": the headline and a date line) left the climb that takes in a split article's other
 * parts at the short box, and the body was its date line.
 */
function isProse(element: DomElement, stats: TextStats): boolean {
  return stats.chars >= PROSE_MIN_CHARS && stats.linkChars < stats.chars * PROSE_MAX_LINK_DENSITY && (PROSE_TAGS.has(element.name) || holdsParagraphBreaks(element));
}

/** The length and clause punctuation of one paragraph of a box that sets them apart by breaks. */
export interface TextRun {
  chars: number;
  punctuation: number;
}

/**
 * The paragraphs of a box that sets them apart by blank lines (dom.ts, isSetApartByBreaks): each run of its
 * children between two breaks in a row, measured from its text nodes and its inline children's entries. A single
 * break stays inside its paragraph.
 */
export function breakSeparatedRuns(element: DomElement, table: StatsTable): TextRun[] {
  const runs: TextRun[] = [];
  let run: TextRun = { chars: 0, punctuation: 0 };
  let afterBreak = false;
  for (const child of element.children) {
    if (isElement(child) && child.name === 'br') {
      if (afterBreak && run.chars > 0) {
        runs.push(run);
        run = { chars: 0, punctuation: 0 };
      }
      afterBreak = true;
      continue;
    }
    if (child.type === 'text') {
      scanText(child.data ?? '');
      run.chars += scanned.length;
      run.punctuation += scanned.punctuation;
      if (scanned.length > 0) afterBreak = false;
    } else if (isElement(child)) {
      const childStats = table.get(child);
      run.chars += childStats?.chars ?? 0;
      run.punctuation += childStats?.punctuation ?? 0;
      afterBreak = false;
    }
  }
  if (run.chars > 0) runs.push(run);
  return runs;
}

/**
 * Brings a table back in line with its tree after nodes were detached from `parents`. Only those parents and their
 * ancestors changed; each is recomputed from its children, children first, so the table equals a fresh
 * measureTree at the cost of the changed paths instead of the whole page.
 */
export function remeasureAfterRemoval(table: StatsTable, parents: Iterable<DomNode>): void {
  const pendingChildren = new Map<DomElement, number>();
  for (const parent of parents) {
    for (let node: DomNode | null = parent; node && isElement(node) && table.has(node); node = node.parent) {
      if (pendingChildren.has(node)) break;
      pendingChildren.set(node, 0);
    }
  }
  for (const element of pendingChildren.keys()) {
    const parent = element.parent as DomElement | null;
    if (parent && pendingChildren.has(parent)) pendingChildren.set(parent, (pendingChildren.get(parent) as number) + 1);
  }
  const ready = [...pendingChildren.keys()].filter((element) => pendingChildren.get(element) === 0);
  while (ready.length > 0) {
    const element = ready.pop() as DomElement;
    table.set(element, measureElement(element, table));
    const parent = element.parent as DomElement | null;
    if (!parent || !pendingChildren.has(parent)) continue;
    const left = (pendingChildren.get(parent) as number) - 1;
    pendingChildren.set(parent, left);
    if (left === 0) ready.push(parent);
  }
}

/**
 * Length of a text as a reader of Latin script would weigh it, with Chinese, Japanese and Korean characters (kana,
 * ideographs, Hangul syllables) counting two and a half: those scripts pack a word into one or two characters, so
 * their paragraphs are short in characters ("一段两三句话的新闻" says what a Latin sentence three times as long
 * does), and a threshold set in characters on Latin text would take a whole brief for a stray line.
 */
export function readingLength(text: string): number {
  let dense = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3)) dense++;
  }
  return text.length + dense * (DENSE_SCRIPT_WEIGHT - 1);
}
export const DENSE_SCRIPT_WEIGHT = 2.5;

export function linkDensity(stats: TextStats | undefined): number {
  if (!stats || stats.chars === 0) return 0;
  return Math.min(1, stats.linkChars / stats.chars);
}

/**
 * Statistics of one subtree read directly, visiting at most `maxNodes` nodes: for the rare element that needs
 * numbers before the full table exists. Bounded so that calling it on nested elements stays linear.
 */
export function measureSubtree(root: DomElement, maxNodes = 3000): TextStats {
  const stats: TextStats = { chars: 0, linkChars: 0, punctuation: 0, elements: 0, directChars: 0, directPunctuation: 0, prose: 0 };
  const stack: { node: DomNode; inLink: boolean }[] = [{ node: root, inLink: false }];
  let visited = 0;
  while (stack.length > 0 && visited++ < maxNodes) {
    const { node, inLink } = stack.pop() as { node: DomNode; inLink: boolean };
    if (node.type === 'text') {
      scanText(node.data ?? '');
      stats.chars += scanned.length;
      if (inLink) stats.linkChars += scanned.length;
      stats.punctuation += scanned.punctuation;
    } else if (isElement(node)) {
      stats.elements++;
      for (const child of node.children) stack.push({ node: child, inLink: inLink || node.name === 'a' });
    }
  }
  return stats;
}
