/** Splits class and id values into the tokens the furniture vocabulary is matched against. */
import { type DomElement, HEADING_TAGS, rawText } from './dom';
import { AD_WORDS } from './vocabulary';

/**
 * CMSs print the post's taxonomy as classes (`tag-comments`, `category-social`, `autor-x`); their words name the
 * story's topics, not the element's role, so they are not split into parts. A taxonomy slug is a name written with
 * hyphens; BEM's `__` joins a component to its part (`author-bio__container__1G0IX`, hashed by a CSS-modules build),
 * which is a role, split like any other class.
 */
const TAXONOMY_CLASS = /^(?:tag|tags|category|cat|categories|autor|author|term|topic|topics|post|format|status|type|section|rubrik|ressort|kategorie)-(?!.*__)/;

const NO_TOKENS: ReadonlySet<string> = new Set();

/**
 * Rule "negated class": themes switch a part off with a class that names it after "no" (`entry-content no-share`,
 * `single-post no-sidebar`, `content no-ads`): the element is marked as lacking the share row or the ads, so the word
 * after "no" names what is absent, not what the element is, and is not split off as its role. Comments are the
 * exception: the comment box prints its own empty state under that name (WordPress's `<p class="no-comments">Comments
 * are closed.</p>`, "No comments yet", "Comments are for subscribers"), which is the comment box's furniture; and
 * `no-print` marks the screen's own furniture, the share row and the menus a printout leaves out.
 */
const NEGATED_CLASS = /^no[-_](?!comment|print)/;

/**
 * Tokens by attribute text, for the page being read. Every stage asks for the same elements' tokens (cleaning,
 * scoring, captions, lead), and pages repeat the same class values on many elements (menu items, cards, list
 * entries): each distinct value is split once. Attribute values are slices of the page's markup, so the cache is
 * emptied after each page ({@link forgetAttributeTokens}) rather than kept across pages, where its keys would
 * hold on to every page's markup.
 */
const tokensByValue = new Map<string, ReadonlySet<string>>();

/**
 * The tokens of an element with an id, by class (empty without one) and then by id, for the page being read. Looked up
 * under the joined value, each question would join and hash a new string: the strings the parser made are hashed once.
 */
const tokensByClassAndId = new Map<string, Map<string, ReadonlySet<string>>>();

/** Empties the caches; the body pass calls it when it is done with a page. */
export function forgetAttributeTokens(): void {
  tokensByValue.clear();
  tokensByClassAndId.clear();
}

/**
 * `class="story-share_bar socialLinks"` yields story-share_bar, story, share, bar, story-share, share-bar, sociallinks.
 * Whole values, their parts and adjacent pairs of parts let `share`, `share-bar` and `sociallinks` all match
 * while `ad` stays distinct from `head` or `shadow`.
 */
export function attributeTokens(element: DomElement): ReadonlySet<string> {
  const { class: className, id } = element.attribs;
  if (isSiteComponent(element.name)) return valueTokens(`${className ?? ''} ${id ?? ''} ${element.name}`);
  // Most elements carry neither attribute.
  if (!className && !id) return NO_TOKENS;
  if (!className && HEADING_TAGS.has(element.name) && isTextAnchor(element, id)) return NO_TOKENS;
  // A lone class splits as it would with an empty id: the joining space only adds an empty part.
  return id ? classAndIdTokens(className ?? '', id) : valueTokens(className);
}

/** {@link valueTokens} of the class and the id joined by a space. */
function classAndIdTokens(className: string, id: string): ReadonlySet<string> {
  let byId = tokensByClassAndId.get(className);
  if (!byId) {
    byId = new Map();
    tokensByClassAndId.set(className, byId);
  }
  let tokens = byId.get(id);
  if (!tokens) {
    tokens = valueTokens(`${className} ${id}`);
    byId.set(id, tokens);
  }
  return tokens;
}

/**
 * Rule "heading's own anchor": Markdown renderers (Hugo, Jekyll, the static site generators, GitHub) give each
 * heading an id made of its own words, so that it can be linked to (`<h2 id="recommendations">Recommendations</h2>`,
 * `<h2 id="the-problem">The problem</h2>`). The id names what the heading says, not the part of the page it is: a
 * policy brief's "Recommendations" section is no recommended-stories box. An id that is the heading's text, lower-cased
 * with its runs of other characters made hyphens, says nothing of its role.
 */
function isTextAnchor(heading: DomElement, id: string): boolean {
  const text = rawText(heading);
  return text.length <= MAX_ANCHORED_HEADING_CHARS && id === text.trim().toLowerCase().replace(NON_WORD_RUN, '-').replace(EDGE_HYPHENS, '');
}
const MAX_ANCHORED_HEADING_CHARS = 200;
const NON_WORD_RUN = /[^\p{L}\p{N}]+/gu;
const EDGE_HYPHENS = /^-+|-+$/g;

/**
 * Rule "component's name as its class": a site built from web components names each part of the page by its
 * element (`<share-tools>`, `<related-stories>`, `<poll-widget>`, `<newsletter-signup>`), as other sites name a
 * box by its class, and often gives it no class at all. The name is read with the class and the id. AMP's own
 * components (`amp-carousel`, `amp-img`) are named by the framework for what they do, not for the page's part.
 */
function isSiteComponent(name: string): boolean {
  return name.includes('-') && !name.startsWith('amp-');
}

/** The tokens of the element's id alone, for when its class is known to name no role. */
export function idTokens(element: DomElement): ReadonlySet<string> {
  return element.attribs.id ? valueTokens(element.attribs.id) : NO_TOKENS;
}

function valueTokens(value: string): ReadonlySet<string> {
  let tokens = tokensByValue.get(value);
  if (!tokens) {
    tokens = splitTokens(value);
    tokensByValue.set(value, tokens);
  }
  return tokens;
}

function splitTokens(attributes: string): Set<string> {
  const tokens = new Set<string>();
  const raw = attributes.slice(0, 1000);
  for (const original of raw.split(/\s+/)) {
    if (!original) continue;
    const value = original.toLowerCase();
    tokens.add(value);
    if (TAXONOMY_CLASS.test(value) || NEGATED_CLASS.test(value)) continue;
    addPartTokens(value, tokens);
    if (ITEM_BOX.test(original)) addPartTokens(original.replace(CAMEL_HUMP, '$1-$2').toLowerCase(), tokens);
  }
  return tokens;
}

/**
 * Rule "item's camel-cased boxes": Joomla's K2 names each box of the item it shows in camel case after the word
 * "item" (`itemImageCaption`, `itemExtraFields`, `itemDateModified`, `itemAuthorBlock`, `itemNavigation`); the words
 * are its parts, as a hyphen's would be (`image-caption`, `author-block`), beside the whole value. Other camel-cased
 * classes are left whole: split, the names of sites' own components (`articleBody`, `mainContent`) misled the body.
 */
const ITEM_BOX = /^item(?=[A-Z])/;
const CAMEL_HUMP = /([a-z\d])([A-Z])/g;

/**
 * The parts of one value (runs between `-` and `_`) and each adjacent pair joined by `-`, found in one scan. A value
 * of one part (`container`, `active`), the commonest kind, is its own only part and adds nothing; a pair with one
 * `-` between its parts is a slice of the value itself.
 *
 * Rule "ad-host modifier": in BEM's `block__element--modifier`, an ad word after `--` (`report__section--ads`,
 * `o-section--has-ads`) says the block is a variant that hosts ad slots between its paragraphs, the way a
 * template marks every section of a long review; the ad slot itself is its own element, emptied once its
 * script is gone. Such a part adds neither itself nor a pair. Other modifier words still count (`list--related` is
 * the related list), and so does an ad word in the block's own name (`ad-slot`, `c-ad__label`).
 */
function addPartTokens(value: string, tokens: Set<string>): void {
  if (!hasPartSeparator(value)) return;
  // Parts that start after the first `--` are the modifier's.
  const modifier = value.indexOf('--');
  let previousStart = -1;
  let previousEnd = -1;
  let previousHostsAds = false;
  let index = 0;
  let partIndex = 0;
  let modifierStart = Infinity;
  while (index < value.length) {
    while (index < value.length && isPartSeparator(value.charCodeAt(index))) index++;
    if (index === value.length) break;
    const start = index;
    while (index < value.length && !isPartSeparator(value.charCodeAt(index))) index++;
    if (modifier > 0 && modifierStart === Infinity && start > modifier) modifierStart = partIndex;
    const part = value.slice(start, index);
    const partHostsAds = partIndex >= modifierStart && AD_WORDS.has(part);
    if (!partHostsAds) tokens.add(part);
    if (previousStart >= 0 && !previousHostsAds && !partHostsAds) {
      tokens.add(start === previousEnd + 1 && value.charCodeAt(previousEnd) === HYPHEN ? value.slice(previousStart, index) : `${value.slice(previousStart, previousEnd)}-${part}`);
    }
    previousStart = start;
    previousEnd = index;
    previousHostsAds = partHostsAds;
    partIndex++;
  }
}

const HYPHEN = 0x2d;
const UNDERSCORE = 0x5f;

function isPartSeparator(code: number): boolean {
  return code === HYPHEN || code === UNDERSCORE;
}

function hasPartSeparator(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (isPartSeparator(value.charCodeAt(index))) return true;
  return false;
}

export function firstMatch(tokens: ReadonlySet<string>, vocabulary: ReadonlySet<string>): string | null {
  for (const token of tokens) if (vocabulary.has(token)) return token;
  return null;
}
