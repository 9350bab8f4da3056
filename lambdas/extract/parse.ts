/**
 * HTML text to the Cheerio document every stage reads: htmlparser2's parser, as Cheerio's own loader would run
 * it, with a tokenizer that crosses runs of characters it has nothing to do with by a string search.
 *
 * htmlparser2's tokenizer dispatches on its state once per character. With entity decoding on (it must be: the
 * engine reads decoded text), it has no shortcut through text or quoted attribute values, where the only
 * characters that change anything are `<`, `&` and the closing quote; those runs are most of a page's
 * characters. Where it does skip ahead (script and style bodies, comments, the rest of a closing tag), it steps
 * through the characters one by one. `indexOf` finds the next character that matters natively, and the tokens
 * and the tree stay the same. Dev corpus, parse alone: 2.2 → 1.3 ms CPU per page. Two differences from Cheerio's
 * tree are deliberate: a heading's end tag closes whichever heading is open, as in browsers, and a streamed
 * segment is set where the page's script puts it (see {@link CompactDomHandler.placeStreamedSegments}).
 */
import { load, type CheerioAPI } from 'cheerio/slim';
import { type AnyNode, type ChildNode, type Document, DomHandler, type Element, type ParentNode } from 'domhandler';
import { Parser, Tokenizer } from 'htmlparser2';
import { HEADING_TAGS } from './content/dom';
import { RejectedInputError } from './errors';

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const AMPERSAND = 0x26;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DASH = 0x2d;
const EXCLAMATION_MARK = 0x21;

/**
 * The tokenizer states a tag read whole leaves it in: values of its `State` enum, which it does not export (the
 * version is pinned; the tree comparisons in `test/extract/parse.test.ts` would fail on any other numbering).
 */
const TEXT_STATE = 1;
const BEFORE_ATTRIBUTE_NAME_STATE = 8;

/** The `QuoteType` the tokenizer reports an attribute's end with. */
const enum AttributeQuote {
  None = 0,
  Unquoted = 1,
  Single = 2,
  Double = 3,
}

/**
 * The tokenizer's internals that the fast paths use. They are private in its type declarations, so the base
 * class is seen through this shape; `test/extract/parse.test.ts` checks that the trees stay identical.
 */
interface TokenizerInternals {
  /** The markup being tokenized, and where it starts in the whole input (non-zero only for chunked writes). */
  buffer: string;
  offset: number;
  /** Position of the character being handled; the main loop moves one past it after each state call. */
  index: number;
  /** The state for text between tags, called with the character at `index`. */
  stateText(code: number): void;
  /** The state for the inside of a quoted attribute value; `quote` is the character that closes it. */
  handleInAttributeValue(code: number, quote: number): void;
  /** Moves `index` to the next `code` and says whether there was one; else onto the last character. */
  fastForwardTo(code: number): boolean;
  /** The state after `<`, called with the character that follows it. */
  stateBeforeTagName(code: number): void;
  /**
   * The state inside a comment or CDATA section, looking for `currentSequence` (`-->` or `]]>`); `sequenceIndex`
   * is how much of it the characters before `index` have matched.
   */
  stateInCommentLike(code: number): void;
  currentSequence: Uint8Array;
  sequenceIndex: number;
  state: number;
  /** Where the token being read starts (-1: none). */
  sectionStart: number;
  /** The parser, which turns the tokens into tree-building calls. */
  cbs: TokenCallbacks;
}

/** The parser's token callbacks that a tag read whole emits: positions are in the whole input, ends exclusive. */
interface TokenCallbacks {
  onopentagname(start: number, endIndex: number): void;
  onattribname(start: number, endIndex: number): void;
  onattribdata(start: number, endIndex: number): void;
  onattribend(quote: number, endIndex: number): void;
  onopentagend(endIndex: number): void;
  onselfclosingtag(endIndex: number): void;
  onclosetag(start: number, endIndex: number): void;
  /** A comment from `start` to `endIndex`, the last `offset` characters of which are its end mark. */
  oncomment(start: number, endIndex: number, offset: number): void;
}

const TokenizerBase = Tokenizer as unknown as new (...args: ConstructorParameters<typeof Tokenizer>) => TokenizerInternals;

class SearchingTokenizer extends TokenizerBase {
  /**
   * The first `&` at or after `ampersandSearchStart` in `ampersandSearchBuffer` (-1: there is none), so that
   * looking for "`<` or `&`" run after run never searches the same stretch for `&` twice: a page with no
   * ampersand left would otherwise be scanned to its end once per text run.
   */
  private nextAmpersand = -1;
  private ampersandSearchStart = -1;
  private ampersandSearchBuffer: string | null = null;
  /** Whether the character before `index` was a `!` after a comment's `--`, so that a `>` now closes the comment. */
  private bangAfterCommentDashes = false;

  override stateText(code: number): void {
    if (code === LESS_THAN || code === AMPERSAND) super.stateText(code);
    else this.skipBefore('<');
  }

  override handleInAttributeValue(code: number, quote: number): void {
    if (code === quote || code === AMPERSAND) super.handleInAttributeValue(code, quote);
    else this.skipBefore(quote === DOUBLE_QUOTE ? '"' : "'");
  }

  /**
   * Rule "comment closed by --!>": a comment ends at `--!>` as well as at `-->`, as browsers end it (the standard
   * calls it an error and forgives it). Templates write `<!-- ad slot --!>`; read to the next `-->`, every paragraph
   * up to the page's next comment vanished from a story that browsers show whole.
   */
  override stateInCommentLike(code: number): void {
    const afterBang = this.bangAfterCommentDashes;
    this.bangAfterCommentDashes = false;
    if (afterBang && code === GREATER_THAN) {
      this.cbs.oncomment(this.sectionStart, this.index, 3);
      this.leaveTagAt(this.index - this.offset);
      return;
    }
    // The two dashes must be the comment's own, not those of its opening `<!--`.
    this.bangAfterCommentDashes = code === EXCLAMATION_MARK && this.sequenceIndex === 2 && this.currentSequence[0] === DASH
      && this.index - 2 >= this.sectionStart;
    super.stateInCommentLike(code);
  }

  override fastForwardTo(code: number): boolean {
    const found = this.buffer.indexOf(String.fromCharCode(code), this.index - this.offset + 1);
    this.index = (found < 0 ? this.buffer.length - 1 : found) + this.offset;
    return found >= 0;
  }

  /**
   * Reads the common tags in one go, `<name attr="value" …>`, `<name/>` and `</name>`, instead of one state call
   * per character: a page has about a thousand of each. It emits the callbacks, with the same positions, that the
   * states would emit, and leaves the tokenizer as they would. Everything else goes to the states: comments,
   * declarations, `<` not starting a tag, raw-text elements, and (from that attribute on) an attribute with an
   * entity in its value or one the input ends in.
   */
  override stateBeforeTagName(code: number): void {
    const at = this.index - this.offset;
    if (isAsciiLetter(code) ? !this.readOpenTag(at) : code !== SLASH || !this.readCloseTag(at + 1)) super.stateBeforeTagName(code);
  }

  /**
   * `</name>` with the name starting at `nameStart`; false, having done nothing, for any other closing tag (spaced,
   * cut off, or with a `/` in the name, which the states read as part of it).
   */
  private readCloseTag(nameStart: number): boolean {
    const buffer = this.buffer;
    if (!isAsciiLetter(buffer.charCodeAt(nameStart))) return false;
    let nameEnd = nameStart + 1;
    while (nameEnd < buffer.length && !isTagSectionEnd(buffer.charCodeAt(nameEnd))) nameEnd++;
    if (buffer.charCodeAt(nameEnd) !== GREATER_THAN) return false;
    this.cbs.onclosetag(nameStart + this.offset, nameEnd + this.offset);
    this.leaveTagAt(nameEnd);
    return true;
  }

  /**
   * An opening tag with the name starting at `nameStart`; false, having done nothing, when the name runs to the
   * end of the input or names a raw-text element (whose content the states read differently).
   */
  private readOpenTag(nameStart: number): boolean {
    const buffer = this.buffer;
    let at = nameStart + 1;
    while (at < buffer.length && !isTagSectionEnd(buffer.charCodeAt(at))) at++;
    if (at === buffer.length || namesRawTextElement(buffer, nameStart, at)) return false;
    this.cbs.onopentagname(nameStart + this.offset, at + this.offset);
    for (;;) {
      at = skipSpaces(buffer, at);
      const code = buffer.charCodeAt(at);
      if (code === GREATER_THAN) {
        this.cbs.onopentagend(at + this.offset);
        this.leaveTagAt(at);
        return true;
      }
      if (code === SLASH && buffer.charCodeAt(at + 1) === GREATER_THAN) {
        this.cbs.onselfclosingtag(at + 1 + this.offset);
        this.leaveTagAt(at + 1);
        return true;
      }
      const next = this.readAttribute(at);
      if (next < 0) {
        // The states take over from where they would stand between two attributes.
        this.state = BEFORE_ATTRIBUTE_NAME_STATE;
        this.sectionStart = -1;
        this.index = at + this.offset - 1;
        return true;
      }
      at = next;
    }
  }

  /**
   * The attribute whose name starts at `nameStart`: emits its callbacks and returns where it ends, or returns -1
   * having emitted nothing when the states must read it.
   */
  private readAttribute(nameStart: number): number {
    const buffer = this.buffer;
    const first = buffer.charCodeAt(nameStart);
    // A name may start with `=`, but not with `/` (which the states read as a self-closing slash) or end the input.
    if (first === SLASH || Number.isNaN(first)) return -1;
    let nameEnd = nameStart + 1;
    while (nameEnd < buffer.length && !isAttributeNameEnd(buffer.charCodeAt(nameEnd))) nameEnd++;
    const afterName = skipSpaces(buffer, nameEnd);
    if (afterName === buffer.length) return -1;
    if (buffer.charCodeAt(afterName) !== EQUALS) {
      this.cbs.onattribname(nameStart + this.offset, nameEnd + this.offset);
      this.cbs.onattribend(AttributeQuote.None, nameEnd + this.offset);
      return afterName;
    }
    const valueStart = skipSpaces(buffer, afterName + 1);
    const quote = buffer.charCodeAt(valueStart);
    if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
      const closing = buffer.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", valueStart + 1);
      const ampersand = this.ampersandFrom(valueStart + 1);
      if (closing < 0 || (ampersand >= 0 && ampersand < closing)) return -1;
      this.cbs.onattribname(nameStart + this.offset, nameEnd + this.offset);
      this.cbs.onattribdata(valueStart + 1 + this.offset, closing + this.offset);
      this.cbs.onattribend(quote === DOUBLE_QUOTE ? AttributeQuote.Double : AttributeQuote.Single, closing + 1 + this.offset);
      return closing + 1;
    }
    let valueEnd = valueStart;
    while (valueEnd < buffer.length && !isUnquotedValueEnd(buffer.charCodeAt(valueEnd))) valueEnd++;
    if (valueEnd === buffer.length || buffer.charCodeAt(valueEnd) === AMPERSAND) return -1;
    this.cbs.onattribname(nameStart + this.offset, nameEnd + this.offset);
    this.cbs.onattribdata(valueStart + this.offset, valueEnd + this.offset);
    this.cbs.onattribend(AttributeQuote.Unquoted, valueEnd + this.offset);
    return valueEnd;
  }

  /** Leaves the tokenizer in text after the tag's closing `>` at `closing`, where the main loop's step lands. */
  private leaveTagAt(closing: number): void {
    this.state = TEXT_STATE;
    this.sectionStart = closing + 1 + this.offset;
    this.index = closing + this.offset;
  }

  /**
   * Leaves `index` just before the next `stop` or `&`, or on the last character when neither follows, so that
   * the main loop's step lands on it (or ends) and the state handles it as usual.
   */
  private skipBefore(stop: string): void {
    const from = this.index - this.offset + 1;
    let found = this.buffer.indexOf(stop, from);
    const ampersand = this.ampersandFrom(from);
    if (ampersand >= 0 && (found < 0 || ampersand < found)) found = ampersand;
    this.index = (found < 0 ? this.buffer.length : found) + this.offset - 1;
  }

  private ampersandFrom(from: number): number {
    const stillValid = this.ampersandSearchBuffer === this.buffer && this.ampersandSearchStart <= from
      && (this.nextAmpersand < 0 || this.nextAmpersand >= from);
    if (!stillValid) {
      this.ampersandSearchBuffer = this.buffer;
      this.ampersandSearchStart = from;
      this.nextAmpersand = this.buffer.indexOf('&', from);
    }
    return this.nextAmpersand;
  }
}

/**
 * The tokenizer's whitespace: the HTML standard's, as dom-walk's isHtmlWhitespace. Kept here, beside its callers:
 * the tokenizer asks it about nearly every character of a tag, and a call into another module goes through that
 * module's export binding, which at that rate costs more than the test itself.
 */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0c || code === 0x0d;
}

function skipSpaces(buffer: string, from: number): number {
  let at = from;
  while (at < buffer.length && isSpace(buffer.charCodeAt(at))) at++;
  return at;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** What ends a tag name: anything else, `<` included, is part of it. */
function isTagSectionEnd(code: number): boolean {
  return code === GREATER_THAN || code === SLASH || isSpace(code);
}

function isAttributeNameEnd(code: number): boolean {
  return code === EQUALS || isTagSectionEnd(code);
}

/** What ends an unquoted value, or interrupts it (an entity, left to the states). */
function isUnquotedValueEnd(code: number): boolean {
  return code === GREATER_THAN || code === AMPERSAND || isSpace(code);
}

/** The elements whose content the tokenizer reads as raw text, up to their closing tag. */
const RAW_TEXT_ELEMENTS = ['script', 'style', 'title', 'textarea', 'xmp'];

/** Whether `buffer` from `start` to `end` names a raw-text element, in any ASCII case (as the tokenizer compares). */
function namesRawTextElement(buffer: string, start: number, end: number): boolean {
  return RAW_TEXT_ELEMENTS.some((name) => {
    if (name.length !== end - start) return false;
    for (let index = 0; index < name.length; index++) {
      if ((buffer.charCodeAt(start + index) | 0x20) !== name.charCodeAt(index)) return false;
    }
    return true;
  });
}

/** Bounds past which a document is refused as too complex to read in bounded time. */
export interface ComplexityLimits {
  maxElements: number;
  maxDepth: number;
}

/**
 * The parsed document, the same tree as Cheerio's `load(html)` builds. The text may come in chunks, as the decoder
 * gives it: the parser reads them in order, with the same tree as from their join (but for a document cut off
 * inside a tag, where which part of that tag is kept as text depends on the cuts). With `limits`, parsing stops
 * with a `too-complex` {@link RejectedInputError} as soon as the tree passes one of them.
 */
export function parseHtml(html: string | readonly string[], limits?: ComplexityLimits): CheerioAPI {
  return load(buildDocument(html, limits).root);
}

/**
 * {@link parseHtml}'s document node, without Cheerio's API, and the number of elements in it, counted as the parser
 * built them: a walk of the intact document sizes its columns by it instead of counting them in a pass of its own.
 * The engine reads the tree through that walk; Cheerio's `load` declares a class of its own and copies its static
 * API onto a new function for each document, about 30 µs a page, 5% of a small page's extraction.
 */
export function parseCounted(html: string | readonly string[], limits?: ComplexityLimits): { document: Document; elementCount: number } {
  const handler = buildDocument(html, limits);
  return { document: handler.root, elementCount: handler.elementCount };
}

function buildDocument(html: string | readonly string[], limits?: ComplexityLimits): CompactDomHandler {
  const handler = limits ? new BoundedDomHandler(limits) : new CompactDomHandler();
  const parser = new LowerCasingParser(handler, { Tokenizer: SearchingTokenizer as unknown as typeof Tokenizer });
  for (const chunk of typeof html === 'string' ? [html] : html) parser.write(chunk);
  parser.end();
  return handler;
}

/**
 * The tree builder, giving each element a children array of its own size. The base builder pushes each child onto
 * its parent's array, and V8 gives an array's first push room for 16 elements, though most elements have one to
 * three children. The tree lives as long as the page is read, so young-generation collections copy it and then
 * promote it, spare room included. Here an open element's children go into a buffer kept for its depth, reused by
 * every element at that depth, and are copied into the element's array when it closes. The top level is the
 * document's own array, which its root shares, and is built as before. Dev corpus: 2,502 → 2,433 KB allocated per
 * page, 4.6 → 4.1 MB promoted per young-generation collection (4.9 → 4.2 ms each), about 3% less time per page.
 */
class CompactDomHandler extends DomHandler {
  /** The children so far of the open element at each depth of the tag stack (index 0, the document, is unused). */
  private readonly openChildren: AnyNode[][] = [];
  private readonly openChildCounts: number[] = [];
  /** Every element of the document: each is made at its open tag, and none is taken out. */
  elementCount = 0;

  /** Streamed rendering's placeholders (`<template id="B:0">`) and hidden segments (`<div hidden id="S:0">`), by id. */
  private readonly placeholders = new Map<string, Element>();
  private readonly segments = new Map<string, Element>();
  /** The moves the page's scripts make, in their order: the segment's id, the placeholder's, and whether a fallback goes. */
  private readonly segmentMoves: Array<{ segment: string; placeholder: string; fallback: boolean }> = [];

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    const depth = this.tagStack.length - 1;
    this.openChildCounts[depth] = 0;
    this.elementCount++;
    const id = attribs.id;
    if (id === undefined) return;
    if (name === 'template' && STREAMED_PLACEHOLDER_ID.test(id)) this.placeholders.set(id, this.tagStack[depth] as Element);
    else if ('hidden' in attribs && STREAMED_SEGMENT_ID.test(id)) this.segments.set(id, this.tagStack[depth] as Element);
  }

  /** A repeated `<html>` or `<body>` tag's attributes, added to the open element of its name where that lacks them. */
  onrepeatedtag(name: string, attribs: Record<string, string>): void {
    const element = this.tagStack.find((node) => (node as Element).name === name) as Element | undefined;
    if (element === undefined) return;
    for (const [attribute, value] of Object.entries(attribs)) {
      if (!Object.hasOwn(element.attribs, attribute)) element.attribs[attribute] = value;
    }
  }

  override onclosetag(): void {
    const depth = this.tagStack.length - 1;
    const count = this.openChildCounts[depth];
    // A void element, or one closed before anything was put in it, keeps the empty array it was made with.
    if (depth > 0 && count > 0) {
      const element = this.tagStack[depth] as Element;
      element.children = this.openChildren[depth].slice(0, count);
      const only = element.children[0];
      if (element.name === 'script' && this.segments.size > 0 && count === 1 && only.type === 'text') this.readSegmentMoves(only.data);
    }
    super.onclosetag();
  }

  override onend(): void {
    this.placeStreamedSegments();
    super.onend();
  }

  /**
   * React's calls that complete a boundary (`$RC("B:0","S:0")`, or `$RR("B:0","S:0",[…])` when the part brings its
   * stylesheets) and place a segment (`$RS("S:1","P:1")`).
   */
  private readSegmentMoves(script: string): void {
    if (!script.includes('$R')) return;
    for (const [, kind, first, second] of script.matchAll(SEGMENT_MOVE)) {
      this.segmentMoves.push(kind === 'S' ? { segment: first, placeholder: second, fallback: false } : { segment: second, placeholder: first, fallback: true });
    }
  }

  /**
   * Rule "streamed segment": React's streamed server rendering (`renderToPipeableStream`, Next.js's app router) sends
   * the page's shell first, with a fallback (a skeleton, "Loading…") where a part that waits on data will go, after
   * an empty `<template id="B:0">` inside `<!--$?-->…<!--/$-->`. The part follows later in the stream, at the end of
   * the body in a hidden `<div id="S:0">`, with a script whose `$RC("B:0","S:0")` moves it into the placeholder and
   * drops the fallback (`$RS("S:1","P:1")` moves a segment into a `<template id="P:1">`, which has none). News sites
   * stream the story's second half so, or all of it. Read as served it was a hidden box after the footer, dropped,
   * and the fallback was read in its place: the tree is built as the browser shows it.
   */
  private placeStreamedSegments(): void {
    for (const { segment: segmentId, placeholder: placeholderId, fallback } of this.segmentMoves) {
      const segment = this.segments.get(segmentId);
      const placeholder = this.placeholders.get(placeholderId);
      const parent = placeholder?.parent;
      if (!segment || !placeholder || !parent || !segment.parent) continue;
      const siblings = parent.children;
      const at = siblings.indexOf(placeholder);
      const end = fallback ? boundaryEnd(siblings, at + 1) : at + 1;
      if (at < 0 || end < 0) continue;
      this.elementCount -= elementsIn(siblings.slice(at, end)) + 1;
      const moved = segment.children;
      relink(segment.parent, segment.parent.children.filter((child) => child !== segment));
      relink(parent, [...siblings.slice(0, at), ...moved, ...siblings.slice(end)]);
      this.segments.delete(segmentId);
      this.placeholders.delete(placeholderId);
    }
  }

  protected override addNode(node: ChildNode): void {
    const depth = this.tagStack.length - 1;
    if (depth === 0) {
      super.addNode(node);
      return;
    }
    const buffer = (this.openChildren[depth] ??= []);
    const count = this.openChildCounts[depth];
    if (count > 0) {
      const previous = buffer[count - 1] as ChildNode;
      node.prev = previous;
      previous.next = node;
    }
    buffer[count] = node;
    this.openChildCounts[depth] = count + 1;
    node.parent = this.tagStack[depth];
    this.lastNode = null;
  }
}

/** The ids React gives a boundary's or a segment's placeholder, and the hidden segment that fills it. */
const STREAMED_PLACEHOLDER_ID = /^[BP]:\w+$/;
const STREAMED_SEGMENT_ID = /^S:\w+$/;
const SEGMENT_MOVE = /\$R([CRS])\("([BPS]:\w+)","([BPS]:\w+)"[,)]/g;

/**
 * Where the boundary whose fallback starts at `from` ends: at its closing `<!--/$-->`, past any boundary nested in
 * the fallback (`<!--$-->`, `<!--$?-->`, `<!--$!-->`); -1 without one.
 */
function boundaryEnd(siblings: readonly ChildNode[], from: number): number {
  let depth = 0;
  for (let index = from; index < siblings.length; index++) {
    const node = siblings[index];
    if (node.type !== 'comment') continue;
    if (node.data === '/$') {
      if (depth === 0) return index;
      depth--;
    } else if (node.data === '$' || node.data === '$?' || node.data === '$!') {
      depth++;
    }
  }
  return -1;
}

/** The elements in the nodes and under them. */
function elementsIn(nodes: readonly AnyNode[]): number {
  let count = 0;
  for (const node of nodes) {
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    count += 1 + elementsIn((node as Element).children);
  }
  return count;
}

/** Sets the parent's children, linking each to its neighbours and to the parent. */
function relink(parent: ParentNode, children: ChildNode[]): void {
  parent.children = children;
  children.forEach((child, index) => {
    child.parent = parent;
    child.prev = children[index - 1] ?? null;
    child.next = children[index + 1] ?? null;
  });
}

/**
 * Refuses the document while it is being built, at the element that passes a bound. The parser keeps its open
 * elements in an array it grows at the front, so each tag costs time proportional to the depth: 100,000 levels
 * would take seconds, and a million elements a second, before any walk of the finished tree could refuse them.
 */
class BoundedDomHandler extends CompactDomHandler {
  constructor(private readonly limits: ComplexityLimits) {
    super();
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (this.elementCount > this.limits.maxElements) throw new RejectedInputError('too-complex', `more than ${this.limits.maxElements} elements`);
    // The stack holds the document and every open element, the new one included.
    if (this.tagStack.length - 1 > this.limits.maxDepth) throw new RejectedInputError('too-complex', `elements nested more than ${this.limits.maxDepth} deep`);
  }
}

/** The parser's internals that the overrides below use, private in its type declarations like the tokenizer's. */
interface ParserInternals {
  /** The open elements' names, innermost first. */
  stack: string[];
  cbs: {
    onclosetag?(name: string, isImplied: boolean): void;
    onrepeatedtag?(name: string, attribs: Record<string, string>): void;
  };
  tagname: string;
  onclosetag(start: number, endIndex: number): void;
  /** The chunks written and not yet read past, the first starting at `bufferOffset` in the whole input. */
  buffers: string[];
  bufferOffset: number;
  startIndex: number;
  endIndex: number;
  attribname: string;
  attribvalue: string;
  attribs: Record<string, string> | null;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
  onopentagend(endIndex: number): void;
  write(chunk: string): void;
  end(chunk?: string): void;
}

const ParserBase = Parser as unknown as new (...args: ConstructorParameters<typeof Parser>) => ParserInternals;

/**
 * htmlparser2's parser, lower-casing tag and attribute names only when they are not lower-case already. Nearly all
 * are, and `toLowerCase` on a slice of a page with any character past Latin-1 (a curly quote is enough) takes the
 * engine's slow two-byte path and copies, once per tag and attribute.
 */
class LowerCasingParser extends ParserBase {
  onattribname(start: number, endIndex: number): void {
    this.startIndex = start;
    this.attribname = this.nameAt(start, endIndex);
  }

  /** The repeated document tag being read (see {@link isRepeatedDocumentTag}), or null. */
  private repeatedTag: string | null = null;

  onopentagname(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    const name = this.nameAt(start, endIndex);
    if (!this.isRepeatedDocumentTag(name)) {
      this.emitOpenTag(name);
      return;
    }
    this.repeatedTag = name;
    this.tagname = '';
    this.attribs = {};
  }

  override onopentagend(endIndex: number): void {
    const repeated = this.repeatedTag;
    if (repeated !== null && this.attribs !== null) {
      this.cbs.onrepeatedtag?.(repeated, this.attribs);
      this.attribs = null;
    }
    this.repeatedTag = null;
    super.onopentagend(endIndex);
  }

  /**
   * Rule "one document per page": a layout that opens `<body onload=…>` again inside a table cell, a CMS that pastes
   * a template's `</html>` into a story, and a tracker or a comment section appended after `</body></html>` all
   * leave a page that browsers still read as one document. Browsers add a repeated `<body>` tag's new attributes
   * to the open body and drop the tag, drop a `<head>` once the body is open, and leave every element open at
   * `</body>` and `</html>`: what follows goes where the page was. htmlparser2 nested a second body in the first,
   * which ended the container climbs inside a table cell, or closed the document at a pasted `</html>` and read the
   * rest of the story as no part of it. A whole document pasted into a story (`<html><body>…</body></html>`, as
   * PHP's DOMDocument writes a fragment) stays a wrapper of its own: its tags match, and it bounds the story's
   * text as the box it was pasted into does.
   */
  private isRepeatedDocumentTag(name: string): boolean {
    return (name === 'body' || name === 'head') && this.stack.includes('body') && this.holdsOneDocument();
  }

  /** Whether the end tag is the document's own `</body>` or `</html>`, which browsers leave open (see {@link isRepeatedDocumentTag}). */
  private endsDocumentEarly(name: string): boolean {
    return (name === 'body' || name === 'html') && this.stack.includes(name) && this.holdsOneDocument();
  }

  /** Whether no document pasted whole is open inside the page's own. */
  private holdsOneDocument(): boolean {
    return this.stack.indexOf('html') === this.stack.lastIndexOf('html');
  }

  /**
   * The name from `start` to `end`, lower-cased: one of {@link COMMON_NAMES} itself when it is one, so that the
   * common names cost no new string and compare by identity downstream. A name is read in place when the chunk
   * the parser is in holds all of it, as it nearly always does; one cut across chunks is joined first, without the
   * base parser's `getSlice`, which drops the chunks it reads past: an end tag's name is read again by the base
   * version when no rule here takes the tag.
   */
  private nameAt(start: number, end: number): string {
    const chunk = this.buffers[0];
    const from = start - this.bufferOffset;
    if (from >= 0 && end - this.bufferOffset <= chunk.length) {
      return commonName(chunk, from, end - this.bufferOffset) ?? lowerCased(chunk.slice(from, end - this.bufferOffset));
    }
    let name = '';
    let chunkStart = this.bufferOffset;
    for (const piece of this.buffers) {
      if (chunkStart >= end) break;
      name += piece.slice(Math.max(start - chunkStart, 0), Math.max(end - chunkStart, 0));
      chunkStart += piece.length;
    }
    return commonName(name, 0, name.length) ?? lowerCased(name);
  }

  /**
   * Rule "mismatched heading end": `<h2 class="excerpt">…</h3>` is a typo browsers forgive, since HTML lets any
   * heading's end tag close whichever heading is open. htmlparser2 ignores an end tag nothing matches, and the
   * heading stayed open around the whole article that followed it, which was then read as part of a heading.
   */
  override onclosetag(start: number, endIndex: number): void {
    const length = endIndex - start;
    const name = length === 2 || length === 4 ? this.nameAt(start, endIndex) : '';
    if (this.endsDocumentEarly(name)) {
      this.endIndex = endIndex;
      this.startIndex = endIndex + 1;
      return;
    }
    const open = length === 2 ? this.openHeadingClosedBy(name) : -1;
    if (open === -1) {
      super.onclosetag(start, endIndex);
      return;
    }
    this.endIndex = endIndex;
    for (let index = 0; index <= open; index++) this.cbs.onclosetag?.(this.stack.shift() as string, index !== open);
    this.startIndex = endIndex + 1;
  }

  /** Where on the stack the heading a heading's end tag `name` closes is, when no element of that name is open. */
  private openHeadingClosedBy(name: string): number {
    if (!HEADING_TAGS.has(name) || this.stack.includes(name)) return -1;
    return this.stack.findIndex((tag) => HEADING_TAGS.has(tag));
  }

  /** The base version also reports each attribute to an `onattribute` callback, which the tree builder does not have. */
  onattribend(_quote: number, endIndex: number): void {
    this.endIndex = endIndex;
    const attribs = this.attribs;
    // The first of repeated attributes wins, as in the base parser and in browsers.
    if (attribs !== null && !Object.hasOwn(attribs, this.attribname)) attribs[this.attribname] = this.attribvalue;
    this.attribvalue = '';
  }
}

/** Tag and attribute names most pages use. */
const COMMON_NAMES = [
  'a', 'abbr', 'article', 'aside', 'b', 'blockquote', 'body', 'br', 'button', 'circle', 'code', 'dd', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'footer', 'form', 'g', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'i',
  'iframe', 'img', 'input', 'label', 'li', 'link', 'main', 'meta', 'nav', 'noscript', 'ol', 'option', 'p', 'path', 'picture',
  'pre', 'section', 'select', 'small', 'source', 'span', 'strong', 'sub', 'sup', 'svg', 'table', 'tbody', 'td', 'template',
  'th', 'thead', 'time', 'tr', 'u', 'ul', 'use', 'video',
  'alt', 'aria-hidden', 'aria-label', 'async', 'charset', 'class', 'content', 'crossorigin', 'd', 'data-src', 'datetime',
  'decoding', 'defer', 'dir', 'fill', 'height', 'href', 'http-equiv', 'id', 'itemprop', 'itemscope', 'itemtype', 'lang',
  'loading', 'media', 'name', 'property', 'rel', 'role', 'sizes', 'src', 'srcset', 'style', 'tabindex', 'target', 'title',
  'type', 'value', 'viewbox', 'width', 'xmlns',
];

/** {@link COMMON_NAMES} by length and first character, so that a name is compared only with the few it could be. */
const COMMON_NAMES_BY_START = new Map<number, string[]>();
for (const name of COMMON_NAMES) {
  const key = startKey(name.length, name.charCodeAt(0));
  COMMON_NAMES_BY_START.set(key, [...COMMON_NAMES_BY_START.get(key) ?? [], name]);
}

function startKey(length: number, firstCode: number): number {
  return length * 0x10000 + firstCode;
}

/** The common name that `text` from `start` to `end` spells in any ASCII case, if it spells one. */
function commonName(text: string, start: number, end: number): string | undefined {
  const candidates = COMMON_NAMES_BY_START.get(startKey(end - start, asciiLowerCase(text.charCodeAt(start))));
  if (candidates === undefined) return undefined;
  for (const name of candidates) {
    let index = 1;
    while (index < name.length && asciiLowerCase(text.charCodeAt(start + index)) === name.charCodeAt(index)) index++;
    if (index === name.length) return name;
  }
  return undefined;
}

function asciiLowerCase(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** `name.toLowerCase()`, returning `name` itself when it holds no upper-case ASCII letter and nothing past ASCII. */
function lowerCased(name: string): string {
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if ((code >= 0x41 && code <= 0x5a) || code > 0x7f) return name.toLowerCase();
  }
  return name;
}
