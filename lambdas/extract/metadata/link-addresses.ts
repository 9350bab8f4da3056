/**
 * What a link's address says: whether it leads into a tag, category or wiki-category archive or runs a script,
 * its path, how many sorted paths lie under a folder, and a percent-encoded slug's letters.
 */
import { containsAnyPattern } from './regions';

/**
 * Links into a site's tag or topic archive: what themes without `rel="tag"` use for an article's tags (Tumblr's
 * `/tagged/` among them), and the word for a tag in the newsroom's language (Hungarian `/cimke/`, Czech `/stitek/`,
 * Turkish `/etiket/`, Italian `/etichetta/`, French `/mot-cle/`, Portuguese `/topico/`). A query's `tag=` is no such sign: shops' affiliate links carry one too
 * (`&tag=site-21`).
 * Rule "tag archive by query": Korean and Japanese portal CMSs serve the tag archive as one page that takes the tag
 * in its query (`/tag?q=반도체`, `/tags?keyword=為替`); the path is the archive, whatever follows the question mark.
 */
const TAG_ARCHIVE_PATHS = [
  '/tag/', '/tags/', '/tagged/', '/topic/', '/topics/', '/thema/', '/themen/', '/schlagwort/', '/stichwort/', '/keyword/', '/etiqueta/', '/tema/',
  '/temas/', '/cimke/', '/cimkek/', '/stitek/', '/etiket/', '/etichetta/', '/mot-cle/', '/mots-cles/', '/topico/', '/topicos/',
  '/tag?', '/tags?',
];
export const TAG_ARCHIVE_PATH = containsAnyPattern(TAG_ARCHIVE_PATHS);
/**
 * Rule "wiki categories": MediaWiki (Wikipedia, Fandom and every other wiki) files a page under categories that it
 * links as pages of the category namespace (`/wiki/Category:Spells`, `Kategorie:`, `Catégorie:` …), in a box
 * at the page's foot or head; those are the page's categories, as a CMS's category links are an article's.
 */
export const WIKI_CATEGORY_LINK = /\/(?:Category|Kategorie|Kategoria|Kategori|Catégorie|Categoría|Categoria|Categorie|Kategória|Kategorija):[^/\d]/i;
/** Where a URL's scheme colon sits at the latest ("https:" at 5, "webcal:" at 6). */
export const SCHEME_COLON_AT_MOST = 7;
/**
 * Links into a site's category archive: what themes without `rel="category"` file the article under (Turkish and
 * Indonesian `/kategori/`). Rule "e107's category links": e107 addresses a news category by a query with a dot,
 * `news.php?cat.2`, as its items are `news.php?item.2204`.
 */
const CATEGORY_ARCHIVE_PATHS = ['/category/', '/categories/', '/kategorie/', '/kategori/', '/categorie/', '/categoria/', '/rubrique/', '/rubrik/', 'news.php?cat.'];
export const CATEGORY_ARCHIVE_PATH = containsAnyPattern(CATEGORY_ARCHIVE_PATHS);
/**
 * Links into a section's page by the word the site's CMS files sections under: the category archive's, and custom
 * portals' short folder or query (`/cat/3`, `/section/economy`, `index.php?cat=2`). Elsewhere on the page such links
 * are a menu's as often as not; they say what a lone link right over the headline is.
 */
export const SECTION_FOLDER_ADDRESS = containsAnyPattern([...CATEGORY_ARCHIVE_PATHS, '/cat/', '/section/', '/sections/', '?cat=', '&cat=', '?section=', '&section=']);

/** A slug as the label's letters: WordPress percent-encodes the letters beyond ASCII (`tag-%d1%84%d0%be%d1%82%d0%be`). */
export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/**
 * How many of the sorted strings lie in [from, to). Paths under a folder ("/topics" + "/") sort together, up to
 * the folder followed by "0", the character after "/": counting them takes two binary searches, not a look at
 * every other link of a long list.
 */
export function countBetween(sorted: readonly string[], from: string, to: string): number {
  return lowerBound(sorted, to) - lowerBound(sorted, from);
}

/** Index of the first sorted string not less than the value. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A link that runs a script where it is rather than leading to a page. */
export const SCRIPT_LINK = /^\s*javascript:/i;

/** The path of a link, without trailing slash, query or fragment; relative links keep their relative path. */
export function linkPath(href: string | undefined): string | null {
  if (!href) return null;
  return href.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '') || null;
}
