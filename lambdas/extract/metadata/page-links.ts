/**
 * The page's category and tag links and its breadcrumb trail, read from its one walk for taxonomy: `rel` links,
 * archive links, labelled lines and boxes of links, each kept only where it stands for the article, not in a menu,
 * a sidebar, a teaser or a sentence.
 */
import type { Element } from 'domhandler';
import { previousElement } from '../dom-walk';
import { containsAnyPattern, containsPattern, hasToken, type IndexedPage } from './regions';
import { isAuthorPageLink } from './bylines';
import { MAX_LABEL_LENGTH, sameLabel, TAG_LINE_LABEL, uniqueLabels } from './taxonomy-labels';

/**
 * Links into a site's tag or topic archive: what themes without `rel="tag"` use for an article's tags (Tumblr's
 * `/tagged/` among them), and the word for a tag in the newsroom's language (Hungarian `/cimke/`, Czech `/stitek/`,
 * Turkish `/etiket/`, Italian `/etichetta/`). A query's `tag=` is no such sign: shops' affiliate links carry one too
 * (`&tag=site-21`).
 */
const TAG_ARCHIVE_PATHS = [
  '/tag/', '/tags/', '/tagged/', '/topic/', '/topics/', '/thema/', '/themen/', '/schlagwort/', '/stichwort/', '/keyword/', '/etiqueta/', '/tema/',
  '/temas/', '/cimke/', '/cimkek/', '/stitek/', '/etiket/', '/etichetta/',
];
const TAG_ARCHIVE_PATH = containsAnyPattern(TAG_ARCHIVE_PATHS);
/**
 * Rule "wiki categories": MediaWiki (Wikipedia, Fandom and every other wiki) files a page under categories that it
 * links as pages of the category namespace (`/wiki/Category:Spells`, `Kategorie:`, `Catégorie:` …), in a box
 * at the page's foot or head; those are the page's categories, as a CMS's category links are an article's.
 */
const WIKI_CATEGORY_LINK = /\/(?:Category|Kategorie|Kategoria|Kategori|Catégorie|Categoría|Categoria|Categorie|Kategória|Kategorija):[^/\d]/i;
/**
 * The box a wiki lists the page's categories in (MediaWiki's `catlinks`, a skin's `page-header__categories`):
 * links into the category namespace elsewhere are the wiki's navigation ("Books", "Characters") or mentions.
 */
const WIKI_CATEGORY_BOX = containsAnyPattern(['catlinks', 'categories']);
/** MediaWiki's box of hidden maintenance categories ("All articles with unsourced statements"), which readers never see. */
const HIDDEN_CATEGORY_BOX = containsAnyPattern(['hidden-cat']);
/** Where a URL's scheme colon sits at the latest ("https:" at 5, "webcal:" at 6). */
const SCHEME_COLON_AT_MOST = 7;
/** A wiki page sits in dozens of categories at most; more links are a category index page. */
const MAX_WIKI_CATEGORIES = 60;
/** Links into a site's category archive: what themes without `rel="category"` file the article under. */
const CATEGORY_ARCHIVE_PATH = containsAnyPattern(['/category/', '/categories/', '/kategorie/', '/categorie/', '/categoria/', '/rubrique/', '/rubrik/']);
/**
 * The words a meta line puts before the article's category ("Posted in", "Filed under", "Veröffentlicht in",
 * "Publié dans", "Categories:"): they say the link files this article, where a bare category link may be a call to
 * action ("Alle Shops im Bereich …", "Jetzt abonnieren") or "more from this section".
 */
const FILED_UNDER = /(?:^|\s)(?:in|under|dans|en|im|unter|category|categories|kategorie|kategorien|rubrik|rubrique|catégorie|categoría)\s*:?\s*$/i;
/** An article is filed under a few categories; more category links after its headline are an index or a menu. */
const MAX_CATEGORY_ARCHIVE_LINKS = 4;
/** A tag archive link list longer than this is a site-wide topic index, not one article's tags. */
const MAX_TAG_LINKS = 30;
/** Prefix of the class WordPress gives a post for each of its tags. */
const POST_TAG_CLASS = 'tag-';
/**
 * Class, id and microdata type part that names a breadcrumb trail ("breadcrumbs", "BreadcrumbList"); themes also
 * name it by its crumbs alone ("entry-crumbs", `id="crumbs"`).
 */
const BREADCRUMB = containsAnyPattern(['breadcrumb', 'crumbs']);
/** A breadcrumb trail is a handful of folders; a "breadcrumb" element holding more links is a layout wrapper. */
const MAX_CRUMBS = 8;
/** Names of the home page, in a link's text. */
export const HOME_PAGE_NAMES = String.raw`(?:home|home ?page|start|startseite|accueil|inicio|portada|strona główna|главная|anasayfa|الرئيسية|الصفحة الرئيسية)`;
/** The trail's first crumb, the home page, when its link is not the bare site root ("/de/", "/index.html"). */
const HOME_CRUMB = new RegExp(`^${HOME_PAGE_NAMES}$`, 'i');
/**
 * A "back to the home page" link, which some themes point at a topic landing page ("Zur Startseite" → /de/themen/…),
 * where it looks like a tag-archive link. Only the phrase that says "to" counts: a topic called "Home" is a tag.
 */
const BACK_HOME_LINK = new RegExp(`^(?:(?:back to|go to|to|zur|zurück zur|volver a la|torna alla|voltar à|terug naar)(?:\\s+the)?\\s+|retour à l['’]\\s*)${HOME_PAGE_NAMES}$`, 'i');
/** Characters besides its links that a line of tag links holds at most ("Tags:", separators). */
const MAX_TAG_LINE_PROSE_CHARS = 30;
/**
 * Containers that themes give the article's tag list ("tags", "post-tags", "field-tags", "tag-group", "keywords",
 * "schlagworte"), for tag links whose URLs follow no archive pattern.
 */
const TAG_LIST_CLASS_PARTS = containsAnyPattern(['tags', 'tag-list', 'taglist', 'tag-group', 'keywords', 'schlagw', 'stichw', 'etiquetas']);
/** A bare data attribute naming its element a tag box or list (`data-tags-box`, `data-test-tag-list`). */
const TAG_BOX_ATTRIBUTE = /(?:^|-)(?:tags?|keywords)-(?:box|list|container|wrapper|section|bar|block)(?:$|-)/;
/**
 * Class or id of the box that labels the article with its category ("post-category", "article-category-title"), or
 * with the topic or the newsroom desk the site files it under ("article-topic"; the desk by the word its own
 * newsroom uses: Portuguese "editoria", German "Ressort", French "rubrique", Spanish "sección"), one link above the
 * headline; so does the kicker over the headline when it is such a link ("eyebrow", Argentine "volanta", German
 * "Dachzeile", French "surtitre").
 */
const CATEGORY_LABEL_PARTS = containsAnyPattern(['categor', 'topic', 'editoria', 'ressort', 'rubri', 'seccion', 'sección', 'kicker', 'eyebrow', 'overline', 'volanta', 'antetitulo', 'surtitre', 'dachzeile']);
/** The label that opens a line of the article's category links, and how long such a line gets. */
const CATEGORY_LINE_LABEL = /^(?:kategorien?|categor(?:y|ies|ía|ías|ia|ie|ieën)|catégories?|rubriken?)\s*:/iu;
const MAX_CATEGORY_LINE_CHARS = 200;
/** Short class names themes give the same box ("cate", "cat"). */
const CATEGORY_LABEL_TOKENS = new Set(['cat', 'cate']);
/** Headings that also title a site's topic index (a sitemap in the page footer), not only an article's tags. */
const SITE_INDEX_HEADING = /^(?:themen|topics|temas|tópicos|sujets|th[èe]mes|argomenti|مواضيع)\s*:?$/iu;
/** Characters of a tag line's label at most: a longer text before the links is prose, not a label. */
const MAX_TAG_LINE_LABEL_CHARS = 30;
/** Elements that hold a label in front of the links: inline emphasis, or a heading over their list. */
const LABEL_HOLDERS = new Set(['span', 'strong', 'b', 'em', 'i', 'label', 'p', 'div', 'dt', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Text of a headline at most; a longer `<h1>` wraps more than the headline. */
const MAX_HEADLINE_LENGTH = 300;
/**
 * A stated headline many times a headline's length is a description put in the headline's field, and names no `<h1>`;
 * searched for every `<h1>` of a page that prints thousands, it would cost its length once per heading.
 */
const MAX_STATED_HEADLINE_LENGTH = 4 * MAX_HEADLINE_LENGTH;
/** Class parts of site menus, whose items each name a category of the site, not of the article. */
const MENU_CLASS_PARTS = containsAnyPattern(['menu', 'nav', 'dropdown']);
const CATEGORY_REL = new Set(['category']);
const TAG_REL = new Set(['tag']);
const POST_PARENT_CLASS = new Set(['current-post-parent']);
/** The article's own container, where its category and tag links sit (sidebars list the site's). */
const ARTICLE_CONTAINER_CLASSES = new Set(['hentry', 'post', 'entry']);

/** A slug as the label's letters: WordPress percent-encodes the letters beyond ASCII (`tag-%d1%84%d0%be%d1%82%d0%be`). */
function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

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
  private crumbParts: Element[] | undefined;
  private ownArticleRange: { start: number; end: number } | null | undefined;
  /** Walk index of the nearest `<footer>` at or above each element, -1 where none is; see {@link closestFooter}. */
  private footerAbove: Int32Array | undefined;
  private readonly shownTitle: string | null;

  constructor(page: IndexedPage, shownTitle: string | null = null) {
    this.page = page;
    this.shownTitle = shownTitle;
    this.anchors = page.tagged('a');
    this.inArticleContainer = page.enclosure(isArticleContainer);
    this.inTagList = page.enclosure(namesTagList);
    // The page header holds the site's menus; the article's own header holds its category label.
    const isPageHeader = (element: Element) => element.name === 'header' && !this.inArticleContainer(element);
    this.inWikiCategoryBox = page.enclosure((element) => containsPattern(element.attribs.class, WIKI_CATEGORY_BOX) || containsPattern(element.attribs.id, WIKI_CATEGORY_BOX));
    this.inHiddenCategoryBox = page.enclosure((element) => containsPattern(element.attribs.class, HIDDEN_CATEGORY_BOX));
    this.inMenu = page.enclosure((element) => element.name === 'nav' || isPageHeader(element) || containsPattern(element.attribs.class, MENU_CLASS_PARTS));
  }

  /** The tag slugs WordPress writes into the post's article element's class (`tag-el-nino`), if it does. */
  postTagSlugs(): Set<string> {
    const post = this.page.tagged('article').find((article) => !this.page.isForeign(article));
    const classes = post?.attribs.class?.split(/\s+/) ?? [];
    return new Set(classes.filter((token) => token.startsWith(POST_TAG_CLASS)).map((token) => decodeSlug(token.slice(POST_TAG_CLASS.length))));
  }

  categoryLinks(): Element[] {
    return this.anchors.filter((anchor) => hasToken(anchor.attribs.rel?.toLowerCase(), CATEGORY_REL));
  }

  /** `rel="tag"` links that are not also category links (WordPress marks categories `rel="category tag"`). */
  relTagLinks(): Element[] {
    return this.anchors.filter((anchor) => {
      const rel = anchor.attribs.rel?.toLowerCase();
      return hasToken(rel, TAG_REL) && !hasToken(rel, CATEGORY_REL);
    });
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
      return href !== undefined && href.lastIndexOf(':') > SCHEME_COLON_AT_MOST && WIKI_CATEGORY_LINK.test(href) && this.inWikiCategoryBox(anchor) && !this.inHiddenCategoryBox(anchor);
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
    const links = this.preferInArticle(candidates.filter((anchor) => position.get(anchor)! > headlineAt && !this.page.isForeign(anchor) && !this.inMenu(anchor) && !this.isInRunningText(anchor)));
    if (links.length === 0 || links.length > MAX_CATEGORY_ARCHIVE_LINKS || !isFiledUnder(links[0])) return [];
    return links.map((link) => this.page.shortText(link, MAX_LABEL_LENGTH) ?? '');
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
      const heading = list || opens || (first as Element | undefined)?.name !== 'a' ? null : previousElement(line);
      const labelled = list?.type === 'tag'
        ? this.isLabelled(labelOver(list), true) || this.isLabelled(list.children.find(isTagElement), true)
        : opens || this.isLabelled(heading, true);
      const named = labelled ? undefined : [box, box.parent].find(namesTagsByAria);
      if (!labelled && !named) continue;
      // A box its own label names may be a <nav>: the place around it says whether it is the article's.
      const place = named?.parent?.type === 'tag' ? named.parent as Element : box;
      const start = position.get(box);
      if (start === undefined || start < headlineAt || this.page.isForeign(heading ?? place) || this.inMenu(place)) continue;
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
   */
  private isLabelled(node: Element['children'][number] | null | undefined, overList = false): boolean {
    if (!node || node.type !== 'tag' || !LABEL_HOLDERS.has((node as Element).name)) return false;
    const text = this.page.shortText(node as Element, MAX_TAG_LINE_LABEL_CHARS);
    return text !== null && TAG_LINE_LABEL.test(text) && !(overList && SITE_INDEX_HEADING.test(text));
  }

  /**
   * Rule "category label": themes outside WordPress's `rel="category"` print the article's category as one link in
   * a box named for it, by the headline ("<p class="cate"><a>Domestic</a></p>"). Only a box holding a single link
   * counts (a box of several is a category menu or index), outside foreign regions, site menus and the page header
   * (the article's own header is where the label sits), and only up to the headline: a category link after it is
   * "more from this category" or a field of the story's subject (an infobox's "Industry" cell). The first one on
   * the page is the article's, later ones label teasers.
   */
  categoryLabel(headlines: string[]): string[] {
    const { elements, subtreeEnd, position } = this.page.walk;
    const headline = this.headlineHeading(headlines);
    if (!headline) return [];
    const headlineAt = position.get(headline)!;
    const classes = this.page.attributeOfAll('class');
    const ids = this.page.attributeOfAll('id');
    for (let index = 0; index < elements.length; index++) {
      const names = containsPattern(classes[index], CATEGORY_LABEL_PARTS) || containsPattern(ids[index], CATEGORY_LABEL_PARTS) || hasToken(classes[index], CATEGORY_LABEL_TOKENS);
      if (!names || this.page.isForeign(elements[index]) || this.inMenu(elements[index])) continue;
      if (index > headlineAt) return [];
      const inside = elements.slice(index, subtreeEnd[index]).filter((element) => element.name === 'a');
      if (inside.length !== 1) continue;
      const label = this.page.shortText(inside[0], MAX_LABEL_LENGTH);
      return label ? [label] : [];
    }
    return [];
  }

  /**
   * The `<h1>` that holds the article's headline: the one with the longest text the stated headline (JSON-LD,
   * `og:title`) contains, else the first. Sites set their logo as the first `<h1>` too, and `og:title` may add the
   * site's name, which the logo's text matches: the longest match is the headline.
   * Rule "shown headline stands in": a page that states no headline still shows one, and the title read from the
   * page tells the headline's `<h1>` from the logo's just as well.
   */
  private headlineHeading(headlines: string[]): Element | undefined {
    const headings = this.page.tagged('h1');
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
    return named ?? headings[0];
  }

  /**
   * The links of the page's breadcrumb trail (a container whose class, id or microdata type names a breadcrumb),
   * without the link to the home page. A "breadcrumb" container holding many links is a layout wrapper.
   */
  breadcrumbLabels(): string[] {
    // Rule "writer's crumb": themes file a post under its writer's archive in the trail ("Home › Columns › Jane Doe"),
    // which is the byline, not a folder of topics. A script link beside the trail ("drucken") is a button.
    return this.breadcrumbParts().filter((element) => element.name === 'a' && linkPath(element.attribs.href) !== null && !isAuthorPageLink(element.attribs.href) && !SCRIPT_LINK.test(element.attribs.href!))
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
    let linksBefore: number[] | undefined;
    for (let index = 0; index < elements.length; index++) {
      if (!namesBreadcrumb(elements[index])) continue;
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
   * kind, and is left alone.
   */
  private trailByShape(): Element[] {
    const afterHeadline = this.page.firstAfterHeadline();
    if (afterHeadline === 0) return [];
    const headlineAt = afterHeadline - 1;
    const { elements, subtreeEnd, visibleChars } = this.page.walk;
    for (let index = headlineAt - 1; index >= Math.max(0, headlineAt - MAX_ELEMENTS_ABOVE_HEADLINE); index--) {
      if (subtreeEnd[index] > headlineAt || visibleChars[index] === 0 || visibleChars[index] > MAX_TRAIL_CHARS) continue;
      const parts = elements.slice(index + 1, subtreeEnd[index]);
      const links = parts.filter((element) => element.name === 'a');
      if (links.length < 2 || links.length > MAX_CRUMBS || this.inMenu(elements[index])) continue;
      const home = links[0];
      if (linkPath(home.attribs.href) !== null && !isHomeCrumb(this.page.shortText(home, MAX_LABEL_LENGTH) ?? '')) continue;
      if (isTrailLine(elements[index])) return parts;
    }
    return [];
  }

  /**
   * Whether the article shows the label: as a link inside the article container, outside its foreign regions and
   * its sentences (a word of the text linked to its section is a mention), or as a crumb of the trail, linked or not
   * (themes print the innermost folder as plain text: "Inicio › Venezuela › Ciudad").
   */
  showsLabel(label: string): boolean {
    this.shownTexts ??= new Set([
      ...this.anchors.filter((anchor) => this.inArticleContainer(anchor) && !this.page.isForeign(anchor) && !this.isInRunningText(anchor))
        .map((anchor) => this.page.shortText(anchor, MAX_LABEL_LENGTH) ?? ''),
      ...this.crumbTexts(),
    ].map((text) => text.toLowerCase()));
    return this.shownTexts.has(label.trim().toLowerCase());
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
        && !hasAncestor(anchor, (element) => element.name === 'header') && !this.isInRunningText(anchor) && !isInAuthorBox(anchor) && !isInPager(anchor);
    });
    links = this.withoutCreditRows(links, writers);
    links = this.afterHeadline(this.preferInArticle(links), headlines);
    if (links.length > MAX_TAG_LINKS) return [];
    return links.map((element) => this.page.shortText(element, MAX_LABEL_LENGTH) ?? '').filter((label) => !BACK_HOME_LINK.test(label.trim()));
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
    const links = this.anchors.filter((anchor) => {
      const parent = parentIndex[position.get(anchor)!];
      return parent >= 0 && this.inTagList(elements[parent]);
    });
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
  private preferInArticle(links: Element[]): Element[] {
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
   * Labels of category or tag links outside sidebars. When some of them sit inside the article element, only
   * those count: the others are archive menus. A page with dozens of them left shows a tag cloud: none count.
   */
  articleLinkLabels(candidates: Element[], isOwnRegion: (link: Element) => boolean = () => false): string[] {
    const links = this.preferInArticle(candidates.filter((element) => !this.page.isForeign(element) || this.isInArticleFooter(element) || isOwnRegion(element)));
    if (links.length > MAX_TAG_LINKS) return [];
    return links.map((element) => this.page.shortText(element, MAX_LABEL_LENGTH) ?? '');
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
 * How many of the sorted strings lie in [from, to). Paths under a folder ("/topics" + "/") sort together, up to
 * the folder followed by "0", the character after "/": counting them takes two binary searches, not a look at
 * every other link of a long list.
 */
function countBetween(sorted: readonly string[], from: string, to: string): number {
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

/**
 * Whether the element's text outside its links is only the marks that join a trail's crumbs, at least one of them,
 * or the element is an ordered list of links, whose marks the stylesheet draws.
 */
function isTrailLine(line: Element): boolean {
  let marks = line.name === 'ol';
  let before = true;
  const visit = (element: Element): boolean => {
    for (const child of element.children) {
      if (child.type === 'text') {
        const text = (child as unknown as { data: string }).data;
        // Rule "you are here": a trail may open with its label ("当前位置：", "Sie sind hier:") before its first link.
        if (!TRAIL_MARKS_ONLY.test(text) && !(before && TRAIL_LABEL.test(text.trim()))) return false;
        if (TRAIL_MARK.test(text)) marks = true;
      } else if (isTagElement(child) && (child as Element).name !== 'a') {
        if ((child as Element).name === 'ol') marks = true;
        if (!visit(child as Element)) return false;
      } else if (isTagElement(child)) {
        before = false;
      }
    }
    return true;
  };
  return visit(line) && marks;
}
const TRAIL_LABEL = /^(?:当前位置|您的位置|你的位置|目前位置|現在位置|所在位置|位置|you are here|sie sind hier|vous êtes ici|usted está aquí|está aquí|você está aqui|ti trovi (?:in|qui)|u bent hier|jesteś tutaj)\s*[:：]?$/iu;
const TRAIL_MARK = /[/\\»«>›‹<→←]/;
const TRAIL_MARKS_ONLY = /^[\s/\\»«>›‹<→←]*$/;
/** How far above the headline a trail may stand: the kicker, the date and the share bar sit between them. */
const MAX_ELEMENTS_ABOVE_HEADLINE = 60;
/** Eight crumbs of two or three words each. */
const MAX_TRAIL_CHARS = 200;

/** For each position in document order, how many links come before it; one more entry for the end. */
function linkCountsBefore(elements: Element[]): number[] {
  const counts = [0];
  for (const element of elements) counts.push(counts[counts.length - 1] + (element.name === 'a' ? 1 : 0));
  return counts;
}

export function isHomeCrumb(label: string): boolean {
  return HOME_CRUMB.test(label.trim());
}

function namesBreadcrumb(element: Element): boolean {
  const { class: classes, id, itemtype } = element.attribs;
  return containsPattern(classes, BREADCRUMB) || containsPattern(id, BREADCRUMB) || containsPattern(itemtype, BREADCRUMB);
}

/**
 * Rule "tag box named in a data attribute": sites styled with utility classes ("flex gap-3 my-10") carry no
 * meaning in `class`, and name their components in a bare data attribute instead (`<section data-tags-box>`). A
 * data attribute with a value (`data-tags="a,b"`) is data about the element, such as a teaser card's tags, not the
 * element's name, and does not count; nor does a bare flag that only mentions tags (`data-metatags`, "show the
 * tags"): the name must say the element is a tags box or list.
 */
function namesTagList(element: Element): boolean {
  const { attribs } = element;
  if (containsPattern(attribs.class, TAG_LIST_CLASS_PARTS)) return true;
  for (const name in attribs) {
    if (attribs[name] === '' && name.startsWith('data-') && TAG_BOX_ATTRIBUTE.test(name)) return true;
  }
  return false;
}

function isArticleContainer(element: Element): boolean {
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
function isInAuthorBox(link: Element): boolean {
  for (let current = link.parent; current && current.type === 'tag'; current = current.parent) {
    const element = current as Element;
    if (element.name === 'article' || element.name === 'main' || element.name === 'body') return false;
    const classes = element.attribs.class;
    if (classes && classes.split(/\s+/).some((token) => AUTHOR_BOX_WORDS.has(token.toLowerCase().split(/[-_]/)[0]))) return true;
  }
  return false;
}

/** Whether the text right before the link says it files the article ("Posted on 5 May in <a>"). */
function isFiledUnder(link: Element): boolean {
  const before = link.prev;
  return before?.type === 'text' && FILED_UNDER.test((before as unknown as { data: string }).data);
}

function isTagElement(node: Element['children'][number]): boolean {
  return node.type === 'tag';
}

/** The first child with something to show: blank text and icons (`<i class="icon-tag"></i>`) say nothing. */
function firstShownChild(element: Element, page: IndexedPage): Element['children'][number] | undefined {
  return element.children.find((node) => (node.type === 'text' ? (node as unknown as { data: string }).data.trim() !== '' : node.type === 'tag' && page.shortText(node as Element, 0) !== ''));
}

/**
 * Rule "named by its accessible label": a box of tag links may carry its label only for screen readers
 * (`<nav aria-label="Themen in diesem Artikel">`, `aria-label="Tags"`), which names it as a printed label would.
 * A bare "Themen" or "Topics" names a site's topic index as often, as over a list.
 */
function namesTagsByAria(node: Element['parent']): node is Element {
  const label = node?.type === 'tag' ? (node as Element).attribs['aria-label']?.trim() : undefined;
  return label !== undefined && label.length <= MAX_TAG_LINE_LABEL_CHARS && TAG_LINE_LABEL.test(label) && !SITE_INDEX_HEADING.test(label);
}

/** The element and the element siblings after it with the same name and class, up to the first other element. */
function siblingRun(first: Element): Element[] {
  const run = [first];
  for (let node = first.next; node; node = node.next) {
    if (node.type !== 'tag') continue;
    const element = node as Element;
    if (element.name !== first.name || element.attribs.class !== first.attribs.class) break;
    run.push(element);
  }
  return run;
}

/** The element itself or its nearest ancestor that passes the test. */
function closest(node: Element['parent'] | Element, test: (element: Element) => boolean): Element | null {
  for (let current = node; current; current = current.parent) {
    if (current.type === 'tag' && test(current as Element)) return current as Element;
  }
  return null;
}

/**
 * Rule "pager": the previous, up and next links under an article in a series ("zurück · Zum Anfang · weiter") point
 * into the topic's folder, whose address may read like a tag archive's (`/thema/…`); they step through pages, and
 * label none.
 */
function isInPager(anchor: Element): boolean {
  return anchor.attribs.rel === 'prev' || anchor.attribs.rel === 'next' || hasAncestor(anchor, (element) => containsPattern(element.attribs.class, PAGER_CLASS));
}
const PAGER_CLASS = containsAnyPattern(['pagination', 'pager', 'pagebrowser', 'page-browser', 'pagenav', 'page-nav', 'post-navigation', 'postnav']);

function hasAncestor(element: Element, test: (element: Element) => boolean): boolean {
  return closest(element.parent, test) !== null;
}

/** A link that runs a script where it is rather than leading to a page. */
const SCRIPT_LINK = /^\s*javascript:/i;

/** The path of a link, without trailing slash, query or fragment; relative links keep their relative path. */
export function linkPath(href: string | undefined): string | null {
  if (!href) return null;
  return href.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '') || null;
}

/**
 * The element before a list, where its label stands: the list's previous sibling, or its wrapper's when the list is
 * all the wrapper holds ("<span>Explore more on these topics</span><div><ul><li><a>…").
 */
function labelOver(list: Element): Element | null {
  const previous = previousElement(list);
  if (previous) return previous;
  const wrapper = list.parent;
  return wrapper?.type === 'tag' && (wrapper as Element).children.every((child) => child === list || !isTagElement(child)) ? previousElement(wrapper as Element) : null;
}
