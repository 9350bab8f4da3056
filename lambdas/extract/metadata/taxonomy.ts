/**
 * Section, categories and tags. Categories come from the CMS's own category links (WordPress marks them
 * `rel="category tag"`), `article:section` and JSON-LD `articleSection`; tags from `article:tag`, keywords and
 * `rel="tag"` links. Labels are kept as written, without repeats.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { MetaTags } from './meta-tags';
import type { StructuredArticle } from './json-ld';

export interface Taxonomy {
  section: string | null;
  categories: string[];
  tags: string[];
}

/** A label longer than this is a sentence (a teaser in a link), not a category or tag. */
const MAX_LABEL_LENGTH = 80;
/** Keyword lists with more entries than this are SEO stuffing, not the article's tags. */
const MAX_KEYWORDS = 40;

export function readTaxonomy($: CheerioAPI, tags: MetaTags, structured: StructuredArticle | null): Taxonomy {
  const categoryLinks = linkLabels($, 'a[rel~="category"]');
  const sectionValues = [...tags.all('article:section', 'parsely-section', 'section', 'itemprop:articlesection'), ...(structured?.sections ?? [])];
  const categories = uniqueLabels([...categoryLinks, ...sectionValues]);

  const tagLinks = linkLabels($, 'a[rel~="tag"]:not([rel~="category"])');
  const keywordValues = tagKeywords(tags, structured);
  return {
    section: categories.find((label) => sectionValues.includes(label)) ?? categories[0] ?? null,
    categories,
    tags: uniqueLabels([...tagLinks, ...keywordValues]).filter((tag) => !categories.some((category) => sameLabel(category, tag))),
  };
}

/**
 * Tags, in order of how deliberately they were set: article:tag and JSON-LD keywords are per-article choices;
 * news_keywords and keywords metas are used only when nothing better exists, because sites often fill them
 * with the same site-wide list on every page.
 */
function tagKeywords(tags: MetaTags, structured: StructuredArticle | null): string[] {
  const deliberate = [...tags.all('article:tag', 'parsely-tags', 'sailthru.tags', 'itemprop:keywords').flatMap(splitKeywords), ...(structured?.keywords ?? [])];
  if (deliberate.length > 0) return deliberate.slice(0, MAX_KEYWORDS);
  const declared = tags.all('news_keywords', 'keywords').flatMap(splitKeywords);
  return declared.length <= MAX_KEYWORDS ? declared : [];
}

function linkLabels($: CheerioAPI, selector: string): string[] {
  return $(selector).map((_, element) => $(element).text().replace(/\s+/g, ' ').trim()).get();
}

function splitKeywords(value: string): string[] {
  return value.split(/\s*[,،;]\s*/);
}

function uniqueLabels(labels: string[]): string[] {
  const result: string[] = [];
  for (const label of labels) {
    const cleaned = label.replace(/\s+/g, ' ').replace(/^#/, '').trim();
    if (!cleaned || cleaned.length > MAX_LABEL_LENGTH) continue;
    if (!result.some((existing) => sameLabel(existing, cleaned))) result.push(cleaned);
  }
  return result;
}

function sameLabel(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
