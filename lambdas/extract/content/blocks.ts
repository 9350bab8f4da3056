/**
 * Stage 5: turn the chosen subtrees into a flat list of blocks (paragraphs, headings, list items, quotes, table
 * rows, figures), each carrying its plain text and its sanitized inline HTML. The text and HTML renderers both
 * read this list, so they can never disagree about what the body is.
 */
import type { ArticleImage } from '../record';
import { BIDI_CONTROLS, INVISIBLE_BREAKS, isBlank, normalizeSpace } from '../dom-walk';
import { BLOCK_TAGS, descendantElements, type DomElement, type DomNode, isElement, isColumnSortButton, isHeadingToggle, rawText, SORT_ARROWS } from './dom';
import { isCaptionElement } from './captions';
import { imageOf } from './images';
import { splitCredit, splitCreditInText } from './picture-credits';
import { isImageElement } from './picture-elements';
import { namesQuoteBox } from './pull-quotes';
import { attributeTokens, firstMatch } from './tokens';
import { HEMISTICH_TOKENS } from './vocabulary';
import { safeLinkUrl } from '../url';

export type BlockKind = 'p' | 'h2' | 'h3' | 'h4' | 'li' | 'pre' | 'row';

export interface TextBlock {
  kind: BlockKind;
  /** Whitespace collapsed and trimmed, never empty. */
  text: string;
  /** Inline HTML: escaped text, <a href>, <strong>, <em>. */
  html: string;
  /** For list items: which list they belong to, and whether it is numbered. */
  list?: { id: number; ordered: boolean };
  quoted: boolean;
  /** Heading level in the page (1..6), kept so the title's <h1> can be recognised. */
  sourceLevel?: number;
  /**
   * For a `pre` block (code, a poem set in <pre>): its text and HTML with their line breaks and indentation, which
   * the renderers print. `text` and `html` stay collapsed, as every rule that reads blocks expects them.
   */
  preformatted?: { text: string; html: string };
  /**
   * For one line of a paragraph the page broke with single <br>s (a stanza, an address): the mark its lines share.
   * Each line stays a block of its own, so the rules that judge a line (a byline, a closing credit) still can;
   * the renderers print the lines left of one paragraph as that paragraph's lines (`joinLines`).
   */
  lineOf?: symbol;
  /**
   * The standfirst found between the headline and the body (content/lead.ts): the header's dek, however long, and no
   * story paragraph, so the byline and date rows under it still belong to the header.
   */
  standfirst?: true;
  /**
   * For a paragraph of prose set in `<pre>` that is centred or in capitals (rule "centred heading in a release"): a
   * release's headline, when the title is read from it.
   */
  releaseHeading?: true;
}

export interface FigureBlock {
  kind: 'figure';
  image: ArticleImage;
}

export type Block = TextBlock | FigureBlock;

/** Invisible breaks and direction marks to remove, or characters to escape: text without any is used as it is. */
const NEEDS_REWRITE = /[\u00AD\u200B\u2060\uFEFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069&<>]/;

/**
 * Inline tags kept in the HTML, by the open tag they become. A Map: a tag named `constructor` is no inline tag. The
 * open tags are shared, as nothing changes them once opened.
 */
const STRONG: OpenTag = { tag: 'strong', open: '<strong>' };
const EM: OpenTag = { tag: 'em', open: '<em>' };
const INLINE_HTML: ReadonlyMap<string, OpenTag> = new Map([['strong', STRONG], ['b', STRONG], ['em', EM], ['i', EM]]);

interface Context {
  kind: BlockKind;
  list?: { id: number; ordered: boolean };
  quoted: boolean;
  sourceLevel?: number;
}

interface Frame {
  node: DomNode;
  exit: boolean;
  context: Context;
  /** On exit frames: whether entering opened an inline tag that must now be closed. */
  opened?: boolean;
}

interface OpenTag {
  readonly tag: string;
  readonly open: string;
}

/**
 * Walks the nodes in order; `skip` removes subtrees (pruned furniture), and `pictureBox` tells the boxes the
 * cleaning kept only for their picture. Iterative, so depth is unbounded.
 */
export function buildBlocks(nodes: DomElement[], pageUrl: string | null, skip: Set<DomNode>, pictureBox?: (element: DomElement) => boolean): Block[] {
  const blocks: Block[] = [];
  let listCounter = 0;
  let text: string[] = [];
  let html: string[] = [];
  const openInline: OpenTag[] = [];
  let current: Context = { kind: 'p', quoted: false };
  // Whether the block's HTML so far is its text as it is: no tags and nothing escaped. Most paragraphs are, and
  // their HTML is then the collapsed text itself, with no second pass over the same characters.
  let plainHtml = true;
  // The paragraph the next line continues: set by a <br> that ended a line, cleared by anything that ends the paragraph.
  let lineOf: symbol | null = null;

  /** Ends the block gathered so far; returns whether it had text. */
  const flush = (): boolean => {
    // Blocks nest (a <div> around a <p>), so most flushes find nothing gathered and nothing open since the last one.
    if (text.length === 0 && html.length === 0 && openInline.length === 0) return false;
    const raw = text.length > 0 ? text.join('') : '';
    const joined = raw ? normalizeSpace(raw) : '';
    const pre = current.kind === 'pre';
    const prose = joined && pre ? wrappedProseParagraphs(raw) : null;
    if (prose) {
      blocks.push(...prose);
    } else if (joined) {
      // The tags are joined only where they are read: a plain paragraph's HTML is its text.
      const inlineHtml = plainHtml && !pre ? '' : html.join('') + closingTags(openInline);
      // Spelled out rather than spread from the context: a spread copies whichever keys the context happens to have,
      // so blocks came in several shapes, and the copy alone took about half of this function's own time.
      const block: TextBlock = {
        kind: current.kind, text: joined, html: plainHtml ? joined : tidyInlineHtml(inlineHtml), list: current.list, quoted: current.quoted,
        sourceLevel: current.sourceLevel,
      };
      if (pre) block.preformatted = preformattedOf(raw, inlineHtml);
      if (lineOf) block.lineOf = lineOf;
      blocks.push(block);
    }
    text = [];
    cellBreak = false;
    lastRowText = '';
    html = openInline.length === 0 ? [] : openInline.map(({ open }) => open);
    plainHtml = openInline.length === 0;
    return joined !== '';
  };
  const endParagraph = () => {
    flush();
    lineOf = null;
  };
  /**
   * Rule "broken lines": a single <br> after a line of text starts the next line of the same paragraph, as a reader
   * sees a stanza or an address; a <br> with no text since the last one (`<br><br>`) ends the paragraph, as old
   * templates and hand-made pages separate theirs.
   */
  const breakLine = () => {
    if (!flush()) {
      lineOf = null;
      return;
    }
    const line = blocks[blocks.length - 1] as TextBlock;
    lineOf = line.lineOf ?? Symbol('lines');
    line.lineOf = lineOf;
  };

  // Set after a drop cap: the space a template leaves between the cap and the rest of its word is not read.
  let joinsNextWord = false;
  // Set when a row's next cell opens after text: the separator goes before the cell's first text, so that an empty
  // cell leaves none of its own. The row's last text so far says whether a label's colon sets the cells apart already.
  let cellBreak = false;
  let lastRowText = '';

  const stack: Frame[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i], exit: false, context: current });
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const node = frame.node;
    if (frame.exit) {
      if (frame.opened) {
        const open = openInline.pop();
        if (open) {
          html.push(`</${open.tag}>`);
          plainHtml = false;
        }
      } else {
        // Exit frames are pushed only for inline tags and blocks: this one closes a block.
        endParagraph();
        current = frame.context;
      }
      continue;
    }
    if (node.type === 'text') {
      let raw = node.data ?? '';
      // Rule "sortable column heading" (see isColumnSortButton): the heading's name without the order's arrows.
      if (node.parent?.type === 'tag' && isColumnSortButton(node.parent as DomElement)) raw = raw.replace(SORT_ARROWS, '');
      if (joinsNextWord) {
        raw = raw.replace(LEADING_SPACE, '');
        if (!raw) continue;
        joinsNextWord = false;
      }
      if (current.kind === 'row' && !isBlank(raw)) {
        if (cellBreak) {
          text.push(CELL_SEPARATOR);
          html.push(CELL_SEPARATOR);
          cellBreak = false;
        }
        lastRowText = raw;
      }
      // Most text nodes hold nothing to remove or escape, and are used as they are.
      if (!NEEDS_REWRITE.test(raw)) {
        text.push(raw);
        html.push(raw);
        continue;
      }
      // Soft hyphens and zero-width spaces are invisible hyphenation hints; left in, they split words for search.
      // Rule "direction marks": so do the marks legacy right-to-left encoders set after every word ("بقلم\u200F:\u200F
      // د\u200F."); the record's `direction` and the HTML's `dir` order the text for display.
      const data = raw.replace(INVISIBLE_BREAKS, '').replace(BIDI_CONTROLS, '');
      const escaped = escapeHtml(data);
      text.push(data);
      html.push(escaped);
      if (escaped !== data) plainHtml = false;
      continue;
    }
    if (!isElement(node) || skip.has(node) || isLineNumberGutter(node)) continue;
    const name = node.name;
    // Inside <pre> a <br> is one more line of the same block.
    if (name === 'br' && current.kind === 'pre') {
      text.push('\n');
      html.push('\n');
      continue;
    }
    if (name === 'br') {
      breakLine();
      continue;
    }
    if (name === 'hr') {
      endParagraph();
      continue;
    }
    if (isImageElement(node)) {
      const image = imageOf(node, pageUrl);
      if (image) {
        endParagraph();
        blocks.push({ kind: 'figure', image });
      }
      continue;
    }
    if (isCaptionElement(node)) continue;
    const cap = dropCapLetter(node);
    if (cap) {
      const escaped = escapeHtml(cap);
      text.push(cap);
      html.push(escaped);
      if (escaped !== cap) plainHtml = false;
      joinsNextWord = true;
      continue;
    }
    // A lightbox <button> is kept for the picture it opens; its label ("View 3 images") is interface, not text.
    // A picture box's text is the picture's caption, however the template marks it up. An accordion's heading
    // toggle is read as its heading's text.
    const isButton = name === 'button' && !isHeadingToggle(node) && !isColumnSortButton(node);
    if (isButton || pictureBox?.(node)) {
      const boxCaption = isButton ? null : pictureBoxCaption(node);
      for (const picture of descendantElements(node).filter(isImageElement)) {
        const image = imageOf(picture, pageUrl);
        if (image) {
          endParagraph();
          const { caption, credit } = image.caption || !boxCaption ? image : boxCaption;
          blocks.push({ kind: 'figure', image: { ...image, caption, credit: image.credit ?? credit } });
        }
      }
      continue;
    }
    const inCode = current.kind === 'pre';
    if ((name === 'td' || name === 'th') && !inCode) {
      text.push(' ');
      html.push(' ');
      cellBreak = current.kind === 'row' && lastRowText !== '' && !LABEL_END.test(lastRowText.trimEnd());
    } else if (name === 'span' && node.attribs.class !== undefined && isHemistich(node)) {
      text.push(' ');
      html.push(' ');
    }

    const parentContext = current;
    let opened: OpenTag | null = null;
    const boundary = isBoundary(node);
    // Rule "code lines box": in a code block, a block element is one more line of it (see isCodeLinesBox).
    const codeLine = boundary && inCode;
    if (codeLine) {
      if (text.length > 0) {
        text.push('\n');
        html.push('\n');
      }
    } else if (boundary) {
      endParagraph();
      current = contextFor(node, current, () => ++listCounter);
    } else if (INLINE_HTML.has(name)) {
      opened = INLINE_HTML.get(name)!;
    } else if (name === 'a') {
      const href = safeLinkUrl(node.attribs.href, pageUrl);
      if (href) opened = { tag: 'a', open: `<a href="${escapeAttribute(href)}">` };
    }
    if (opened) {
      openInline.push(opened);
      html.push(opened.open);
      plainHtml = false;
    }
    // Only a block or an inline tag has anything to do when it closes; other elements (a <span>) need no exit frame.
    if ((boundary && !codeLine) || opened) stack.push({ node, exit: true, context: parentContext, opened: opened !== null });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], exit: false, context: current });
  }
  flush();
  return blocks;
}

/**
 * Rule "drop cap": a story's first letter set large in an element of its own, classed as such ("dropcap",
 * "initial-letter", "first-letter"), is the start of the word after it; templates often leave a space between the
 * two that the reader never sees ("N" + " a endlich" is "Na endlich"). Returns the letter, or null for any other
 * element. A quotation mark may come with it ("“W").
 */
function dropCapLetter(element: DomElement): string | null {
  const classes = element.attribs.class;
  if (!classes || !DROP_CAP_CLASS.test(classes)) return null;
  const letter = rawText(element).trim();
  return letter.length > 0 && letter.length <= MAX_DROP_CAP_CHARS && DROP_CAP_TEXT.test(letter) ? letter : null;
}
const DROP_CAP_CLASS = /(?:^|[\s_-])(?:drop-?cap|initial(?:-letter)?|first-?letter)(?:$|[\s_-])/i;
const DROP_CAP_TEXT = /^\p{P}?\p{L}$/u;
const MAX_DROP_CAP_CHARS = 2;
const LEADING_SPACE = /^\s+/;

/**
 * A <pre> block's lines. Both lose the blank lines around the block (HTML drops the line break right after `<pre>`,
 * and templates put the closing tag on a line of its own) and each line's trailing spaces; indentation stays. The
 * text also loses the blank lines inside, because in the body a blank line separates paragraphs: a code block stays
 * one paragraph there, and keeps them in the HTML.
 */
function preformattedOf(text: string, html: string): { text: string; html: string } {
  // Highlighters that print code without <pre> indent it with non-breaking spaces, which are spaces in the code.
  const trim = (lines: string) => lines.replace(/\r\n?/g, '\n').replace(/\u00A0/g, ' ').replace(/[ \t]+$/gm, '').replace(/^\n+|\s+$/g, '');
  return { text: trim(text).replace(/\n{2,}/g, '\n'), html: trim(html) };
}

/**
 * Rule "prose set in <pre>": press-release wires, mailing-list archives and old newsroom systems print a whole story
 * as preformatted text, its paragraphs apart by a blank line and each wrapped by hand at a fixed width. A reader sees
 * paragraphs of prose, not a listing: such a block is read as its paragraphs, each one's lines run together, and a
 * paragraph of short lines (a letterhead, a contact) kept as lines, as a `<br>`-broken address is. Known by its
 * wrapping: most lines that do not end a paragraph run near the width (code and verse break short and ragged), none is
 * indented, and the characters code is written with are all but absent.
 */
function wrappedProseParagraphs(raw: string): TextBlock[] | null {
  const source = raw.replace(/\r\n?/g, '\n').replace(/\u00A0/g, ' ');
  const paragraphs = source.split(/\n[ \t]*\n/).map((part) => part.split('\n').map((line) => line.trimEnd()).filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0);
  if (paragraphs.length < MIN_PROSE_PARAGRAPHS || CODE_CHARACTERS.test(source)) return null;
  if (!isHandWrapped(paragraphs) && !isUnwrappedProse(paragraphs)) return null;
  return paragraphs.flatMap((lines) => {
    const heading = isCentredLines(lines) || (lines.length <= MAX_HEADING_LINES && isInCapitals(lines.join(' ')));
    if (heading) return [{ ...plainParagraph(normalizeSpace(lines.join(' '))), releaseHeading: true }];
    if (lines.length > 1 && lines.slice(0, -1).every((line) => line.length >= MIN_WRAPPED_LINE_CHARS)) return [plainParagraph(normalizeSpace(lines.join(' ')))];
    const lineOf = lines.length > 1 ? Symbol('lines') : undefined;
    return lines.map((line) => ({ ...plainParagraph(normalizeSpace(line)), ...(lineOf ? { lineOf } : {}) }));
  });
}
const MIN_PROSE_PARAGRAPHS = 3;

function isHandWrapped(paragraphs: string[][]): boolean {
  const inner = paragraphs.filter((lines) => !isCentredLines(lines)).flatMap((lines) => lines.slice(0, -1));
  if (inner.length < MIN_WRAPPED_LINES || inner.some((line) => /^\s/.test(line))) return false;
  return inner.filter((line) => line.length >= MIN_WRAPPED_LINE_CHARS).length >= inner.length * WRAPPED_SHARE;
}
/**
 * Rule "centred heading in a release": a plain-text release centres its headline, and its "###" or "-30-" end mark,
 * with leading spaces, every line of that paragraph indented well past the text's margin. A code block indents some
 * lines and not others; a paragraph of a few lines all set in by a wide margin is a centred heading, not a listing.
 * A heading is kept one block, as is a line or two set in capitals, the other way a release prints its headline.
 */
export function isCentredLines(lines: string[]): boolean {
  return lines.length <= MAX_CENTRED_LINES && lines.every((line) => CENTRED_MARGIN.test(line));
}
const MAX_CENTRED_LINES = 3;
/** A headline in capitals runs a line or two; a letterhead in capitals over the address is more. */
const MAX_HEADING_LINES = 2;
/** Capital letters and no small ones: not a number alone ("(555) 013-4477"), nor a line of text. */
function isInCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}
const CENTRED_MARGIN = /^ {8,}\S/;
const MIN_WRAPPED_LINES = 4;
const MIN_WRAPPED_LINE_CHARS = 50;
const WRAPPED_SHARE = 0.6;

/**
 * Rule "unwrapped prose in <pre>": a release system may leave the wrapping to the browser (`white-space: pre-wrap`)
 * and print each paragraph as one long line, its paragraphs apart by a blank line. Lines of several sentences that
 * end as a sentence does, and hold most of the block's text, are prose: no line of code or verse runs so long.
 */
function isUnwrappedProse(paragraphs: string[][]): boolean {
  const lines = paragraphs.flat();
  const prose = lines.filter((line) => line.length >= MIN_UNWRAPPED_LINE_CHARS && !/^\s/.test(line) && SENTENCE_END.test(line));
  const proseChars = prose.reduce((sum, line) => sum + line.length, 0);
  return prose.length >= MIN_UNWRAPPED_LINES && proseChars >= lines.reduce((sum, line) => sum + line.length, 0) * UNWRAPPED_SHARE;
}
const MIN_UNWRAPPED_LINES = 2;
const MIN_UNWRAPPED_LINE_CHARS = 150;
const UNWRAPPED_SHARE = 0.6;
const SENTENCE_END = /[.!?…]["'“”»«„’)]*$/u;
/**
 * What code is written with and prose is not: braces, assignments, angle brackets, backslashes, backticks, a call's
 * empty brackets or a statement's `);`, and a line comment's `//` (not an address's `://`).
 */
export const CODE_CHARACTERS = /[{}=<>\\`]|\(\)|\)\s*;|(?<!:)\/\//;

/** The closing tags of the inline tags left open, innermost first. */
function closingTags(openInline: OpenTag[]): string {
  return [...openInline].reverse().map(({ tag }) => `</${tag}>`).join('');
}

/**
 * The distinct texts of a picture box's captions and paragraphs (templates print a caption once per screen size),
 * and the picture's credit. A caption is read whole, with the credit element it may hold taken out of its text: the
 * caption's inner parts (its text's <p>, a `caption__text` and a `caption__credit` span) would print it twice.
 */
function pictureBoxCaption(box: DomElement): { caption: string | null; credit: string | null } | null {
  const parts: { caption: string | null; credit: string | null }[] = [];
  descendantElements(box, (element) => {
    const isCaption = isCaptionElement(element);
    if (isCaption) parts.push(splitCredit(element));
    else if (element.name === 'p') parts.push({ caption: normalizeSpace(rawText(element)), credit: null });
    return isCaption || element.name === 'p';
  });
  if (parts.length === 0) parts.push({ caption: normalizeSpace(rawText(box)), credit: null });
  const text = [...new Set(parts.map((part) => part.caption).filter(Boolean))].join(' ');
  const credit = parts.find((part) => part.credit)?.credit;
  if (credit) return { caption: text || null, credit };
  return text ? splitCreditInText(text) : null;
}

/**
 * Rule "verse halves set apart": poetry sites and culture pages set each verse's two halves (hemistichs) in spans side
 * by side, styled apart by the stylesheet (`<div class="bayt"><span class="sadr">…</span><span class="ajuz">…</span>
 * </div>`), with no space between them in the markup: the Jordanian poet's column read "ولم يبقكأنه", the last word of
 * one half run into the first of the next. A half is set apart from the text before it, as a table's cell is.
 */
function isHemistich(element: DomElement): boolean {
  return firstMatch(attributeTokens(element), HEMISTICH_TOKENS) !== null;
}

/**
 * Rule "cells set apart": a table row is one line of the body, its cells set apart as a reader sees them in their
 * columns ("1 | Jan Berg | 2:11:04"); run together with spaces, the runner's place and time read as part of his name.
 * A cell whose label ends with a colon is set apart by it already.
 */
const CELL_SEPARATOR = ' | ';

/** A label's colon ending a cell ("Kingdom: Animalia"), which sets the next cell apart already. */
const LABEL_END = /[:：]$/u;

/**
 * A table cell is part of its row's line ("Madrid | 16,2 | 17,5"), except a cell that breaks its text into lines itself:
 * a layout table's column of <br>-separated paragraphs, whose first and last paragraphs are no part of the next
 * column's.
 */
function isBoundary(element: DomElement): boolean {
  if (element.name === 'td' || element.name === 'th') return isCodeLinesBox(element) || element.children.some((child) => isElement(child) && child.name === 'br');
  return BLOCK_TAGS.has(element.name);
}

/**
 * Rule "code lines box": the syntax highlighters of older blogs (Crayon, SyntaxHighlighter) print a listing with no
 * <pre>, as a table cell of one element per line, indented with non-breaking spaces. The cell is a code block all
 * the same: one paragraph that keeps its lines and indentation, not a paragraph per line.
 */
const CODE_LINES_BOX_CLASSES = ['crayon-code', 'crayon-pre'];

function isCodeLinesBox(element: DomElement): boolean {
  const tokens = attributeTokens(element);
  // SyntaxHighlighter's code column is a cell classed just "code", beside its gutter cell.
  return CODE_LINES_BOX_CLASSES.some((name) => tokens.has(name)) || (element.name === 'td' && hasClass(element, 'code'));
}

/**
 * Rule "line-number gutter": the same highlighters, and Pygments and highlight.js's line-number plugin, number the
 * lines in a column of their own beside the code (`td.crayon-nums`, `td.gutter`, `td.linenos`,
 * `td.hljs-ln-numbers`, Prism's `span.line-numbers-rows`); read as text, the numbers become paragraphs of "1", "2"…
 * A layout's `div.gutter` is spacing between columns, which may hold text: only a cell named so is a gutter.
 */
function isLineNumberGutter(element: DomElement): boolean {
  if (element.attribs.class === undefined) return false;
  const tokens = attributeTokens(element);
  return GUTTER_CLASSES.some((name) => tokens.has(name)) || (element.name === 'td' && hasClass(element, 'gutter'));
}
const GUTTER_CLASSES = ['crayon-nums', 'linenos', 'linenodiv', 'hljs-ln-numbers', 'line-numbers-rows'];

function hasClass(element: DomElement, name: string): boolean {
  return element.attribs.class?.split(/\s+/).includes(name) ?? false;
}

/** What a block-level element makes of the text inside it; lists get an id so the HTML renderer can group items. */
function contextFor(element: DomElement, outer: Context, nextListId: () => number): Context {
  if (isCodeLinesBox(element)) return { kind: 'pre', quoted: outer.quoted };
  switch (element.name) {
    case 'h1':
    case 'h2':
      return { kind: 'h2', quoted: outer.quoted, sourceLevel: Number(element.name[1]) };
    case 'h3':
      return { kind: 'h3', quoted: outer.quoted, sourceLevel: 3 };
    case 'h4':
    case 'h5':
    case 'h6':
      return { kind: 'h4', quoted: outer.quoted, sourceLevel: Number(element.name[1]) };
    case 'ul':
    case 'ol':
      return { kind: 'li', quoted: outer.quoted, list: { id: nextListId(), ordered: element.name === 'ol' } };
    case 'li':
      return { kind: 'li', quoted: outer.quoted, list: outer.list ?? { id: nextListId(), ordered: false } };
    case 'blockquote':
      return { kind: 'p', quoted: true };
    case 'pre':
      return { kind: 'pre', quoted: outer.quoted };
    case 'tr':
      return { kind: 'row', quoted: outer.quoted };
    case 'p':
      if (namesQuoteBox(element)) return { kind: 'p', quoted: true };
      return { kind: outer.kind === 'li' ? 'li' : 'p', quoted: outer.quoted, list: outer.list };
    default:
      // Rule "pull-quote box": some platforms set a pull quote in a box of its own with no blockquote inside
      // (Substack's `<div class="pullquote"><p>…</p></div>`, or the paragraph itself: `<p class="pull-quote">`). It is
      // a quote as much as a blockquote is, and the rules on pull quotes judge it: gone when it repeats the text,
      // kept as a quotation when it does not. So is a theme's quote box (see the rule "quote box").
      if (namesQuoteBox(element)) return { kind: 'p', quoted: true };
      return outer.kind === 'li' || outer.kind === 'row' ? outer : { kind: 'p', quoted: outer.quoted };
  }
}

/** Drops tags left empty by whitespace collapsing and collapses the whitespace inside the HTML the same way. */
function tidyInlineHtml(html: string): string {
  // Trimming before the empty tags go as well as after changes nothing: the tags never hold the outer spaces.
  return normalizeSpace(html).replace(/<(strong|em|a)(?: [^>]*)?>\s*<\/\1>/g, '').trim();
}

/**
 * The blocks as the renderers print them: the lines left of each paragraph the page broke with <br>s joined into
 * that paragraph, by a newline in its text and a <br> in its HTML.
 *
 * Rule "verse, not prose": lines are joined only when every line of the run is short, as a stanza's, an address's or
 * a sign-off's are. Old templates and hand-made pages also end whole paragraphs with a single <br>, and a heading
 * over its paragraph; a run with a prose-long line is such a page's paragraphs, each printed as one.
 */
export function joinLines(blocks: Block[]): Block[] {
  const joined: Block[] = [];
  for (let start = 0; start < blocks.length;) {
    const block = blocks[start];
    let end = start + 1;
    if (block.kind !== 'figure' && block.lineOf) {
      while (end < blocks.length && (blocks[end] as TextBlock).lineOf === block.lineOf) end++;
    }
    const run = blocks.slice(start, end) as TextBlock[];
    if (run.length > 1 && run.every((line) => line.text.length <= MAX_VERSE_LINE_CHARS)) {
      joined.push({ ...run[0], text: run.map((line) => line.text).join('\n'), html: run.map((line) => line.html).join('<br>') });
    } else {
      for (const line of run) joined.push(line);
    }
    start = end;
  }
  return joined;
}

/**
 * Lines of verse, addresses and credits stay under this; a longer line broken off with a <br> is a paragraph. A
 * run's lines are judged together: one prose line among short ones makes them a heading and paragraphs.
 */
const MAX_VERSE_LINE_CHARS = 100;

/** A paragraph of text that came without markup (a declared articleBody, a picture's caption): its HTML is the text escaped. */
export function plainParagraph(text: string): TextBlock {
  return { kind: 'p', text, html: escapeHtml(text), quoted: false };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
