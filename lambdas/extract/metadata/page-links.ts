/**
 * The page's category and tag links and its breadcrumb trail, read from its one walk for taxonomy: `rel` links,
 * archive links, labelled lines and boxes of links, each kept only where it stands for the article, not in a menu,
 * a sidebar, a teaser or a sentence.
 */
import type { Element } from 'domhandler';
import { countVisible, type ElementPositions, nextElement, normalizeSpace, previousElement } from '../dom-walk';
import { containsAnyPattern, containsPattern, hasToken, type IndexedPage, LOWER_HEADING_TAGS, opensForeignRegion } from './regions';
import { isAuthorPageLink } from './bylines';
import { isWriterPageHref } from './bylines/lines';
import { spelledAsDomain } from './site-name';
import { labelKey, MAX_LABEL_LENGTH, sameLabel, TAG_LINE_LABEL, uniqueLabels } from './taxonomy-labels';
import { isHomeCrumb, isTrailLine, linkCountsBefore, MAX_CRUMBS, MAX_ELEMENTS_ABOVE_HEADLINE, MAX_TRAIL_CHARS, namesBreadcrumb, opensWithTrailLabel } from './breadcrumb-trail';
import { CATEGORY_ARCHIVE_PATH, countBetween, decodeSlug, linkPath, SCHEME_COLON_AT_MOST, SCRIPT_LINK, SECTION_FOLDER_ADDRESS, TAG_ARCHIVE_PATH, WIKI_CATEGORY_LINK } from './link-addresses';
import { closest, firstShownChild, hasAncestor, isTagElement, labelOver, siblingRun } from './link-dom';
import { BACK_HOME_LINK, CATEGORY_LINE_LABEL, isFiledUnder, LABEL_HOLDERS, MAX_CATEGORY_LINE_CHARS, MAX_TAG_LINE_LABEL_CHARS, namesTagsByAria, SITE_INDEX_HEADING, TOPIC_INDEX_HEADING } from './link-labels';
import { CATEGORY_LABEL_PART_WORD, CATEGORY_LABEL_PARTS, CATEGORY_LABEL_TOKENS, HIDDEN_CATEGORY_BOX, isArticleContainer, isInAuthorBox, isInPager, MENU_CLASS_PARTS, namesTagList, POST_PARENT_CLASS, POST_TAG_CLASS, WIKI_CATEGORY_BOX } from './link-places';

/**
 * Class names of the box a theme sets the story's section in (rule "section box over the headline"): any that holds
 * "section", or has "cat" or "sec" as a part of its own (`art-cat`, `news_cat`, Korean portals' `sec`). Iranian news systems call a section a
 * service (سرویس), and name its box so (`news-service`, `service-title`). Rule "cate for category": Korean and Chinese
 * templates shorten the category to "cate" (`m-cate`, `view_cate`, `art-cate`), as a part of its own.
 */
const SECTION_BOX = /section|service|(?:^|[\s_-])(?:cat|cate|sec)(?![^\s_-])/i;
/**
 * Rule "category field's label": blog engines print the field with its label before the linked name ("カテゴリ：<a>
 * まちの話題</a>", Movable Type's Japanese templates; "Category: <a>Local</a>"); the name after the label is the field's.
 */
const CATEGORY_FIELD_LABEL = /^(?:カテゴリー?|category|kategorie|catégorie|categoría|categoria)\s*[:：]\s*/iu;
/** A columnist's box holds the name and a link or two to the writer's page: "كل مقالات الكاتب". */
const MAX_COLUMNIST_BOX_CHARS = 80;
/** A trail of more folders than this over the headline is a menu. */
const MAX_KICKER_TRAIL_LINKS = 3;
/** The home page's address, relative or whole. */
export const HOME_PAGE_LINK = /^(?:\/|https?:\/\/[^/?#]+\/?)$/i;
/**
 * Rule "box named the section's label": a template that names the box right over the headline for the section's label
 * or name itself, in a compound of its own (`section-label`, `story__section-label`, `article__section-name`,
 * `sectionTitle`, `category-label`, `article__label`), prints the section there as plain text, with no link and under
 * a name the menu may word otherwise or not list ("Regional News" where the menu says "Regional"; Dutch and Korean
 * portals' `<div class="section-label">Binnenland</div>`): the box's name says what the label is. Read only as one to
 * three words, no sentence, no date. Rule "desk's own word": print versions and thin mobile templates, with no menu
 * and no trail, name that box by the newsroom's word for the desk alone (`<div class="rubric">Общество</div>`, German
 * `<p class="druck-ressort">`; the Iberian desks' word, Catalan `<span class="seccio">`, Spanish "seccion", Portuguese
 * "secao"), a whole part of the class, which names the label as plainly. Rule "the category
 * taxonomy's box": WordPress names a term box by its taxonomy, `tax-category` for the categories, and reader-mode
 * templates (the AMP plugin's `<div class="amp-wp-meta amp-wp-tax-category">سياسة</div>`) print the post's category
 * there as plain text over the headline; the taxonomy's name says what the label is as plainly. Rule "the block's
 * category element": a template named in BEM's way names the story block's own element for its category
 * (`<p class="news-detail__cat">経済</p>` over `news-detail__title`), short or not, as plainly as "category-label".
 */
function namedSectionLabel(className: string | undefined, text: string): string | null {
  if (className === undefined || !SECTION_LABEL_BOX.test(className)) return null;
  const label = PLAIN_TRAIL.exec(text)?.[1] ?? text;
  return label.length <= MAX_SECTION_LABEL_CHARS && PLAIN_SECTION_NAME.test(label) ? label : null;
}
/**
 * Rule "trail in the desk's box": an older template prints the story's place in the site as a plain trail in that
 * same box ("Ştiri » Administraţie", in `<span class="rubrica">`), the outer folder first, with no links to read as a
 * breadcrumb; the innermost folder is the story's section, as a breadcrumb's last crumb is. Romanian and Italian
 * templates name the box by their word for the desk, "rubrica". Only two or three plain names parted by a trail's mark.
 */
const PLAIN_TRAIL = /^[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,2}(?:\s*[»›>]\s*[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,2})?\s*[»›>]\s*([\p{L}&'’-]+(?: [\p{L}&'’-]+){0,2})$/u;
const SECTION_LABEL_BOX = /section[-_]?(?:label|name|title|badge)|(?:label|name|title|badge)[-_]?section|(?:category|article)(?:__|[_-])label|__(?:cat|cate|category)(?![^\s_-])|(?:^|[\s_-])(?:rubri(?:c|ca|que|ka)|ressort|secci[oó]n?|se[cç]{1,2}[aã]o|tax[-_]category)(?![^\s_-])/i;
const PLAIN_SECTION_NAME = /^[\p{L}&'’-]+(?: [\p{L}&'’-]+){0,2}$/u;
const MAX_SECTION_LABEL_CHARS = 30;
/** A label with capital letters and no small ones: a menu's styling ("SAMFUND"), not how the name is written. */
const SET_IN_CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
/** A particulars row under the headline: a section, a date, a byline, a reading time. */
const MAX_PARTICULARS_ROW_CHARS = 160;
/**
 * A folder of short slugs of letters and hyphens, up to three deep: `/news`, `/wirtschaft/`, `https://example.com/mobilites`,
 * and (rule "section folder of the menu, one level down") `/seccion/cultura`, `/kz/education`, `/news/national`, the
 * paths sites file their sections under. A story's slug is a sentence of words, or carries an id.
 */
const BARE_FOLDER_ADDRESS = /^(?:https?:\/\/[^/?#]+)?(?:\/[\p{L}-]{1,24}){1,3}\/?$/u;

/** A wiki page sits in dozens of categories at most; more links are a category index page. */
const MAX_WIKI_CATEGORIES = 60;
/** An article is filed under a few categories; more category links after its headline are an index or a menu. */
const MAX_CATEGORY_ARCHIVE_LINKS = 4;
/** A row over the headline holds several categories; one link there is the kicker. */
const MIN_CATEGORY_ROW_LINKS = 2;
/** Tags an article states at least for its first to be the one marked primary among them (rule "primary tag"). */
const MIN_PRIMARY_TAG_LIST = 2;
/** A tag archive link list longer than this is a site-wide topic index, not one article's tags. */
const MAX_TAG_LINKS = 30;
/** Boxes around a topic index's link to its heading: the item, the list, the section. */
const MAX_TOPIC_INDEX_DEPTH = 3;
const TOPIC_INDEX_HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** Characters besides its links that a line of tag links holds at most ("Tags:", separators). */
const MAX_TAG_LINE_PROSE_CHARS = 30;
/** Text of a headline at most; a longer `<h1>` wraps more than the headline. */
const MAX_HEADLINE_LENGTH = 300;
/**
 * A stated headline many times a headline's length is a description put in the headline's field, and names no `<h1>`;
 * searched for every `<h1>` of a page that prints thousands, it would cost its length once per heading.
 */
const MAX_STATED_HEADLINE_LENGTH = 4 * MAX_HEADLINE_LENGTH;
const CATEGORY_REL = new Set(['category']);
const TAG_REL = new Set(['tag']);
/**
 * Rule "category by its address": WordPress marks its category links `rel="category tag"`, but themes that print
 * the post's terms with its generic term list (`get_the_term_list`) get every term marked `rel="tag"`, the
 * category over the headline as well (`<span class="category-links"><a href="/category/europe/portugal/"
 * rel="tag">Portugal</a></span>`). A `rel="tag"` link into the category archive is a category, as its address says.
 */
function isCategoryLink(anchor: Element, rel: string | undefined): boolean {
  if (hasToken(rel, CATEGORY_REL)) return true;
  return hasToken(rel, TAG_REL) && anchor.attribs.href !== undefined && CATEGORY_ARCHIVE_PATH.test(anchor.attribs.href);
}

/** The headings a story's headline is set in: the page's own in an h1, a later story's in an h1 or one level down. */
const STORY_HEADLINE_TAGS = new Set(['h1', 'h2']);

/** Class words of the box that holds a story: "article", "story", "entry", "post" as parts of its class. */
const STORY_BOX_CLASS_PARTS = containsAnyPattern(['article', 'story', 'entry', 'post']);

/**
 * The page's links, read from its one walk: taxonomy asks the same few questions of every link (its `rel`, its
 * URL, which containers enclose it), which whole-document selectors would answer by re-walking every link's
 * ancestors once per selector.
 */
export class PageLinks {
  private readonly page: IndexedPage;
  private readonly anchors: Element[];
  private readonly inArticleContainer: (element: Element) => boolean;
  private readonly inTagList: (element: Element) => boolean;
  private readonly inMenu: (element: Element) => boolean;
  private readonly inWikiCategoryBox: (element: Element) => boolean;
  private readonly inHiddenCategoryBox: (element: Element) => boolean;
  private shownTexts: Set<string> | undefined;
  private crumbKeys: Set<string> | undefined;
  private linksByRel: { categories: readonly Element[]; tags: readonly Element[] } | undefined;
  private crumbParts: Element[] | undefined;
  private ownArticleRange: { start: number; end: number } | null | undefined;
  private nextStoryHeadline: number | null | undefined;
  /** The headline element of a page without an `<h1>`, null when none shows the title; see {@link headlineHeading}. */
  private titleElement: Element | null | undefined;
  /** Walk index of the nearest `<footer>` at or above each element, -1 where none is; see {@link closestFooter}. */
  private footerAbove: Int32Array | undefined;
  private readonly shownTitle: string | null;

  constructor(page: IndexedPage, shownTitle: string | null = null) {
    this.page = page;
    this.shownTitle = shownTitle;
    this.anchors = page.tagged('a');
    this.inArticleContainer = page.enclosure(isArticleContainer);
    this.inTagList = page.enclosure(namesTagList);
    // Rule "article's own header": the page header holds the site's menus; the article's own header holds its category
    // label. An article element marks a header as the article's, and so does the headline in it, on pages that set the
    // story in a plain box (`<section class="story"><header><div class="category"><a href="/farming">…</a></div><h1>`).
    const isPageHeader = (element: Element) => element.name === 'header' && !this.inArticleContainer(element) && !this.holdsHeadline(element);
    this.inWikiCategoryBox = page.enclosure((element) => containsPattern(element.attribs.class, WIKI_CATEGORY_BOX) || containsPattern(element.attribs.id, WIKI_CATEGORY_BOX));
    this.inHiddenCategoryBox = page.enclosure((element) => containsPattern(element.attribs.class, HIDDEN_CATEGORY_BOX));
    this.inMenu = page.enclosure((element) => element.name === 'nav' || isPageHeader(element) || containsPattern(element.attribs.class, MENU_CLASS_PARTS)
      || containsPattern(element.attribs.id, MENU_CLASS_PARTS));
  }

  /** The tag slugs WordPress writes into the post's article element's class (`tag-el-nino`), if it does. */
  postTagSlugs(): Set<string> {
    const post = this.page.tagged('article').find((article) => !this.page.isForeign(article));
    const classes = post?.attribs.class?.split(/\s+/) ?? [];
    return new Set(classes.filter((token) => token.startsWith(POST_TAG_CLASS)).map((token) => decodeSlug(token.slice(POST_TAG_CLASS.length))));
  }

  categoryLinks(): readonly Element[] {
    return this.relLinks().categories;
  }

  /** `rel="tag"` links that are not category links (WordPress marks categories `rel="category tag"`). */
  relTagLinks(): readonly Element[] {
    return this.relLinks().tags;
  }

  /**
   * The category and the tag links by their `rel`, sorted in one pass over the links: both lists are asked for, the
   * tags twice. Every ask gets the same lists, so they are read-only.
   */
  private relLinks(): { categories: readonly Element[]; tags: readonly Element[] } {
    if (!this.linksByRel) {
      const categories: Element[] = [];
      const tags: Element[] = [];
      for (const anchor of this.anchors) {
        const rel = anchor.attribs.rel?.toLowerCase();
        if (isCategoryLink(anchor, rel)) categories.push(anchor);
        else if (hasToken(rel, TAG_REL)) tags.push(anchor);
      }
      this.linksByRel = { categories, tags };
    }
    return this.linksByRel;
  }

  /**
   * Rule "the post's own box": blog platforms build the whole page of widgets, the post's as well (Blogger's
   * `<div class="widget Blog">` around the `hentry` post and its `post-footer` of labels), so a link there sits in a
   * region named as a sidebar's. A link whose nearest article container (`<article>`, `hentry`, `post`) comes before
   * any region of other items on the way up is the post's own, when that post stands alone: a sidebar's links have no
   * post around them, a teaser card's sit in a related box inside the post, and a widget's list of posts sets its
   * cards side by side, each with its own terms.
   */
  isInPostBox(link: Element): boolean {
    for (let current = link.parent; current && current.type === 'tag'; current = current.parent) {
      const element = current as Element;
      if (element.name === 'body') return false;
      if (isArticleContainer(element)) return !hasArticleSibling(element);
      if (opensForeignRegion(element)) return false;
    }
    return false;
  }

  /**
   * WordPress marks the menu item of the category the current post belongs to (`current-post-parent`): the one
   * menu entry that names this article's category rather than the site's sections.
   */
  postParentMenuItem(): string[] | null {
    const item = this.anchors.find((anchor) => {
      const parent = anchor.parent as Element | null;
      if (!parent || parent.type !== 'tag') return false;
      if (hasToken(parent.attribs.class, POST_PARENT_CLASS)) return true;
      const grandparent = parent.parent as Element | null;
      return parent.name === 'span' && grandparent?.type === 'tag' && hasToken(grandparent.attribs.class, POST_PARENT_CLASS);
    });
    const label = item ? this.page.shortText(item, MAX_LABEL_LENGTH) : null;
    return label ? [label] : null;
  }

  /**
   * Rule "labelled category list": CMSs outside WordPress print the article's categories as a line of links that a
   * label opens ("Kategorie: <a>Verkehr</a>, <a>Bauen</a>", "Categories: …"), in a box whose class names it. The
   * label says whose they are, so the line counts wherever it stands outside sidebars, menus and teaser lists.
   */
  labelledCategoryList(): string[] {
    const { elements, subtreeEnd, visibleChars } = this.page.walk;
    const classes = this.page.attributeOfAll('class');
    for (let index = 0; index < elements.length; index++) {
      if (visibleChars[index] === 0 || visibleChars[index] > MAX_CATEGORY_LINE_CHARS || !containsPattern(classes[index], CATEGORY_LABEL_PARTS)) continue;
      const text = this.page.shortTextAt(index, MAX_CATEGORY_LINE_CHARS);
      if (!text || !CATEGORY_LINE_LABEL.test(text) || this.page.isForeign(elements[index]) || this.inMenu(elements[index])) continue;
      return elements.slice(index, subtreeEnd[index]).filter((element) => element.name === 'a').map((link) => this.page.shortText(link, MAX_LABEL_LENGTH) ?? '');
    }
    return [];
  }

  /** The page's links into the wiki's category namespace, in its shown category box, in page order, without repeats. */
  wikiCategoryLinks(): string[] {
    // A namespace colon comes after the scheme's ("https:"): links without a later colon, most of them, skip the pattern.
    const links = this.anchors.filter((anchor) => {
      const href = anchor.attribs.href;
      return href !== undefined && href.indexOf(':', SCHEME_COLON_AT_MOST + 1) >= 0 && WIKI_CATEGORY_LINK.test(href) && this.inWikiCategoryBox(anchor) && !this.inHiddenCategoryBox(anchor);
    });
    const labels = uniqueLabels(links.map((link) => this.page.shortText(link, MAX_LABEL_LENGTH) ?? ''));
    return labels.length > MAX_WIKI_CATEGORIES ? [] : labels;
  }

  /**
   * Rule "category archive link": themes that do not mark category links `rel="category"` still point them into
   * the category archive ("Posted in <a href="/category/clubhouse/">Clubhouse</a>"). Such links after the headline,
   * outside sidebars, menus and sentences, file the article when the words before the first say so; before the
   * headline they are the site's menus. Only the page's links are looked at, by their address first.
   */
  categoryArchiveLinks(headlines: string[]): string[] {
    const candidates = this.anchors.filter((anchor) => anchor.attribs.href !== undefined && CATEGORY_ARCHIVE_PATH.test(anchor.attribs.href));
    if (candidates.length === 0) return [];
    const { position } = this.page.walk;
    const headline = this.headlineHeading(headlines);
    if (!headline) return [];
    const headlineAt = position.get(headline)!;
    const header = this.categoryRowOverHeadline(candidates, headline, headlineAt);
    if (header.length > 0) return header;
    // Rule "e107's category links" (see CATEGORY_ARCHIVE_PATH): an old portal prints the category's icon as a link
    // of its own before the labelled one ("<a href="news.php?cat.2"><img alt="Cultura"></a> … Categoria: <a
    // href="news.php?cat.2">Cultura</a>"); a link with no text is the picture, and the labelled link files the article.
    const { visibleChars } = this.page.walk;
    const links = this.preferInArticle(candidates.filter((anchor) => position.get(anchor)! > headlineAt && visibleChars[position.get(anchor)!] > 0 && !this.page.isForeign(anchor) && !this.inMenu(anchor) && !this.isInRunningText(anchor)));
    if (links.length === 0 || links.length > MAX_CATEGORY_ARCHIVE_LINKS || !isFiledUnder(links[0])) return [];
    return links.map((link) => this.page.shortText(link, MAX_LABEL_LENGTH) ?? '');
  }

  /**
   * Rule "category row in the article's header": news themes print the article's categories as a row of links into
   * the category archive over the headline, inside the article's own container (tagDiv's `<article><div
   * class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/arab/">`). Over the
   * headline such links are the site's menu, except inside the element that holds the article and its headline, in
   * a box the theme names for the categories: no theme sets its menu there. A lone link there is the kicker, which
   * names the section (rule "kicker names the section"); a row of them lists the categories the writer ticked.
   */
  private categoryRowOverHeadline(candidates: readonly Element[], headline: Element, headlineAt: number): string[] {
    const article = closest(headline.parent, isArticleContainer);
    if (!article) return [];
    const { position } = this.page.walk;
    const articleAt = position.get(article)!;
    const links = candidates.filter((anchor) => {
      const at = position.get(anchor)!;
      const box = anchor.parent?.type === 'tag' ? anchor.parent as Element : null;
      return at > articleAt && at < headlineAt && box !== null && this.namesCategoryRow(box) && !this.inMenu(anchor) && !this.page.isForeignBesideHeadline(anchor);
    });
    if (links.length < MIN_CATEGORY_ROW_LINKS || links.length > MAX_CATEGORY_ARCHIVE_LINKS) return [];
    return links.map((link) => this.page.shortText(link, MAX_LABEL_LENGTH) ?? '');
  }

  /** Whether the link's box, or the list its item sits in, is named for the article's categories. */
  private namesCategoryRow(box: Element): boolean {
    const list = box.name === 'li' && box.parent?.type === 'tag' ? box.parent as Element : null;
    return [box, list].some((element) => element !== null && containsPattern(element.attribs.class, CATEGORY_LABEL_PARTS));
  }

  /**
   * Rule "labelled tag line": themes without a tag-list class or a tag-archive path (tag links into a search,
   * `/etiquette/`, `/search/label/`) still print the article's tags as a line of links that a label opens
   * ("Schlagwörter: <a>…</a> | <a>…</a>", "<span>Étiquettes :</span> <a>…</a>"), or as a list or a box of links under
   * a heading ("<h4>Trefwoorden</h4><ul><li><a>…", "<h2>Related topics</h2><div><a>…"). The label says whose links
   * they are, so the line counts wherever it stands outside sidebars and menus, after the headline (site menus
   * under a "Themen" or "Topics" heading come before it), if it holds little besides its links. Only the links' own
   * parents are looked at, and only the text before their first link: no walk over the page.
   */
  labelledTagLine(headlines: string[]): string[] {
    const { elements, subtreeEnd, visibleChars, position } = this.page.walk;
    const headline = this.headlineHeading(headlines);
    const headlineAt = headline ? position.get(headline)! : -1;
    const seen = new Set<Element>();
    for (const anchor of this.anchors) {
      const line = anchor.parent as Element | null;
      if (!line || line.type !== 'tag' || seen.has(line)) continue;
      seen.add(line);
      const first = firstShownChild(line, this.page);
      const opens = this.opensWithLabel(first);
      // Rule "labelled list item": a list of the article's particulars gives its tags one item of its own, which the
      // label opens ("<li><strong>Schlagwörter</strong> <a>…</a>, <a>…</a></li>" next to "Drucken", "Feedback"):
      // that item is the line. An item without a label is one entry of a list, labelled from outside if at all.
      const list = line.name === 'li' && !opens ? line.parent as Element | null : null;
      const box = list ?? line;
      // A heading or a term over a box of bare links labels it from outside ("<h2>Related topics</h2><aside><a>…",
      // "<dt>Tags</dt><dd><a>…"): the box may be an <aside> of the article, and it is the label's place that says
      // whether it is the article's.
      // Only a box that opens with a link is a box of bare links; most links' parents are paragraphs of text.
      // Rule "term of the item's particulars": a description list's term labels a field of the item it describes,
      // beside the others ("<dt>Region</dt><dd>…</dd><dt>Topics</dt><dd><a>…</a>, <a>…</a></dd>"), so "Topics" there
      // names the item's topics, where a site's topic index is set under a heading; and report and publication pages
      // set that list in an <aside> by the text, which is the item's record, not a sidebar's widget.
      const heading = list || opens || (first as Element | undefined)?.name !== 'a' ? null : previousElement(line);
      const listLabel = list?.type === 'tag' ? labelOver(list) : null;
      const labelled = list?.type === 'tag'
        ? this.isLabelled(listLabel, true) || this.isLabelled(list.children.find(isTagElement), true)
        : opens || this.isLabelled(heading, heading?.name !== 'dt');
      const named = [box, box.parent].find(namesTagsByAria);
      if (!labelled && !named) continue;
      // A box its own label names may be a <nav>, printed label or not (Wix's `<nav aria-label="Tags"><p>Tags :</p>
      // <ul>…`): the place around it says whether it is the article's.
      const place = named?.parent?.type === 'tag' ? named.parent as Element : box;
      const start = position.get(box);
      const label = heading ?? place;
      const foreign = this.page.isForeign(label) && (label.name !== 'dt' || hasAncestor(label, opensForeignRegion));
      if (start === undefined || start < headlineAt || foreign || (this.inMenu(place) && !this.isKeywordsSideBox(place, listLabel))) continue;
      // Under a label of its own, each tag may sit in a box of its own ("<p>Tags</p><div><a>…</a></div><div><a>…"):
      // the run of like boxes after the label holds them all.
      const boxes = heading ? siblingRun(box) : [box];
      const inside: Element[] = [];
      let prose = 0;
      for (const part of boxes) {
        const at = position.get(part)!;
        const links = elements.slice(at, subtreeEnd[at]).filter((element) => element.name === 'a');
        prose += visibleChars[at] - links.reduce((sum, link) => sum + visibleChars[position.get(link)!], 0);
        // A link to a place on the page itself ("#comments": "2 comments") is the line's other field, not a tag.
        for (const link of links) if (!link.attribs.href?.trim().startsWith('#')) inside.push(link);
      }
      if (inside.length > MAX_TAG_LINKS || prose > MAX_TAG_LINE_PROSE_CHARS) continue;
      return inside.map((link) => this.page.shortText(link, MAX_LABEL_LENGTH) ?? '');
    }
    return [];
  }

  /**
   * Rule "keywords in a side box named menu": SPIP's templates, and the sites built on them, name every box of the side
   * column `menu`, the article's keywords among them ("<div class="menu"><h2>Mots-clés</h2><ul><li><a>Communs</a>…"),
   * beside "Dans la même rubrique". A site's menu is headed by no tag label; a box that the tag label's heading opens,
   * the list under it, and no menu around it, is the article's keywords whatever its class. `label`: the element the
   * list's label was read from.
   */
  private isKeywordsSideBox(list: Element, label: Element | null): boolean {
    const box = list.parent;
    if (!label || !LOWER_HEADING_TAGS.has(label.name) || label.parent !== box || box?.type !== 'tag') return false;
    const holder = box as Element;
    return holder.name !== 'nav' && holder.children.find(isTagElement) === label && containsPattern(holder.attribs.class, MENU_CLASS_PARTS)
      && !(holder.parent?.type === 'tag' && this.inMenu(holder.parent as Element));
  }

  /** Whether a line's first shown child, before any link, is a tag label: a text or an element holding one. */
  private opensWithLabel(first: Element['children'][number] | undefined): boolean {
    if (!first) return false;
    if (first.type === 'text') {
      const text = (first as unknown as { data: string }).data.trim();
      return text.length <= MAX_TAG_LINE_LABEL_CHARS && TAG_LINE_LABEL.test(text);
    }
    return this.isLabelled(first as Element);
  }

  /**
   * Whether the element is a label holder whose whole text is a tag label. Over a list (`overList`), a heading that
   * says "Themen" or "Topics" is more often a site index in a footer than the article's tags, and does not count.
   * Rule "topics in the headline's box": a column or a story that closes with its topics under such a heading, in
   * the very box that holds its headline ("<div class="article"><h1>…</h1>…<div><h2>Topics</h2><ul><li><a>…"), names
   * its own; a site's index stands outside the story's box, in the footer or under it. A headline set straight in
   * the page's <body>, or in a wrapper of the whole page, has no box of the story's.
   */
  private isLabelled(node: Element['children'][number] | null | undefined, overList = false): boolean {
    if (!node || node.type !== 'tag' || !LABEL_HOLDERS.has((node as Element).name)) return false;
    const text = this.page.shortText(node as Element, MAX_TAG_LINE_LABEL_CHARS);
    return text !== null && TAG_LINE_LABEL.test(text) && !(overList && SITE_INDEX_HEADING.test(text) && !this.isInStoryBox(node as Element));
  }

  /**
   * Inside the box that holds the headline, where that box is the story's: the article element or a box its class
   * names the article's or the story's (`nr-article`, `story-body`), not the page's body or a wrapper of the whole
   * page (a screen-reader headline set first in `#wrapperInner`).
   */
  private isInStoryBox(element: Element): boolean {
    const box = this.page.headlineElement()?.parent;
    if (box?.type !== 'tag' || (box as Element).name === 'body') return false;
    const holder = box as Element;
    return (isArticleContainer(holder) || containsPattern(holder.attribs.class, STORY_BOX_CLASS_PARTS)) && this.isInHeadlineBox(element);
  }

  /**
   * Rule "category label": themes outside WordPress's `rel="category"` print the article's category as one link in
   * a box named for it, by the headline ("<p class="cate"><a>Domestic</a></p>"). Only a box holding a single link
   * counts (a box of several is a category menu or index), and only a link that leads somewhere (a search box's tab
   * `<li id="searchTopics"><a href="#">` is a control), outside foreign regions, site menus and the page header
   * (the article's own header is where the label sits), and only up to the headline: a category link after it is
   * "more from this category" or a field of the story's subject (an infobox's "Industry" cell). The first one on
   * the page is the article's, later ones label teasers.
   * Rule "kicker links a tag": a kicker that leads into the tag archive and repeats one of the article's tags
   * (`<div class="category"><a href="/tag/klima">Klima</a>`) is that tag's topic page, not a folder. Sites also tag a
   * story with its section's name, so a kicker into a folder of its own (`<a href="/sport">Sport</a>` over a tag list
   * with `<a href="/tag/sport">#sport</a>`) still names the section.
   * Rule "primary tag": platforms without categories let the writer mark one tag primary, list it first among the
   * article's tags and print it as the kicker (Ghost's `<span class="post-card-primary-tag"><a href="/tag/water-policy/">`
   * over `article:tag` "Water Policy", "Agriculture"): a kicker into the tag archive that repeats the first tag is the
   * folder the platform files the story under, and names the section; one that repeats a later tag is that tag. A
   * lone tag is primary among nothing: the kicker may be where it was read from.
   * Rule "kicker by its address": custom portals name the label's box in words of their own ("nd_cat", "post-cat",
   * "news-section", a table cell "cat_name") or not at all, and set it right over the headline
   * (`<div class="nd_cat"><a href="/cat/3">Economy</a></div><div class="nd_title"><h2>…`). There the box's place and
   * its one link's address into a section folder (`/cat/3`, `/section/economy`, `index.php?cat=2`) say what it is;
   * a teaser's link leads to a story and a menu holds many links.
   * Rule "section box over the headline": the box right over the headline may be named for the section in a compound
   * of the theme's own (`section-label`, `article_section`, `badge section-badge`, `art-cat`) and link the section's folder by a
   * bare slug (`/world`, `/local`). "Section" alone names any box of a page, but right over the headline and holding
   * one link it names the story's.
   * Rule "unlinked label the menu names": old table templates print the section in that box as plain text
   * (`<div class="catname">Local</div>` over the story's table), no link to read. The box's name alone is not enough,
   * as a box named for the category holds anything; its whole text repeating an item of the site's menu (`<a
   * href="/cat.asp?id=2">Local</a>`), which lists the site's sections, says it is one. Read only on a page that shows
   * no breadcrumb trail: a trail names the article's folders in links, the outer ones too, which the one label would
   * stand in for. Korean and Japanese portals set it so in the section box right over the headline (`<div
   * class="sec">사회</div>`, `<span class="section">社会</span>`), which rule "section box over the headline" reads.
   * Rule "section field in the row over the headline": portals set the section as one field of a meta row right over
   * the headline, beside the time (`<div class="art-info"><span class="section"><a href="/zpravy/kolin">Kolín</a></span>
   * <span class="time">dnes 9:41</span></div>`); a field named for the section inside that row, the row's one link, is
   * read as the box itself would be. A row of two links sets a topic beside the section ("Sociedad / Educación", the
   * second classed "section"), and this rule leaves it alone.
   */
  categoryLabel(headlines: string[], tags: readonly string[]): string[] {
    const { elements, subtreeEnd, position } = this.page.walk;
    const headline = this.headlineHeading(headlines);
    if (!headline) return [];
    const headlineAt = position.get(headline)!;
    const classes = this.page.attributeOfAll('class');
    const over = this.boxOverHeadline(headline) ?? sectionBoxOverPost(headline, classes, position);
    const overAt = over ? position.get(over)! : -1;
    const ids = this.page.attributeOfAll('id');
    const overLinks = over ? elements.slice(overAt, subtreeEnd[overAt]).filter((element) => element.name === 'a').length : 0;
    // A label counts only up to the headline, and the first box that can be one decides: the loop ends there.
    for (let index = 0; index < headlineAt; index++) {
      const names = containsPattern(classes[index], CATEGORY_LABEL_PARTS) || containsPattern(ids[index], CATEGORY_LABEL_PARTS) || hasToken(classes[index], CATEGORY_LABEL_TOKENS)
        || (classes[index] !== undefined && CATEGORY_LABEL_PART_WORD.test(classes[index]!));
      const fieldOver = overLinks === 1 && index > overAt && index < subtreeEnd[overAt] && containsPattern(classes[index], SECTION_BOX);
      if ((!names && index !== overAt && !fieldOver) || this.page.isForeign(elements[index]) || this.inMenu(elements[index])) continue;
      // A box that holds the headline is the article's wrapper (WordPress's `<article class="category-science">`).
      if (subtreeEnd[index] > headlineAt) continue;
      const inside = elements.slice(index, subtreeEnd[index]).filter((element) => element.name === 'a');
      const sectionBoxOver = index === overAt && containsPattern(classes[index], SECTION_BOX);
      if (inside.length === 0 && (names || sectionBoxOver) && this.breadcrumbParts().length === 0) {
        const text = this.page.shortTextAt(index, MAX_LABEL_LENGTH);
        if (text && this.namesMenuItem(text)) return [text];
        // Rule "unlinked trail in the category box": a table layout prints the story's folders in that box as a
        // plain trail ("<td class="cat"><font>اقتصادي &gt; شهرستانها</font></td>"), rows above the headline; the
        // innermost crumb, an item of the site's menu, is the section, as a linked trail's last crumb is.
        const crumb = text && names ? PLAIN_TRAIL.exec(text)?.[1] : undefined;
        if (crumb && this.namesMenuItem(crumb)) return [crumb];
        const label = text && index === overAt ? namedSectionLabel(classes[index], text) : null;
        if (label) return [label];
      }
      // Rule "plain kicker named in the menu": a table layout sets the section as a grey line of plain text right over
      // the headline, with no link and no class (`<font color="#666666">Economie</font><br>`); where the menu over it
      // links the same word, in a marked menu or a bare row of links before the headline, the line is the section the
      // menu files the story under, not a kicker's label; a line set in capitals takes the menu's spelling.
      if (index === overAt && !names && !sectionBoxOver && inside.length === 0 && this.breadcrumbParts().length === 0) {
        const text = this.page.shortTextAt(index, MAX_LABEL_LENGTH);
        const linked = text && PLAIN_SECTION_NAME.test(text) ? this.linkedBefore(text, index) : null;
        if (linked) return [SET_IN_CAPITALS.test(text!) ? linked : text!];
      }
      if (inside.length > 1) {
        const trail = names && !this.inMenu(inside[0]) && this.breadcrumbParts().length === 0 ? this.folderTrail(inside) : [];
        if (trail.length > 0) return trail;
        continue;
      }
      if (inside.length !== 1) continue;
      const href = inside[0].attribs.href ?? '#';
      const label = href.startsWith('#') ? null : this.page.shortText(inside[0], MAX_LABEL_LENGTH);
      const intoTags = TAG_ARCHIVE_PATH.test(href);
      const primaryTag = intoTags && label !== null && tags.length >= MIN_PRIMARY_TAG_LIST && sameLabel(tags[0], label);
      if (!names && !primaryTag && !SECTION_FOLDER_ADDRESS.test(href) && !containsPattern(classes[index], SECTION_BOX) && !this.isMenuFolder(href, index)) continue;
      return label && (primaryTag || !(intoTags && tags.some((tag) => sameLabel(tag, label)))) ? [this.menuSpelling(href, label)] : [];
    }
    return this.sectionOpeningRowUnder(headline);
  }

  /**
   * Rule "kicker trail": a kicker may name the section's parent folder before it, each a link of its own ("<div
   * class="kicker"><a href="/news/">News</a> / <a href="/news/politics/">Politics</a></div>"), a breadcrumb trail in
   * all but its name. In a box named for the category or kicker, links whose folders each nest in the one before are
   * that trail, widest first; a link to the home page may open it. Links that do not nest are a row of categories or a
   * menu, which this rule leaves alone; an unnamed box's links are a trail only by its shape (see `breadcrumbParts`).
   */
  private folderTrail(links: readonly Element[]): string[] {
    const labels = this.nestedFolderLabels(links);
    return labels.length >= 2 && labels.length <= MAX_KICKER_TRAIL_LINKS ? labels : [];
  }

  /** The links' labels when each link's folder nests in the one before, a link home allowed first; empty otherwise. */
  private nestedFolderLabels(links: readonly Element[]): string[] {
    const labels: string[] = [];
    let parent: string | null = null;
    for (const [at, link] of links.entries()) {
      const path = linkPath(link.attribs.href);
      if (at === 0 && path === null && HOME_PAGE_LINK.test(link.attribs.href ?? '')) continue;
      const label = this.page.shortText(link, MAX_LABEL_LENGTH);
      if (path === null || !path.startsWith('/') || !label || (parent !== null && !path.startsWith(`${parent}/`))) return [];
      labels.push(label);
      parent = path;
    }
    return labels;
  }

  /**
   * Rule "section opening the row under the headline": themes that print no kicker set the section as the first field
   * of the particulars row under the headline (`<div class="meta"><a href="/politics">Politics</a> | 3 December 2026 |
   * By Jane Miller</div>`). A link that opens that row, with more of the row after it, and leads to a folder the site's
   * menu links by the same bare slug is the section, as such a link over the headline is (rule "kicker the menu
   * links"); a writer's link leads to an author page, a date's to an archive of days, neither a menu's folder.
   */
  private sectionOpeningRowUnder(headline: Element): string[] {
    const row = this.boxUnderHeadline(headline);
    if (!row || this.page.isForeign(row) || this.inMenu(row)) return [];
    const linked = this.sectionLinkOpeningRow(row);
    if (linked.length > 0) return linked;
    const field = this.categoryFieldIn(row);
    return field ? [field] : [];
  }

  /** The section the link that opens the row under the headline names (see {@link sectionOpeningRowUnder}). */
  private sectionLinkOpeningRow(row: Element): string[] {
    let first = firstShownChild(row, this.page);
    // The link may sit in a span of its own ("<span class="cat"><a …>Politics</a></span> | …").
    if (first?.type === 'tag' && (first as Element).name !== 'a' && (first as Element).children.length === 1) first = (first as Element).children[0];
    if (first?.type !== 'tag' || (first as Element).name !== 'a') return [];
    const link = first as Element;
    const href = link.attribs.href ?? '';
    const label = this.page.shortText(link, MAX_LABEL_LENGTH);
    const rowText = this.page.shortText(row, MAX_PARTICULARS_ROW_CHARS);
    if (!label || !rowText || rowText.length <= label.length || !this.isMenuFolder(href, this.page.walk.position.get(row)!)) return [];
    return [this.menuSpelling(href, label)];
  }

  /**
   * Rule "category field under the headline": a news extension prints the item's category as a plain field of the row
   * under the headline, classed as such and linked nowhere (TYPO3's tx_news: `<span class="news-list-category">Politik
   * </span>` between the date and the writer). A field whose class names a category and whose whole text is the name of
   * a link in the site's menu is the section. Portals name the field as they name the section's box over the headline
   * (SECTION_BOX: `<span class="news-cat"><a href="/ekonomika/">Ekonomika</a></span>` after the date), and may link it.
   */
  private categoryFieldIn(row: Element): string | null {
    const { elements, subtreeEnd } = this.page.walk;
    const classes = this.page.attributeOfAll('class');
    const at = this.page.walk.position.get(row);
    // A row of particulars is a line: a long box under the headline is the story itself, whose category boxes are its
    // own.
    if (at === undefined || !this.page.shortText(row, MAX_PARTICULARS_ROW_CHARS)) return null;
    for (let index = at + 1; index < subtreeEnd[at]; index++) {
      if (elements[index].name === 'a' || !(containsPattern(classes[index], CATEGORY_LABEL_PARTS) || containsPattern(classes[index], SECTION_BOX))) continue;
      const text = this.page.shortText(elements[index], MAX_LABEL_LENGTH)?.replace(CATEGORY_FIELD_LABEL, '');
      if (text && this.namesMenuItem(text)) return text;
    }
    return null;
  }

  /**
   * Rule "kicker in capitals": a theme sets the kicker over the headline in capitals ("KITAIFA", "POLITICS") where its
   * menu names the same folder as the section is written ("Kitaifa"); the label is the section's name as the menu
   * writes it. A kicker with any lowercase letter is written as the newsroom spells it, and stays.
   */
  private menuSpelling(href: string, label: string): string {
    if (label === label.toLowerCase() || label !== label.toUpperCase()) return label;
    for (const anchor of this.anchors) {
      if (anchor.attribs.href !== href || !this.inMenu(anchor)) continue;
      const text = this.page.shortText(anchor, MAX_LABEL_LENGTH);
      if (text && text !== label && text.toUpperCase() === label) return text;
    }
    return label;
  }

  /**
   * Rule "kicker the menu links": utility and hashed classes name neither the box over the headline nor the menu, but
   * the site's menu, printed before the story, links each section's folder by a bare slug (`/wirtschaft/`, `/news`),
   * or under the folder all sections share (`/seccion/cultura`), and the kicker links the story's section the same
   * way. The one link right over the headline whose folder address a link before it already points to is the section;
   * a story's address is a sentence of words, or carries an id.
   */
  private isMenuFolder(href: string, kickerAt: number): boolean {
    if (!BARE_FOLDER_ADDRESS.test(href)) return false;
    const { position } = this.page.walk;
    return this.anchors.some((anchor) => position.get(anchor)! < kickerAt && anchor.attribs.href === href);
  }

    /** Whether a link of the site's menus has the label as its whole text. */
  /**
   * The text of a link before the walk position that shows the label, in a menu or not (see rule "plain kicker named
   * in the menu"): the menu's own spelling of a label the kicker sets in capitals ("CIDADES" for "Cidades").
   */
  private linkedBefore(label: string, before: number): string | null {
    const { position } = this.page.walk;
    for (const anchor of this.anchors) {
      if (position.get(anchor)! >= before) break;
      const text = this.page.shortText(anchor, MAX_LABEL_LENGTH) ?? '';
      if (sameLabel(text, label)) return text;
    }
    return null;
  }

  private namesMenuItem(label: string): boolean {
    return this.anchors.some((anchor) => this.inMenu(anchor) && sameLabel(this.page.shortText(anchor, MAX_LABEL_LENGTH) ?? '', label));
  }

  /** The element right under the headline: the one after it, or after the wrappers it alone fills. */
  private boxUnderHeadline(headline: Element): Element | null {
    return this.boxBesideHeadline(headline, nextElement);
  }

  /**
   * The element right over the headline: the one before it, or before the wrappers it alone fills (`<div
   * class="nd_title"><h2>…</h2></div>`, a layout table's `<tr><td><font class="title">…</font></td></tr>`).
   */
  private boxOverHeadline(headline: Element): Element | null {
    let over = this.boxBesideHeadline(headline, previousElement);
    // Rule "line break under the section": old font layouts end the section's label with a <br> before the
    // headline (`<font class="section">الرأي</font><br><font class="title">…`); a break is no box.
    while (over?.name === 'br') over = previousElement(over);
    return over && this.isColumnistBox(over) ? boxBefore(over) ?? over : over;
  }

  /**
   * Rule "columnist box under the section": opinion pages set the columnist's box, a head shot and the name linked to
   * the writer's page, between the section's label and the column's headline (`<div class="art-cat"><a>مقالات</a></div>
   * <div class="writer-head"><img><a href="/writer/3412">…</a></div><h1>`); the box over the headline is then the one
   * over the columnist's, or over the wrapper the columnist's box opens (`<div class="section-head">…</div><div
   * class="article-wrap"><div class="author-strip">…</div><h1>`). A short box whose every link goes to a writer's
   * page is such a box.
   */
  private isColumnistBox(box: Element): boolean {
    const { elements, position, subtreeEnd, visibleChars } = this.page.walk;
    const at = position.get(box);
    if (at === undefined || visibleChars[at] > MAX_COLUMNIST_BOX_CHARS) return false;
    const links = elements.slice(at, subtreeEnd[at]).filter((element) => element.name === 'a');
    return links.length > 0 && links.every((link) => isWriterPageHref(link.attribs.href));
  }

  /** The sibling `step` finds of the headline, or of the innermost wrapper the headline alone fills that has one. */
  private boxBesideHeadline(headline: Element, step: (element: Element) => Element | null): Element | null {
    const { position, visibleChars } = this.page.walk;
    const chars = visibleChars[position.get(headline)!];
    for (let current: Element | null = headline; current?.type === 'tag'; current = current.parent as Element | null) {
      const at = position.get(current);
      if (at === undefined || visibleChars[at] !== chars) return null;
      const beside = step(current);
      if (beside) return beside;
    }
    return null;
  }

  /** Whether the element holds the page's headline (see {@link headlineHeading}). */
  private holdsHeadline(element: Element): boolean {
    const { position, subtreeEnd } = this.page.walk;
    const headline = this.headlineHeading([]);
    const start = position.get(element);
    const at = headline ? position.get(headline) : undefined;
    return start !== undefined && at !== undefined && at > start && at < subtreeEnd[start];
  }

  /**
   * The `<h1>` that holds the article's headline: the one with the longest text the stated headline (JSON-LD,
   * `og:title`) contains, else the first. Sites set their logo as the first `<h1>` too, and `og:title` may add the
   * site's name, which the logo's text matches: the longest match is the headline.
   * Rule "shown headline stands in": a page that states no headline still shows one, and the title read from the
   * page tells the headline's `<h1>` from the logo's just as well.
   * Rule "headline outside an h1": a page with no `<h1>` sets its headline in a lower heading or a styled box
   * (`<div class="nd_title"><h2>…</h2></div>`, a table portal's `<font class="art_title">`); the innermost element
   * whose whole text is the title read from the page is the headline.
   */
  private headlineHeading(headlines: string[]): Element | undefined {
    const headings = this.page.tagged('h1');
    if (headings.length === 0) {
      if (this.titleElement === undefined) this.titleElement = this.elementOfShownTitle();
      return this.titleElement ?? undefined;
    }
    const cues = headlines.length === 0 && this.shownTitle ? [this.shownTitle] : headlines;
    const stated = cues.filter((headline) => headline.length <= MAX_STATED_HEADLINE_LENGTH).map((headline) => headline.toLowerCase());
    let named: Element | undefined;
    let namedLength = 0;
    for (const heading of headings) {
      const text = this.page.shortText(heading, MAX_HEADLINE_LENGTH)?.toLowerCase();
      if (text && text.length > namedLength && stated.some((headline) => headline.includes(text))) {
        named = heading;
        namedLength = text.length;
      }
    }
    if (named) return named;
    // Rule "site's name in the h1": blog templates (Movable Type's, WordPress's older ones) set the site's name in the
    // page's one h1, a link to the home page, and the post's headline in an h2; where every h1 is such a link and none
    // reads as the headline, the element that shows the title is the headline, and the h1 only where none does.
    if (!headings.every((heading) => this.linksHome(heading))) return headings[0];
    if (this.titleElement === undefined) this.titleElement = this.elementOfShownTitle();
    return this.titleElement ?? headings[0];
  }

  /** Whether the heading's text is all one link, to the site's home page. */
  private linksHome(heading: Element): boolean {
    const links = heading.children.filter((child): child is Element => child.type === 'tag' && child.name === 'a');
    return links.length === 1 && HOME_PAGE_LINK.test(links[0].attribs.href ?? '') && this.page.shortText(links[0], MAX_HEADLINE_LENGTH) === this.page.shortText(heading, MAX_HEADLINE_LENGTH);
  }

  /** The innermost body element whose text is the shown title, found by its count of visible characters first. */
  private elementOfShownTitle(): Element | null {
    const title = this.shownTitle === null ? '' : normalizeSpace(this.shownTitle);
    if (title === '' || title.length > MAX_HEADLINE_LENGTH) return null;
    const { elements, visibleChars, subtreeEnd, inBody, hasBody } = this.page.walk;
    const chars = countVisible(title);
    let found = -1;
    for (let index = 0; index < elements.length && (found < 0 || index < subtreeEnd[found]); index++) {
      if (visibleChars[index] !== chars || (hasBody && inBody[index] !== 1)) continue;
      if (this.page.shortTextAt(index, MAX_HEADLINE_LENGTH) === title) found = index;
    }
    return found < 0 ? null : elements[found];
  }

  /**
   * The links of the page's breadcrumb trail (a container whose class, id or microdata type names a breadcrumb),
   * without the link to the home page. A "breadcrumb" container holding many links is a layout wrapper.
   */
  breadcrumbLabels(ownPaths: ReadonlySet<string> = new Set()): string[] {
    // Rule "writer's crumb": themes file a post under its writer's archive in the trail ("Home › Columns › Jane Doe"),
    // which is the byline, not a folder of topics. A script link beside the trail ("drucken") is a button.
    // Rule "crumb of the page itself": themes that link every crumb close the trail with a link to the article, under
    // a short title of its own ("Local » Porto » Orçamento municipal"); a crumb that leads to the page's own address
    // is the page, not a folder it sits in.
    return this.breadcrumbParts().filter((element) => {
      const path = element.name === 'a' ? linkPath(element.attribs.href) : null;
      return path !== null && !ownPaths.has(path) && !isAuthorPageLink(element.attribs.href) && !SCRIPT_LINK.test(element.attribs.href!);
    })
      .map((link) => this.page.shortText(link, MAX_LABEL_LENGTH) ?? '');
  }

  /**
   * The labels of the trail's crumbs that lead to a folder the page's own address sits in ("/avis-de-deces" above
   * "/avis-de-deces/jeanne-roux-4821"). Rule "the page's own folder": such a crumb is a folder whatever its words, also
   * where the headline opens with them, as a notice's headline opens with its genre ("Avis de décès de …",
   * "Traueranzeige von …"); the crumb that repeats the headline leads to the page itself, not to a folder above it.
   */
  ownFolderCrumbLabels(ownPaths: ReadonlySet<string>): string[] {
    return this.breadcrumbParts().filter((element) => {
      const path = element.name === 'a' ? linkPath(element.attribs.href) : null;
      return path !== null && [...ownPaths].some((own) => own.startsWith(`${path}/`));
    })
      .map((link) => this.page.shortText(link, MAX_LABEL_LENGTH) ?? '');
  }

  /**
   * The elements inside the page's breadcrumb container; none when it has none. A container holding more links than
   * a trail is a layout wrapper whose class only mentions breadcrumbs (a body's "genesis-breadcrumbs-visible"), and
   * the trail is looked for inside it.
   */
  private breadcrumbParts(): Element[] {
    this.crumbParts ??= this.findBreadcrumbParts();
    return this.crumbParts;
  }

  private findBreadcrumbParts(): Element[] {
    const { elements, subtreeEnd } = this.page.walk;
    const classes = this.page.attributeOfAll('class');
    const ids = this.page.attributeOfAll('id');
    let linksBefore: number[] | undefined;
    for (let index = 0; index < elements.length; index++) {
      if (!namesBreadcrumb(elements[index], classes[index], ids[index])) continue;
      // Links are counted once for the page: wrappers nested a thousand deep, each naming breadcrumbs, would
      // otherwise each count the links of everything inside them.
      linksBefore ??= linkCountsBefore(elements);
      if (linksBefore[subtreeEnd[index]] - linksBefore[index + 1] <= MAX_CRUMBS) return elements.slice(index + 1, subtreeEnd[index]);
    }
    return this.trailByShape();
  }

  /**
   * Rule "trail by its shape": a template whose class names say nothing we know (utility classes, hashed module
   * names, a word of its own language: "bread", "path") still shows its trail as every trail looks: a short line
   * just above the headline, of two to {@link MAX_CRUMBS} links, the first to the home page, joined by the marks
   * trails use ("/", "»", ">", "›", "→" and their mirror images for right-to-left pages) or set as an ordered list,
   * with no other words. A menu sets no such marks between its links; a row joined by "|" is a menu of the footer's
   * kind, and is left alone. The line may be a `<nav>` of its own that sets the links themselves (a trail is navigation
   * too), but none inside a menu; a `<nav>` around boxes of links is a menu.
   */
  private trailByShape(): Element[] {
    const headlineAt = this.page.firstAfterHeadline() - 1;
    if (headlineAt < 0) return this.trailOverShownHeadline();
    return this.trailAbove(headlineAt);
  }

  /**
   * Rule "trail over a headline outside an h1": table templates set the headline in a styled box (`<div
   * class="titre_article">`) and the trail right above it ("الرئيسية > جهات"); the trail is looked for above the
   * element that shows the title (see {@link headlineHeading}).
   */
  private trailOverShownHeadline(): Element[] {
    const headline = this.headlineHeading([]);
    const at = headline ? this.page.walk.position.get(headline) : undefined;
    return at === undefined ? [] : this.trailAbove(at);
  }

  private trailAbove(headlineAt: number): Element[] {
    const { elements, subtreeEnd, visibleChars } = this.page.walk;
    for (let index = headlineAt - 1; index >= Math.max(0, headlineAt - MAX_ELEMENTS_ABOVE_HEADLINE); index--) {
      if (subtreeEnd[index] > headlineAt || visibleChars[index] === 0 || visibleChars[index] > MAX_TRAIL_CHARS) continue;
      const parts = elements.slice(index + 1, subtreeEnd[index]);
      const links = parts.filter((element) => element.name === 'a');
      const line = elements[index];
      const outside = line.name === 'nav' && line.children.some((child) => isTagElement(child) && (child as Element).name === 'a') ? line.parent : line;
      if (links.length < 2 || links.length > MAX_CRUMBS || (outside?.type === 'tag' && this.inMenu(outside as Element) && !opensWithTrailLabel(line))) continue;
      const home = links[0];
      if (linkPath(home.attribs.href) !== null && !isHomeCrumb(this.page.shortText(home, MAX_LABEL_LENGTH) ?? '')) continue;
      // Rule "trail of nested folders": a list that draws the trail's marks with its stylesheet prints none between its
      // links (`<ul><li><a href="/">Startseite</a></li><li><a href="/inland/">Inland</a></li><li><a
      // href="/inland/innenpolitik/">Innenpolitik</a></li></ul>`); after the home link, two links or more whose folders
      // each nest in the one before are a trail as marks would make one, where a menu's folders stand side by side.
      if (isTrailLine(line) || this.nestedFolderLabels(links.slice(1)).length >= 2) return parts;
    }
    return [];
  }

  /**
   * Whether the article shows the label: as a link inside the article container, outside its foreign regions and
   * its sentences (a word of the text linked to its section is a mention), or as a crumb of the trail, linked or not
   * (themes print the innermost folder as plain text: "Inicio › Venezuela › Ciudad").
   */
  showsLabel(label: string): boolean {
    // The crumbs are read once for every label asked about: a stated list may name thousands of sections.
    this.crumbKeys ??= new Set(this.crumbTexts().map(labelKey));
    return this.linksLabel(label) || this.crumbKeys.has(labelKey(label));
  }

  /** Whether the article shows the label as a link of its own: inside the article container, outside foreign regions and sentences. */
  linksLabel(label: string): boolean {
    this.shownTexts ??= new Set(this.anchors.filter((anchor) => this.inArticleContainer(anchor) && !this.page.isForeign(anchor) && !this.isInRunningText(anchor))
      .map((anchor) => (this.page.shortText(anchor, MAX_LABEL_LENGTH) ?? '').toLowerCase()));
    return this.shownTexts.has(label.trim().toLowerCase());
  }

  /**
   * The words the page links a folder under (`<a href="/economy">اقتصاد</a>` for "economy"): a link whose address
   * ends in that folder and whose text spells it ("Política" for "politica"), wherever it stands, else the text of
   * the first such link outside foreign regions, which may name it in the page's own language; null when none leads
   * there. A link outside may word it as a call ("Más de Política"), which only a spelling match overrules. A menu
   * set in capitals ("SAMFUND") shows the name styled, not as it is written.
   */
  folderLabel(slug: string): string | null {
    const ending = `/${slug.toLowerCase()}`;
    const letters = spelledAsDomain(slug);
    let first: string | null = null;
    for (const anchor of this.anchors) {
      const path = linkPath(anchor.attribs.href)?.toLowerCase();
      if (!path?.endsWith(ending)) continue;
      const text = this.page.shortText(anchor, MAX_LABEL_LENGTH);
      if (!text || SET_IN_CAPITALS.test(text)) continue;
      if (spelledAsDomain(text) === letters) return text;
      if (first === null && !this.page.isForeign(anchor)) first = text;
    }
    return first;
  }

  /**
   * Rule "unlinked folder after the trail's links": hand-made templates close the trail on the innermost folder as
   * bare text after the last mark, no element of its own ("<a>Home</a> &gt; <a>News</a> &gt; March", March a town
   * the paper files its news under). It is a folder where the site's menu links the same words elsewhere on the
   * page (the left column's "March" among the news sections); bare text that repeats the headline is the page, and
   * is left to the headline's test. A tag link of the same words ("Toruń" among the tags under "Region » Toruń") names
   * a topic of the story, which says nothing of the site's folders.
   */
  unlinkedFolderCrumb(): string | null {
    const parts = this.breadcrumbParts();
    const line = parts[0]?.parent;
    if (!line || !isTagElement(line)) return null;
    const last = (line as Element).children.findLast((child) => isTagElement(child) || (child.type === 'text' && (child as unknown as { data: string }).data.trim() !== ''));
    const crumb = last?.type === 'text' ? UNLINKED_LAST_CRUMB.exec(normalizeSpace((last as unknown as { data: string }).data))?.[1] : undefined;
    if (!crumb) return null;
    const key = labelKey(crumb);
    const inTrail = new Set(parts);
    return this.anchors.some((anchor) => !inTrail.has(anchor) && !TAG_ARCHIVE_PATH.test(anchor.attribs.href ?? '') && labelKey(this.page.shortText(anchor, MAX_LABEL_LENGTH) ?? '') === key) ? crumb : null;
  }

  /** The text of each crumb in the trail, linked or not, in order, without the home page. */
  crumbTexts(): string[] {
    return this.breadcrumbParts().filter((element) => !element.children.some(isTagElement))
      .map((element) => this.page.shortText(element, MAX_LABEL_LENGTH) ?? '')
      .filter((text) => text !== '' && !isHomeCrumb(text));
  }

  /**
   * Links into the tag archive, outside the page header and running text. When some sit inside the article
   * element, only those count: the others are the site's topic menus (a script-less fallback menu, a footer index).
   * Rule "article's own footer": a `<footer>` inside the article element closes the story itself with its topic
   * list, unlike the page footer, which holds the site's index.
   */
  tagArchiveLinks(writers: readonly string[] = [], headlines: string[] = []): string[] {
    // The trail's links are the folders the page sits in, which the trail is read for as such.
    const crumbs = new Set(this.breadcrumbParts());
    let links = this.anchors.filter((anchor) => {
      const href = anchor.attribs.href;
      return href !== undefined && TAG_ARCHIVE_PATH.test(href) && !crumbs.has(anchor) && (!this.page.isForeign(anchor) || this.page.isForeignOnlyAsBuilderModule(anchor) || this.isInArticleFooter(anchor))
        && !hasAncestor(anchor, (element) => element.name === 'header') && !this.isInRunningText(anchor) && !isInAuthorBox(anchor) && !isInPager(anchor)
        && !this.isUnderTopicIndexHeading(anchor);
    });
    links = this.withoutCreditRows(links, writers);
    links = this.afterHeadline(this.preferInArticle(links), headlines);
    if (links.length > MAX_TAG_LINKS) return [];
    return links.map((element) => this.page.shortText(element, MAX_LABEL_LENGTH) ?? '').filter((label) => !BACK_HOME_LINK.test(label.trim()));
  }

  /**
   * Whether a heading that titles the site's topic index (see TOPIC_INDEX_HEADING) stands right before the link's
   * list or one of the few boxes around it ("<section><h2>Explore topics</h2><ul><li><a href="/topics/sales">").
   */
  private isUnderTopicIndexHeading(link: Element): boolean {
    let box = link.parent;
    for (let depth = 0; depth < MAX_TOPIC_INDEX_DEPTH && box?.type === 'tag'; depth++, box = box.parent) {
      const heading = previousElement(box as Element);
      if (!heading || !TOPIC_INDEX_HEADING_TAGS.has(heading.name)) continue;
      const text = this.page.shortText(heading, MAX_TAG_LINE_LABEL_CHARS);
      return text !== null && TOPIC_INDEX_HEADING.test(text);
    }
    return false;
  }

  /**
   * Rule "topic bar above the headline": news sites print a bar of current topics ("Aktuelle Themen:", "Trending:")
   * over every article, linked into the same tag archive as the article's own tags under it. When some tag links
   * follow the headline, the ones before it are that bar; when all stand before it, they label the article.
   */
  private afterHeadline(links: Element[], headlines: string[]): Element[] {
    const headline = this.headlineHeading(headlines);
    if (!headline) return links;
    const { position } = this.page.walk;
    const headlineAt = position.get(headline)!;
    const after = links.filter((link) => position.get(link)! > headlineAt);
    return after.length > 0 ? after : links;
  }

  /**
   * Rule "credit row": CMSs that give every person a topic page link the credit line's names into the tag archive
   * ("Penulis: <a href=/tag/…>writer</a> | Editor: <a href=/tag/…>editor</a>"). A line whose tag link names the
   * article's writer is that credit line, and its other tag links name the editor, the photographer: people who
   * made the article, not what it is about.
   */
  private withoutCreditRows(links: Element[], writers: readonly string[]): Element[] {
    if (writers.length === 0) return links;
    const creditRows = new Set(links.filter((link) => {
      const label = this.page.shortText(link, MAX_LABEL_LENGTH);
      return label !== null && writers.some((writer) => sameLabel(writer, label));
    }).map((link) => link.parent));
    return creditRows.size === 0 ? links : links.filter((link) => !creditRows.has(link.parent));
  }

  /**
   * Newsrooms link topic pages from inside their sentences ("... said <a href="/topic/fbi">the FBI</a> ...");
   * such a link is a mention, not one of the article's tags. A paragraph is running text when it holds more
   * than a few words besides its links.
   */
  private isInRunningText(link: Element): boolean {
    const paragraph = closest(link.parent, (element) => element.name === 'p');
    if (!paragraph) return false;
    const { position, visibleChars, subtreeEnd, elements } = this.page.walk;
    const start = position.get(paragraph)!;
    let linkChars = 0;
    for (let index = start + 1; index < subtreeEnd[start]; index++) {
      if (elements[index].name === 'a') {
        linkChars += visibleChars[index];
        index = subtreeEnd[index] - 1;
      }
    }
    return visibleChars[start] - linkChars > MAX_TAG_LINE_PROSE_CHARS;
  }

  /**
   * Links in tag-list containers, without the list's title link ("Topics" → /topics), which points at the folder
   * that holds every other link of the list.
   */
  tagListLabels(): string[] {
    const { elements, parentIndex, position } = this.page.walk;
    const links = withoutArticleBoxes(this.anchors.filter((anchor) => {
      const parent = parentIndex[position.get(anchor)!];
      return parent >= 0 && this.inTagList(elements[parent]);
    }));
    const paths = links.map((link) => linkPath(link.attribs.href));
    const sorted = paths.filter((path): path is string => path !== null).sort();
    // A tag with narrower tags beside it ("Frühstück" next to "Süßes Frühstück" in its folder) is one of the list.
    const others = sorted.length - 1;
    const isIndexLink = (path: string | null) => path !== null && others >= 2 && countBetween(sorted, `${path}/`, `${path}0`) === others;
    return this.articleLinkLabels(links.filter((_, index) => !isIndexLink(paths[index])), (link) => this.isInOwnTagList(link));
  }

  /**
   * A tag list's own class may say "related" ("related-tags", "related-topics"): that names the tags as related
   * to the article, not the list as another item's. Such a list counts unless it sits in a foreign region itself.
   */
  private isInOwnTagList(link: Element): boolean {
    let list = closest(link.parent, namesTagList);
    while (list?.parent?.type === 'tag' && namesTagList(list.parent as Element)) list = list.parent as Element;
    return list?.parent?.type === 'tag' && !this.page.isForeign(list.parent as Element);
  }

  /** The links inside the article element when some are: the others are archive menus. All of them otherwise. */
  private preferInArticle(candidates: Element[]): Element[] {
    const links = this.beforeNextStory(candidates);
    const inArticle = links.filter(this.inArticleContainer);
    if (inArticle.length === 0) return links;
    const own = this.ownArticle();
    return own ? inArticle.filter((link) => this.page.walk.position.get(link)! > own.start && this.page.walk.position.get(link)! < own.end) : inArticle;
  }

  /**
   * Rule "next article": a news page that loads the next story under the one asked for (infinite scroll) sets each in
   * an article element of its own, with its own headline and its own tag links; so do teaser boxes above the story.
   * The page's article is the one holding the page's headline. Its walk range, when the page holds more than one
   * article element with a headline of its own, else null.
   */
  private ownArticle(): { start: number; end: number } | null {
    if (this.ownArticleRange !== undefined) return this.ownArticleRange;
    const { position, subtreeEnd } = this.page.walk;
    // Both lists are in document order, and articles are nested or apart: one pass over each finds the outermost
    // articles that hold a headline, however many thousands of either a page has.
    const headlines = this.page.tagged('h1').map((heading) => position.get(heading)!);
    const outermost: Array<{ start: number; end: number }> = [];
    let next = 0;
    for (const article of this.page.tagged('article')) {
      const start = position.get(article)!;
      const end = subtreeEnd[start];
      if (outermost.length > 0 && start < outermost[outermost.length - 1].end) continue;
      while (next < headlines.length && headlines[next] <= start) next++;
      if (next < headlines.length && headlines[next] < end) outermost.push({ start, end });
    }
    const headline = outermost.length > 1 ? this.headlineHeading([]) : undefined;
    const at = headline ? position.get(headline)! : -1;
    this.ownArticleRange = outermost.find((range) => at > range.start && at < range.end) ?? null;
    return this.ownArticleRange;
  }

  /**
   * Rule "next story's headline": a stream page sets each story it loads under the one asked for in a box of one kind
   * (a `<div class="stream__item">`, an `<article class="entry-main-content">`), and prints each story's headline in a
   * heading of one class, demoted a level or not (`<h1 class="art__title">`, then `<h2 class="art__title">`). The
   * links after the next story's headline are that story's tags, not the page's. The headline whose article element
   * holds it (see {@link ownArticle}) does not tell this when the stories' boxes are divs, or the articles nest.
   */
  private beforeNextStory(links: Element[]): Element[] {
    const nextAt = this.nextStoryHeadlineAt();
    if (nextAt === null) return links;
    const { position } = this.page.walk;
    return links.filter((link) => position.get(link)! < nextAt);
  }

  /** The walk index of the first heading after the page's headline with the headline's class, or null. */
  private nextStoryHeadlineAt(): number | null {
    if (this.nextStoryHeadline !== undefined) return this.nextStoryHeadline;
    this.nextStoryHeadline = null;
    const headline = this.headlineHeading([]);
    const headlineClass = headline?.attribs.class?.trim();
    if (!headline || !headlineClass) return null;
    const { elements, position } = this.page.walk;
    for (let at = position.get(headline)! + 1; at < elements.length; at++) {
      if (STORY_HEADLINE_TAGS.has(elements[at].name) && elements[at].attribs.class?.trim() === headlineClass && inAlikeBoxes(headline, elements[at], this.page.walk)) {
        this.nextStoryHeadline = at;
        break;
      }
    }
    return this.nextStoryHeadline;
  }

  /**
   * Labels of category or tag links outside sidebars. When some of them sit inside the article element, only
   * those count: the others are archive menus. A page with dozens of them left shows a tag cloud: none count.
   */
  articleLinkLabels(candidates: readonly Element[], isOwnRegion: (link: Element) => boolean = () => false): string[] {
    const links = this.preferInArticle(candidates.filter((element) => !this.page.isForeign(element) || this.isInArticleFooter(element) || this.isInHeadlineBox(element) || isOwnRegion(element)));
    if (links.length > MAX_TAG_LINKS) return [];
    return links.map((element) => this.page.shortText(element, MAX_LABEL_LENGTH) ?? '');
  }

  /**
   * Rule "the headline's own box": themes print the article's category links in the meta row beside its headline
   * (`<div class="entry-header"><h1>…</h1><div class="jeg_meta_category">in <a rel="category tag">…`), and some wrap
   * the whole column in a box named after the sidebar it sits next to (`jeg_sidebar_right`, `penci_sidebar`), which
   * makes every link in it read as a sidebar's. The box that holds the page's headline is the article's, whatever
   * its wrappers are called; only links in it are taken back, not the teasers further down the column.
   */
  private isInHeadlineBox(element: Element): boolean {
    const box = this.page.headlineElement()?.parent;
    if (!box || box.type !== 'tag') return false;
    const { position, subtreeEnd } = this.page.walk;
    const boxAt = position.get(box as Element);
    const at = position.get(element);
    return boxAt !== undefined && at !== undefined && at > boxAt && at < subtreeEnd[boxAt] && !this.page.isForeignBesideHeadline(element);
  }

  /**
   * A `<footer>` inside the article is where themes print its tag and category links: it is the article's own,
   * unlike the page footer, which lists the site's sections.
   */
  private isInArticleFooter(element: Element): boolean {
    const footer = this.closestFooter(element);
    const outside = footer?.parent;
    return footer !== null && outside?.type === 'tag' && this.inArticleContainer(footer) && !this.page.isForeign(outside as Element);
  }

  /**
   * The nearest `<footer>` above the element, from one top-down pass over the page: asked for every tag link of a
   * sidebar nested deep, climbing each link's ancestors would cost the depth once per link.
   */
  private closestFooter(element: Element): Element | null {
    const { elements, parentIndex, position } = this.page.walk;
    const index = position.get(element);
    if (index === undefined) return closest(element.parent, (candidate) => candidate.name === 'footer');
    if (!this.footerAbove) {
      const above = new Int32Array(elements.length);
      for (let at = 0; at < elements.length; at++) above[at] = elements[at].name === 'footer' ? at : parentIndex[at] >= 0 ? above[parentIndex[at]] : -1;
      this.footerAbove = above;
    }
    const footer = parentIndex[index] >= 0 ? this.footerAbove[parentIndex[index]] : -1;
    return footer >= 0 ? elements[footer] : null;
  }
}

/**
 * Rule "related box styled as tags": themes give a box of related articles the tag list's class and look
 * (`<div class="article__tags"><span>Related Links</span><ul><li><a href="/news/stage-4-returns-20261120">`), next to
 * the tag box itself (`<div class="article__tags"><span>Tags</span><a href="/tags/eskom">`). Where some tag boxes link
 * into the tag archive, a box none of whose links does holds other pages, not tags. Tag boxes whose links follow no
 * archive pattern at all are left as they are.
 */
function withoutArticleBoxes(links: Element[]): Element[] {
  const intoArchive = (link: Element) => link.attribs.href !== undefined && TAG_ARCHIVE_PATH.test(link.attribs.href);
  if (links.every(intoArchive) || !links.some(intoArchive)) return links;
  const boxes = links.map((link) => closest(link.parent, namesTagList));
  const archiveBoxes = new Set(boxes.filter((_, index) => intoArchive(links[index])));
  return links.filter((_, index) => archiveBoxes.has(boxes[index]));
}

/** Whether another article container stands beside the element: a card of a list of posts. */
function hasArticleSibling(element: Element): boolean {
  for (let sibling = previousElement(element); sibling; sibling = previousElement(sibling)) if (isArticleContainer(sibling)) return true;
  for (let sibling = nextElement(element); sibling; sibling = nextElement(sibling)) if (isArticleContainer(sibling)) return true;
  return false;
}

/**
 * The boxes of two headings, side by side in the box that holds both, are of one tag and one class, and each holds
 * a story: one heading of the class, its headline, and the paragraphs of its text. Entries of one stream are so; a
 * page builder's sections are boxes alike too, but the headline's holds no text and the others hold subheadings.
 */
function inAlikeBoxes(first: Element, second: Element, walk: IndexedPage['walk']): boolean {
  const firstAncestors: Element[] = [];
  for (let node: Element | null = first; node; node = node.parent?.type === 'tag' ? node.parent as Element : null) firstAncestors.push(node);
  for (let node: Element = second; node.parent?.type === 'tag'; node = node.parent as Element) {
    const at = firstAncestors.indexOf(node.parent as Element);
    if (at < 0) continue;
    const firstBox = firstAncestors[at - 1];
    const boxClass = node.attribs.class?.trim();
    return firstBox !== undefined && firstBox !== first && node !== second && !!boxClass && firstBox.name === node.name && firstBox.attribs.class?.trim() === boxClass
      && isStoryBox(firstBox, first, walk) && isStoryBox(node, second, walk);
  }
  return false;
}

function isStoryBox(box: Element, headline: Element, walk: IndexedPage['walk']): boolean {
  const { elements, position, subtreeEnd } = walk;
  const start = position.get(box)!;
  let headlines = 0;
  let paragraphs = 0;
  for (let at = start + 1; at < subtreeEnd[start]; at++) {
    const element = elements[at];
    if (element.name === 'p') paragraphs++;
    else if (STORY_HEADLINE_TAGS.has(element.name) && element.attribs.class === headline.attribs.class && ++headlines > 1) return false;
  }
  return headlines === 1 && paragraphs >= MIN_STORY_PARAGRAPHS;
}
/** A story's text runs over paragraphs; a page builder's title section holds the headline and its byline row. */
const MIN_STORY_PARAGRAPHS = 2;

/**
 * Rule "section box over the post": custom portals set the section's box over the story's wrapper, whose first child
 * is the headline and whose other children the byline, the picture and the text (`<div class="cat-head"><a
 * href="/cat/aburi">ئابووری</a></div><div class="post"><h1>…</h1><div class="post-info">…`); the headline does not
 * fill that wrapper alone, yet nothing stands between the box and it. Only a box named for the section (see
 * SECTION_BOX) counts so: the box before a wrapper may be anything else of the page.
 */
function sectionBoxOverPost(headline: Element, classes: readonly (string | undefined)[], position: ElementPositions): Element | null {
  const before = boxBefore(headline);
  const at = before ? position.get(before) : undefined;
  return before && at !== undefined && containsPattern(classes[at], SECTION_BOX) ? before : null;
}

/** The element before this one, or before the parent it opens. */
function boxBefore(element: Element): Element | null {
  const before = previousElement(element);
  if (before) return before;
  const parent = element.parent;
  return parent?.type === 'tag' && (parent as Element).children.find((child) => child.type === 'tag') === element ? previousElement(parent as Element) : null;
}

/** A mark, then a folder's name of one to three words, closing a trail's line. */
const UNLINKED_LAST_CRUMB = /^[/\\»>›→]\s*([\p{L}][\p{L}\p{N}'’&.-]*(?: [\p{L}\p{N}'’&.-]+){0,2})$/u;
