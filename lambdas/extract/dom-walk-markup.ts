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

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)/g;
const RAW_TEXT_CLOSERS = new Map([...RAW_TEXT_TAGS].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/**
 * Which bound the markup passes, if any: more start tags than `limits.maxElements` (each makes an element, so
 * this counts elements from below, tags inside comments aside), or nesting deeper than `limits.maxDepth`.
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
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const name = match[2].toLowerCase();
    if (match[1]) {
      if (!open.get(name)) continue;
      while (stack.length > 0 && stack[stack.length - 1] !== name) pop();
      pop();
      continue;
    }
    if (++startTags > limits.maxElements) return 'elements';
    if (VOID_TAGS.has(name)) continue;
    if (RAW_TEXT_TAGS.has(name)) {
      const closer = RAW_TEXT_CLOSERS.get(name)!;
      closer.lastIndex = TAG.lastIndex;
      if (!closer.test(html)) break;
      TAG.lastIndex = closer.lastIndex;
      continue;
    }
    while (stack.length > 0 && isEndedBy(stack[stack.length - 1], name)) pop();
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > limits.maxDepth) return 'depth';
  }
  return null;
}

function isEndedBy(openTag: string, startingTag: string): boolean {
  if (openTag === 'p') return PARAGRAPH_ENDERS.has(startingTag);
  return ENDED_BY[openTag]?.has(startingTag) ?? false;
}
