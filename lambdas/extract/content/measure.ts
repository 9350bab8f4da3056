/**
 * One bottom-up pass over the tree that records, for every element, how much text it holds and how much of that
 * text is link text. Later stages read these numbers instead of calling `.text()` on ancestors per node, which
 * would be quadratic on deep pages.
 */
import { type DomElement, type DomNode, isElement } from './dom';

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
const PROSE_MIN_CHARS = 100;
const PROSE_MAX_LINK_DENSITY = 0.3;

export type StatsTable = Map<DomElement, TextStats>;

/** , ; ? and their Arabic (، ؛ ؟) and CJK full-width forms. */
function isClausePunctuation(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x3f || code === 0x060c || code === 0x061b || code === 0x061f
    || code === 0xff0c || code === 0x3001 || code === 0xff1b;
}

/** Filled by scanText: the measured length and the clause punctuation of one text, read in a single pass. */
const scanned = { length: 0, punctuation: 0 };

/**
 * Length with whitespace runs counted as one character and the ends trimmed, and clause punctuation, in one scan
 * with no allocation: text nodes are by far the most numerous thing measured.
 */
function scanText(text: string): void {
  let length = 0;
  let punctuation = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 160) {
      pendingSpace = length > 0;
    } else {
      if (pendingSpace) length++;
      pendingSpace = false;
      length++;
      if (isClausePunctuation(code)) punctuation++;
    }
  }
  scanned.length = length;
  scanned.punctuation = punctuation;
}

export function measureTree(root: DomNode): StatsTable {
  const table: StatsTable = new Map();
  const order: DomElement[] = [];
  const stack: DomNode[] = isWalked(root) ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (isElement(node)) order.push(node);
    const children = node.children as DomNode[];
    for (let i = children.length - 1; i >= 0; i--) if (isWalked(children[i])) stack.push(children[i]);
  }
  // Children come after their parent in pre-order, so walking the list backwards sees every child first.
  for (let i = order.length - 1; i >= 0; i--) table.set(order[i], measureElement(order[i], table));
  return table;
}

/**
 * Whether the walk enters a node: only nodes with children do, text being read from its parent, and not script or
 * style, whose bodies are code, not text, and often the biggest strings on a page.
 */
function isWalked(node: DomNode): boolean {
  return node.children !== undefined && node.type !== 'script' && node.type !== 'style';
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
  if (PROSE_TAGS.has(element.name) && stats.chars >= PROSE_MIN_CHARS && stats.linkChars < stats.chars * PROSE_MAX_LINK_DENSITY) stats.prose++;
  return stats;
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
