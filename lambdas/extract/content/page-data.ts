/**
 * Rule "page data body": a Next.js site renders the article on the server from the data it also ships in
 * `<script id="__NEXT_DATA__" type="application/json">`, and some server-render only the first paragraph (the rest
 * appears in the browser, with skeleton boxes in its place). The full story is then in that data, as the HTML string
 * the site's CMS stores under a key such as `content` or `body`. Read only when the main pass found too little, as
 * the JSON-LD articleBody is: parsing a page's data costs more than the rest of the pass on large pages.
 */
import { load } from 'cheerio/slim';
import type { DomElement } from './dom';

/** The keys CMSs keep an article's text under, lowercased. */
const BODY_KEYS = new Set(['content', 'body', 'articlebody', 'bodyhtml', 'html', 'text']);
/** Shorter strings under those keys are a teaser's or a card's text, not a story. */
const MIN_BODY_CHARS = 500;
/** The page data also holds menus, related stories and settings; its walk is bounded. */
const MAX_VALUES = 20_000;
/** The blocks a CMS writes a story's HTML in; their text, in order, is the story's paragraphs. */
const TEXT_BLOCKS = 'p, h2, h3, h4, li, blockquote';
const HAS_BLOCK_MARKUP = /<(?:p|h[2-4]|li|blockquote)[\s>]/i;

/** The story text the page's Next.js data holds, paragraphs parted by blank lines, or null. */
export function pageDataBody(scripts: readonly DomElement[]): string | null {
  const script = scripts.find((element) => element.attribs.id === '__NEXT_DATA__');
  const json = script?.children.map((child) => ('data' in child ? child.data : '')).join('');
  if (!json) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const pageProps = (data as { props?: { pageProps?: unknown } } | null)?.props?.pageProps;
  const html = longestBodyString(pageProps);
  return html ? paragraphsOf(html) : null;
}

function longestBodyString(root: unknown): string | null {
  let best: string | null = null;
  let values = 0;
  const pending: unknown[] = [root];
  while (pending.length > 0 && values++ < MAX_VALUES) {
    const value = pending.pop();
    // One by one: spreading an array of a few hundred thousand items into one push() call overflows the stack.
    if (Array.isArray(value)) for (const item of value) pending.push(item);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (typeof inner === 'string') {
          if (inner.length >= MIN_BODY_CHARS && BODY_KEYS.has(key.toLowerCase()) && inner.length > (best?.length ?? 0)) best = inner;
        } else pending.push(inner);
      }
    }
  }
  return best;
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
