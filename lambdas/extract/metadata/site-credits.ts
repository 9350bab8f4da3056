/**
 * The site credited as its own author: its name, its publisher's or its domain, whole or in part, with or without an
 * article, and the site's name a CMS appends to a writer's.
 */
import type { AuthorContext } from './author-context';
import { STARTS_LOWER_CASE } from './name-shapes';

/** The separator a CMS leaves between a writer's name and the site's ("Jane Doe - examplesite"). */
const TRAILING_SEPARATORS = /[\s\-–—|:·•]+$/u;
const SPACES_PUNCTUATION_AND_SYMBOLS = /[\s\p{P}\p{S}]+/gu;
const SPACES_AND_PUNCTUATION = /[\s\p{P}]+/u;

/**
 * "Deutsche Welle (www.dw.com)": a name noted with the page's own domain is how a site credits itself. Only the
 * site's bare domain counts: a writer's own site ("Jane Doe (janedoe.net)") or page on the site ("(example.com/jane)")
 * in the note names a person.
 */
export function notesOwnDomain(candidate: string, context: AuthorContext): boolean {
  const domain = context.host?.replace(/^www\./, '').toLowerCase();
  if (!domain || !candidate.includes('(')) return false;
  return [...candidate.matchAll(/\(([^()]*)\)/g)]
    .some((note) => note[1].trim().toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\/$/, '') === domain);
}

function compactName(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '').replace(SPACES_PUNCTUATION_AND_SYMBOLS, '');
}

/**
 * A publication is named with or without its article ("Der Example" on example.de, "El Example" on
 * elexample.com): both spellings, compacted.
 */
function compactNames(text: string): string[] {
  const withoutArticle = text.trim().replace(PUBLICATION_ARTICLE, '');
  return withoutArticle === text.trim() ? [compactName(text)] : [compactName(text), compactName(withoutArticle)];
}
/**
 * A publication's name led by an article, or, rule "kind before the name", by the word for what it is: Arabic
 * sites call themselves "صحيفة المرصد" (the Observer newspaper), "جريدة …", "موقع …" (site), "بوابة …" (portal),
 * "شبكة …" (network), "مجلة …" (magazine), and their byline credits the bare name ("بواسطة المرصد").
 */
const PUBLICATION_ARTICLE = /^(?:der|die|das|le|la|les|el|il|lo|het|صحيفة|جريدة|موقع|بوابة|شبكة|مجلة)\s+/iu;

/**
 * "Jane Doe examplesite": a lowercase last word after a full name is no part of it (names end capitalised); when
 * it is the site's own name, the CMS appended it to the writer's, often after a dash ("Jane Doe - examplesite"),
 * which goes with it.
 */
export function withoutTrailingSiteName(name: string, context: AuthorContext): string {
  const words = name.split(' ');
  const last = words[words.length - 1];
  return words.length >= 3 && STARTS_LOWER_CASE.test(last) && isSiteName(last, context) ? words.slice(0, -1).join(' ').replace(TRAILING_SEPARATORS, '') : name;
}

/** Joins that a list splitter reads between names but that publication names use too ("Mac & i", "Arts + Culture"). */
export const SITE_NAME_JOIN = /[&+]/;

/** The site's or publisher's name exactly, apart from case, spacing and a leading article. */
export function isWholeSiteName(name: string, context: AuthorContext): boolean {
  const candidates = compactNames(name);
  return [context.siteName, context.publisher].some((site) => site !== null && compactNames(site).some((value) => candidates.includes(value)));
}

export function isSiteName(name: string, context: AuthorContext): boolean {
  const site = [context.siteName, context.publisher, context.host?.replace(/^www\./, '')]
    .filter((value): value is string => Boolean(value)).flatMap(compactNames);
  return [name, name.replace(LEADING_ABBREVIATIONS, '')].flatMap(compactNames).some((candidate) => site.some((value) => value.length > 0
    && (candidate === value || value.startsWith(candidate) && candidate.length >= 4 || candidate.startsWith(value))))
    || endsWithSiteName(name, context);
}

/**
 * Rule "abbreviated site name": "OÖ Volksblatt" on volksblatt.at ("Oberösterreichisches Volksblatt"): papers credit
 * themselves with their region or owner cut to capitals before the name; the name behind them is the site's.
 */
const LEADING_ABBREVIATIONS = /^(?:\p{Lu}{2,3}\s+)+(?=\p{L})/u;

/**
 * "Noticias El Comercio Perú" on El Comercio Perú: a credit that ends in the site's name of several words is the
 * site's desk or its news feed. Whole words only, and a name of several: a one-word site name ("Welt") may end a
 * person's surname.
 */
function endsWithSiteName(name: string, context: AuthorContext): boolean {
  const words = wordsOf(name);
  return [context.siteName, context.publisher].some((site) => {
    const siteWords = site ? wordsOf(site) : [];
    return siteWords.length >= 2 && words.length > siteWords.length
      && siteWords.every((word, at) => words[words.length - siteWords.length + at] === word);
  });
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(SPACES_AND_PUNCTUATION).filter(Boolean);
}
