/**
 * Words out of values that were meant to be plain text but are not: `<meta content>` attributes, JSON-LD strings and
 * `alt` attributes. Publishers' templates fill them from fields an editor typed HTML into, escape them twice, or
 * leave them unrendered, and each leaves a mark a reader should never see in a title, a summary or a caption.
 */
import { DecodingMode, decodeHTML } from 'entities';
import { encodedTwiceRead } from './decode/encoded-twice';
import { normalizeSpace } from './dom-walk';

/**
 * Entities left in text after the parser decoded it once: CMSes escape meta values twice ("&amp;quot;"), which
 * arrives here as a literal "&quot;". Only complete entities (with their semicolon) are read, so "AT&T" and a URL's
 * "?a=1&copy=2" stay as they are, and unknown entities stay too.
 */
export function decodeLeftoverEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text, DecodingMode.Strict) : text;
}

/**
 * An HTML tag, opening or closing, with its attributes. A tag name starts with a letter right after the bracket,
 * so "x < y", "<3" and "a <-> b" are not tags.
 */
const MARKUP_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

/**
 * What a removed tag leaves: nothing for an inline one, which sits inside a word's run of text ("the <b>wind farm</b>."),
 * and a space for any other, which ends a line or a block ("Floods<br>Roads closed").
 */
function tagGap(tag: string): string {
  const name = /^<\/?([a-z][a-z0-9-]*)/i.exec(tag)![1].toLowerCase();
  return INLINE_TAGS.has(name) ? '' : ' ';
}
const INLINE_TAGS: ReadonlySet<string> = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'font', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u']);

/**
 * Placeholders a template engine left unrendered: Handlebars and Jinja (`{{title}}`, `{% block %}`), TYPO3 and
 * Smarty (`{$plugin.site_name}`), JavaScript template strings (`${headline}`), Yoast SEO snippets (`%%sitename%%`)
 * and ERB/ASP (`<%= title %>`). They name a field, not its value.
 */
const TEMPLATE_PLACEHOLDER = /\{\{[^{}]*\}\}|\{%[^{}]*%\}|\{\$[^{}]*\}|\$\{[^{}]*\}|%%[\w-]+%%|<%[^<>]*%>/g;

/**
 * Rule "unrendered plugin tag": a CMS expands the tags an editor types into a story's text (Joomla's `{loadposition
 * readalso}` and `{/slider}`, WordPress's `[gallery ids="4,7"]` and `[/caption]`) into a module, a gallery or a
 * caption; when the plugin is off, the tag itself is printed where the module was meant to be. A tag is known by its
 * shape: a name followed by arguments or a closing slash, so an editor's bracketed insertion ("[and]", "[sic]") and
 * a template's bare field ("{rev}") are not tags. A paragraph that holds nothing but such tags and
 * {@link TEMPLATE_PLACEHOLDER}s names the module it stands for, and is never the story's text.
 */
const PLUGIN_TAG = /\{(?:\/[a-z][\w-]*|[a-z][\w-]*[\s=][^{}\n]*)\}|\[(?:\/[a-z][\w-]*|[a-z][\w-]*\s+[\w-]+=[^[\]\n]*)\]/g;

/** Whether a paragraph's text is unrendered plugin tags and template placeholders only (see {@link PLUGIN_TAG}). */
export function isPlaceholderOnly(text: string): boolean {
  if (!PLACEHOLDER_START.test(text)) return false;
  const rest = text.replace(PLUGIN_TAG, ' ').replace(TEMPLATE_PLACEHOLDER, ' ');
  return rest !== text && !WORD_CHARACTER.test(rest);
}
const PLACEHOLDER_START = /^\s*[{[$%<]/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** What is left at an edge where a placeholder was: the separator that joined it to the rest ("%%title%% | Site"). */
const EDGE_SEPARATORS: ReadonlySet<string> = new Set([...' |:·•–—-']);

/** Characters that can start an entity, a tag or a placeholder: values without any are plain already. */
const MARKUP_START = /[&<{$%]/;

/**
 * A value as the words it shows: read once more as UTF-8 when the whole of it was encoded twice (rule "encoded
 * twice"), leftover entities decoded, markup tags removed (the editor's `<p>` in a summary, a `<br><small>` in a
 * picture's alt text), unrendered template placeholders dropped, and whitespace collapsed.
 * Empty when nothing but markup or placeholders was there.
 */
export function plainTextOf(raw: string): string {
  const value = encodedTwiceRead(raw);
  if (!MARKUP_START.test(value)) return withoutUnsetValue(normalizeSpace(value));
  const decoded = decodeLeftoverEntities(value);
  const withoutTags = decoded.includes('<') ? decoded.replace(MARKUP_TAG, tagGap) : decoded;
  const withoutPlaceholders = withoutTags.includes('{') || withoutTags.includes('%')
    ? withoutTags.replace(TEMPLATE_PLACEHOLDER, ' ')
    : withoutTags;
  const collapsed = normalizeSpace(withoutPlaceholders);
  return withoutUnsetValue(withoutPlaceholders === withoutTags ? collapsed : trimCharacters(collapsed, EDGE_SEPARATORS));
}

/**
 * A value that holds a text of several paragraphs (JSON-LD `articleBody`), read as {@link plainTextOf} reads a value
 * but keeping its paragraphs: each line break, and each paragraph or line-break tag an editor's markup left, ends
 * one; paragraphs are separated by one blank line.
 */
export function plainParagraphsOf(raw: string): string {
  const withBreaks = raw.includes('<') ? raw.replace(BLOCK_BREAK_TAG, '\n') : raw;
  return withBreaks.split(/\r\n?|\n/).map(plainTextOf).filter(Boolean).join('\n\n');
}
/** Tags that end a paragraph or a line in an editor's markup: `<br>`, and the ends of paragraphs, headings, list items and blocks. */
const BLOCK_BREAK_TAG = /<br\s*\/?>|<\/(?:p|div|h[1-6]|li|blockquote|section|figure|figcaption|tr)\s*>/gi;

/**
 * Rule "unset value": a template that fills a field from a variable holding nothing prints the programming
 * language's word for nothing: JavaScript's `undefined`, `null` and `NaN`, or `[object Object]` for an object
 * printed as text; Python's `None`, Ruby's `nil`, SQL's `NULL`. A name joined from two unset parts reads "undefined
 * undefined". Such a value is the field left empty, never a title, a name or a topic. Only the whole value counts:
 * "Null Toleranz" and "None of the above" are words.
 */
export function isUnsetValue(text: string): boolean {
  return UNSET_VALUE.test(text);
}
const UNSET_WORD = String.raw`(?:undefined|null|NULL|None|nil|NaN|\[object Object\])`;
const UNSET_VALUE = new RegExp(String.raw`^${UNSET_WORD}(?:[\s,;|]+${UNSET_WORD})*$`);

/** Values are checked after they are collapsed, so a padded " undefined " is caught as well. */
function withoutUnsetValue(text: string): string {
  return isUnsetValue(text) ? '' : text;
}

/**
 * The text without any of `characters` at its ends (at the end only, when `atStart` is false). A loop rather than
 * `/[…]+$/`: a regex anchored at the end retries from every character of a long run, so a hostile value of
 * 100,000 dots took seconds.
 */
export function trimCharacters(text: string, characters: ReadonlySet<string>, atStart = true): string {
  let start = 0;
  let end = text.length;
  while (atStart && start < end && characters.has(text[start])) start++;
  while (end > start && characters.has(text[end - 1])) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * The mark a summary cut to a card's length ends with: an ellipsis ("…", "..."), or WordPress's "[…]". What the cut
 * kept is the start of the whole text.
 */
export const TRUNCATION_MARK = /\s*\[?(?:…|\.\.\.)\]?$/u;
