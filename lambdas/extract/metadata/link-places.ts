/**
 * Where a link stands: the class names and attributes that mark the article, its tag list, its category label, a
 * wiki's category box, a menu and WordPress's post classes, and the boxes whose links name no topic of the article
 * (author boxes, pagers).
 */
import type { Element } from 'domhandler';
import { containsAnyPattern, containsPattern, hasToken } from './regions';
import { hasAncestor } from './link-dom';

/**
 * The box a wiki lists the page's categories in (MediaWiki's `catlinks`, a skin's `page-header__categories`):
 * links into the category namespace elsewhere are the wiki's navigation ("Books", "Characters") or mentions.
 */
export const WIKI_CATEGORY_BOX = containsAnyPattern(['catlinks', 'categories']);
/** MediaWiki's box of hidden maintenance categories ("All articles with unsourced statements"), which readers never see. */
export const HIDDEN_CATEGORY_BOX = containsAnyPattern(['hidden-cat']);
/** Prefix of the class WordPress gives a post for each of its tags. */
export const POST_TAG_CLASS = 'tag-';
/**
 * Containers that themes give the article's tag list ("tags", "post-tags", "field-tags", "tag-group", "keywords",
 * "schlagworte", French "mots-cles"; a BEM block's "__topics" element, "story__topics"), for tag links whose URLs
 * follow no archive pattern. Rule "Turkish tag box": Turkish templates name the box in Turkish, as they label it,
 * "etiketler" (the tags).
 */
const TAG_LIST_CLASS_PARTS = containsAnyPattern(['tags', 'tag-list', 'taglist', 'tag-group', 'keywords', 'schlagw', 'stichw', 'etiquetas', 'etiketler', 'mots-cles', 'motscles', '__topics']);
/** A bare data attribute naming its element a tag box or list (`data-tags-box`, `data-test-tag-list`). */
const TAG_BOX_ATTRIBUTE = /(?:^|-)(?:tags?|keywords)-(?:box|list|container|wrapper|section|bar|block)(?:$|-)/;
/**
 * Class or id of the box that labels the article with its category ("post-category", "article-category-title",
 * "catname", "cat-name"), or with the topic or the newsroom desk the site files it under ("article-topic"; the desk
 * by the word its own newsroom uses: Portuguese "editoria", German "Ressort", French "rubrique", Spanish "sección" and
 * Catalan "secció" (written "seccion", "seccio"),
 * Hungarian "rovat", Finnish "osasto", Icelandic "flokkur", European Portuguese "secção" and its unaccented "seccao"; a BEM block's
 * "__section" or "__subject" element, "article__section", "article__subject"), one link above the headline; so does the
 * kicker over the headline when it is such a link ("eyebrow", Argentine "volanta", German "Dachzeile", French
 * "surtitre", Swedish "vinjett", Brazilian "chapéu", Italian "occhiello"). Rule "the service's box": Iranian news
 * systems call a section a service (سرویس) and name its box for it, `service-title`, `news-service`; with the word
 * "service" alone a box may be anything (a site's services), so only these compounds count. Rule "the section's title,
 * run together": table layouts name the cell over the story's headline for the section's title or name in one word
 * (`<td class="sectitle"><a href="section.asp?id=1">محليات</a></td>`), as "catname" names the category's.
 */
export const CATEGORY_LABEL_PARTS = containsAnyPattern([
  'categor', 'catname', 'cat-name', 'cat_name', 'sectitle', 'secname', 'topic', 'editoria', 'ressort', 'rubri', 'seccio', 'sección', 'seccao', 'secção', 'rovat', 'osasto',
  '__section', '__subject', 'kicker', 'eyebrow', 'overline', 'volanta', 'antetitulo', 'surtitre', 'dachzeile', 'vinjett',
  'chapeu', 'occhiello', 'flokk', 'service-title', 'service_title', 'news-service', 'news_service',
]);
/**
 * Short class names themes give the same box ("cate", "cat"), and the whole class of the languages that spell the
 * category with a k (Turkish "kategori", Polish "kategoria", Lithuanian "kategorija"): only whole, as the German
 * "kategorie" is also part of the field names of other items' boxes ("field-produkt-kategorie" over a promotion).
 * Rule "German category box, whole": a German template's box named "kategorie" alone, one link over the headline,
 * is the category label as an English theme's "category" is; only the whole class counts, as for the others.
 */
export const CATEGORY_LABEL_TOKENS = new Set(['cat', 'cate', 'kategori', 'kategoria', 'kategorija', 'kategorie']);
/**
 * Rule "category word in a compound class": the same languages' themes join the word to the box's part with a hyphen
 * or an underscore, as English ones write "category-label" ("kategori-label", "kategoria_link"). The whole word
 * between such joins counts; German "kategorie" is no such word, so "field-produkt-kategorie" still names nothing.
 */
export const CATEGORY_LABEL_PART_WORD = /(?:^|[\s_-])(?:kategori|kategoria|kategorija)(?:[\s_-]|$)/i;
/**
 * Class or id parts of site menus, whose items each name a category of the site, not of the article. Rule "menu named
 * in its id": table-layout templates name their boxes by id alone (`<div id="menu">`, Icelandic `<div
 * id="valmynd">`), the menu among them.
 */
export const MENU_CLASS_PARTS = containsAnyPattern(['menu', 'nav', 'dropdown', 'valmynd']);
export const POST_PARENT_CLASS = new Set(['current-post-parent']);
/**
 * The article's own container, where its category and tag links sit (sidebars list the site's). Rule "box named
 * article": custom CMSs name the element that holds the story and its headline plainly "article" (`<div
 * class="article" id="article-6021">`, the Moroccan film site's review, its section links in a row over the headline),
 * as WordPress names it "post" and "hentry". A list's teaser cards named so stand beside cards of the same name, as
 * WordPress's do, and are told apart the same way.
 */
const ARTICLE_CONTAINER_CLASSES = new Set(['hentry', 'post', 'entry', 'article']);

/**
 * Rule "tag box named in a data attribute": sites styled with utility classes ("flex gap-3 my-10") carry no
 * meaning in `class`, and name their components in a bare data attribute instead (`<section data-tags-box>`). A
 * data attribute with a value (`data-tags="a,b"`) is data about the element, such as a teaser card's tags, not the
 * element's name, and does not count; nor does a bare flag that only mentions tags (`data-metatags`, "show the
 * tags"): the name must say the element is a tags box or list.
 */
export function namesTagList(element: Element): boolean {
  const { attribs } = element;
  if (containsPattern(attribs.class, TAG_LIST_CLASS_PARTS)) return true;
  // The name first: reading an attribute's value by a name held in a variable is the slow part.
  for (const name in attribs) {
    if (name.startsWith('data-') && attribs[name] === '' && TAG_BOX_ATTRIBUTE.test(name)) return true;
  }
  return false;
}

export function isArticleContainer(element: Element): boolean {
  return element.name === 'article' || (element.attribs.itemtype?.includes('Article') ?? false) || hasToken(element.attribs.class, ARTICLE_CONTAINER_CLASSES);
}

/** Class words of a box about the article's writers: a byline, an author card, a "follow the author" button. */
const AUTHOR_BOX_WORDS = new Set(['author', 'authors', 'byline', 'bylines', 'contributor', 'contributors']);

/**
 * Rule "author box": sites that give each writer a topic page link the writer's name into the tag archive from
 * the byline or an author card (`<li class="author-follow"><a href="/tagged/jane-doe">`); such a link names who
 * wrote the article, not what it is about. The climb stops at the article or page wrapper, whose class may name
 * the post's author for styling (`<article class="post author-admin">`).
 */
export function isInAuthorBox(link: Element): boolean {
  for (let current = link.parent; current && current.type === 'tag'; current = current.parent) {
    const element = current as Element;
    if (element.name === 'article' || element.name === 'main' || element.name === 'body') return false;
    const classes = element.attribs.class;
    if (classes && classes.split(/\s+/).some((token) => AUTHOR_BOX_WORDS.has(token.toLowerCase().split(/[-_]/)[0]))) return true;
  }
  return false;
}

/**
 * Rule "pager": the previous, up and next links under an article in a series ("zurück · Zum Anfang · weiter") point
 * into the topic's folder, whose address may read like a tag archive's (`/thema/…`); they step through pages, and
 * label none.
 */
export function isInPager(anchor: Element): boolean {
  return anchor.attribs.rel === 'prev' || anchor.attribs.rel === 'next' || hasAncestor(anchor, (element) => containsPattern(element.attribs.class, PAGER_CLASS));
}
const PAGER_CLASS = containsAnyPattern(['pagination', 'pager', 'pagebrowser', 'page-browser', 'pagenav', 'page-nav', 'post-navigation', 'postnav']);
