/**
 * Section, categories and tags. Categories come from the CMS's own category links (WordPress marks them
 * `rel="category tag"`), `article:section` and JSON-LD `articleSection`; tags from `article:tag`, keywords,
 * `rel="tag"` links and the theme's tag-list box. Labels are kept as written, without repeats; newsroom subject
 * codes, keyword lists led by the site's name, the site's own domain, the writer and slug copies are left out. A
 * lone section value is the site folder: it stays the section, and is a category only when the article states no tags.
 */
import type { Element } from 'domhandler';
import type { MetaTags } from './meta-tags';
import type { StructuredArticle, StructuredCrumb } from './json-ld';
import { containsAnyPattern, containsPattern, hasToken, type IndexedPage, textContent } from './regions';
import { normalizeSpace } from '../dom-walk';
import { innerSegments } from './title-affixes';
import { decodeLeftoverEntities } from '../plain-text';
import { isHomeCrumb } from './breadcrumb-trail';
import { linkPath, TAG_ARCHIVE_PATH } from './link-addresses';
import { HOME_PAGE_LINK, PageLinks } from './page-links';
import { withoutStretching } from './text';
import { labelKey, MAX_LABEL_LENGTH, sameLabel, uniqueLabels } from './taxonomy-labels';
import { domainSpelling, spelledAsDomain } from './site-name';
import { agencyNamed } from './wire-agencies';

export interface Taxonomy {
  section: string | null;
  categories: string[];
  tags: string[];
}

const CANONICAL_REL: ReadonlySet<string> = new Set(['canonical']);
/**
 * Rule "section stated by its folder": CMSs fill `article:section` with the folder's slug ("economy", "el-salvador")
 * where the page links that folder under its name, in the kicker or the menu (`<a href="/economy">اقتصاد</a>`); the
 * name the reader sees is the section. A slug is lower-case Latin letters, digits and hyphens, with no spaces.
 */
const FOLDER_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
/** Keyword lists with more entries than this are SEO stuffing, not the article's tags. */
const MAX_KEYWORDS = 40;
/** Values one section field lists at least, to be the author's categories rather than the site folder. */
const MIN_CATEGORY_LIST = 2;
/** A tag's URL slug: lower case, words joined by hyphens, no spaces. */
const SLUG = /^[^\s\p{Lu}]+-[^\s\p{Lu}]+$/u;
/**
 * A comma before "&" is a serial comma inside one name ("Business, Finance, & Economics", an ad-taxonomy topic):
 * list separators are never followed by an ampersand.
 */
const SERIAL_COMMA = /,\s*&\s/;
/** Meta fields where a newsroom states an article's tags, each a list of its own. */
const STATED_TAG_FIELDS = ['article:tag', 'parsely-tags', 'sailthru.tags', 'itemprop:keywords'];
/** Words a site's name keeps at least when a keyword field shortens it by its last word. */
const MIN_SHORT_NAME_WORDS = 2;
/** Two labels side by side are often one name with its parts also tagged ("Mario Voigt", "Mario", "Voigt"). */
const MIN_RUN_TOGETHER_LABELS = 3;
/** A crumb this long that begins the headline is the page itself; a shorter one may be a section the headline names. */
const MIN_HEADLINE_CRUMB_WORDS = 3;
/** A value cut off with an ellipsis is a teaser sentence copied into a keyword field, not a keyword list. */
const TRUNCATED_PROSE = /(\.\.\.|…)\s*$/;
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

/** The meta tags a page states its section in: OpenGraph's, Parse.ly's, a plain name and microdata. */
export const SECTION_META_KEYS = ['article:section', 'parsely-section', 'section', 'itemprop:articlesection'];

export function readTaxonomy(
  page: IndexedPage, tags: MetaTags, structured: StructuredArticle | null, structuredTrail: StructuredCrumb[] = [], shownTitle: string | null = null, siteName: string | null = null,
): Taxonomy {
  const links = new PageLinks(page, shownTitle);
  const metaSections = tags.all(...SECTION_META_KEYS).map((value) => FOLDER_SLUG.test(value.trim()) ? links.folderLabel(value.trim()) ?? value : value);
  const sectionValues = [...metaSections, ...(structured?.sections ?? [])];
  const headlines = [structured?.headline, ...tags.all('og:title')].filter((value): value is string => Boolean(value));
  const ownHosts = tags.all('og:url').map(hostOf).filter((host): host is string => host !== null);
  const writers = [...tags.all('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator'), ...(structured?.authors ?? []), ...(structured?.organizationAuthors ?? [])].map((name) => name.trim());
  // Spelled out only when a keyword list shares a tag with the stated ones, which few pages ask.
  const siteSpelled = () => siteSpellings([...tags.all('og:site_name', 'application-name'), ...(siteName ? [siteName] : [])], ownHosts);
  // SEO plugins seed the keyword field with the headline: a keyword that repeats it names the page, not a topic.
  const tagLabels = readTags(links, tags, structured, writers, headlines, siteSpelled, siteName)
    .filter((tag) => !headlines.some((headline) => sameLabel(headline.trim(), tag)) && !namesOwnSite(tag, ownHosts) && !namesWriter(tag, writers));
  const statedSections = tagLabels.length > 0 ? [metaSections, structured?.sections ?? []].filter(isCategoryList).flat() : sectionValues;
  const canonicals = page.tagged('link').filter((link) => hasToken(link.attribs.rel, CANONICAL_REL)).map((link) => link.attribs.href);
  const ownPaths = new Set([...tags.all('og:url'), ...canonicals, structured?.url ?? undefined].map(linkPath).filter((path): path is string => path !== null));
  const unlinkedFolder = links.unlinkedFolderCrumb();
  const shownTrail = unlinkedFolder ? [...links.breadcrumbLabels(ownPaths), unlinkedFolder] : links.breadcrumbLabels(ownPaths);
  // The trail's last crumb repeats the headline the page shows, which no metadata may state.
  const crumbHeadlines = shownTitle ? [...headlines, shownTitle] : headlines;
  const ownFolders = new Set(links.ownFolderCrumbLabels(ownPaths).map(labelKey));
  const shownFolders = uniqueLabels(shownTrail).filter((crumb) => isFolderCrumb(crumb, ownFolders.has(labelKey(crumb)) ? [] : crumbHeadlines));
  const pickedSection = innermostStatedCrumb(shownFolders, links.crumbTexts(), statedSections);
  const shownStated = pickedSection === undefined ? statedSectionsShown(statedSections, links, tagLabels) : undefined;
  const filedUnder = pickedSection !== undefined ? [...shownFolders, ...statedSections.filter((label) => links.showsLabel(label))] : shownStated ?? statedSections;
  let categories = uniqueLabels([...links.articleLinkLabels(links.categoryLinks()), ...filedUnder]);
  if (categories.length === 0) categories = uniqueLabels(links.labelledCategoryList());
  if (categories.length === 0) categories = uniqueLabels(links.wikiCategoryLinks());
  if (categories.length === 0) categories = uniqueLabels(links.postParentMenuItem() ?? []);
  if (categories.length === 0) categories = uniqueLabels(links.categoryArchiveLinks(headlines));
  // Rule "kicker names the section": the one category link over the headline is, like a lone stated section, the
  // folder the article sits in; it is a category only when the article states no tags, and names the section either way.
  // Rule "column kicker": a columnist's page heads the column with the writer's name over the headline, linked to the
  // column's folder (`<div class="story-section"><a href="/news/opinion/laurie-oakes">Laurie Oakes</a>`); that is the
  // byline's name, not a subject the paper files stories under.
  // The label an old template prints stretched with the tatweel ("الــرأي") is the section "الرأي" (rule "stretched name").
  const kicker = categories.length === 0 ? uniqueLabels(links.categoryLabel(headlines, tagLabels).map(withoutStretching)).filter((label) => !namesWriter(label, writers)) : [];
  if (categories.length === 0 && tagLabels.length === 0) categories = kicker;
  // A breadcrumb trail names the site's folders, which are sections only loosely: read only when nothing else speaks.
  // A kicker that is a trail of folders (rule "kicker trail") names the section last, as a breadcrumb trail does.
  let trailSection = kicker.length > 1 ? kicker.at(-1) : undefined;
  if (categories.length === 0 && tagLabels.length === 0) {
    const trail = shownTrail.length > 0 ? shownTrail : statedTrailLabels(structuredTrail);
    categories = uniqueLabels(trail).filter((crumb) => isFolderCrumb(crumb, ownFolders.has(labelKey(crumb)) ? [] : crumbHeadlines));
    // Rule "innermost crumb": a trail runs from the widest folder to the narrowest ("Politik > Ausland"), and the
    // article sits in the last one, which is its section; the first is only the department above it.
    trailSection = categories.at(-1);
  }
  // A page that files itself under categories or states its section names it so; a page with only tags still shows
  // where it sits, in its trail or else its kicker (the trail names the innermost folder, a kicker may name the outer).
  // Rule "declared trail beside the tags": a portal that shows no trail declares it in a JSON-LD BreadcrumbList (home,
  // the folder, the headline), and a page with only tags sits in that folder as it would in a shown one.
  if (categories.length === 0 && sectionValues.length === 0) {
    // The crumb that links the page's own address names the page, whatever its words.
    const statedFolders = structuredTrail.filter((crumb) => !ownPaths.has(linkPath(crumb.url ?? undefined) ?? '')).map((crumb) => crumb.name);
    trailSection = shownFolders.at(-1) ?? uniqueLabels(statedTrailLabels(structuredTrail).filter((name) => statedFolders.includes(name))).filter((crumb) => isFolderCrumb(crumb, crumbHeadlines)).at(-1) ?? kicker.at(-1);
  }
  const categoryKeys = new Set(categories.map(labelKey));
  let statedTwice: Set<string> | undefined;
  const isTagOfCategoryName = (tag: string) => (statedTwice ??= tagsStatedTwice(links, tags, structured)).has(labelKey(tag));
  return {
    section: inCaseSpelled(pickedSection ?? shownStated?.[0] ?? uniqueLabels(sectionValues)[0] ?? trailSection ?? categories[0] ?? printedSectionLabel(page) ?? upLinkTitle(page) ?? menuCurrentCategory(page) ?? null, page),
    categories,
    tags: tagLabels.filter((tag) => !categoryKeys.has(labelKey(tag)) || isTagOfCategoryName(tag)),
  };
}

/**
 * Rule "the credited agency's keyword": a CMS that takes in agency copy files the agency's name among the article's
 * keywords ("Strøm, NTB"), which routes the copy in its feeds; the page credits the agency as the story's source
 * ("(©NTB)"), and the tag row it shows leaves the agency out. Such a keyword says who sent the story, not what it is
 * about, and leaves the tags once the record knows the agency it credits. A page that shows no tags keeps every one it
 * declares (`article:tag` "AP" on a page with no tag row is all a reader has), and a tag the page shows stays. The
 * wire source is read from the body too, after the taxonomy, so the keywords that name an agency are set aside here
 * and weighed then.
 */
export function unshownAgencyTags(page: IndexedPage, tags: readonly string[], shownTitle: string | null): string[] {
  const named = tags.filter((tag) => agencyNamed(tag.trim()) !== null);
  if (named.length === 0) return [];
  const links = new PageLinks(page, shownTitle);
  const shownTags = new Set([...links.articleLinkLabels(links.relTagLinks(), (link) => links.isInPostBox(link)), ...links.tagListLabels()].map(labelKey));
  if (shownTags.size === 0) return [];
  return named.filter((tag) => !shownTags.has(labelKey(tag)) && !links.linksLabel(tag));
}

/** The tags without the unshown keyword that names the agency the record credits (see `unshownAgencyTags`). */
export function withoutCreditedAgency(tags: string[], unshownAgencies: readonly string[], wireSource: string | null): string[] {
  if (wireSource === null || unshownAgencies.length === 0) return tags;
  return tags.filter((tag) => !(unshownAgencies.includes(tag) && agencyNamed(tag.trim()) === wireSource));
}

/**
 * Rule "tag stated twice": a label that is both one of the article's categories and one of its tags is as a rule the
 * category, which keyword fields and tag metas copy. But a CMS keeps categories and tags apart, and a post may sit
 * in a category and carry a tag of the same name (`"articleSection":["Sport","Tennis"]` beside
 * `<meta property="article:tag" content="Tennis">` and `<a href="/tag/tennis/" rel="tag">Tennis</a>`). A label the
 * newsroom states as a tag in its per-article tag fields (`article:tag`, or the JSON-LD `keywords` of a theme that
 * writes no tag metas) and shows among the article's tag links is such a tag, and stays one. Rule "tag archive
 * link": so is a label the CMS links both ways, as a category (`<a href="/saude/" rel="category tag">Saúde</a>`)
 * and as a tag, `rel="tag"` into the tag archive (`<a href="/tag/saude/" rel="tag">saúde</a>`): WordPress writes
 * the two lists apart, each from its own taxonomy. A category that only a section field states may be a copy of the
 * tag, and does not count. Asked only when a tag repeats a category.
 */
function tagsStatedTwice(links: PageLinks, tags: MetaTags, structured: StructuredArticle | null): Set<string> {
  const linkedCategories = new Set(links.articleLinkLabels(links.categoryLinks()).map(labelKey));
  const archived = links.articleLinkLabels(links.relTagLinks().filter((link) => TAG_ARCHIVE_PATH.test(link.attribs.href ?? '')), (link) => links.isInPostBox(link))
    .filter((label) => linkedCategories.has(labelKey(label)));
  const stated = new Set([...tags.all('article:tag').flatMap(splitKeywords), ...structured?.keywords ?? []].map(labelKey));
  if (stated.size === 0) return new Set(archived.map(labelKey));
  const shown = [...links.articleLinkLabels(links.relTagLinks(), (link) => links.isInPostBox(link)), ...links.tagListLabels()];
  return new Set([...archived, ...shown].map(labelKey).filter((key) => stated.has(key) || archived.some((label) => labelKey(label) === key)));
}

/**
 * Rule "section in capitals": a template sets the section's label over the headline in capitals ("POLICE & COURTS"),
 * by its style or in its text, and the same section's name stands in the document title's middle part or the menu's
 * link in its own case ("Courier :: Police & Courts :: Headline"). Capitals are the label's type, not the name: the
 * spelling the title or the menu gives is the section's. A label in capitals that nothing spells otherwise (an
 * acronym, "NFL") is kept as printed.
 */
function inCaseSpelled(section: string | null, page: IndexedPage): string | null {
  if (section === null || section !== section.toLocaleUpperCase() || section === section.toLocaleLowerCase()) return section;
  const key = section.toLocaleLowerCase();
  const title = page.first('title');
  const inner = title ? innerSegments(normalizeSpace(textContent(title))) : [];
  const spelled = (name: string | null) => name !== null && name !== section && name.toLocaleLowerCase() === key;
  return inner.find(spelled) ?? page.tagged('a').map((link) => page.shortText(link, MAX_LABEL_LENGTH)).find(spelled) ?? section;
}

/**
 * The section a page prints as a label of its own, where no link, trail or metadata names it; one pass over the
 * page's short elements reads both forms.
 * Rule "section label in the title": a table-layout CMS (ASP.NET's `<span id="ctl00_ContentPlaceHolder1_lblSection">`)
 * prints the article's section as a label of its own above the headline, no link and no trail, and its document
 * title names it between the site and the headline ("Site :: Local news :: Headline"). An element whose id or class
 * names the section and whose whole text is an inner part of the title is the section; either alone is not enough:
 * a box named "section" holds anything, and a title's middle part may be a kicker. Rule "the menu's section over the
 * headline": older table layouts print the label in a bare `<font><b>` in capitals ("CIDADES" over the headline of
 * "Diário - Cidades - Headline"), with no id or class; the menu's link of the same name ("Cidades") says the
 * title's part is a section of the site, not a kicker. The title's spelling is kept.
 * Rule "labelled section": news systems print the section in the story's particulars, after a word that names it
 * ("<span>سرویس: اجتماعی</span>" beside the news code and the date on Iranian sites, "Sección: Economía",
 * "Ressort: Wirtschaft", "القسم: اقتصاد"). A short element whose whole text is that word and a name of a few words,
 * outside foreign regions and menus, names the section.
 * Rule "unlinked trail over the headline": hand-made table layouts print the trail as plain text on the line over the
 * headline ("<font>Nouvelles &gt; Économie</font><br><h1>…", "<p class="cat">Wararka » Siyaasadda</p>"), no link to
 * find it by; its innermost crumb is the section, as a linked trail's is.
 */
function printedSectionLabel(page: IndexedPage): string | null {
  const title = page.first('title');
  const inner = title ? innerSegments(normalizeSpace(textContent(title))) : [];
  const { elements, visibleChars } = page.walk;
  const ids = page.attributeOfAll('id');
  const classes = page.attributeOfAll('class');
  const innerKeys = new Map(inner.map((segment) => [segment.toLocaleLowerCase(), segment]));
  let linkKeys: Set<string> | undefined;
  const isMenuLink = (key: string) => (linkKeys ??= new Set(page.tagged('a').map((link) => (page.shortText(link, MAX_LABEL_LENGTH) ?? '').toLocaleLowerCase()))).has(key);
  for (let index = 0; index < elements.length; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_LABEL_LENGTH) continue;
    if (innerKeys.size > 0 && UNNAMED_LABEL_TAGS.has(elements[index].name)) {
      const key = page.shortTextAt(index, MAX_LABEL_LENGTH)?.toLocaleLowerCase();
      const segment = key ? innerKeys.get(key) : undefined;
      if (segment && key !== segment && key!.toLocaleUpperCase() === page.shortTextAt(index, MAX_LABEL_LENGTH) && !page.isForeign(elements[index]) && isMenuLink(key!)) return segment;
    }
    if (innerKeys.size > 0 && BOARD_HEADING_TAGS.has(elements[index].name)) {
      const text = page.shortTextAt(index, MAX_LABEL_LENGTH);
      if (text && innerKeys.get(text.toLocaleLowerCase()) === text && !CASED_LETTER.test(text) && !page.isForeign(elements[index]) && isMenuLink(text.toLocaleLowerCase())) return text;
    }
    const crumb = innermostUnlinkedCrumb(page, elements[index], index);
    if (crumb) return crumb;
    const named = containsPattern(ids[index], SECTION_LABEL) || containsPattern(classes[index], SECTION_LABEL);
    if (!named && !SECTION_WORD_START.test(leadingText(elements[index]))) {
      const field = barredRowSection(page, elements[index], index);
      if (field) return field;
      continue;
    }
    const text = page.shortTextAt(index, MAX_LABEL_LENGTH);
    if (!text || page.isForeign(elements[index])) continue;
    if (named && inner.includes(text)) return text;
    const filed = named ? FILED_IN_SECTION.exec(text)?.[1] : undefined;
    if (filed && !/\d/.test(filed) && filed.split(/\s+/).length <= MAX_LABELLED_SECTION_WORDS) return filed;
    const labelled = LABELLED_SECTION.exec(text)?.[1];
    if (labelled && labelled.split(/\s+/).length <= MAX_LABELLED_SECTION_WORDS) return labelled;
  }
  return null;
}
/**
 * Rule "labelled section in a barred row": older templates print the story's particulars as one line, the fields
 * parted by bars ("گزارشگر: … | تاریخ: … | بخش: اقتصاد | ۳ نظر"), the section one labelled field among them, as
 * it would stand alone; only a row whose own text prints the bars is read so.
 */
function barredRowSection(page: IndexedPage, element: Element, index: number): string | null {
  if (!element.children.some((child) => child.type === 'text' && (child as unknown as { data: string }).data.includes('|'))) return null;
  const text = page.shortTextAt(index, MAX_LABEL_LENGTH);
  if (!text || page.isForeign(element)) return null;
  for (const field of text.split(ROW_BAR)) {
    const labelled = LABELLED_SECTION.exec(field.trim())?.[1];
    if (labelled && !/\d/.test(labelled) && labelled.split(/\s+/).length <= MAX_LABELLED_SECTION_WORDS) return labelled;
  }
  return null;
}
const ROW_BAR = /\s\|\s/u;

/** The innermost crumb of a trail printed as plain text right over the h1 (rule "unlinked trail over the headline"). */
function innermostUnlinkedCrumb(page: IndexedPage, element: Element, index: number): string | null {
  if (!TRAIL_LINE_TAGS.has(element.name) || nextElementSkippingBreaks(element)?.name !== 'h1') return null;
  const text = page.shortTextAt(index, MAX_LABEL_LENGTH);
  const crumbs = text && UNLINKED_TRAIL.test(text) ? text.split(TRAIL_MARK) : null;
  const { elements, subtreeEnd } = page.walk;
  if (!crumbs || elements.slice(index + 1, subtreeEnd[index]).some((inner) => inner.name === 'a')) return null;
  const last = crumbs.at(-1)!;
  return /\d/.test(last) || last.split(/\s+/).length > MAX_LABELLED_SECTION_WORDS ? null : last;
}
const TRAIL_LINE_TAGS = new Set(['font', 'p', 'div', 'span', 'td', 'b', 'small']);
/** Two to four crumbs of a few words each, parted by a trail's arrow marks. */
const UNLINKED_TRAIL = /^[^>»›<|]{1,40}(?:\s[>»›]\s[^>»›<|]{1,40}){1,3}$/u;
const TRAIL_MARK = /\s[>»›]\s/u;
function nextElementSkippingBreaks(element: Element): Element | null {
  for (let node = element.next; node; node = node.next) {
    if (node.type === 'text' ? (node as unknown as { data: string }).data.trim() !== '' : node.type === 'tag' && (node as Element).name !== 'br') {
      return node.type === 'tag' ? node as Element : null;
    }
  }
  return null;
}
/** The bare emphasis a table layout's label is set in. */
const UNNAMED_LABEL_TAGS = new Set(['b', 'strong', 'font']);
/**
 * Rule "the board's heading": board software (GNUBoard, XE) heads a post with its board's name as a heading over the
 * subject ("<h2 id="container_title">지역소식</h2>"), the name its `<title>` holds between subject and site ("Subject >
 * 지역소식 | Site") and its menu links to. Scripts without capitals cannot print the label in capitals, as rule "the
 * menu's section over the headline" asks of a Latin one; the heading's tag sets it apart instead.
 */
const BOARD_HEADING_TAGS = new Set(['h2', 'h3']);
const CASED_LETTER = /[\p{Lu}\p{Ll}]/u;
/** The text an element opens with, in its first child or that child's first child: where a label's word stands. */
function leadingText(element: Element): string {
  const first = element.children[0];
  const node = first?.type === 'tag' ? (first as Element).children[0] : first;
  return node?.type === 'text' ? (node as unknown as { data: string }).data.trim() : '';
}
/**
 * The words that name a section before its name, in the particulars of a story; Russian, Ukrainian, Belarusian,
 * Bulgarian, Serbian and Macedonian ones too ("Категория: Новости" in Joomla's Russian article info, "Рубрика:",
 * "Категорія:", "Катэгорыя:", "Категорија:"), and the Persian "بخش:" (section) of Afghan and Iranian PHP templates.
 */
const SECTION_WORDS = 'section|sección|secção|seção|rubrik|rubrique|ressort|sezione|kategori|سرویس|گروه|بخش|القسم|قسم|категория|категорія|катэгорыя|категорија|рубрика';
const SECTION_WORD_START = new RegExp(`^(?:${SECTION_WORDS})(?:\\s*[:：]|$)`, 'iu');
const LABELLED_SECTION = new RegExp(`^(?:${SECTION_WORDS})\\s*[:：]\\s*(\\S.*)$`, 'iu');
/**
 * Rule "filed in the category": Joomla's K2 and other CMSs print the story's category under the text in a box named
 * for it, after the words "published in" ("<div class="itemCategory"><span>نشرت في</span> <a>رمضانيات</a></div>",
 * "Published in News", "Veröffentlicht in Lokales", "Publié dans Société"). In a box so named, the name after those
 * words is the section; "نشر في" also opens a date, which a section's name never holds. Rule "in the rubric": the
 * Russian and Tajik translations of the same templates say "Опубликовано в" (published in) or file the story "in the
 * rubric" of its desk, "В рубрике" and Tajik "Дар рубрикаи" (or "Дар бахши", in the section), with or without a colon.
 */
const FILED_IN_SECTION = /^(?:published in|posted in|filed (?:in|under)|veröffentlicht in|publié dans|publicado en|pubblicato in|نُ?شرت?\s+في|опубликовано в|в рубрике|дар (?:рубрикаи|бахши))\s*[:：]?\s+(\S.*)$/iu;
/** A section's name is a word or a few ("Local news", "علم و فناوری"); a longer text is a sentence. */
const MAX_LABELLED_SECTION_WORDS = 4;
/**
 * Ids and class names (parts of them, any case) of a section's label: "lblSection", "SectionTitle", "news-section";
 * Brazilian templates name it by the newsroom's word for a section, "editoria" (`<a class="header-editoria--link">`).
 */
const SECTION_LABEL = containsAnyPattern(['section', 'categor', 'editoria']);

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
function readTags(links: PageLinks, tags: MetaTags, structured: StructuredArticle | null, writers: readonly string[], headlines: string[], siteSpelled: () => ReadonlySet<string>, siteName: string | null): string[] {
  // Rule "site-led keywords, site named by its title": a CMS that declares no site name (Joomla, e107, PHP-Nuke) still
  // opens its standing keyword list with the name its page titles carry; the record's site name, read from there,
  // tells that list as well as a declared one.
  const siteNames = [...tags.all('og:site_name', 'application-name'), ...(siteName ? [siteName] : [])];
  const deliberate = uniqueLabels([...links.articleLinkLabels(links.relTagLinks(), (link) => links.isInPostBox(link)), ...deliberateTags(tags, structured, links.postTagSlugs())]);
  const metas = uniqueLabels(keywordMetas(tags, siteNames));
  if (deliberate.length > 0) return withoutSlugCopies(withoutRunTogetherLabels(metasCompleteTags(deliberate, metas, siteSpelled) ? uniqueLabels([...deliberate, ...withoutNewsKeywords(metas)]) : deliberate));
  // A visible tag list and the keyword metas can be two partial views of the same tags, together fuller; but a
  // keyword list that shares no tag with a list of several is the site's standing one, as with the stated tags.
  const tagList = uniqueLabels(links.tagListLabels());
  const listed = tagList.length > 0 && !metasCompleteTags(tagList, metas, siteSpelled) ? tagList : uniqueLabels([...tagList, ...(tagList.length > 0 ? withoutNewsKeywords(metas) : withoutPaperName(metas, siteNames))]);
  if (listed.length > 0) return withoutSlugCopies(listed);
  const labelled = uniqueLabels(links.labelledTagLine(headlines));
  if (labelled.length > 0) return labelled;
  return uniqueLabels(links.tagArchiveLinks(writers, headlines));
}

/**
 * Rule "news keyword": Turkish and Azerbaijani SEO templates add the city's or the section's news to an article's
 * keywords ("Kayseri haber", "ekonomi haberleri", "Bakı xəbərləri"), words a search is typed with, no tag of the
 * story. Where the keyword metas join the tags the newsroom states or shows, a keyword that ends in the word for news
 * stays out. Rule "news and breaking as keywords": the same templates add the bare words for news and breaking news
 * to every article ("haberler", "son dakika", "xəbərlər", "son xəbərlər"), the words of every search for the site,
 * which name no topic of any one story.
 */
function withoutNewsKeywords(keywords: string[]): string[] {
  return keywords.filter((keyword) => !NEWS_KEYWORD.test(keyword));
}
const NEWS_KEYWORD = /\s(?:haber|haberi|haberleri|xəbər|xəbəri|xəbərləri)$|^(?:haber(?:ler)?|son dakika(?: haberleri)?|xəbərlər|son xəbərlər)$/iu;

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
 * Rule "keywords naming the site": an SEO template writes the site's name and its standing words (the country's
 * news, "Breaking", the section's news) around the article's few, in either order
 * (`content="Daily Planet, World news, Floods, Breaking"`, `content="Floods, Roads, Daily Planet, Business news"`).
 * A newsroom's own keyword list names topics; where the article states its tags (a stated list, a visible tag box
 * of several), a list that names the site adds only the template's words, and joins them not.
 */
function metasCompleteTags(deliberate: string[], metas: string[], siteSpelled: () => ReadonlySet<string>): boolean {
  if (deliberate.length === 1) return true;
  if (!deliberate.some((tag) => metas.some((meta) => sameLabel(meta, tag)))) return false;
  const spellings = siteSpelled();
  return !metas.some((meta) => spellings.has(spelledAsDomain(meta)));
}

/**
 * Rule "paper without its edition": Japanese papers name their site for the paper and its web edition ("…新聞デジタル",
 * "…日報 電子版") and write the paper's name alone among each article's keywords, the template's word and no topic.
 * Where the keyword metas are the only tags, a keyword that is the site's name short of that word stays out; a name
 * with no edition word may be the topic of a site about it.
 */
function withoutPaperName(keywords: string[], siteNames: string[]): string[] {
  const papers = new Set(siteNames.filter((name) => EDITION_WORD.test(name)).map((name) => spelledAsDomain(name.replace(EDITION_WORD, ''))));
  return papers.size === 0 ? keywords : keywords.filter((keyword) => !papers.has(spelledAsDomain(keyword)));
}
const EDITION_WORD = /\s*(?:デジタル|電子版|オンライン|ウェブ版?|web版?)$/iu;

/**
 * The ways a keyword field spells the site's name: as the site writes it ("Daily Planet News"), as its domain
 * spells it ("dailyplanet"), and short of a last word the site drops when it names itself in passing ("Daily
 * Planet"), where at least {@link MIN_SHORT_NAME_WORDS} words are left; a single word left is a topic as often
 * ("Business" of "Business Insider").
 */
function siteSpellings(siteNames: string[], ownHosts: string[]): Set<string> {
  const spellings = new Set(ownHosts.map(domainSpelling));
  for (const name of siteNames) {
    spellings.add(spelledAsDomain(name));
    const words = name.trim().split(/\s+/);
    if (words.length > MIN_SHORT_NAME_WORDS) spellings.add(spelledAsDomain(words.slice(0, -1).join(' ')));
  }
  spellings.delete('');
  return spellings;
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
 * Rule "the page's up link": HTML's `<link rel="up">` points at the document one level above the page, and board
 * software names it: phpBB prints `<link rel="up" href="viewforum.php?f=3" title="Club News">` on every topic, the
 * forum the topic is filed in, where its navigation line ("Forum Index -&gt; Club News") is no trail any template
 * rule knows. Read only when nothing else names the section.
 */
function upLinkTitle(page: IndexedPage): string | null {
  const up = page.tagged('link').find((link) => hasToken(link.attribs.rel?.toLowerCase(), UP_REL) && link.attribs.title?.trim());
  const title = up?.attribs.title?.trim();
  return title && title.length <= MAX_LABEL_LENGTH ? title : null;
}
const UP_REL: ReadonlySet<string> = new Set(['up']);

/**
 * Rule "the menu's current category": WordPress marks, in every theme's menu, the items of the categories a post is
 * filed in (`<li class="menu-item current-post-ancestor current-menu-parent">`), with no word the reader sees; the
 * item that is also the post's parent in the menu is its folder, else the last category item marked. Only a post's
 * marks count: a page's menu marks its parent pages ("current-menu-ancestor", "current_page_parent"), which are the
 * site's pages ("About us"), no section. The home page's item is no folder. Read only when nothing else names the
 * section.
 */
function menuCurrentCategory(page: IndexedPage): string | null {
  let ancestor: string | null = null;
  for (const item of page.tagged('li')) {
    const classes = item.attribs.class;
    if (!classes || !classes.includes('current-') || !hasToken(classes, POST_CATEGORY_CLASSES)) continue;
    const parent = hasToken(classes, CURRENT_PARENT_CLASSES);
    const link = item.children.find((child): child is Element => child.type === 'tag' && (child as Element).name === 'a');
    const label = link && !isHomeLink(link) ? normalizeSpace(textContent(link)) : '';
    if (!label || label.length > MAX_LABEL_LENGTH) continue;
    if (parent) return label;
    ancestor = label;
  }
  return ancestor;
}
const CURRENT_PARENT_CLASSES: ReadonlySet<string> = new Set(['current-menu-parent', 'current-post-parent', 'current-category-parent']);
const POST_CATEGORY_CLASSES: ReadonlySet<string> = new Set(['current-post-ancestor']);
function isHomeLink(link: Element): boolean {
  return HOME_PAGE_LINK.test(link.attribs.href?.trim() ?? '') || isHomeCrumb(normalizeSpace(textContent(link)));
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
 * Rule "shown labels pick the categories": without a trail to pick by, the article's own category links do the
 * same. A stated list of sections that holds the theme's placement flags (`"articleSection": ["Portada", "Destacado",
 * "Política"]`) beside the folders, of which the article links some and not others (`<span class="cat-links"><a
 * href="/category/politica/">Política</a>`), files the article under those it shows, the first of them its
 * section; the rest are flags the theme keeps off the page. A list the article shows all or none of says nothing.
 * A stated section the article also states as a tag shows there as its tag link (a topic bar's "Nueva Constitución"),
 * which files nothing. Only a list of three or more is read so: a post filed in two folders, of which its theme links
 * the primary one alone (a recipe blog's "Breakfast" over its "Brunch"), states two real categories, while the
 * themes that state flags state them beside the folders, two flags or more ("Portada", "Destacado", "Slider").
 */
const MIN_FLAGGED_LIST = 3;
function statedSectionsShown(stated: string[], links: PageLinks, tags: string[]): string[] | undefined {
  const labels = uniqueLabels(stated);
  if (labels.length < MIN_FLAGGED_LIST) return undefined;
  const shown = labels.filter((label) => links.linksLabel(label) && !tags.some((tag) => sameLabel(tag, label)));
  return shown.length > 0 && shown.length < labels.length ? shown : undefined;
}

/**
 * A crumb that names a folder: not the home page, not the page itself, not a glossary's letter ("Lexikon > E"), not a
 * date archive's year, month or week ("News › 2015 › KW 15", "Archiv › 06/2019"), which says when, not what about.
 */
function isFolderCrumb(crumb: string, headlines: string[]): boolean {
  const label = crumb.trim();
  return !isHomeCrumb(crumb) && !namesThePage(crumb, headlines) && isNotStrayLetter(crumb)
    && (!DATE_ARCHIVE_CRUMB.test(label) || EMERGENCY_NUMBER_DESK.test(label));
}
/** A number, a numeric date, or one after a short abbreviation ("2015", "06/2019", "KW 15", "Nr. 12"). */
const DATE_ARCHIVE_CRUMB = /^(?:\p{L}{1,3}\.?\s*)?\d[\d\s./-]*$/u;
/**
 * Rule "the emergency number's desk": Nordic, Dutch and Belgian local papers name their police, fire and rescue desk
 * after Europe's emergency number ("Forside / 112", "Regio › 112"); it is the desk's name, and no year, month or week
 * is written with three digits.
 */
const EMERGENCY_NUMBER_DESK = /^112$/;

/** The trail's last crumb is often the page itself, its headline repeated (whole or cut short). */
function namesThePage(crumb: string, headlines: string[]): boolean {
  const words = crumb.split(' ').length;
  return words >= MIN_HEADLINE_CRUMB_WORDS && headlines.some((headline) => headline.toLowerCase().startsWith(crumb.toLowerCase().replace(/\s*(\.\.\.|…)$/, '')));
}

function splitKeywords(value: string): string[] {
  const decoded = decodeLeftoverEntities(value);
  if (SERIAL_COMMA.test(decoded) && decoded.length <= MAX_LABEL_LENGTH) return [decoded];
  // Some CMSs join keywords with pipes ("porto | soja | exportação"); a pipe is never part of one keyword.
  return decoded.split(/\s*[,،;|]\s*/);
}
