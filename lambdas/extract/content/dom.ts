/**
 * The slice of the parsed tree the content stage works on, typed structurally so the stage does not depend on
 * the parser's own type packages. Cheerio (htmlparser2 backend) produces exactly these shapes.
 *
 * Every walk here is iterative: pages can nest 100k levels deep, and recursion would overflow the stack.
 */
export interface DomNode {
  type: string;
  parent: DomNode | null;
  prev?: DomNode | null;
  next?: DomNode | null;
  /** Elements and the document. */
  children?: DomNode[];
  /** Elements: the lower-case tag name. */
  name?: string;
  attribs?: Record<string, string>;
  /** Text and comment nodes. */
  data?: string;
}

export interface DomElement extends DomNode {
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
}

/** The page's own elements: the whole page, never a box in it. */
export const PAGE_ROOT_TAGS: ReadonlySet<string> = new Set(['html', 'body']);

/** Elements that start a block of their own; `<br>` among them, which scoring and the paragraph-break rule set apart. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'br', 'summary', 'caption',
]);

/** The heading elements, <h1> to <h6>. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** The headings of a page's sections, under its headline. */
export const SECTION_HEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** The boxes that hold the story itself: a box of furniture that grows outwards stops below them. */
export const STORY_BOX_TAGS: ReadonlySet<string> = new Set(['body', 'main', 'article']);
/** A full stop after a word: a sentence, which no widget's label, reading or list line ends with. */
export const SENTENCE_AFTER_WORD = /\p{L}[.!?。！？](?:\s|$)/u;

/**
 * Live post: a live blog sets each post as an <article> in a stream of sibling posts stamped with their times
 * (a <time> in the post's header; a pinned summary post may have none), under a title of its own that links
 * nowhere and sits in no link. A teaser in a stream of other stories links its heading to the story it announces,
 * a grid of teasers or products is not stamped, and a reader's comment carries no heading: none is a post of
 * this story.
 */
export function isLivePost(element: DomElement): boolean {
  if (element.name !== 'article' || !element.parent || !isStampedStream(element.parent)) return false;
  const heading = descendantElements(element).find((child) => SECTION_HEADING_TAGS.has(child.name));
  return heading !== undefined && !descendantElements(heading).some((child) => child.name === 'a') && !isInLink(heading, element);
}

/**
 * Whether the <article>s under `parent` are two or more, one of them stamped with a <time>. Judged once per parent
 * and page: every post of a stream asks, and a stream of thousands of teasers would otherwise be searched whole
 * once per teaser.
 */
function isStampedStream(parent: DomNode): boolean {
  let stamped = stampedStreams.get(parent);
  if (stamped === undefined) {
    const posts = childElements(parent).filter((sibling) => sibling.name === 'article');
    stamped = posts.length >= 2 && posts.some((post) => descendantElements(post).some((child) => child.name === 'time'));
    stampedStreams.set(parent, stamped);
  }
  return stamped;
}
const stampedStreams = new WeakMap<DomNode, boolean>();

/** Whether a link wraps the node, below `within`: a card whose whole face is one link to its story. */
function isInLink(node: DomNode, within: DomNode): boolean {
  for (let at = node.parent; at && at !== within; at = at.parent) if (isElement(at) && at.name === 'a') return true;
  return false;
}

/**
 * Rule "paragraphs set apart by breaks": a box of inline text whose paragraphs are set apart by blank lines
 * (`<div>prose<br><br>prose</div>`), as many CMSs write an article: no child of it starts a block but `<br>`. It takes one blank line, two breaks in a row
 * (with nothing but white space between them): a menu or an address breaks each line once. A table cell is no such
 * box here, for it is no prose (see measure.ts): a layout table's menu cell sets its groups of links apart so
 * (`<td><b>Club pages</b><br><a>Home</a><br>…<br><br><b>Next event</b><br>…</td>`), and counted as prose it drew the
 * climb from the text's cell to the row beside it. Its paragraphs are read by {@link isSetApartByBreaks}.
 */
export function holdsParagraphBreaks(element: DomElement): boolean {
  return BROKEN_TEXT_TAGS.has(element.name) && isSetApartByBreaks(element);
}
const BROKEN_TEXT_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'article']);

/**
 * Whether the element's children are inline runs with a blank line, two breaks in a row, between two of them. A
 * horizontal rule parts them as a blank line does: a table-laid page's text cell rules off the section's other
 * stories and the tools under the story (`…story<br><br></font><hr><font>Other news:<br><a>…</a></font>`), and
 * read as a block child it made the cell no text box, so its row, with the menu column, outscored it.
 */
export function isSetApartByBreaks(element: DomElement): boolean {
  let paragraphBreaks = 0;
  let afterBreak = false;
  for (const child of element.children) {
    if (isElement(child)) {
      if (child.name === 'br') {
        if (afterBreak) paragraphBreaks++;
        afterBreak = true;
        continue;
      }
      if (child.name === 'hr') {
        paragraphBreaks++;
        afterBreak = true;
        continue;
      }
      if (BLOCK_TAGS.has(child.name)) return false;
      afterBreak = false;
    } else if (child.type === 'text' && /\S/.test(child.data ?? '')) {
      afterBreak = false;
    }
  }
  return paragraphBreaks > 0;
}

export function isElement(node: DomNode): node is DomElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The element siblings around this one, across text, comments and scripts. */
export function previousElement(element: DomElement): DomElement | null {
  for (let node = element.prev; node; node = node.prev) if (node.type === 'tag') return node as DomElement;
  return null;
}

export function nextElement(element: DomElement): DomElement | null {
  for (let node = element.next; node; node = node.next) if (node.type === 'tag') return node as DomElement;
  return null;
}

export function childElements(node: DomNode): DomElement[] {
  return (node.children ?? []).filter(isElement);
}

/** Pre-order list of the elements under `root` (excluded). `skip` prunes a subtree. */
export function descendantElements(root: DomNode, skip?: (element: DomElement) => boolean): DomElement[] {
  const out: DomElement[] = [];
  // Only elements go on the stack: text is most of the nodes, and pushing it only to pop and drop it costs.
  const stack: DomElement[] = [];
  pushChildElements(stack, root);
  while (stack.length > 0) {
    const element = stack.pop() as DomElement;
    if (skip?.(element)) continue;
    out.push(element);
    pushChildElements(stack, element);
  }
  return out;
}

/** Pushes the node's child elements last to first, so that they pop in document order. */
function pushChildElements(stack: DomElement[], node: DomNode): void {
  const children = node.children;
  if (!children) return;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (isElement(child)) stack.push(child);
  }
}

/** Concatenated raw text under `node`. */
export function rawText(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  // Most elements whose text is read (labels, links, short paragraphs) hold one text node: its text is the answer.
  if (node.children?.length === 1 && node.children[0].type === 'text') return node.children[0].data ?? '';
  const parts: string[] = [];
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as DomNode;
    if (current.type === 'text') parts.push(current.data ?? '');
    else if (current.children && current.type !== 'comment') {
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
    }
  }
  return parts.join('');
}

/**
 * Every ancestor of `nodes` below `within` (all of them when it is null), each found once: the climb from a node
 * stops at the first ancestor already found, so nodes nested in a thousand shared wrappers cost each wrapper one
 * visit, not one per node.
 */
export function ancestorsOf(nodes: Iterable<DomNode>, within: DomNode | null = null): Set<DomNode> {
  const ancestors = new Set<DomNode>();
  for (const node of nodes) {
    for (let at = node.parent; at && at !== within && !ancestors.has(at); at = at.parent) ancestors.add(at);
  }
  return ancestors;
}

/**
 * The direction markup sets an element's text in: its own `dir` or its nearest ancestor's, or an inline `direction`
 * style, as a browser lays it out. `dir="auto"` leaves the choice to the text, so it declares nothing.
 */
export function declaredDirection(element: DomNode | null): 'rtl' | 'ltr' | null {
  for (let node = element; node; node = node.parent) {
    const attribs = node.attribs;
    if (!attribs) continue;
    const dir = attribs.dir?.trim().toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    const styled = attribs.style ? INLINE_DIRECTION.exec(attribs.style) : null;
    if (styled) return styled[1].toLowerCase() as 'rtl' | 'ltr';
  }
  return null;
}

const INLINE_DIRECTION = /(?:^|;)\s*direction\s*:\s*(rtl|ltr)\b/i;

export function isAncestorOf(ancestor: DomNode, node: DomNode): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/**
 * Detaches many nodes at once, rebuilding each affected parent's child list in a single pass (linear). Returns
 * those parents, whose text statistics are now stale.
 */
export function removeNodes(nodes: Iterable<DomNode>): Set<DomNode> {
  const doomed = new Set<DomNode>(nodes);
  const parents = new Set<DomNode>();
  for (const node of doomed) if (node.parent) parents.add(node.parent);
  for (const parent of parents) {
    const kept = (parent.children ?? []).filter((child) => !doomed.has(child));
    parent.children = kept;
    for (let i = 0; i < kept.length; i++) {
      kept[i].prev = kept[i - 1] ?? null;
      kept[i].next = kept[i + 1] ?? null;
    }
  }
  for (const node of doomed) {
    node.parent = null;
    node.prev = null;
    node.next = null;
  }
  return parents;
}

/**
 * Rule "heading toggle": an accordion writes each section's heading (a FAQ's question) as a <button> inside the
 * heading, which opens the section below. The button's label is the heading's text, not a control's.
 */
export function isHeadingToggle(button: DomElement): boolean {
  const parent = button.parent as DomElement | null;
  return button.attribs['aria-expanded'] !== undefined && ((parent?.type === 'tag' && TOGGLED_HEADING_TAGS.has(parent.name)) || isToggleBeforePanel(button));
}
const TOGGLED_HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'dt']);

/**
 * Rule "toggle before its panel": many accordions name no panel in `aria-controls`: a FAQ's question is a button that
 * says whether it is open (`aria-expanded`), set in no heading, and its answer is the box right after it, hidden until
 * the reader opens it. A control of a few words before a box that holds a sentence is such a question, its label the
 * question and the box its answer; a menu's or a share row's toggle is a word or two before a box of links.
 */
export function isToggleBeforePanel(control: DomElement): boolean {
  if (control.attribs['aria-expanded'] === undefined) return false;
  const panel = nextElement(control);
  if (!panel || panel.attribs['aria-hidden'] === 'true') return false;
  return (rawText(control).match(TOGGLE_LABEL_WORD) ?? []).length >= MIN_TOGGLE_LABEL_WORDS && SENTENCE_AFTER_WORD.test(rawText(panel));
}
const TOGGLE_LABEL_WORD = /\p{L}{2,}/gu;
/** A question is three words at least ("Is it free?"); a menu's or a share row's toggle says "Menu" or "Share". */
const MIN_TOGGLE_LABEL_WORDS = 3;

/**
 * Rule "sortable column heading": a sortable table makes each column's heading the button that sorts by it
 * (`<th><button aria-label="Sort by votes">Votes ▲▼</button></th>`); the button's label is the column's name, and with
 * the button gone the table lost its heading row. Only a button that is the heading cell's one element is the heading;
 * the arrows it draws to show the order (see SORT_ARROWS) are the control's, not the name's.
 */
export function isColumnSortButton(button: DomElement): boolean {
  const cell = button.parent;
  return button.name === 'button' && !!cell && isElement(cell) && cell.name === 'th'
    && cell.children.every((child) => child === button || (child.type === 'text' && !(child.data ?? '').trim()));
}
/** The arrows after a sort button's label: "▲▼", "⇅", "↑↓". */
export const SORT_ARROWS = /\s*[▲▼△▽▴▾↑↓⇅↕⬍]+\s*$/u;

/** A paragraph that is one bold label and nothing else ("<p><strong>Summary</strong></p>"): the line an old template titles a box with. */
export function isBoldLine(element: DomElement): boolean {
  let bold: DomNode | null = null;
  for (const child of element.children) {
    if (!isElement(child) && (child.type !== 'text' || (child.data ?? '').trim() === '')) continue;
    if (bold || !isElement(child) || !BOLD_TAGS.has(child.name)) return false;
    bold = child;
  }
  return bold !== null;
}
const BOLD_TAGS: ReadonlySet<string> = new Set(['b', 'strong']);
