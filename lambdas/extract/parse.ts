/**
 * HTML text to the Cheerio document every stage reads: htmlparser2's parser, as Cheerio's own loader would run
 * it, with a tokenizer that crosses runs of characters it has nothing to do with by a string search.
 *
 * htmlparser2's tokenizer dispatches on its state once per character. With entity decoding on (it must be: the
 * engine reads decoded text), it has no shortcut through text or quoted attribute values, where the only
 * characters that change anything are `<`, `&` and the closing quote; those runs are most of a page's
 * characters. Where it does skip ahead (script and style bodies, comments, the rest of a closing tag), it steps
 * through the characters one by one. `indexOf` finds the next character that matters natively, and the tokens
 * and the tree stay the same. Dev corpus, parse alone: 2.2 → 1.3 ms CPU per page.
 */
import { load, type CheerioAPI } from 'cheerio/slim';
import { DomHandler } from 'domhandler';
import { Parser, Tokenizer } from 'htmlparser2';
import { RejectedInputError } from './errors';

const LESS_THAN = 0x3c;
const AMPERSAND = 0x26;
const DOUBLE_QUOTE = 0x22;

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

  override stateText(code: number): void {
    if (code === LESS_THAN || code === AMPERSAND) super.stateText(code);
    else this.skipBefore('<');
  }

  override handleInAttributeValue(code: number, quote: number): void {
    if (code === quote || code === AMPERSAND) super.handleInAttributeValue(code, quote);
    else this.skipBefore(quote === DOUBLE_QUOTE ? '"' : "'");
  }

  override fastForwardTo(code: number): boolean {
    const found = this.buffer.indexOf(String.fromCharCode(code), this.index - this.offset + 1);
    this.index = (found < 0 ? this.buffer.length - 1 : found) + this.offset;
    return found >= 0;
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

/** Bounds past which a document is refused as too complex to read in bounded time. */
export interface ComplexityLimits {
  maxElements: number;
  maxDepth: number;
}

/**
 * The parsed document, the same tree as Cheerio's `load(html)` builds. With `limits`, parsing stops with a
 * `too-complex` {@link RejectedInputError} as soon as the tree passes one of them.
 */
export function parseHtml(html: string, limits?: ComplexityLimits): CheerioAPI {
  const handler = limits ? new BoundedDomHandler(limits) : new DomHandler();
  new LowerCasingParser(handler, { Tokenizer: SearchingTokenizer as unknown as typeof Tokenizer }).end(html);
  return load(handler.root);
}

/**
 * Refuses the document while it is being built, at the element that passes a bound. The parser keeps its open
 * elements in an array it grows at the front, so each tag costs time proportional to the depth: 100,000 levels
 * would take seconds, and a million elements a second, before any walk of the finished tree could refuse them.
 */
class BoundedDomHandler extends DomHandler {
  private elementCount = 0;

  constructor(private readonly limits: ComplexityLimits) {
    super();
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (++this.elementCount > this.limits.maxElements) throw new RejectedInputError('too-complex', `more than ${this.limits.maxElements} elements`);
    // The stack holds the document and every open element, the new one included.
    if (this.tagStack.length - 1 > this.limits.maxDepth) throw new RejectedInputError('too-complex', `elements nested more than ${this.limits.maxDepth} deep`);
  }
}

/** The parser's internals that the overrides below use, private in its type declarations like the tokenizer's. */
interface ParserInternals {
  startIndex: number;
  endIndex: number;
  attribname: string;
  attribvalue: string;
  attribs: Record<string, string> | null;
  getSlice(start: number, end: number): string;
  emitOpenTag(name: string): void;
  end(html: string): void;
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
    this.attribname = lowerCased(this.getSlice(start, endIndex));
  }

  onopentagname(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.emitOpenTag(lowerCased(this.getSlice(start, endIndex)));
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

/** `name.toLowerCase()`, returning `name` itself when it holds no upper-case ASCII letter and nothing past ASCII. */
function lowerCased(name: string): string {
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if ((code >= 0x41 && code <= 0x5a) || code > 0x7f) return name.toLowerCase();
  }
  return name;
}
