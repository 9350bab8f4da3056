/**
 * JSON-LD (schema.org) article data. Reads every `application/ld+json` script, follows `@graph`, arrays and
 * `@id` references, and returns the fields of the most article-like node. Hostile input is bounded: oversized
 * scripts are skipped, nesting is walked only to a fixed depth, and malformed JSON gets one repair attempt;
 * each of these leaves a warning instead of an exception.
 */
import { isUnsetValue, plainParagraphsOf, plainTextOf } from '../plain-text';
import { IndexedPage, textContent } from './regions';

export interface StructuredArticle {
  type: string;
  headline: string | null;
  description: string | null;
  /** Raw author names, in order; cleaning happens in the authors stage. */
  authors: string[];
  /**
   * Names of the authors typed as an organization. Rule "organizations write no bylines": the authors are people
   * only, and a node typed Organization (a press release's issuer, a company, a news agency) names none; an agency's
   * name there is the wire source all the same. A group of people typed so is in `authors` (see
   * {@link creditsItsPeople}). A node typed as a person too is left out (see {@link isPerson}).
   */
  organizationAuthors: string[];
  publisher: string | null;
  datePublished: string | null;
  dateModified: string | null;
  /** The death date of a person the article is `about`, as an obituary's data declares it. */
  subjectDeathDate: string | null;
  sections: string[];
  keywords: string[];
  images: DeclaredImage[];
  articleBody: string | null;
  isAccessibleForFree: boolean | null;
  inLanguage: string | null;
  url: string | null;
  commentCount: number | null;
  viewCount: number | null;
}

/**
 * A picture the article node declares, with the caption and credit an ImageObject gives it (`"caption"`,
 * `"creditText"`, `"copyrightHolder"`); a picture given as a bare address has neither.
 */
export interface DeclaredImage {
  url: string;
  caption: string | null;
  credit: string | null;
}

/** One folder of a BreadcrumbList: its name and, when the crumb links anywhere, the folder's address. */
export interface StructuredCrumb {
  name: string;
  url: string | null;
}

export interface JsonLdResult {
  article: StructuredArticle | null;
  /** The other article nodes, most article-like first, read when asked (see rule "the page's own node after another's"). */
  otherArticles: () => StructuredArticle[];
  /** The page's BreadcrumbList, outermost folder first. */
  breadcrumbs: StructuredCrumb[];
  /** The clips the page declares (VideoObject), each by its name and its thumbnail's address, read when asked. */
  clips: () => { name: string; thumbnail: string }[];
  /** Name of the site from a WebSite/Organization node, when no article names a publisher. */
  siteName: string | null;
  /** What that node says the site is: its slogan, which CMSes also declare as an article's summary. */
  siteDescription: string | null;
  /**
   * Whether the page is free to read, as its other article and page nodes declare it (a WordPress graph states it on
   * the WebPage; an Article node without a headline is passed over as the article): the value they agree on.
   */
  declaredAccess: boolean | null;
  warnings: string[];
}

/** A JSON-LD script larger than this is not metadata; parsing it would only cost time and memory. */
const MAX_SCRIPT_CHARS = 1_000_000;
/** Real JSON-LD nests a handful of levels; deeper structures are walked no further (no stack exhaustion). */
const MAX_DEPTH = 32;
/** Bound on nodes visited per page, against documents that are wide rather than deep. */
const MAX_NODES = 20_000;

/**
 * Article-ish types, most specific (most trustworthy for news) first. Rule "claim review as the article": a
 * fact-checker's page may describe itself only as a ClaimReview, the review's writer, its date and its publisher
 * being the page's own; the claim it reviews (`itemReviewed`, the politician or the post that made it) is another's
 * work, no node of the page. Beside a NewsArticle, the article speaks first. Rule "medical web page as the article":
 * health sites describe each article as schema.org's MedicalWebPage, the WebPage type for health content, with its
 * writer, its dates and the clinician who reviewed it (`reviewedBy`, no writer); it is the page's article as a plain
 * WebPage would be, and ranks with it. So is a MedicalScholarlyArticle, a ScholarlyArticle of medicine. Rule "paid and
 * satirical articles": schema.org's AdvertiserContentArticle (what a paper's partner-content section declares its
 * advertorials as) and SatiricalArticle are Articles, with their writer, dates and section, and rank with one.
 */
const ARTICLE_TYPE_RANK: readonly string[] = [
  'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'reviewnewsarticle',
  'backgroundnewsarticle', 'askpublicnewsarticle', 'liveblogposting', 'article', 'advertisercontentarticle', 'satiricalarticle', 'scholarlyarticle', 'medicalscholarlyarticle',
  'techarticle', 'report', 'blogposting', 'socialmediaposting', 'discussionforumposting', 'claimreview', 'review', 'recipe', 'creativework',
  'medicalwebpage', 'webpage', 'itempage', 'collectionpage', 'aboutpage',
];

type JsonObject = Record<string, unknown>;

/** Script types that hold JSON-LD, lower-cased (the attribute is compared in any case). */
const JSON_LD_TYPES = new Set(['application/ld+json', 'application/json+ld']);

export function readJsonLd(page: IndexedPage): JsonLdResult {
  const warnings: string[] = [];
  const nodes: JsonObject[] = [];
  for (const script of page.tagged('script')) {
    const type = script.attribs.type;
    if (type === undefined || !JSON_LD_TYPES.has(type.toLowerCase())) continue;
    const text = textContent(script);
    if (text.length > MAX_SCRIPT_CHARS) {
      warnings.push(`json-ld: script of ${text.length} characters skipped`);
      continue;
    }
    const parsed = parseLenient(text);
    if (parsed === undefined) {
      warnings.push('json-ld: malformed script ignored');
      continue;
    }
    if (!collectNodes(parsed, nodes)) warnings.push('json-ld: structure too deep or too large, truncated');
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const best = pickArticleNode(nodes);
  const site = findSite(nodes);
  return {
    article: best ? toStructuredArticle(best, byId) : null,
    otherArticles: () => nodes
      .filter((node) => node !== best && typeRank(node) >= 0 && hasArticleData(node))
      .sort((one, other) => typeRank(one) - typeRank(other))
      .map((node) => toStructuredArticle(node, byId)),
    siteName: site ? text(site.name) : null,
    siteDescription: site ? text(site.description) : null,
    declaredAccess: agreedAccess(nodes.filter((node) => node !== best && typeRank(node) >= 0), byId),
    breadcrumbs: readBreadcrumbList(nodes),
    clips: () => nodes.filter((node) => typesOf(node).includes('videoobject')).flatMap((node) => {
      const name = text(node.name) ?? text(node.headline);
      const thumbnail = asArray(node.thumbnailUrl).map((entry) => (isJsonObject(entry) ? text(entry.url) : text(entry))).find(Boolean);
      return name && thumbnail ? [{ name, thumbnail }] : [];
    }),
    warnings,
  };
}

/**
 * SEO plugins state the page's trail as a BreadcrumbList even where the theme shows none. Its items carry a
 * position, which orders them when the list does not; an item's `item` is the folder's address or a node with it.
 */
function readBreadcrumbList(nodes: JsonObject[]): StructuredCrumb[] {
  const list = nodes.find((node) => typesOf(node).includes('breadcrumblist'));
  if (!list) return [];
  const items = asArray(list.itemListElement).filter(isJsonObject);
  const position = (item: JsonObject) => numberOf(item.position) ?? Infinity;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => position(a.item) - position(b.item) || a.index - b.index)
    .flatMap(({ item }) => {
      const target = item.item;
      const name = text(item.name) ?? (isJsonObject(target) ? text(target.name) : null);
      return name ? [{ name, url: text(target) }] : [];
    });
}

/**
 * JSON.parse, then one repair pass for what CMSes commonly emit: comments, CDATA (bare or behind a block or line
 * comment), raw newlines, trailing commas; last, objects printed one after another in one script (`{…}{…}`), read
 * as the list they are. Templates that write the block as they write their scripts open it with script comments
 * (a "// Yoast SEO" line, a block comment) and close it with a statement's semicolon: both go.
 */
function parseLenient(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    const repaired = trimmed
      .replace(LEADING_SCRIPT_COMMENTS, '')
      .replace(/^\s*(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      .replace(/;\s*$/, '')
      .replace(/[\u0000-\u001F]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    const listed = repaired.replace(ADJACENT_OBJECTS, '},{');
    return parseOrUndefined(repaired) ?? (listed !== repaired ? parseOrUndefined(`[${listed}]`) : undefined);
  }
}
const ADJACENT_OBJECTS = /\}\s*\{/g;
/** Line and block comments before the JSON, and CDATA markers behind them. */
const LEADING_SCRIPT_COMMENTS = /^(?:\s*(?:\/\/[^\n]*(?:\n|$)|\/\*[^]*?\*\/))+/u;

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Flattens arrays and `@graph` into typed nodes, including nested ones (a NewsArticle inside a WebPage's
 * `mainEntity`). Iterative with an explicit depth so that hostile nesting cannot exhaust the stack.
 * Returns false when a bound cut the walk short.
 */
function collectNodes(root: unknown, into: JsonObject[]): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  let visited = 0;
  let complete = true;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH || ++visited > MAX_NODES) {
      complete = false;
      if (visited > MAX_NODES) break;
      continue;
    }
    const children = Array.isArray(value) ? value : Object.values(value as JsonObject);
    if (!Array.isArray(value) && (value as JsonObject)['@type'] !== undefined) into.push(value as JsonObject);
    for (let index = children.length - 1; index >= 0; index--) stack.push({ value: children[index], depth: depth + 1 });
  }
  return complete;
}

function typesOf(node: JsonObject): string[] {
  return asArray(node['@type']).filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^.*[/#:]/, '').toLowerCase());
}

function typeRank(node: JsonObject): number {
  const ranks = typesOf(node).map((type) => ARTICLE_TYPE_RANK.indexOf(type)).filter((rank) => rank >= 0);
  return ranks.length ? Math.min(...ranks) : -1;
}

/** A WebPage only counts when it carries article data (a headline or a publication date), not for its bare name. */
function hasArticleData(node: JsonObject): boolean {
  return node.headline !== undefined || node.datePublished !== undefined || node.articleBody !== undefined;
}

function pickArticleNode(nodes: JsonObject[]): JsonObject | null {
  let best: JsonObject | null = null;
  let bestRank = Infinity;
  for (const node of nodes) {
    const rank = typeRank(node);
    if (rank < 0 || !hasArticleData(node)) continue;
    if (rank < bestRank) {
      best = node;
      bestRank = rank;
    }
  }
  return best ?? pagesClip(nodes);
}

/**
 * Rule "the clip is the page": a video or podcast page built around one clip declares that clip (a VideoObject, a
 * PodcastEpisode, an AudioObject) and no article: its `uploadDate` or `datePublished` is the page's date, its
 * author or creator the person credited, its description the page's summary. Its name is the clip's, which the
 * player's title bar shows, and is left to the page's own headline ("CANLI | …" over a clip named without the live
 * label). Only a page that declares one such node and no article: a story that declares several clips embeds them,
 * and its own date is not theirs.
 */
function pagesClip(nodes: JsonObject[]): JsonObject | null {
  let clip: JsonObject | null = null;
  for (const node of nodes) {
    if (!typesOf(node).some((type) => CLIP_TYPES.has(type))) continue;
    if (clip) return null;
    clip = node;
  }
  return clip && text(clip.name) && (text(clip.uploadDate) ?? text(clip.datePublished)) ? { ...clip, name: undefined, headline: undefined } : null;
}
const CLIP_TYPES = new Set(['videoobject', 'podcastepisode', 'audioobject']);

function toStructuredArticle(node: JsonObject, byId: Map<string, JsonObject>): StructuredArticle {
  const resolve = (value: unknown): unknown => {
    // Some SEO plugins write a reference as the bare address ("author": "https://example.com/#author") rather than
    // as {"@id": …}; it names a node of the graph all the same, and is never a name itself.
    if (typeof value === 'string' && byId.has(value)) return byId.get(value);
    if (isJsonObject(value)) {
      const id = value['@id'];
      if (typeof id === 'string' && Object.keys(value).length === 1) return byId.get(id) ?? value;
    }
    return value;
  };
  // `creator` lists co-writers that some CMSes leave out of `author`; names in both are deduplicated later.
  const author = [...asArray(node.author), ...asArray(node.creator)].map(resolve);
  const publisher = nameOf(resolve(asArray(node.publisher)[0]))[0] ?? null;
  return {
    type: typesOf(node)[0] ?? 'unknown',
    headline: text(node.headline) ?? text(node.name),
    description: text(node.description),
    authors: author.filter((entry) => !isOrganization(entry) || creditsItsPeople(entry)).flatMap((entry) => nameOf(entry)),
    organizationAuthors: author.filter((entry) => isOrganization(entry) && !isPerson(entry) && !creditsItsPeople(entry) && !isPublisherItself(entry, publisher)).flatMap((entry) => nameOf(entry)),
    publisher,
    datePublished: text(node.datePublished) ?? text(node.dateCreated) ?? text(node.uploadDate) ?? liveCoverageStart(node),
    dateModified: text(node.dateModified),
    subjectDeathDate: asArray(node.about).map(resolve).map((subject) => (isJsonObject(subject) ? text(subject.deathDate) : null)).find((date) => date) ?? null,
    sections: asArray(node.articleSection).flatMap((section) => splitList(text(section))),
    keywords: asArray(node.keywords).flatMap((keyword) => splitList(text(keyword))),
    images: asArray(node.image ?? node.thumbnailUrl).map(resolve).flatMap((image) => declaredImage(image)),
    articleBody: paragraphs(node.articleBody),
    isAccessibleForFree: accessOf(node, byId),
    inLanguage: text(asArray(node.inLanguage)[0]) ?? nameOf(asArray(node.inLanguage)[0])[0] ?? null,
    url: text(node.url) ?? text(node.mainEntityOfPage),
    commentCount: numberOf(node.commentCount) ?? interactionCount(node, 'commentaction'),
    viewCount: interactionCount(node, 'watchaction') ?? interactionCount(node, 'viewaction') ?? interactionCount(node, 'readaction'),
  };
}

/**
 * Rule "live coverage's start": a live blog's node may declare when its coverage began and leave out its
 * `datePublished` (`{"@type":"LiveBlogPosting","coverageStartTime":"2026-11-25T07:00:00-05:00","liveBlogUpdate":[…]}`),
 * the page going up as the coverage starts. Without it, the first `<time datetime>` on the page, the newest entry's,
 * would date the whole blog. Only a live blog's: an event's start is no page's publication.
 */
function liveCoverageStart(node: JsonObject): string | null {
  return typesOf(node).includes('liveblogposting') ? text(node.coverageStartTime) : null;
}

/**
 * An Organization author with the publisher's name is the CMS's default credit, no byline and no agency's copy: on
 * an agency's own site it names the agency as the publisher, not as the source of another newsroom's story.
 */
function isPublisherItself(author: unknown, publisher: string | null): boolean {
  if (!publisher) return false;
  const name = nameOf(author)[0];
  return isOrganization(author) && name !== undefined && name.toLowerCase() === publisher.toLowerCase();
}

/**
 * An organization node that credits the people who wrote the page as a group: "Contributors to Wikimedia projects" on
 * every Wikipedia article, "The Editors of Encyclopaedia Britannica". Such a node names writers, not an institution.
 */
function creditsItsPeople(node: unknown): boolean {
  return PEOPLE_GROUP.test(nameOf(node)[0] ?? '');
}
const PEOPLE_GROUP = /^(?:the\s+)?(?:contributors|editors|writers|authors|staff|volunteers)\s+(?:of|to|at)\s/iu;

/**
 * Rule "person and organization": an SEO plugin types a site's writers as both (`"@type":["Person","Organization"]`);
 * such a node names a writer the page's other credits may name too, and no company or agency.
 */
function isPerson(node: unknown): boolean {
  return isJsonObject(node) && typesOf(node).includes('person');
}

/** A node typed as an organization of any kind (Organization, NewsMediaOrganization, Corporation: the type's name ends so). */
function isOrganization(node: unknown): boolean {
  return isJsonObject(node) && typesOf(node).some((type) => type.endsWith('organization') || type === 'corporation');
}

/**
 * Rule "paywalled part": Google's paywall markup marks the locked part of the article (`hasPart` with
 * `isAccessibleForFree: false` and the part's CSS selector); a page with a locked part is not free to read even when
 * the article node does not say so itself. A part marked free says nothing about the rest. The article's own value,
 * when it states one, stands.
 */
function accessOf(node: JsonObject, byId: Map<string, JsonObject>): boolean | null {
  const own = booleanOf(node.isAccessibleForFree);
  if (own !== null) return own;
  const parts = asArray(node.hasPart).map((part) => (typeof part === 'string' ? byId.get(part) : isJsonObject(part) && typeof part['@id'] === 'string' && Object.keys(part).length === 1 ? byId.get(part['@id']) : part));
  return parts.some((part) => isJsonObject(part) && booleanOf(part.isAccessibleForFree) === false) ? false : null;
}

/** The access the nodes declare, when those that declare one agree; null when none does or they disagree. */
function agreedAccess(nodes: JsonObject[], byId: Map<string, JsonObject>): boolean | null {
  const declared = new Set(nodes.map((node) => accessOf(node, byId)).filter((access) => access !== null));
  return declared.size === 1 ? [...declared][0] : null;
}

/**
 * Rule "credited organization is no site": a story republished from an agency or a partner newsroom credits it as
 * its author (`"author":{"@type":"Organization","name":"EFE"}`). That Organization node says who wrote the story,
 * not whose site it is on, so it never names the site.
 */
function findSite(nodes: JsonObject[]): JsonObject | undefined {
  const credited = new Set(nodes.flatMap((node) => [...asArray(node.author), ...asArray(node.creator)]));
  return nodes.find((node) => typesOf(node).includes('website'))
    ?? nodes.find((node) => !credited.has(node) && typesOf(node).some((type) => type === 'organization' || type === 'newsmediaorganization'));
}

function interactionCount(node: JsonObject, action: string): number | null {
  for (const statistic of asArray(node.interactionStatistic)) {
    if (!statistic || typeof statistic !== 'object') continue;
    const type = asArray((statistic as JsonObject).interactionType)
      .map((entry) => (typeof entry === 'string' ? entry : text((entry as JsonObject)?.['@type']) ?? ''))
      .join(' ').toLowerCase();
    if (type.includes(action)) return numberOf((statistic as JsonObject).userInteractionCount);
  }
  return null;
}

/** Names of a person/organization value: a string, an object with `name`, or an array of either. */
function nameOf(value: unknown): string[] {
  if (typeof value === 'string') return declaredString(value);
  if (Array.isArray(value)) return value.flatMap((entry) => (typeof entry === 'string' ? nameOf(entry) : []));
  if (value && typeof value === 'object') {
    const object = value as JsonObject;
    const name = text(object.name) ?? [text(object.givenName), text(object.familyName)].filter(Boolean).join(' ');
    return name ? [name] : [];
  }
  return [];
}

function declaredImage(value: unknown): DeclaredImage[] {
  if (typeof value === 'string') return declaredString(value).map((url) => ({ url, caption: null, credit: null }));
  if (isJsonObject(value)) {
    const url = text(value.url) ?? text(value.contentUrl) ?? text(value['@id']);
    if (!url || url.startsWith('#')) return [];
    const credit = text(value.creditText) ?? nameOf(asArray(value.copyrightHolder)[0])[0] ?? null;
    return [{ url, caption: text(value.caption), credit }];
  }
  return [];
}

/** A name or an address given as a bare string, trimmed; none when it is empty or an unset value ("undefined"). */
function declaredString(value: string): string[] {
  const trimmed = value.trim();
  return trimmed && !isUnsetValue(trimmed) ? [trimmed] : [];
}

/**
 * Keyword and section strings often hold comma-separated lists. Entities left in the JSON ("Film &amp; TV") were
 * decoded when the string was read, so a semicolon here separates labels.
 */
function splitList(value: string | null): string[] {
  if (!value) return [];
  return value.split(/\s*[,،;]\s*/).map((part) => part.trim()).filter(Boolean);
}

/** A text value of several paragraphs (an article's body), its paragraph breaks kept. */
function paragraphs(value: unknown): string | null {
  if (typeof value !== 'string') return text(value);
  return plainParagraphsOf(value) || null;
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') {
    if (isJsonObject(value) && typeof value['@value'] === 'string') return text(value['@value']);
    if (isJsonObject(value) && typeof value['@id'] === 'string') return text(value['@id']);
    return null;
  }
  const plain = plainTextOf(value);
  return plain || null;
}

/**
 * A boolean as JSON-LD writes it: `false`, the strings "False" and "true", or the schema.org URL of the value
 * ("https://schema.org/False"), which publishers copy from the vocabulary's own examples.
 */
function booleanOf(value: unknown): boolean | null {
  const first = asArray(value)[0];
  if (typeof first === 'boolean') return first;
  if (typeof first === 'string') {
    const word = first.trim().replace(SCHEMA_PREFIX, '');
    if (/^(?:true|yes|1)$/i.test(word)) return true;
    if (/^(?:false|no|0)$/i.test(word)) return false;
  }
  return null;
}
const SCHEMA_PREFIX = /^https?:\/\/schema\.org\//i;

function numberOf(value: unknown): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/[,\s]/g, '')) : NaN;
  return Number.isFinite(number) && number >= 0 ? Math.floor(number) : null;
}

/** A JSON object: not null, not an array. */
function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
