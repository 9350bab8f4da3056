/** Splits class and id values into the tokens the furniture vocabulary is matched against. */
import type { DomElement } from './dom';

/**
 * CMSs print the post's taxonomy as classes (`tag-comments`, `category-social`, `autor-x`); their words name the
 * story's topics, not the element's role, so they are not split into parts.
 */
const TAXONOMY_CLASS = /^(?:tag|tags|category|cat|categories|autor|author|term|topic|topics|post|format|status|type|section|rubrik|ressort|kategorie)-/;

const NO_TOKENS: ReadonlySet<string> = new Set();

/**
 * Every stage asks for the same elements' tokens (cleaning, scoring, captions, lead), and attributes never change
 * during extraction, so each element's tokens are computed once.
 */
const tokensOfElement = new WeakMap<DomElement, ReadonlySet<string>>();

/**
 * `class="post-share_bar socialLinks"` yields post-share_bar, post, share, bar, post-share, share-bar, sociallinks.
 * Whole values, their parts and adjacent pairs of parts let `share`, `share-bar` and `sociallinks` all match
 * while `ad` stays distinct from `head` or `shadow`.
 */
export function attributeTokens(element: DomElement): ReadonlySet<string> {
  const { class: className, id } = element.attribs;
  // Most elements carry neither attribute.
  if (!className && !id) return NO_TOKENS;
  let tokens = tokensOfElement.get(element);
  if (!tokens) {
    tokens = splitTokens(`${className ?? ''} ${id ?? ''}`);
    tokensOfElement.set(element, tokens);
  }
  return tokens;
}

function splitTokens(attributes: string): Set<string> {
  const tokens = new Set<string>();
  const raw = attributes.slice(0, 1000).toLowerCase();
  for (const value of raw.split(/\s+/)) {
    if (!value) continue;
    tokens.add(value);
    if (TAXONOMY_CLASS.test(value)) continue;
    const parts = value.split(/[-_]+/).filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      tokens.add(parts[i]);
      if (i + 1 < parts.length) tokens.add(`${parts[i]}-${parts[i + 1]}`);
    }
  }
  return tokens;
}

export function firstMatch(tokens: ReadonlySet<string>, vocabulary: ReadonlySet<string>): string | null {
  for (const token of tokens) if (vocabulary.has(token)) return token;
  return null;
}
