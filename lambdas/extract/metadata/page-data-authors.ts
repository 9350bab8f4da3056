/**
 * Rule "writer in the page's data": analytics tags and app states ship the article's record in inline scripts, a data
 * layer's `"author":"Dana Whitfield"`, an app state's `"authorName":"…"`, a tracker's `"article_author":"…"`. A page
 * that declares no writer in its metadata and marks none a reader could find still names them there. It is read last,
 * and only where every such key on the page gives one text: a listing's or a front page's data names each item's
 * writer. What it gives is cleaned as a declared credit is, so an agency or a desk there is none of the authors.
 *
 * ```ts
 * pageDataAuthors(['dataLayer.push({"author":"Dana Whitfield"})']); // ['Dana Whitfield']
 * ```
 */

/** Keys data layers and app states give the article's writer under, with a quoted value. */
const WRITER_ENTRY = /["'](?:author|authors|authorName|author_name|article_author|content_author|byline)["']\s*:\s*(?:"((?:[^"\\]|\\.){3,80})"|'([^'\\]{3,80})')/g;
/** Every key above holds this: scripts without it are not searched. */
const KEY_STEMS = ['uthor', 'byline'];

export function pageDataAuthors(scripts: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const script of scripts) {
    if (!KEY_STEMS.some((stem) => script.includes(stem))) continue;
    for (const match of script.matchAll(WRITER_ENTRY)) found.add(match[1] !== undefined ? unescaped(match[1]) : match[2]);
  }
  return found.size === 1 ? [...found] : [];
}

/** A JSON string's text, its escapes ("\u00df", "\/") read; as written where it is no JSON. */
function unescaped(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}
