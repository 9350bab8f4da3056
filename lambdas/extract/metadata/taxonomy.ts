/**
 * Section, categories and tags. Categories come from the CMS's own category links (WordPress marks them
 * `rel="category tag"`), `article:section` and JSON-LD `articleSection`; tags from `article:tag`, keywords,
 * `rel="tag"` links and the theme's tag-list box. Labels are kept as written, without repeats; newsroom subject
 * codes, keyword lists led by the site's name, the site's own domain, the writer and slug copies are left out. A
 * lone section value is the site folder: it stays the section, and is a category only when the article states no tags.
 */
import type { Element } from 'domhandler';
import { previousElement } from '../dom-walk';
import type { MetaTags } from './meta-tags';
import type { StructuredArticle, StructuredCrumb } from './json-ld';
import { containsAnyPattern, containsPattern, hasToken, type IndexedPage } from './regions';
import { isAuthorPageLink } from './bylines';
import { decodeLeftoverEntities, isUnsetValue } from '../plain-text';

export interface Taxonomy {
  section: string | null;
  categories: string[];
  tags: string[];
}

/** A label longer than this is a sentence (a teaser in a link), not a category or tag. */
const MAX_LABEL_LENGTH = 80;
/** Keyword lists with more entries than this are SEO stuffing, not the article's tags. */
const MAX_KEYWORDS = 40;
/** Values one section field lists at least, to be the author's categories rather than the site folder. */
const MIN_CATEGORY_LIST = 2;
/** A tag's URL slug: lower case, words joined by hyphens, no spaces. */
const SLUG = /^[^\s\p{Lu}]+-[^\s\p{Lu}]+$/u;
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
/**
 * A comma before "&" is a serial comma inside one name ("Business, Finance, & Economics", an ad-taxonomy topic):
 * list separators are never followed by an ampersand.
 */
const SERIAL_COMMA = /,\s*&\s/;
/** Prefix of the class WordPress gives a post for each of its tags. */
const POST_TAG_CLASS = 'tag-';
/** Meta fields where a newsroom states an article's tags, each a list of its own. */
const STATED_TAG_FIELDS = ['article:tag', 'parsely-tags', 'sailthru.tags', 'itemprop:keywords'];
/** Two labels side by side are often one name with its parts also tagged ("Mario Voigt", "Mario", "Voigt"). */
const MIN_RUN_TOGETHER_LABELS = 3;
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
/** A crumb this long that begins the headline is the page itself; a shorter one may be a section the headline names. */
const MIN_HEADLINE_CRUMB_WORDS = 3;
/** A value cut off with an ellipsis is a teaser sentence copied into a keyword field, not a keyword list. */
const TRUNCATED_PROSE = /(\.\.\.|…)\s*$/;
/** Characters besides its links that a line of tag links holds at most ("Tags:", separators). */
const MAX_TAG_LINE_PROSE_CHARS = 30;
/**
 * CMS-internal values that leak into keyword fields: "Category: Economy", UUIDs, snake_case flags, and the folder's
 * path where the name belongs ("/world/middle_east" in `article:section`).
 */
const INTERNAL_LABEL = /:|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[a-z0-9]+_[a-z0-9_]+$|^\/[\w/-]*$/i;
/**
 * Rule "label that says there is none": the taxonomy's own field names ("tags" in `article:section`, a template
 * default) and the CMS's name for a post filed nowhere ("Uncategorized" and its translations) label no topic.
 * A default category with a name ("Allgemein", "General", "News") is a real folder readers see, and stays.
 * Rule "list heading at its edge": a tag list's heading ("Themen", "Topics") read as its first entry, or the link to
 * the site's topic index at its end, names the list. Inside the list the same word is a topic ("Label" in fashion).
 * A keyword list with an unset entry ("undefined, Politik") is checked entry by entry, see `isUnsetValue`.
 */
const NO_LABEL = new RegExp(`^(?:${[
  'categor(?:y|ies)', 'sections?', 'uncategori[sz]ed', 'non classé', 'sin categoría', 'sem categoria',
  'senza categoria', 'nicht kategorisiert', 'ongecategoriseerd', 'bez kategorii', 'без рубрики', 'kategorisiz', 'غير مصنف', 'بدون تصنيف',
  '未分类', '未分類',
].join('|')})$`, 'iu');
/** List punctuation and breadcrumb separators a theme prints before or after a label ('"3D Printing"', '› Gebäck'). */
const LABEL_EDGE_MARKS = /^[#\-–•*"'“”„«»›‹>|·]+\s*|\s*["'“”„«»›‹>|·]+$/g;
/**
 * Rule "stray letter": a lone Latin letter in a keyword field is residue of the CMS's own fields (initials,
 * flags), never a topic. Scripts where one character is a word ("金", "火") are left alone.
 */
const STRAY_LETTER = /^[a-z]$/i;
/** A short capitalised code ("AER", "INDG08"): an entry of a newsroom's subject-code scheme, not a reader's tag. */
const SUBJECT_CODE = /^[A-Z][A-Z0-9]{1,7}$/;
/** Share of codes above which a keyword list is a code scheme; below it, capitals are acronyms ("AI", "EU"). */
const SUBJECT_CODE_SHARE = 0.5;
/** A scheme has several codes; one or two capitalised keywords are acronyms ("AVV", "NATO"). */
const MIN_SUBJECT_CODES = 3;
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
/**
 * Tag labels of the languages beyond the corpus's: Hungarian, Czech and Slovak, Croatian and Serbian, Bulgarian,
 * Lithuanian, Latvian, Estonian, Finnish, Catalan, Romanian, Greek, Russian and Ukrainian "keywords", Hebrew,
 * Persian, Hindi, Bengali, Thai, Vietnamese, Indonesian and Malay, Japanese, Korean and Traditional Chinese.
 */
const WORLD_TAG_LABELS = [
  'címkék', 'kulcsszavak', 'štítky', 'klíčová slova', 'kľúčové slová', 'oznake', 'ključne riječi', 'ознаке', 'етикети', 'žymos',
  'raktažodžiai', 'birkas', 'atslēgvārdi', 'märksõnad', 'sildid', 'avainsanat', 'asiasanat', 'etiquetes', 'etichete',
  'cuvinte cheie', 'ετικέτες', 'λέξεις[- ]κλειδιά', 'ключевые слова', 'мітки', 'ключові слова', 'תגיות', 'برچسب‌ها', 'برچسب ها',
  'برچسب', 'کلیدواژه‌ها', 'टैग', 'ট্যাগ', 'แท็ก', 'thẻ', 'từ khóa', 'kata kunci', 'キーワード', '키워드', '關鍵字', '关键字',
];
/**
 * The words that label a line of the article's tag links ("Tags:", "Schlagwörter:", "Étiquettes :", "Labels:",
 * "Trefwoorden", "الوسوم:", "タグ：", "标签："), as regular-expression alternatives. The body pass drops the same line
 * by the same words (content/vocabulary.ts), so a label this stage reads tags after never stays in the body text.
 */
export const TAG_LINE_WORDS: readonly string[] = [
  'tags?', 'tagged(?: with| in)?', 'keywords', 'topics', 'related topics', 'topics in this (?:article|story)',
  'ähnliche themen', 'verwandte themen', 'themen', 'themen (?:in )?diese[ms] (?:artikels?|beitrags?)', 'schlagw(?:ö|oe)rter', 'schlagworte',
  'stichw(?:ö|oe)rter', 'temas relacionados', 'temas', 'tópicos', 'etiquetas', 'etiquetad[oa] (?:como|con|en)', 'palabras clave', 'palavras[- ]chave', '[ée]tiquettes?', 'mots[- ]cl[ée]s',
  'sujets', 'th[èe]mes', 'parole chiave', 'argomenti', 'labels?', 'trefwoorden', 'tagi', 's[łl]owa kluczowe', 'tagit', 'etiketler', 'теги', 'метки',
  'الوسوم', 'وسوم', 'مواضيع', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'كلمات دلالية', 'タグ', '关键词', '标签', '標籤', '태그',
  ...WORLD_TAG_LABELS,
];
/** A tag line's label, as the whole text before the links or as the heading over their list. */
const TAG_LINE_LABEL = new RegExp(`^(?:${TAG_LINE_WORDS.join('|')})\\s*[:：]?$`, 'iu');
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

export function readTaxonomy(page: IndexedPage, tags: MetaTags, structured: StructuredArticle | null, structuredTrail: StructuredCrumb[] = [], shownTitle: string | null = null): Taxonomy {
  const links = new PageLinks(page, shownTitle);
  const metaSections = tags.all('article:section', 'parsely-section', 'section', 'itemprop:articlesection');
  const sectionValues = [...metaSections, ...(structured?.sections ?? [])];
  const headlines = [structured?.headline, ...tags.all('og:title')].filter((value): value is string => Boolean(value));
  const ownHosts = tags.all('og:url').map(hostOf).filter((host): host is string => host !== null);
  const writers = [...tags.all('author', 'parsely-author', 'sailthru.author', 'dc.creator'), ...(structured?.authors ?? [])].map((name) => name.trim());
  // SEO plugins seed the keyword field with the headline: a keyword that repeats it names the page, not a topic.
  const tagLabels = readTags(links, tags, structured, writers, headlines)
    .filter((tag) => !headlines.some((headline) => sameLabel(headline.trim(), tag)) && !namesOwnSite(tag, ownHosts) && !namesWriter(tag, writers));
  const statedSections = tagLabels.length > 0 ? [metaSections, structured?.sections ?? []].filter(isCategoryList).flat() : sectionValues;
  const shownTrail = links.breadcrumbLabels();
  // The trail's last crumb repeats the headline the page shows, which no metadata may state.
  const crumbHeadlines = shownTitle ? [...headlines, shownTitle] : headlines;
  const shownFolders = uniqueLabels(shownTrail).filter((crumb) => isFolderCrumb(crumb, crumbHeadlines));
  const pickedSection = innermostStatedCrumb(shownFolders, links.crumbTexts(), statedSections);
  const filedUnder = pickedSection !== undefined ? [...shownFolders, ...statedSections.filter((label) => links.showsLabel(label))] : statedSections;
  let categories = uniqueLabels([...links.articleLinkLabels(links.categoryLinks()), ...filedUnder]);
  if (categories.length === 0) categories = uniqueLabels(links.labelledCategoryList());
  if (categories.length === 0) categories = uniqueLabels(links.wikiCategoryLinks());
  if (categories.length === 0) categories = uniqueLabels(links.postParentMenuItem() ?? []);
  if (categories.length === 0) categories = uniqueLabels(links.categoryArchiveLinks(headlines));
  if (categories.length === 0 && tagLabels.length === 0) categories = uniqueLabels(links.categoryLabel(headlines));
  // A breadcrumb trail names the site's folders, which are sections only loosely: read only when nothing else speaks.
  let trailSection: string | undefined;
  if (categories.length === 0 && tagLabels.length === 0) {
    const trail = shownTrail.length > 0 ? shownTrail : statedTrailLabels(structuredTrail);
    categories = uniqueLabels(trail).filter((crumb) => isFolderCrumb(crumb, crumbHeadlines));
    // Rule "innermost crumb": a trail runs from the widest folder to the narrowest ("Politik > Ausland"), and the
    // article sits in the last one, which is its section; the first is only the department above it.
    trailSection = categories.at(-1);
  }
  // A page that files itself under categories or states its section names it so; a page with only tags still shows
  // in its trail where it sits.
  if (categories.length === 0 && sectionValues.length === 0) trailSection = shownFolders.at(-1);
  const categoryKeys = new Set(categories.map(labelKey));
  return {
    section: pickedSection ?? uniqueLabels(sectionValues)[0] ?? trailSection ?? categories[0] ?? null,
    categories,
    tags: tagLabels.filter((tag) => !categoryKeys.has(labelKey(tag))),
  };
}

/**
 * Rule "own domain": newsrooms stamp their domain into the keyword field ("example.com") as they stamp their logo
 * on the page; it names the publisher, not a topic. Another site's domain ("Booking.com") can be the story's subject.
 */
function namesOwnSite(tag: string, ownHosts: string[]): boolean {
  const label = tag.toLowerCase().replace(/^www\./, '');
  return ownHosts.includes(label);
}

/**
 * Rule "byline is not a topic": CMSs that fill the keyword field from every field of the article (and analytics
 * tag lists copied into it) include the article's writer, who is the byline already, not what the story is about.
 */
function namesWriter(tag: string, writers: string[]): boolean {
  return writers.some((writer) => sameLabel(writer, tag));
}

function hostOf(url: string): string | null {
  const match = /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/i.exec(url.trim());
  return match ? match[1].toLowerCase() : null;
}

/**
 * Rule "lone section is the folder": a single `article:section` or `articleSection` value names the site folder
 * the article is filed in ("Politik", "World", "News"), which tells a reader nothing the article's own tags do not;
 * it stands in as a category only when the page states no tags. Several values from one source are the categories
 * the author ticked (WordPress SEO plugins list them all), and stay.
 */
function isCategoryList(values: string[]): boolean {
  return uniqueLabels(values).length >= MIN_CATEGORY_LIST;
}

/**
 * Tags in order of evidence: the newsroom's own (`rel="tag"` links, `article:tag`, JSON-LD keywords), else a
 * visible tag list with the keyword metas, else a line of links a tag label opens, else tag-archive links. A
 * source counts only when labels survive cleaning: a CMS that fills `article:tag` with internal slugs has stated no
 * tags, and the next source speaks.
 */
function readTags(links: PageLinks, tags: MetaTags, structured: StructuredArticle | null, writers: readonly string[], headlines: string[]): string[] {
  const siteNames = tags.all('og:site_name', 'application-name');
  const deliberate = uniqueLabels([...links.articleLinkLabels(links.relTagLinks()), ...deliberateTags(tags, structured, links.postTagSlugs())]);
  const metas = uniqueLabels(keywordMetas(tags, siteNames));
  if (deliberate.length > 0) return withoutSlugCopies(withoutRunTogetherLabels(metasCompleteTags(deliberate, metas) ? uniqueLabels([...deliberate, ...metas]) : deliberate));
  // A visible tag list and the keyword metas can be two partial views of the same tags, together fuller; but a
  // keyword list that shares no tag with a list of several is the site's standing one, as with the stated tags.
  const tagList = uniqueLabels(links.tagListLabels());
  const listed = tagList.length > 0 && !metasCompleteTags(tagList, metas) ? tagList : uniqueLabels([...tagList, ...metas]);
  if (listed.length > 0) return withoutSlugCopies(listed);
  const labelled = uniqueLabels(links.labelledTagLine(headlines));
  if (labelled.length > 0) return labelled;
  return uniqueLabels(links.tagArchiveLinks(writers, headlines));
}

/**
 * Rule "slug copy": CMSs put a tag's URL slug next to its label ("kuchen-&-gebäck" beside "Kuchen & Gebäck"),
 * one tag written twice. The slug form (lower case, hyphens for spaces) gives way to the label; a hyphenated
 * label with no spaced twin ("covid-19", "Ukraine-Krieg") is a tag of its own.
 */
function withoutSlugCopies(labels: string[]): string[] {
  const spaced = new Set(labels.filter((label) => label.includes(' ')).map((label) => label.toLowerCase()));
  return labels.filter((label) => !(SLUG.test(label) && spaced.has(label.replace(/-+/g, ' '))));
}

/**
 * Newsrooms often fill `article:tag` and the keyword metas from different fields of the same article, each
 * partial. The keyword metas join the stated tags when they share a tag with them (so they are this article's,
 * not the site's standing keyword list) or when a single stated tag stands for the whole list (a coarse topic,
 * or the tags run together into one string).
 */
function metasCompleteTags(deliberate: string[], metas: string[]): boolean {
  return deliberate.length === 1 || deliberate.some((tag) => metas.some((meta) => sameLabel(meta, tag)));
}

/**
 * Some CMSs also store the whole tag list run together with spaces as one more tag ("Cannes Messen Duisburg"
 * next to "Cannes", "Messen", "Duisburg"). A label made up entirely of several of the other labels is such a
 * copy, not a tag of its own.
 */
function withoutRunTogetherLabels(labels: string[]): string[] {
  const known = new Set(labels.map((label) => label.toLowerCase()));
  return labels.filter((label) => !isRunTogether(label.toLowerCase().split(' '), known));
}

/** True when the words split into at least {@link MIN_RUN_TOGETHER_LABELS} consecutive runs that are each a known label. */
function isRunTogether(words: string[], known: ReadonlySet<string>): boolean {
  // pieces[i]: most known labels that words[0..i) splits into, -1 when it does not split into known labels.
  const pieces = new Array<number>(words.length + 1).fill(-1);
  pieces[0] = 0;
  for (let end = 1; end <= words.length; end++) {
    for (let start = 0; start < end; start++) {
      if (pieces[start] >= 0 && known.has(words.slice(start, end).join(' '))) pieces[end] = Math.max(pieces[end], pieces[start] + 1);
    }
  }
  return pieces[words.length] >= MIN_RUN_TOGETHER_LABELS;
}

/**
 * article:tag, Parse.ly/Sailthru tags and JSON-LD keywords: per-article choices of the newsroom.
 * Rule "post classes vouch for stated tags": WordPress names each of the post's tags in its article element's
 * class (`tag-climate-change`). Where it names entries of some stated lists, a list it names none of was filled
 * from another field (an SEO plugin's focus words "2023, Hottest", all tags run together into one) and is left
 * out. Classes that name no stated tag at all are the newsroom's internal ones (`tag-seo`) and vouch for nothing.
 */
function deliberateTags(tags: MetaTags, structured: StructuredArticle | null, postTagSlugs: ReadonlySet<string>): string[] {
  const lists = [...STATED_TAG_FIELDS.map((field) => tags.all(field).flatMap(splitKeywords)), structured?.keywords ?? []];
  const vouched = lists.filter((list) => list.some((label) => postTagSlugs.has(slugOf(label))));
  return withoutSubjectCodes((vouched.length > 0 ? vouched : lists).flat().filter(isNotStrayLetter)).slice(0, MAX_KEYWORDS);
}

/** A slug as the label's letters: WordPress percent-encodes the letters beyond ASCII (`tag-%d1%84%d0%be%d1%82%d0%be`). */
function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** A label as WordPress writes it into a URL or class: lower case, accents dropped, words joined by hyphens. */
function slugOf(label: string): string {
  return label.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
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

function isNotStrayLetter(value: string): boolean {
  return !STRAY_LETTER.test(value.trim());
}

/**
 * news_keywords and keywords metas: often one site-wide list on every page, so long lists are ignored; agencies
 * fill them with the same subject codes as their tag fields; some themes copy the cut-off description into them.
 */
function keywordMetas(tags: MetaTags, siteNames: string[]): string[] {
  const declared = tags.all('news_keywords', 'keywords')
    .filter((value) => !TRUNCATED_PROSE.test(value))
    .map(splitKeywords)
    .filter((keywords) => !isSiteKeywordList(keywords, siteNames))
    .flat()
    .filter(isNotStrayLetter);
  return declared.length <= MAX_KEYWORDS ? withoutSubjectCodes(declared) : [];
}

/**
 * Rule "site-led keywords": a keyword list that opens with the site's own name ("Daily Planet, News, Sport,
 * Opinion") is the site's standing SEO list, printed on every page; an article's list names its story first and
 * may name the site at most in passing, further on.
 */
function isSiteKeywordList(keywords: string[], siteNames: string[]): boolean {
  const first = keywords[0]?.trim();
  return first !== undefined && siteNames.some((name) => sameLabel(name.trim(), first));
}

/**
 * The page's links, read from its one walk: taxonomy asks the same few questions of every link (its `rel`, its
 * URL, which containers enclose it), which whole-document selectors would answer by re-walking every link's
 * ancestors once per selector.
 */
class PageLinks {
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
        ? this.isLabelled(previousElement(list), true) || this.isLabelled(list.children.find(isTagElement), true)
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
        for (const link of links) inside.push(link);
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
 * Rule "stated trail": the JSON-LD BreadcrumbList stands in for a trail the theme does not show. As with a shown
 * trail, a crumb without an address (the page itself, which SEO plugins list last) or at the site root (the home
 * page, often under the site's name) is no folder.
 */
function statedTrailLabels(crumbs: StructuredCrumb[]): string[] {
  return crumbs.filter((crumb) => linkPath(crumb.url ?? undefined) !== null).map((crumb) => crumb.name);
}

/**
 * Rule "shown trail picks the categories": a stated list of sections (WordPress SEO plugins' `articleSection`)
 * holds every category the post is ticked in, the theme's placement flags among them ("Startseite", "Slider",
 * "Topstory"). When the page's breadcrumb trail links one of them, the trail is the path the site files the
 * article under: its folders are the article's categories, and the innermost crumb it states is the section. Of
 * the other ticks, those the article shows (its header's category labels, a crumb without a link) are categories
 * too; the rest are flags. A trail that links none of them (only "Home › Featured") is too thin to pick by.
 */
function innermostStatedCrumb(folders: string[], crumbs: string[], stated: string[]): string | undefined {
  const labels = uniqueLabels(stated);
  const statedKeys = new Set(labels.map(labelKey));
  const isStated = (crumb: string) => statedKeys.has(labelKey(crumb));
  if (labels.length < MIN_CATEGORY_LIST || !folders.some(isStated)) return undefined;
  return crumbs.findLast(isStated);
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

/**
 * A crumb that names a folder: not the home page, not the page itself, not a glossary's letter ("Lexikon > E"), not a
 * date archive's year, month or week ("News › 2015 › KW 15", "Archiv › 06/2019"), which says when, not what about.
 */
function isFolderCrumb(crumb: string, headlines: string[]): boolean {
  return !isHomeCrumb(crumb) && !namesThePage(crumb, headlines) && isNotStrayLetter(crumb) && !DATE_ARCHIVE_CRUMB.test(crumb.trim());
}
/** A number, a numeric date, or one after a short abbreviation ("2015", "06/2019", "KW 15", "Nr. 12"). */
const DATE_ARCHIVE_CRUMB = /^(?:\p{L}{1,3}\.?\s*)?\d[\d\s./-]*$/u;

function isHomeCrumb(label: string): boolean {
  return HOME_CRUMB.test(label.trim());
}

/** The trail's last crumb is often the page itself, its headline repeated (whole or cut short). */
function namesThePage(crumb: string, headlines: string[]): boolean {
  const words = crumb.split(' ').length;
  return words >= MIN_HEADLINE_CRUMB_WORDS && headlines.some((headline) => headline.toLowerCase().startsWith(crumb.toLowerCase().replace(/\s*(\.\.\.|…)$/, '')));
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
function linkPath(href: string | undefined): string | null {
  if (!href) return null;
  return href.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '').replace(/\/+$/, '') || null;
}

function splitKeywords(value: string): string[] {
  const decoded = decodeLeftoverEntities(value);
  if (SERIAL_COMMA.test(decoded) && decoded.length <= MAX_LABEL_LENGTH) return [decoded];
  // Some CMSs join keywords with pipes ("porto | soja | exportação"); a pipe is never part of one keyword.
  return decoded.split(/\s*[,،;|]\s*/);
}

function uniqueLabels(labels: string[]): string[] {
  const result: string[] = [];
  // Keys of the labels kept, so a list of thousands of labels is not compared pairwise.
  const kept = new Set<string>();
  for (let index = 0; index < labels.length; index++) {
    const cleaned = decodeLeftoverEntities(labels[index]).replace(/\s+/g, ' ').trim().replace(LABEL_EDGE_MARKS, '').trim();
    if (!cleaned || cleaned.length > MAX_LABEL_LENGTH || INTERNAL_LABEL.test(cleaned) || NO_LABEL.test(cleaned) || isUnsetValue(cleaned)) continue;
    if ((index === 0 || index === labels.length - 1) && TAG_LINE_LABEL.test(cleaned)) continue;
    if (kept.has(labelKey(cleaned))) continue;
    kept.add(labelKey(cleaned));
    result.push(cleaned);
  }
  return result;
}

function sameLabel(a: string, b: string): boolean {
  return labelKey(a) === labelKey(b);
}

/** What two labels that name the same thing have in common: their letters, whatever their case. */
function labelKey(label: string): string {
  return label.toLowerCase();
}
