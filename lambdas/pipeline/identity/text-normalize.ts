/**
 * Text normalisation for identity and change detection: two strings that differ only in whitespace, Unicode
 * composition, invisible marks or typographic punctuation style normalise to the same string. Used for hashing
 * and comparison only; stored text is never rewritten with it.
 */

/** Zero-width characters, soft hyphen and bidi controls: invisible, inserted by CMSes and editors at random. */
export const INVISIBLE_MARKS = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BC]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB]/g;
/** Hyphen, non-breaking hyphen, figure/en/em dashes, horizontal bar, minus sign. */
const DASHES = /[\u2010-\u2015\u2212]/g;
const ELLIPSIS = /\u2026/g;
/** `\s` already covers NBSP and the Unicode space separators in JavaScript. */
const WHITESPACE_RUN = /\s+/g;

/**
 * NFC, invisible marks removed, typographic quotes/dashes/ellipsis folded to ASCII, every whitespace run
 * (paragraph breaks included) collapsed to one space, trimmed. Case and letters are kept: this is for
 * "did the text change", not for fuzzy matching (see arabic-normalize for that).
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE_MARKS, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(ELLIPSIS, '...')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/** `normalizeText` for optional values; empty after normalisation counts as absent. */
export function normalizeOptionalText(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const normalized = normalizeText(text);
  return normalized === '' ? null : normalized;
}
