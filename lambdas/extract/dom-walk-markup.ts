/**
 * Element count and nesting depth read from the markup itself, before parsing. The parser keeps its open elements in an array it
 * grows at the front, so parsing costs time proportional to depth for every tag: 100,000 levels take seconds
 * before any walk of the parsed tree could refuse the page, and a million elements take a second to build. This scan follows open and close tags the way the
 * parser does in the cases that matter for depth (void elements, stray close tags, a close tag that ends the
 * elements left open inside it, paragraphs and list items ended by the next block), in one pass with a stack.
 * It may overestimate the depth of sloppy markup a little, so callers compare it with bounds well above those
 * they apply after parsing.
 */

import type { WalkLimits } from './dom-walk';

/**
 * What the scan needs to know of a tag name, as bits, so that each tag costs one table lookup instead of one per
 * rule. The first bits say what the tag is; the ENDED_BY masks, kept per open element, say which starting tags
 * end it (a `<li>` ends an open `<li>`, any of the paragraph enders ends an open `<p>`).
 */
const VOID = 1 << 0;
/** Elements whose content is text up to their close tag: tags inside them are not tags. */
const RAW_TEXT = 1 << 1;
/** Blocks that end an open paragraph. */
const ENDS_PARAGRAPH = 1 << 2;
const STARTS_LI = 1 << 3;
const STARTS_DT_DD = 1 << 4;
const STARTS_OPTION = 1 << 5;
const STARTS_OPTGROUP = 1 << 6;
const STARTS_TR = 1 << 7;
const STARTS_CELL = 1 << 8;
const STARTS_TABLE_SECTION = 1 << 9;

const FLAGS_BY_TAG = new Map<string, number>();
function flag(names: readonly string[], bits: number): void {
  for (const name of names) FLAGS_BY_TAG.set(name, (FLAGS_BY_TAG.get(name) ?? 0) | bits);
}
flag([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
], VOID);
const RAW_TEXT_TAGS = ['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext'];
flag(RAW_TEXT_TAGS, RAW_TEXT);
flag([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'ul',
], ENDS_PARAGRAPH);
flag(['li'], STARTS_LI);
flag(['dt', 'dd'], STARTS_DT_DD);
flag(['option'], STARTS_OPTION);
flag(['optgroup'], STARTS_OPTGROUP);
flag(['tr'], STARTS_TR);
flag(['td', 'th'], STARTS_CELL);
flag(['tbody', 'thead', 'tfoot'], STARTS_TABLE_SECTION);

/** For an open element, the starting tags (as bits) that end it; 0 for elements only their own close tag ends. */
const ENDED_BY = new Map<string, number>([
  ['p', ENDS_PARAGRAPH],
  ['li', STARTS_LI],
  ['dt', STARTS_DT_DD],
  ['dd', STARTS_DT_DD],
  ['option', STARTS_OPTION | STARTS_OPTGROUP],
  ['optgroup', STARTS_OPTGROUP],
  ['tr', STARTS_TR | STARTS_TABLE_SECTION],
  ['td', STARTS_CELL | STARTS_TR | STARTS_TABLE_SECTION],
  ['th', STARTS_CELL | STARTS_TR | STARTS_TABLE_SECTION],
]);

const RAW_TEXT_CLOSERS = new Map(RAW_TEXT_TAGS.map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/**
 * Which bound the markup passes, if any: more start tags than `limits.maxElements` (each makes an element, so
 * this counts elements from below), or nesting deeper than `limits.maxDepth`. Comments and the text of scripts
 * and styles are skipped.
 */
export function markupExceeds(html: string, limits: WalkLimits): 'elements' | 'depth' | null {
  // Every start tag opens with '<', so markup holding no more of them than either bound can pass neither. Counting
  // them (stopping past the bound) costs a fraction of following the tags, and most pages stop there.
  if (!hasMoreThan(html, '<', Math.min(limits.maxElements, limits.maxDepth))) return null;
  let startTags = 0;
  const stack: string[] = [];
  /** For each open element in `stack`, the starting tags that end it. */
  const endedBy: number[] = [];
  // How many of each tag are open, so that a stray close tag costs nothing instead of a search of the stack.
  const open = new Map<string, number>();
  const pop = () => {
    const name = stack.pop()!;
    endedBy.pop();
    open.set(name, open.get(name)! - 1);
  };
  // Scanned with indexOf and character codes rather than a global regex: this runs over every page's full markup.
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const closing = html.charCodeAt(at + 1) === 0x2f;
    const nameStart = closing ? at + 2 : at + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      if (html.startsWith('!--', at + 1)) {
        const end = html.indexOf('-->', at + 4);
        if (end < 0) break;
        at = end + 2;
      }
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < html.length && !endsTagName(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    at = nameEnd - 1;
    if (closing) {
      if (!open.get(name)) continue;
      while (stack.length > 0 && stack[stack.length - 1] !== name) pop();
      pop();
      continue;
    }
    if (++startTags > limits.maxElements) return 'elements';
    const flags = FLAGS_BY_TAG.get(name) ?? 0;
    if (flags & VOID) continue;
    if (flags & RAW_TEXT) {
      const closer = RAW_TEXT_CLOSERS.get(name)!;
      closer.lastIndex = nameEnd;
      if (!closer.test(html)) break;
      at = closer.lastIndex - 1;
      continue;
    }
    while (endedBy.length > 0 && (endedBy[endedBy.length - 1] & flags) !== 0) pop();
    stack.push(name);
    endedBy.push(ENDED_BY.get(name) ?? 0);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > limits.maxDepth) return 'depth';
  }
  return null;
}

function hasMoreThan(text: string, character: string, bound: number): boolean {
  let count = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) if (++count > bound) return true;
  return false;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Whitespace, `/` and `>` end a tag name. */
function endsTagName(code: number): boolean {
  return code === 0x2f || code === 0x3e || code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
