/**
 * Section, categories and tags. Categories come from the CMS's own category links (WordPress marks them
 * `rel="category tag"`), `article:section` and JSON-LD `articleSection`; tags from `article:tag`, keywords and
 * `rel="tag"` links. Labels are kept as written, without repeats.
 */
import type { CheerioAPI } from 'cheerio/slim';
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

export function readTaxonomy($: CheerioAPI, tags: MetaTags, structured: StructuredArticle | null): Taxonomy {
  const categoryLinks = articleLinkLabels($, 'a[rel~="category"]');
  const sectionValues = [...tags.all('article:section', 'parsely-section', 'section', 'itemprop:articlesection'), ...(structured?.sections ?? [])];
  const categories = uniqueLabels([...categoryLinks, ...sectionValues]);

  const relTagLinks = articleLinkLabels($, 'a[rel~="tag"]:not([rel~="category"])');
  const deliberate = deliberateTags(tags, structured);
  // Keyword metas and tag-archive links are weaker evidence: used only when the page states no tags otherwise.
  let keywordValues = [...relTagLinks, ...deliberate];
  if (keywordValues.length === 0) keywordValues = keywordMetas(tags);
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
  return values.slice(0, MAX_KEYWORDS);
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

/** The article's own container, where its category and tag links sit (sidebars list the site's). */
const ARTICLE_CONTAINER = 'article, [itemtype*="Article"], .hentry, .post, .entry';

/**
 * Labels of category or tag links outside sidebars. When some of them sit inside the article element, only
 * those count: the others are archive menus. A page with dozens of them left shows a tag cloud: none count.
 */
function articleLinkLabels($: CheerioAPI, selector: string): string[] {
  let links = $(selector).filter((_, element) => !isInForeignRegion(element));
  const inArticle = links.filter((_, element) => $(element).closest(ARTICLE_CONTAINER).length > 0);
  if (inArticle.length > 0) links = inArticle;
  if (links.length > MAX_TAG_LINKS) return [];
  return links.toArray().map((element) => shortText(element, MAX_LABEL_LENGTH) ?? '');
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
