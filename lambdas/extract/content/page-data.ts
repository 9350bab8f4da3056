/**
 * Rule "page data body": a single-page app renders the article from data it ships in the page: Next.js as JSON in
 * `<script id="__NEXT_DATA__" type="application/json">`, Nuxt, Redux and Apollo sites as an object assigned to
 * `window.__INITIAL_STATE__` (or `__PRELOADED_STATE__`, `__NUXT__`, `__APOLLO_STATE__`), Arc XP's Fusion as the
 * story object assigned to `Fusion.globalContent`. Some render only the first paragraph on the server, some nothing
 * but a loading skeleton; the full story is then in that data, either as the HTML string the CMS stores under a key
 * such as `content` or `body`, or as the CMS's list of typed blocks (`{type: "paragraph", text: …}`, Arc's
 * `content_elements`) under such a key. Read only when the main pass found too little, as the JSON-LD articleBody
 * is, and only when that articleBody is missing or a single paragraph (which may be the blocks run together):
 * parsing a page's data costs more than the rest of the pass on large pages.
 */
import { load } from 'cheerio/slim';
import type { DomElement } from './dom';

/** The keys CMSs keep an article's text under, lowercased. */
const BODY_KEYS = new Set(['content', 'body', 'articlebody', 'bodyhtml', 'html', 'text', 'blocks', 'elements', 'paragraphs', 'content_elements']);
/** The keys a block of a CMS's block list keeps its text under, in the order they are tried. */
const BLOCK_TEXT_KEYS = ['text', 'html', 'content', 'value'] as const;
/**
 * Block types that are not story text: the block lists interleave ad slots, embeds and related-story cards with the
 * paragraphs, and some of those carry a text of their own (Arc's `interstitial_link` is a related story's headline,
 * its `raw_html` an embed's or a sign-up box's code).
 */
const NON_TEXT_BLOCK = /^(?:ad|ads|advert|advertisement|related|teaser|promo|newsletter|embed|image|video|gallery|widget|interstitial|raw)(?:[-_].*)?$/i;
/** Shorter strings under those keys are a teaser's or a card's text, not a story. */
const MIN_BODY_CHARS = 500;
/** The page data also holds menus, related stories and settings; its walk is bounded. */
const MAX_VALUES = 20_000;
/** The blocks a CMS writes a story's HTML in; their text, in order, is the story's paragraphs. */
const TEXT_BLOCKS = 'p, h2, h3, h4, li, blockquote';
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const HAS_BLOCK_MARKUP = /<(?:p|h[2-4]|li|blockquote)[\s>]/i;
/** An inline script's assignment of the app's state, as the JavaScript frameworks print it. */
const STATE_ASSIGNMENT = /(?:window\.(?:__INITIAL_STATE__|__PRELOADED_STATE__|__NUXT__|__APOLLO_STATE__)|Fusion\.globalContent)\s*=\s*(?=\{)/;

/** The story text the page's app data holds, paragraphs parted by blank lines, or null. */
export function pageDataBody(scripts: readonly DomElement[]): string | null {
  let best: BodyCandidate | null = null;
  for (const data of appData(scripts)) {
    const found = longestBody(data, Array.isArray(data) && data.length > 0 && isDevaluePayload(data) ? devalueReference(data) : asWritten);
    if (found && found.length > (best?.length ?? 0)) best = found;
  }
  return best ? best.text() : null;
}

interface BodyCandidate {
  /** Characters of the source, markup included: enough to rank candidates before converting any. */
  length: number;
  text(): string;
}

function* appData(scripts: readonly DomElement[]): Generator<unknown> {
  for (const script of scripts) {
    const source = script.children.map((child) => ('data' in child ? child.data : '')).join('');
    if (script.attribs.id === '__NEXT_DATA__') {
      yield (parsedJson(source) as { props?: { pageProps?: unknown } } | null)?.props?.pageProps;
      continue;
    }
    if (script.attribs.id === '__NUXT_DATA__') {
      yield parsedJson(source);
      continue;
    }
    const assignment = STATE_ASSIGNMENT.exec(source);
    if (!assignment) continue;
    const start = assignment.index + assignment[0].length;
    const end = closingBrace(source, start);
    if (end < 0) continue;
    const data = parsedJson(source.slice(start, end + 1));
    if (data !== null) yield data;
  }
}

/**
 * Rule "object to its closing brace": the assigned object ends at the brace that closes its first, and statements
 * may follow it in the same script (Fusion assigns a dozen more objects after the story's). One pass over the
 * source, skipping strings, finds it; trying each later brace in turn would parse the rest of the script again each
 * time. -1 when the object never closes.
 */
function closingBrace(source: string, start: number): number {
  let depth = 0;
  for (let at = start; at < source.length; at++) {
    const char = source.charCodeAt(at);
    if (char === QUOTE) {
      for (at++; at < source.length && source.charCodeAt(at) !== QUOTE; at++) if (source.charCodeAt(at) === BACKSLASH) at++;
    } else if (char === OPEN_BRACE) depth++;
    else if (char === CLOSE_BRACE && --depth === 0) return at;
  }
  return -1;
}

function parsedJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/**
 * Rule "devalue references": Nuxt 3 prints its payload in `<script id="__NUXT_DATA__">` as devalue's flat array,
 * every value once, where an object holds the index of each of its values (`{"title": 5, "body": 7}`, the story's
 * HTML at index 7). The walk over the array meets every object; a body key's number is read as the string at that
 * index. The array opens with the payload's root object, whose keys `data` and `state` are such indices.
 */
function isDevaluePayload(payload: readonly unknown[]): boolean {
  const root = payload[0];
  return !!root && typeof root === 'object' && typeof (root as Record<string, unknown>).data === 'number';
}

function devalueReference(payload: readonly unknown[]): (value: unknown) => unknown {
  return (value) => {
    const referenced = typeof value === 'number' ? payload[value] : undefined;
    return typeof referenced === 'string' ? referenced : value;
  };
}

function asWritten(value: unknown): unknown {
  return value;
}

function longestBody(root: unknown, resolve: (value: unknown) => unknown): BodyCandidate | null {
  let best: BodyCandidate | null = null;
  const consider = (candidate: BodyCandidate | null) => {
    if (candidate && candidate.length >= MIN_BODY_CHARS && candidate.length > (best?.length ?? 0)) best = candidate;
  };
  let values = 0;
  const pending: unknown[] = [root];
  while (pending.length > 0 && values++ < MAX_VALUES) {
    const value = pending.pop();
    // One by one: spreading an array of a few hundred thousand items into one push() call overflows the stack.
    if (Array.isArray(value)) for (const item of value) pending.push(item);
    else if (value && typeof value === 'object') {
      for (const [key, written] of Object.entries(value)) {
        const isBodyKey = BODY_KEYS.has(key.toLowerCase());
        const inner = isBodyKey ? resolve(written) : written;
        if (typeof inner === 'string') {
          if (isBodyKey) consider({ length: inner.length, text: () => paragraphsOf(inner) });
        } else {
          if (isBodyKey && Array.isArray(inner)) consider(blockListBody(inner));
          pending.push(inner);
        }
      }
    }
  }
  return best;
}

/** The text of a CMS's list of typed blocks, one paragraph per text block, or null when it holds no text blocks. */
function blockListBody(blocks: readonly unknown[]): BodyCandidate | null {
  const texts: string[] = [];
  for (const block of blocks) {
    if (typeof block === 'string') texts.push(block);
    if (!block || typeof block !== 'object' || Array.isArray(block)) continue;
    const fields = block as Record<string, unknown>;
    const type = fields.type ?? fields._type;
    if (typeof type === 'string' && NON_TEXT_BLOCK.test(type)) continue;
    const text = BLOCK_TEXT_KEYS.map((key) => fields[key]).find((field): field is string => typeof field === 'string' && field.trim() !== '')
      ?? spansText(fields.children);
    if (text) texts.push(text);
  }
  if (texts.length === 0) return null;
  return { length: texts.reduce((sum, text) => sum + text.length, 0), text: () => texts.map(paragraphsOf).join('\n\n') };
}

/**
 * Rule "block of spans": Portable Text (Sanity's block lists) and the rich-text editors built like it (Slate) keep no
 * text on a paragraph block itself but split it into runs, `children: [{_type: "span", text}, …]`, one per change
 * of mark; the paragraph is their texts in order. Null when the children hold no text.
 */
function spansText(children: unknown): string | null {
  if (!Array.isArray(children)) return null;
  let text = '';
  for (const span of children) {
    const value = span && typeof span === 'object' ? (span as Record<string, unknown>).text : undefined;
    if (typeof value === 'string') text += value;
  }
  return text.trim() === '' ? null : text;
}

/** The text of each outermost block of the HTML, or the plain text as it is when the string holds no blocks. */
function paragraphsOf(html: string): string {
  if (!HAS_BLOCK_MARKUP.test(html)) return html;
  const $ = load(html);
  return $(TEXT_BLOCKS)
    .filter((_, element) => $(element).parents(TEXT_BLOCKS).length === 0)
    .map((_, element) => $(element).text())
    .get()
    .join('\n\n');
}
