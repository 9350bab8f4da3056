/**
 * Section, categories and tags. Categories come from the CMS's own category links (WordPress marks them
 * `rel="category tag"`), `article:section` and JSON-LD `articleSection`; tags from `article:tag`, keywords,
 * `rel="tag"` links and the theme's tag-list box. Labels are kept as written, without repeats; newsroom subject
 * codes are left out.
 */
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import type { MetaTags } from './meta-tags';
import type { StructuredArticle } from './json-ld';
import { isInForeignRegion, shortText } from './regions';
import { decodeLeftoverEntities } from './text';

export interface Taxonomy {
  section: string | null;
  categories: string[];
  tags: string[];
}

/** A label longer than this is a sentence (a teaser in a link), not a category or tag. */
const MAX_LABEL_LENGTH = 80;
/** Keyword lists with more entries than this are SEO stuffing, not the article's tags. */
const MAX_KEYWORDS = 40;
/** Links into a site's tag or topic archive: what themes without `rel="tag"` use for an article's tags. */
const TAG_ARCHIVE_LINK = 'a[href*="/tag/" i], a[href*="/tags/" i], a[href*="/topic/" i], a[href*="/topics/" i], a[href*="/thema/" i], a[href*="/themen/" i], a[href*="/schlagwort/" i], a[href*="/stichwort/" i], a[href*="/keyword/" i], a[href*="/etiqueta/" i], a[href*="/tema/" i], a[href*="/temas/" i]';
/** A tag archive link list longer than this is a site-wide topic index, not one article's tags. */
const MAX_TAG_LINKS = 30;
/** CMS-internal values that leak into keyword fields: "Category: Economy", UUIDs, snake_case flags. */
const INTERNAL_LABEL = /:|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[a-z0-9]+_[a-z0-9_]+$/i;
/** A short capitalised code ("AER", "INDG08"): an entry of a newsroom's subject-code scheme, not a reader's tag. */
const SUBJECT_CODE = /^[A-Z][A-Z0-9]{1,7}$/;
/** Share of codes above which a keyword list is a code scheme; below it, capitals are acronyms ("AI", "EU"). */
const SUBJECT_CODE_SHARE = 0.5;
/** A scheme has several codes; one or two capitalised keywords are acronyms ("AVV", "NATO"). */
const MIN_SUBJECT_CODES = 3;
/**
 * Containers that themes give the article's tag list ("tags", "post-tags", "field-tags", "keywords",
 * "schlagworte"), for tag links whose URLs follow no archive pattern.
 */
const TAG_LIST_LINK = ['tags', 'tag-list', 'taglist', 'keywords', 'schlagw', 'stichw', 'etiquetas'].map((word) => `[class*="${word}" i] a`).join(', ');

export function readTaxonomy($: CheerioAPI, tags: MetaTags, structured: StructuredArticle | null): Taxonomy {
  const categoryLinks = articleLinkLabels($, $('a[rel~="category"]'));
  const sectionValues = [...tags.all('article:section', 'parsely-section', 'section', 'itemprop:articlesection'), ...(structured?.sections ?? [])];
  let categories = uniqueLabels([...categoryLinks, ...sectionValues]);
  if (categories.length === 0) categories = uniqueLabels(postParentMenuItem($) ?? []);

  const relTagLinks = articleLinkLabels($, $('a[rel~="tag"]:not([rel~="category"])'));
  const deliberate = deliberateTags(tags, structured);
  // Tag-list boxes, keyword metas and tag-archive links are weaker evidence: used only when the page states no tags otherwise.
  let keywordValues = [...relTagLinks, ...deliberate];
  // A visible tag list and the keyword metas are two partial views of the same tags: together they are fuller.
  if (keywordValues.length === 0) keywordValues = [...tagListLabels($), ...keywordMetas(tags)];
  if (keywordValues.length === 0) keywordValues = tagArchiveLinks($);
  return {
    section: categories.find((label) => sectionValues.includes(label)) ?? categories[0] ?? null,
    categories,
    tags: uniqueLabels(keywordValues).filter((tag) => !categories.some((category) => sameLabel(category, tag))),
  };
}

/** article:tag, Parse.ly/Sailthru tags and JSON-LD keywords: per-article choices of the newsroom. */
function deliberateTags(tags: MetaTags, structured: StructuredArticle | null): string[] {
  const values = [...tags.all('article:tag', 'parsely-tags', 'sailthru.tags', 'itemprop:keywords').flatMap(splitKeywords), ...(structured?.keywords ?? [])];
  return withoutSubjectCodes(values).slice(0, MAX_KEYWORDS);
}

/**
 * Agencies and large newsrooms put their subject-code scheme into the keyword field next to (or instead of) the
 * readable tags. A list made mostly of such codes keeps only its readable entries.
 */
function withoutSubjectCodes(values: string[]): string[] {
  const codes = values.filter((value) => SUBJECT_CODE.test(value.trim()));
  if (codes.length < MIN_SUBJECT_CODES || codes.length <= values.length * SUBJECT_CODE_SHARE) return values;
  return values.filter((value) => !SUBJECT_CODE.test(value.trim()));
}

/**
 * WordPress marks the menu item of the category the current post belongs to (`current-post-parent`): the one
 * menu entry that names this article's category rather than the site's sections.
 */
function postParentMenuItem($: CheerioAPI): string[] | null {
  const item = $('.current-post-parent > a, .current-post-parent > span > a').first();
  const label = item.length > 0 ? shortText(item.get(0)!, MAX_LABEL_LENGTH) : null;
  return label ? [label] : null;
}

/** news_keywords and keywords metas: often one site-wide list on every page, so long lists are ignored. */
function keywordMetas(tags: MetaTags): string[] {
  const declared = tags.all('news_keywords', 'keywords').flatMap(splitKeywords);
  return declared.length <= MAX_KEYWORDS ? declared : [];
}

function tagArchiveLinks($: CheerioAPI): string[] {
  const links = $(TAG_ARCHIVE_LINK).filter((_, element) => !isInForeignRegion(element) && $(element).closest('header').length === 0);
  if (links.length > MAX_TAG_LINKS) return [];
  return links.toArray().map((element) => shortText(element, MAX_LABEL_LENGTH) ?? '');
}

/**
 * Links in tag-list containers, without the list's title link ("Topics" → /topics), which points at the folder
 * that holds every other link of the list.
 */
function tagListLabels($: CheerioAPI): string[] {
  const links = $(TAG_LIST_LINK).toArray();
  const paths = links.map((link) => linkPath($(link).attr('href')));
  const isIndexLink = (path: string | null) => path !== null && paths.filter((other) => other !== null && other.startsWith(`${path}/`)).length >= 2;
  const kept = links.filter((_, index) => !isIndexLink(paths[index]));
  return articleLinkLabels($, $(kept));
}

/** The path of a link, without trailing slash, query or fragment; relative links keep their relative path. */
function linkPath(href: string | undefined): string | null {
  if (!href) return null;
  return href.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '') || null;
}

/** The article's own container, where its category and tag links sit (sidebars list the site's). */
const ARTICLE_CONTAINER = 'article, [itemtype*="Article"], .hentry, .post, .entry';

/**
 * Labels of category or tag links outside sidebars. When some of them sit inside the article element, only
 * those count: the others are archive menus. A page with dozens of them left shows a tag cloud: none count.
 */
function articleLinkLabels($: CheerioAPI, candidates: Cheerio<AnyNode>): string[] {
  let links = candidates.filter((_, element) => !isInForeignRegion(element) || isInArticleFooter($, element));
  const inArticle = links.filter((_, element) => $(element).closest(ARTICLE_CONTAINER).length > 0);
  if (inArticle.length > 0) links = inArticle;
  if (links.length > MAX_TAG_LINKS) return [];
  return links.toArray().map((element) => shortText(element, MAX_LABEL_LENGTH) ?? '');
}

/**
 * A `<footer>` inside the article is where themes print its tag and category links: it is the article's own,
 * unlike the page footer, which lists the site's sections.
 */
function isInArticleFooter($: CheerioAPI, element: AnyNode): boolean {
  const footer = $(element).closest('footer');
  const outside = footer.parent().get(0);
  return outside !== undefined && footer.closest(ARTICLE_CONTAINER).length > 0 && !isInForeignRegion(outside);
}

function splitKeywords(value: string): string[] {
  return decodeLeftoverEntities(value).split(/\s*[,،;]\s*/);
}

function uniqueLabels(labels: string[]): string[] {
  const result: string[] = [];
  for (const label of labels) {
    // Keyword fields carry quoting and list punctuation: '"3D Printing"', '- machine learning', '#Hashtag'.
    const cleaned = decodeLeftoverEntities(label).replace(/\s+/g, ' ').trim().replace(/^[#\-–•*"'“”„«»]+\s*|\s*["'“”„«»]+$/g, '').trim();
    if (!cleaned || cleaned.length > MAX_LABEL_LENGTH || INTERNAL_LABEL.test(cleaned)) continue;
    if (!result.some((existing) => sameLabel(existing, cleaned))) result.push(cleaned);
  }
  return result;
}

function sameLabel(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
