/**
 * Element count and nesting depth read from the markup itself, before parsing. The parser keeps its open elements in an array it
 * grows at the front, so parsing costs time proportional to depth for every tag: 100,000 levels take seconds
 * before any walk of the parsed tree could refuse the page, and a million elements take a second to build. This scan follows open and close tags the way the
 * parser does in the cases that matter for depth (void elements, stray close tags, a close tag that ends the
 * elements left open inside it, paragraphs and list items ended by the next block), in one pass with a stack.
 * It may overestimate the depth of sloppy markup a little, so callers compare it with bounds well above those
 * they apply after parsing.
 */

/** Elements that never have content. */
import type { WalkLimits } from './dom-walk';

const VOID_TAGS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements whose content is text up to their close tag: tags inside them are not tags. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);
/** Blocks that end an open paragraph. */
const PARAGRAPH_ENDERS = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'ul',
]);
/** Elements ended by the start of a sibling of these kinds. */
const ENDED_BY: Record<string, ReadonlySet<string>> = {
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  option: new Set(['option', 'optgroup']),
  optgroup: new Set(['optgroup']),
  tr: new Set(['tr', 'tbody', 'thead', 'tfoot']),
  td: new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot']),
  th: new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot']),
};

const RAW_TEXT_CLOSERS = new Map([...RAW_TEXT_TAGS].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/**
 * Which bound the markup passes, if any: more start tags than `limits.maxElements` (each makes an element, so
 * this counts elements from below), or nesting deeper than `limits.maxDepth`. Comments and the text of scripts
 * and styles are skipped.
 */
export function markupExceeds(html: string, limits: WalkLimits): 'elements' | 'depth' | null {
  let startTags = 0;
  const stack: string[] = [];
  // How many of each tag are open, so that a stray close tag costs nothing instead of a search of the stack.
  const open = new Map<string, number>();
  const pop = () => {
    const name = stack.pop()!;
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
    if (VOID_TAGS.has(name)) continue;
    if (RAW_TEXT_TAGS.has(name)) {
      const closer = RAW_TEXT_CLOSERS.get(name)!;
      closer.lastIndex = nameEnd;
      if (!closer.test(html)) break;
      at = closer.lastIndex - 1;
      continue;
    }
    while (stack.length > 0 && isEndedBy(stack[stack.length - 1], name)) pop();
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > limits.maxDepth) return 'depth';
  }
  return null;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Whitespace, `/` and `>` end a tag name. */
function endsTagName(code: number): boolean {
  return code === 0x2f || code === 0x3e || code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

function isEndedBy(openTag: string, startingTag: string): boolean {
  if (openTag === 'p') return PARAGRAPH_ENDERS.has(startingTag);
  return ENDED_BY[openTag]?.has(startingTag) ?? false;
}
