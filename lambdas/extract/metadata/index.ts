/**
 * The metadata stage: everything the page says about itself, read on the intact DOM before the body pass cleans
 * it. Each concern lives in its own module; this file reads the sources once (JSON-LD, meta tags) and asks each
 * module for its field, most trusted source first.
 */
import type { Element } from 'domhandler';
import { countVisible, isHiddenByMarkup } from '../dom-walk';
import { detectTextLanguage, normalizeLanguageTag, primarySubtag } from '../language';
import { type AuthorOrigin, cleanAuthors } from './authors';
import { creditsForOtherRole } from './byline-parts';
import type { AuthorContext } from './author-context';
import { citedAuthorName, creatorName } from './name-forms';
import { citationDescribesPage } from './citation-tags';
import { creditInDateline } from './dateline-credits';
import { holdsLineBreak, textLines } from './dateline-candidates';
import { articleHeaderLines, COPYRIGHT_NOTICE, headerBylineLines, openingReporterCredit, readAboutAuthorBox, readAuthorLinkBox, readBylines, readDutyEditorCredits, readEditorCredits, readHiddenAccount, readJapaneseClosingCredit, readOtherRoleNames, readPortraitWriterLink, readSignature, readSiteCreditLine, readUnmarkedBylines, readWriterBoxLead, readWriterNote } from './bylines';
import { readAccess } from './access';
import { readCounters } from './counters';
import { chooseDescription, readVisibleDek } from './description';
import { readLeadImage } from './images';
import { readJsonLd, type DeclaredImage, type StructuredArticle } from './json-ld';
import { readMetaTags, type MetaTags } from './meta-tags';
import { readPageDates } from './page-dates';
import { readBylineBoxAgency, readSourceRowAgency } from './source-rows';
import { agencyPublishingOnPortal } from './wire-agencies';
import { countryZones, pageTimeZone } from './time-zones';
import { readTaxonomy, SECTION_META_KEYS } from './taxonomy';
import { chooseTitle } from './title';
import { isSiteNameOnly, segmentsOf } from './title-affixes';
import { headlineText, isTeaserHeading, readBreadcrumbHeadline, readClassedHeadline, readHeadlineBlocks, readReleaseHeadline, readShownBlocks, readTitledBlocks } from './headline-elements';
import { isSiteLogo } from './site-logo';
import { hasToken, IndexedPage, textContent } from './regions';
import { hostOf, httpUrl, originalAddress, resolveUrl, withoutQuery, withoutTrackingParameters } from '../url';
import { archiveToolbarAddress, printedAddress, printedSiteName } from './renderings';
import { domainSpelling, siteNameOf, spelledAsDomain } from './site-name';
import { isSiteName } from './site-credits';
import { isInactiveTabPane } from '../content/hidden-elements';

/** Everything the page says about itself, read before the body is cleaned (cleaning mutates the DOM). */
export interface PageMetadata {
  title: string | null;
  description: string | null;
  authors: string[];
  publishedAt: string | null;
  publishedAtRaw: string | null;
  modifiedAt: string | null;
  modifiedAtRaw: string | null;
  /** Which dates the page printed as a wall-clock time in no zone while its zone is unknown: written as UTC. */
  printedInNoZone: { published: boolean; modified: boolean };
  /** Language declared by markup; the final language also checks the body text. */
  declaredLanguage: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  section: string | null;
  categories: string[];
  tags: string[];
  /** The picture the page declares for itself, with the caption and credit its JSON-LD gives it. */
  leadImage: DeclaredImage | null;
  /** What relative URLs on the page resolve against: its `<base href>`, else the page URL. */
  baseUrl: string | null;
  wireSource: string | null;
  isAccessibleForFree: boolean | null;
  counters: { views: number | null; comments: number | null };
  /** Article body text from structured data (JSON-LD articleBody), a fallback for the body pass. */
  structuredBody: string | null;
  sources: string[];
  warnings: string[];
}

export interface MetadataContext {
  url: string | null;
  now: Date;
}

/** Headline-like elements whose text confirms a declared title. */
function isHeadlineElement(name: string, itemprop: string | undefined, classes: string | undefined): boolean {
  return name === 'h1' || hasToken(itemprop, HEADLINE_TOKEN) || (classes !== undefined && classes.includes(HEADLINE_CLASS_ENDING) && hasToken(classes, HEADLINE_CLASSES));
}
const HEADLINE_TOKEN = new Set(['headline']);
const HEADLINE_CLASSES = new Set(['entry-title', 'post-title', 'article-title']);
/** What every one of {@link HEADLINE_CLASSES} holds: a class value without it has none of them, found in one search. */
const HEADLINE_CLASS_ENDING = '-title';
const CANONICAL_TOKEN = new Set(['canonical']);
const AMP_TOKEN = new Set(['amphtml']);

/**
 * The address the page declares as its own: rel=canonical, else og:url.
 *
 * Rule "canonical to another rendition": a template slip points rel=canonical away from the article while og:url
 * gives its address: at the page's AMP rendition (the address its own rel=amphtml names, or one with an `amp`
 * folder, suffix or parameter: `…-4471902.amp`, `/amp/…`, `?outputType=amp`), at its mobile site's copy
 * (`m.example.com` for `www.example.com`), or at the site's home page, as every page of the template does. AMP and
 * mobile renditions name the plain page as canonical, never the reverse, and a story is not the home page, so og:url
 * is the page's address then.
 */
function canonicalAddress(page: IndexedPage, tags: MetaTags): string | null {
  const linked = page.tagged('link').find((link) => hasToken(link.attribs.rel?.toLowerCase(), CANONICAL_TOKEN))?.attribs.href;
  const social = tags.first('og:url');
  if (!linked || !social || linked === social) return linked ?? social ?? null;
  const amp = page.tagged('link').find((link) => hasToken(link.attribs.rel?.toLowerCase(), AMP_TOKEN))?.attribs.href;
  if (linked === amp || (AMP_RENDITION.test(linked) && !AMP_RENDITION.test(social))) return social;
  const socialUrl = resolveUrl(social, null);
  const linkedUrl = socialUrl && resolveUrl(linked, socialUrl.href);
  if (!socialUrl || !linkedUrl) return linked;
  const isHome = (url: URL) => url.pathname === '/' && !url.search;
  const mobileOf = MOBILE_HOST.exec(linkedUrl.hostname)?.[1];
  const isMobileCopy = mobileOf !== undefined && socialUrl.hostname.replace(/^www\./, '') === mobileOf;
  return isMobileCopy || (isHome(linkedUrl) && !isHome(socialUrl)) ? social : linked;
}
/**
 * The name the page's tags give the site. Rule "page's label for a name": a template that fills og:site_name with
 * the page's own labels names no site: the home page's ("Home", "Startseite", "الرئيسية", taken from the menu's first
 * entry) or the article's headline (the og:title copied into every og: field, which the `<h1>` prints too; a site
 * that sets its own name as og:title over a story whose `<h1>` is the headline still names itself). A later tag,
 * the publisher, or the `<title>` suffix names it then.
 */
function declaredSiteName(tags: MetaTags, page: IndexedPage): string | null {
  const socialTitle = tags.first('og:title')?.trim().toLowerCase();
  const isHeadline = (name: string) => name.toLowerCase() === socialTitle && textContent(page.first('h1')).trim().toLowerCase() === socialTitle;
  for (const key of SITE_NAME_KEYS) {
    const name = tags.first(key)?.trim();
    if (name && !HOME_PAGE_LABEL.test(name) && !isHeadline(name)) return name;
  }
  return null;
}
const SITE_NAME_KEYS = ['og:site_name', 'application-name', 'al:iphone:app_name'];
const HOME_PAGE_LABEL = /^(?:home|home ?page|start ?page|startseite|accueil|inicio|início|portada|pagina iniziale|главная|головна|الرئيسية|الصفحة الرئيسية|strona główna|ana ?sayfa|首页|首頁|ホーム)$/iu;
const MOBILE_HOST = /^(?:m|mobile)\.(.+)$/i;
const AMP_RENDITION = /\/\/amp\.|[/.]amp(?:[/.?#]|$)|[?&](?:amp(?:=1|=true)?|outputType=amp)(?:[&#]|$)/i;
/**
 * A headline is a line, not a paragraph. Rule "a title is a line": a headline element, a declared title or a
 * `<title>` with more visible characters is no title candidate. It is a template's slip (an unclosed `<h1>` around
 * the story) or hostile input, and as the record's title it cost twice: the body pass searches the title for the
 * text of every heading, which took 4.8 s on a page of 20,000 headings under a 500,000-character og:title.
 */
const MAX_HEADLINE_CHARS = 300;

/** A non-empty text no longer than a headline. */
function isHeadlineSized(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.length > 0 && countVisible(text) <= MAX_HEADLINE_CHARS;
}
/** Only the first few headline elements are the article's; later ones belong to teasers. */
const MAX_HEADLINES = 6;
/** h2s read as witnesses of the headline: a story's h2 headline comes among the page's first ones. */
const MAX_SUBHEADINGS = 10;

/**
 * Everything the page says about its article but its body, read from the intact page before the body pass cleans
 * it. Once the title is chosen, the page's headline becomes the element that shows it (see
 * {@link IndexedPage.adoptShownHeadline}), which the readers after it go by: one page is read once.
 */
export function readMetadata(page: IndexedPage, context: MetadataContext): PageMetadata {
  const jsonLd = readJsonLd(page);
  const tags = readMetaTags(page);
  const declaredAddress = canonicalAddress(page, tags);
  const ownAddress = declaredAddress ?? context.url;
  const structured = jsonLd.article && isAnotherPagesArticle(jsonLd.article, ownAddress, [tags.first('og:title'), textContent(page.first('h1'))])
    ? jsonLd.otherArticles().find((article) => givesOwnAddress(article, ownAddress)) ?? null
    : jsonLd.article;
  const canonical = declaredAddress ?? structured?.url ?? null;
  // A page dropped in without the address it came from still states where it lives; that address stands in for
  // it, so relative links and pictures resolve and the site's own name and domain are known.
  // A URL that names no host ("file:///…", a label such as "archive::page.html") locates no page on the web either.
  const givenAddress = context.url && hostOf(context.url) ? context.url : null;
  // A print version states its address at its foot instead: on the page's host, where its pictures are too.
  const printed = canonical ? null : printedAddress(page, hostOf(givenAddress && originalAddress(givenAddress)));
  const pageAddress = givenAddress ?? (canonical ? httpUrl(canonical, null) : printed);
  const baseUrl = documentBaseUrl(page, pageAddress);
  // An archived snapshot is read as the article it preserves: its host, and the date in its address, are the
  // original's. Links and pictures still resolve against the archive, which serves them.
  const givenArticle = pageAddress ? originalAddress(pageAddress) : null;
  const resolvedCanonical = canonical ? httpUrl(canonical, baseUrl) : null;
  const declaredCanonical = resolvedCanonical && withoutTrackingParameters(resolvedCanonical);
  const canonicalUrl = declaredCanonical ? originalAddress(declaredCanonical) : printed ?? archiveToolbarAddress(page);
  const articleAddress = givenArticle ?? canonicalUrl;
  const host = hostOf(articleAddress);

  const siteName = siteNameOf(declaredSiteName(tags, page) ?? structured?.publisher ?? jsonLd.siteName ?? printedSiteName(page), host);
  const documentTitle = textContent(page.first('title'));
  // Rule "other language's tab" (content/hidden-elements.ts): the version of the story a tab set does not show is no
  // witness of the headline readers see.
  const inHiddenPane = page.enclosure(isInactiveTabPane);
  const headlineElements = headlines(page).filter((element) => !inHiddenPane(element));
  const ownHeadlines = headlineElements.filter((element) => !isSiteLogo(element));
  // Rule 'headlines in rails': an entry title in a sidebar widget, a related-stories box or a teaser card heads
  // another item; it witnesses the page's headline only on a page that has no other headline element.
  const outsideRails = ownHeadlines.filter((element) => !page.isForeign(element) && !isTeaserHeading(element, ownHeadlines));
  const breadcrumb = readBreadcrumbHeadline(page, outsideRails.length > 0 ? outsideRails : ownHeadlines);
  // An h2 that is the site's logo ("<h2><a href="https://site.example/">Site</a></h2>" in the masthead) names the site,
  // not the page, wherever the template sets it.
  const subheadingElements = page.tagged('h2').filter((element) => !page.isForeign(element) && !isSiteLogo(element) && !followsLogo(element) && !inDialog(element) && !inHiddenPane(element))
    .slice(0, MAX_SUBHEADINGS);
  const title = chooseTitle({
    declared: [structured?.headline, ...tags.all('og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'itemprop:headline', 'title')]
      .filter(isHeadlineSized),
    headings: breadcrumb.headlineElements.map(headlineText),
    afterBreadcrumb: breadcrumb.afterBreadcrumb,
    headlinesInTrail: breadcrumb.headlinesInTrail,
    logos: headlineElements.filter(isSiteLogo).map((element) => textContent(element)),
    classedHeadline: breadcrumb.headlineElements.length === 0 ? readClassedHeadline(page, MAX_HEADLINE_CHARS) ?? readReleaseHeadline(page, MAX_HEADLINE_CHARS) : null,
    headlineBlocks: () => readHeadlineBlocks(page, MAX_HEADLINE_CHARS),
    shownBlocks: () => readShownBlocks(page, MAX_HEADLINE_CHARS),
    titledBlocks: () => readTitledBlocks(page, MAX_HEADLINE_CHARS),
    subheadings: subheadingElements.map((element) => page.shortText(element, MAX_HEADLINE_CHARS) ?? ''),
    firstSubheadingInArticle: subheadingElements.length > 0 && page.enclosure((element) => element.name === 'article')(subheadingElements[0]),
    documentTitle: isHeadlineSized(documentTitle) ? documentTitle : null,
    siteName,
    sections: [...tags.all(...SECTION_META_KEYS), ...(structured?.sections ?? [])],
    host,
  });
  page.adoptShownHeadline(title);

  const language = declaredLanguage(page, tags, structured?.inLanguage ?? null);
  // Read once, and only when a candidate needs them.
  let editors: string[] | undefined;
  let texts: ReturnType<typeof pageTexts> | undefined;
  let bylines: string[] | undefined;
  const pageBylines = () => (bylines ??= readBylines(page));
  const authorContext = {
    siteName: siteName ?? logoNamedInTitle(page, documentTitle, title, host), publisher: structured?.publisher ?? null, host,
    editors: () => (editors ??= readEditorCredits(page)), pageTexts: () => (texts ??= pageTexts(page)),
    japanese: language !== null && primarySubtag(language) === 'ja',
    sections: () => [...tags.all(...SECTION_META_KEYS), ...(structured?.sections ?? [])],
  };
  let authors: string[] = [];
  let wireSource: string | null = cleanAuthors(structured?.organizationAuthors ?? [], authorContext).wireSource;
  const namesIn = (credits: string[]) => cleanAuthors(credits, authorContext, 'visible').authors;
  // The names of one visible line, cleaned once: the rules below check a declaration against the bylines more than
  // once (for co-writers, then for the article's credits), and the header's byline lines are mostly those lines.
  const lineNames = new Map<string, string[]>();
  const namesOnLine = (line: string) => {
    let names = lineNames.get(line);
    if (names === undefined) lineNames.set(line, (names = namesIn([line])));
    return names;
  };
  // Rule "writer of agency copy": a newsroom that republishes wire copy under an account named for the agency ("The
  // Associated Press") declares and marks the agency as the author, while the story's text opens with its writer's
  // byline ("By JANE DOE Associated Press"). So does one that posts its reporters' copy under the site's own account
  // ("Ledger Online", "By Jane Doe, Abuja" atop the text). When the credits read so far named an agency or printed a
  // byline and no one in it, the first byline line of the article's header that names a person credits that person.
  const agencyCopyWriter = () => {
    if (wireSource === null && pageBylines().length === 0) return [];
    const line = headerBylineLines(page).find((candidate) => namesOnLine(candidate).length > 0);
    return line ? [line] : [];
  };
  const openingReporters = () => {
    const credit = openingReporterCredit(page);
    return credit ? [credit] : [];
  };
  // In order of trust; each is read only when the ones before it name nobody.
  const authorSources: Array<[AuthorOrigin, () => string[]]> = [
    ['declared', () => structured?.authors ?? []],
    ['declared', () => [
      ...tags.all('author', 'article:author', 'parsely-author', 'sailthru.author', 'cxenseparse:author'), ...tags.all('dc.creator', 'dcterms.creator').map(creatorName),
      ...(citationDescribesPage(tags, [title, documentTitle]) ? tags.all('citation_author').map(citedAuthorName) : []), ...tags.all('byl'), ...twitterWrittenBy(tags),
    ]],
    ['declared', () => tags.all('itemprop:author', 'itemprop:creator')],
    ['visible', pageBylines],
    // Rule "placeholder byline" (see readUnmarkedBylines): a marked byline that named nobody leaves the unmarked ones.
    ['visible', () => readUnmarkedBylines(page)],
    ['visible', agencyCopyWriter],
    ['visible', openingReporters],
    ['visible', () => readSignature(page)],
    ['visible', () => readWriterNote(page)],
    ['visible', () => readAuthorLinkBox(page)],
    ['visible', () => readAboutAuthorBox(page)],
    ['visible', () => readWriterBoxLead(page)],
    ['visible', () => readJapaneseClosingCredit(page)],
    ['visible', () => readPortraitWriterLink(page)],
    ['visible', () => readSiteCreditLine(page, authorContext.siteName, host)],
  ];
  const visibleBylines = () => pageBylines().map(namesOnLine);
  // What a declaration is checked against: where the page shows names, and the credits the article itself prints.
  // The bylines are read already, and show the declared names on most pages: the page's every line only when they do not.
  const shownLines = function* () {
    yield* pageBylines();
    yield documentTitle;
    yield* authorContext.pageTexts().lines;
  };
  let signature: string[] | undefined;
  const signedNames = () => (signature ??= namesIn(readSignature(page)));
  const articleCredits = () => {
    const headerLines = articleHeaderLines(page);
    return [...pageBylines().filter((line) => headerLines.has(line)).map(namesOnLine), signedNames()];
  };
  for (const [origin, read] of authorSources) {
    const cleaned = cleanAuthors(read(), authorContext, origin);
    wireSource ??= cleaned.wireSource;
    if (cleaned.authors.length > 0) {
      authors = origin === 'declared'
        ? writersOverSiteAccount(writersOverUnseenAccount(withVisibleCoWriters(withoutOtherRoles(cleaned.authors, pageBylines, namesOnLine, () => readOtherRoleNames(page)), visibleBylines), shownLines, articleCredits), titleSiteNames(documentTitle, title), () => namesIn(openingReporters()), () => readDutyEditorCredits(page))
        : withVisibleCoWriters(cleaned.authors, () => [signedNames()]);
      break;
    }
  }

  if (authors.length > 0) authors = writersOverHiddenAccount(authors, page, authorContext);
  wireSource ??= readSourceRowAgency(page, (name) => isSiteName(name, authorContext)) ?? readBylineBoxAgency(page)
    ?? agencyPublishingOnPortal(structured?.publisher ?? null, siteName, host);

  const region = localeRegion(page, tags, structured?.inLanguage ?? null);
  const timeZone = pageTimeZone({ region, language: language ?? undeclaredLanguage(page, documentTitle), host });
  const datedArticle = structured && !isSitesOwnNode(structured, declaredAddress ?? context.url, documentTitle, title, siteName) ? structured : null;
  const dates = readPageDates(page, tags, datedArticle, articleAddress, context.now, region, title, timeZone, countryZones({ region, language, host }));
  if (authors.length === 0) {
    const credited = cleanAuthors(creditInDateline(dates.published.raw), authorContext, 'visible');
    authors = credited.authors;
    wireSource ??= credited.wireSource;
  }
  const recordSiteName = authorContext.siteName ?? copyrightNamedInTitle(page, documentTitle, title) ?? domainNamedInTitle(documentTitle, title, host)
    ?? logoNamedInCopyright(page, host) ?? publicationNamedInTitle(documentTitle, title);
  const taxonomy = readTaxonomy(page, tags, structured, jsonLd.breadcrumbs, title, recordSiteName);
  return {
    title,
    description: chooseDescription(
      [...['og:description', 'description', 'twitter:description', 'dc.description'].map((key) => tags.first(key)), structured?.description],
      () => readVisibleDek(page, dekAnchor(page, breadcrumb.headlineElements, title), title),
      { title, siteName: recordSiteName, host, siteDescription: jsonLd.siteDescription },
    ),
    authors,
    publishedAt: dates.published.iso,
    publishedAtRaw: dates.published.raw,
    modifiedAt: dates.modified.iso,
    modifiedAtRaw: dates.modified.raw,
    printedInNoZone: dates.printedInNoZone,
    declaredLanguage: language,
    siteName: recordSiteName,
    canonicalUrl,
    section: taxonomy.section,
    categories: taxonomy.categories,
    tags: taxonomy.tags,
    leadImage: readLeadImage(page, tags, structured, baseUrl, title ? jsonLd.clips().find((clip) => clip.name === title)?.thumbnail ?? null : null),
    baseUrl,
    wireSource,
    isAccessibleForFree: readAccess(structured?.isAccessibleForFree ?? jsonLd.declaredAccess, tags, page),
    counters: readCounters(page, tags, structured),
    structuredBody: structured?.articleBody ?? null,
    sources: contributingSources(tags, structured !== null, dates.publishedSource),
    warnings: [...jsonLd.warnings, ...dates.warnings],
  };
}

/** Separators between a document title's headline and the site name it adds. */
const TITLE_AFFIX_EDGE = /^[\s|–—:·•»«›‹/\\-]+|[\s|–—:·•»«›‹/\\-]+$/gu;

/** An absolute link to a site's home page: scheme, host and at most a slash. */
const SITE_ROOT_URL = /^https?:\/\/[^/]+\/?$/i;

/**
 * Rule "logo named in the title": a page that declares no site name still shows it twice, as the words the document
 * title adds to the headline ("Headline - Daily Planet") and as its logo, a link home with that text or picture alt.
 * Both together name the site: they are the record's site name, and a credit to that name ("author": "Daily
 * Planet") is the site's, not a writer's. Either alone is not enough: an opinion page's title may add its
 * columnist's name.
 */
function logoNamedInTitle(page: IndexedPage, documentTitle: string, title: string | null, host: string | null): string | null {
  const added = titleAffix(documentTitle, title);
  if (!added) return null;
  // The title may add a section too ("…_新闻中心_东方日报网", "… - Politik - Stadtblatt"): its outermost part is the site's.
  const names = titleSiteNames(documentTitle, title);
  const links = homeLinks(page, host);
  const named = names.find((name) => links.some((link) => namesLogo(link, name)));
  if (named === undefined) return names.map((name) => kindBeforeLogo(name, links)).find((name) => name !== null) ?? null;
  // Rule "channel's home in the title": a portal runs each channel on a host of its own (news.example.cn), and the
  // channel's name in the title ("标题_新闻_星浪网", "标题--观点--华夏网") is also the text of the link to that host's
  // root, in the menu or the trail. A link home that names a part inside the title's added words names the channel;
  // the part outside it names the site.
  // Only in words added after the headline: a title that holds no headline is the site's name and its slogan.
  const parts = segmentsOf(added).filter(Boolean);
  // A logo picture that names the inner part makes it the site's, whatever the order ("Headline - Site - Section").
  const afterHeadline = title !== null && documentTitle.includes(title) && documentTitle.trimEnd().endsWith(added);
  const channel = afterHeadline && parts.length > 1 && named === parts[0] && !links.some((link) => pictureNames(link, named));
  return channel ? parts.at(-1)! : named;
}

/**
 * Rule "kind of site before its name": Iranian titles say what the site is before its name ("… | پایگاه خبری ساوه
 * امروز", the Saveh Emrooz news site), where the logo shows the name alone. A title part that ends with the logo's
 * name, one or two words before it, names the site by the logo's words.
 */
function kindBeforeLogo(name: string, links: Element[]): string | null {
  for (const link of links) {
    const logo = logoText(link);
    if (!logo || !name.endsWith(` ${logo}`)) continue;
    const before = name.slice(0, -logo.length).trim().split(/\s+/).length;
    if (before <= MAX_SITE_KIND_WORDS) return logo;
  }
  return null;
}
const MAX_SITE_KIND_WORDS = 2;

/** The name a link home shows: its text, else its picture's alt. */
function logoText(link: Element): string | null {
  const text = textContent(link).trim();
  if (text) return text;
  const image = link.children.find((child): child is Element => child.type === 'tag' && (child as Element).name === 'img');
  return image?.attribs.alt?.trim() || null;
}

/**
 * Rule "logo named in the copyright": a page whose title adds no site name (a portal's "Headline | General News
 * 2026-12-02") still shows the name twice, as its logo and as the holder of its copyright notice ("Copyright © 1994 -
 * 2026 AccraDigest.com. All rights reserved."). Both together name the site; like the copyright rule, they name the
 * record's site and leave the credits alone.
 */
function logoNamedInCopyright(page: IndexedPage, host: string | null): string | null {
  const holders = copyrightNotices(page).filter((holder) => LETTER.test(holder));
  if (holders.length === 0) return null;
  const links = homeLinks(page, host);
  const named = holders.find((holder) => links.some((link) => namesLogo(link, holder)));
  return named ? siteNameOf(named, host) : null;
}

/** A holder read from a bare "©" or a year alone names nothing. */
const LETTER = /\p{L}/u;

function homeLinks(page: IndexedPage, host: string | null): Element[] {
  return page.tagged('a').filter((link) => {
    // A menu marks its item for the page being read ("aria-current"): that names the page, not the site.
    if (link.attribs['aria-current'] !== undefined) return false;
    const href = link.attribs.href?.trim() ?? '';
    // The shape test first: it rules out nearly every link, and parsing each link's URL for its host would not.
    return href === '/' || HOME_PATH.test(href) || (host !== null && SITE_ROOT_URL.test(href) && hostOf(href) === host);
  });
}

/** Whether a link home shows the name, as its text or as its picture's alt: the site's logo. */
function namesLogo(link: Element, name: string): boolean {
  return textContent(link).trim() === name || pictureNames(link, name);
}
function pictureNames(link: Element, name: string): boolean {
  return link.children.some((child) => child.type === 'tag' && (child as Element).name === 'img' && (child as Element).attribs.alt?.trim() === name);
}

/**
 * The site's front page by path: its language edition's ("/ar/", "/en-gb/") or its index script ("index.php", ASP.NET's
 * "Default.aspx"), from the site's root or from a folder below it ("../Default.aspx" on "/News/Details.aspx").
 */
const HOME_PATH = /^(?:\.?\/|(?:\.\.\/)+)?(?:[a-z]{2}(?:-[a-z]{2})?\/|(?:index|default)\.(?:php|html?|aspx?|jsp))$/i;

/**
 * The words the document title adds to the headline, after it or else before it; null when it adds none. Rule
 * "title without the headline": older portals print one <title> on every page, the site's name and its slogan ("Site
 * - News of the valley"), over a headline set in the page; all of such a title is the site's part.
 */
function titleAffix(documentTitle: string, title: string | null): string | null {
  if (!title) return null;
  const at = documentTitle.indexOf(title);
  if (at < 0) return documentTitle.trim() || null;
  return (documentTitle.slice(at + title.length).replace(TITLE_AFFIX_EDGE, '') || documentTitle.slice(0, at).replace(TITLE_AFFIX_EDGE, '')).trim() || null;
}

/**
 * Rule "copyright named in the title": the words the document title adds to the headline ("… | The Daily Courier")
 * that the page's copyright notice names too ("© 2026 The Daily Courier") are the site's name. Weaker than the logo
 * rule: on a personal site the notice and the title name the writer, so it names the record's site and leaves the
 * credits alone (the writer's own byline stays a byline). As with the logo, the title may add a section beside the
 * name ("Gazette :: Economy :: …"), and the notice may add the publishing company ("© 2024 Gazette - Editrice Alpina
 * s.r.l."): the outermost parts are compared.
 */
function copyrightNamedInTitle(page: IndexedPage, documentTitle: string, title: string | null): string | null {
  const added = titleAffix(documentTitle, title);
  if (!added) return null;
  const holders = new Set(copyrightNotices(page).flatMap((holder) => [holder, segmentsOf(holder)[0]]));
  const parts = segmentsOf(added).filter(Boolean);
  return [added, parts.at(-1)!, parts[0]].find((name) => holders.has(name)) ?? null;
}

/**
 * Rule "domain named in the title": the words the document title adds to the headline that spell the site's domain
 * ("… – The Daily Ledger" on dailyledger.com) are the site's name. Like the copyright rule it names the record's site
 * and leaves the credits alone: a personal site's domain spells its writer's name. The title may add a section too;
 * its outermost parts are tried. A part must spell most of the domain, not a word of it ("News" of coastnews), and
 * little more than it: a line that goes on long around the domain ("Rezept von Backen.de") is about the site.
 */
/**
 * Rule "publication named in the title": Chinese, Japanese and Korean sites name themselves by what they are, a
 * website (…网, …網), a newspaper (…新聞, …日报, …일보) or a news service (…뉴스), and their document titles add that
 * name after the headline ("标题_滚动新闻_中国政府网", "見出し：日本経済新聞"), often with no logo text, copyright line
 * or domain to confirm it. The outermost of the words added after the headline, so named, is the site's name; an
 * inner one is a channel ("滚动新闻", rolling news), which such a name never ends.
 */
function publicationNamedInTitle(documentTitle: string, title: string | null): string | null {
  const at = title ? documentTitle.indexOf(title) : -1;
  if (at < 0) return null;
  const outermost = segmentsOf(documentTitle.slice(at + title!.length).replace(TITLE_AFFIX_EDGE, '')).filter(Boolean).at(-1);
  return outermost !== undefined && PUBLICATION_NAME.test(outermost) ? outermost : null;
}
const PUBLICATION_NAME = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z0-9]{1,16}(?:网|網|新聞|新闻|日报|日報|晚报|晚報|时报|時報|일보|신문|뉴스)$/u;

function domainNamedInTitle(documentTitle: string, title: string | null, host: string | null): string | null {
  const added = titleAffix(documentTitle, title);
  const domain = host ? domainSpelling(host) : '';
  if (!added || domain.length < MIN_DOMAIN_NAME_CHARS) return null;
  const parts = segmentsOf(added).map((part) => part.replace(TITLE_AFFIX_EDGE, '')).filter(Boolean);
  return [...new Set([parts.at(-1), parts[0], added].filter((part) => part !== undefined))].find((name) => {
    const letters = spelledAsDomain(name);
    return letters.length >= MIN_DOMAIN_NAME_CHARS && letters.length <= domain.length + MAX_LETTERS_BEYOND_DOMAIN
      && (letters.includes(domain) || (domain.includes(letters) && letters.length * 2 >= domain.length));
  }) ?? null;
}
/** A shorter domain ("tz", "ab") is spelled inside too many words to name a site by. */
const MIN_DOMAIN_NAME_CHARS = 3;
/** What a name adds to its domain's letters: an article, a place, the domain's ending ("The …", "… Lübeck", ".de"). */
const MAX_LETTERS_BEYOND_DOMAIN = 8;

/**
 * Who the page's copyright notices name: "© 2026 The Daily Courier. All rights reserved." names "The Daily Courier".
 * Arabic and Persian notices name the holder after the rights: "جميع الحقوق محفوظة لصحيفة الساحل" (all rights
 * reserved to the Sahel paper), "کلیه حقوق این سایت متعلق به خبرگزاری پارس است" (all rights of this site belong to
 * the Pars news agency), with or without a © and the year before them, or after the mark and the year ("جميع الحقوق
 * محفوظة © 2024 وكالة أنباء الهلال"), the Persian ones also with the Arabic yeh of windows-1256 pages ("کليه حقوق براي
 * ساوه امروز محفوظ است", see rule "Arabic yeh in Persian"). Read once per page, as two site-name rules ask in turn.
 */
function copyrightNotices(page: IndexedPage): string[] {
  return page.once(findCopyrightNotices);
}
function findCopyrightNotices(page: IndexedPage): string[] {
  const { elements, visibleChars } = page.walk;
  const holders: string[] = [];
  for (let index = 0; index < elements.length; index++) {
    if (visibleChars[index] === 0 || visibleChars[index] > MAX_NOTICE_CHARS) continue;
    const first = page.firstCharAt(index);
    const han = isHanCode(first);
    if (!han && !NOTICE_INITIALS.has(first)) continue;
    const text = page.shortTextAt(index, MAX_NOTICE_CHARS);
    if (!text) continue;
    if (han) {
      const held = CHINESE_RIGHTS_HELD.exec(text);
      if (held) holders.push(held[1] ?? held[2]);
      continue;
    }
    const holder = holdsLineBreak(page, elements[index]) ? noticeHolder(textLines(elements[index])[0]) : noticeHolder(text);
    if (holder !== null) holders.push(holder);
  }
  return holders;
}

/**
 * The holder a notice's text names, or null when it is no notice. Rule "notice on its line": a footer cell prints
 * the notice and the designer's credit on two lines of one element ("جميع الحقوق محفوظة لشبكة الساحل © 2025<br>تصميم
 * وبرمجة: …"), and the holder's name ends with its line; an element whose text a `<br>` parts is read by its first
 * line, where the notice begins.
 */
function noticeHolder(text: string): string | null {
  const afterMark = text.replace(COPYRIGHT_NOTICE, '');
  const heldBy = RIGHTS_HELD_BY.exec(afterMark);
  if (heldBy) return (heldBy[1] ?? heldBy[2]).trim();
  if (afterMark === text) return null;
  return QUOTED_HOLDER.exec(afterMark)?.[1].trim() ?? afterMark.replace(RIGHTS_RESERVED, '').trim();
}
/**
 * Rule "quoted holder": Russian, Ukrainian and French papers print their name in quotation marks in the notice, and
 * the reprint terms after it ("© 2002-2026 «Приокская правда». При перепечатке ссылка обязательна."): a holder that
 * opens with a quotation mark is the name the marks enclose.
 */
const QUOTED_HOLDER = /^[«"„“]([^«»"„“”]+)[»"“”]/u;
/**
 * Rule "holder before its rights": Chinese footers name the holder before "all rights reserved" ("华夏网版权所有，未经
 * 书面授权禁止使用", "江澜网版权所有") or after it with a colon ("版权所有：华夏网"), with no © to open the notice.
 */
const CHINESE_RIGHTS_HELD = /^(\p{Script=Han}[\p{Script=Han}\p{L}\d]{1,19}?)\s*(?:版权所有|版權所有)|^(?:版权所有|版權所有)\s*[:：]\s*([\p{Script=Han}\p{L}\d]{2,20})/u;
/** Whether a character code is a CJK unified ideograph, as Chinese notices open with the holder's name. */
function isHanCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}
const MAX_NOTICE_CHARS = 120;
/** The first characters of a notice: the mark, "(c)", "Copyright", and the Arabic and Persian words for "all" and "rights". */
const NOTICE_INITIALS = new Set(['©', '(', 'c', 'C', 'ج', 'ك', 'ک', 'ت', 'ح', 'ا'].map((char) => char.charCodeAt(0)));
/**
 * "All rights reserved" in the languages the pipeline ingests, and whatever the footer sets after it on the same line
 * (its policy links), name no holder; nor does the year a notice may print after the holder ("© Le Courrier 2025 –
 * Tous droits réservés").
 */
const RIGHTS_RESERVED = /(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?(?:\s*[.,|–—-]?\s+(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone)[^]*)?\.?$/iu;
const RIGHTS_HELD_BY = /^(?:(?:جميع|كافة|كل)\s+)?(?:ال)?حقوق(?:\s+(?:النشر|الطبع|الطبع والنشر))?\s+محفوظة\s*(?:ل(?:ـ\s*)?|©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?|[-–—|]\s*)(.+?)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?[.،]?$|^(?:کل[یي]ه|تمام[یي]|همه‌[یي]|همه)\s+حقوق\s+(?:مادی و معنوی\s+)?(?:ا[یي]ن\s+(?:سا[یي]ت|وب‌سا[یي]ت|وبسا[یي]ت|پا[یي]گاه)\s+)?(?:متعلق به|برا[یي]|نزد)\s+(.+?)\s+(?:محفوظ\s+)?(?:است|م[یي]‌باشد)\s*\.?$/u;

/**
 * The element showing the chosen headline, under which the page sets its dek: the headline-like element whose text
 * is the title, or holds it beside a kicker ("Verbraucherschutz Mehr Transparenz …"), else the page's first <h1>
 * that is not the site's logo, another item's, or a hidden heading for screen readers ("Navigation und Service").
 */
function dekAnchor(page: IndexedPage, headlineElements: Element[], title: string | null): Element | null {
  if (!title) return null;
  const wanted = title.toLowerCase();
  const candidates = headlineElements.filter((element) => !isSiteLogo(element));
  const shown = candidates.find((element) => headlineText(element).toLowerCase() === wanted)
    ?? candidates.find((element) => headlineText(element).toLowerCase().includes(wanted));
  return shown ?? page.tagged('h1').find((element) => !isSiteLogo(element) && !page.isForeign(element) && !isHiddenByMarkup(element.attribs)) ?? null;
}

/** The first headline-like elements of the page, in document order. */
function headlines(page: IndexedPage): Element[] {
  const { elements, visibleChars } = page.walk;
  const itemprops = page.attributeOfAll('itemprop');
  const classes = page.attributeOfAll('class');
  const found: Element[] = [];
  for (let index = 0; index < elements.length && found.length < MAX_HEADLINES; index++) {
    if (visibleChars[index] <= MAX_HEADLINE_CHARS && isHeadlineElement(elements[index].name, itemprops[index], classes[index])) found.push(elements[index]);
  }
  return found;
}

/**
 * Rule "declared for another role": a CMS declares everyone the article credits as its authors, the photographer too,
 * while the byline says who did what ("Tekst Jan de Vries • Beeld Els Bakker", "Jane Doe (Text) und John Roe
 * (Fotos)"). A declared name that a byline line credits after another role's label or with a picture's note, and
 * does not read as a writer's, while the same line names another declared writer, leaves the authors. A line that names none of the declared
 * writers is another credit, and says nothing of them. Rule "roles in one row": a feature's credit row links the
 * writer and the photographer alike to their pages ("Story by <a>Jane Doe</a> · Photos by <a>John Roe</a>"), which
 * the byline reader takes one by one, the label left out; a declared name the marked byline credits so leaves the
 * authors too, when a declared writer remains.
 */
function withoutOtherRoles(declared: string[], bylines: () => string[], namesOnLine: (line: string) => string[], otherRoleNames: () => string[]): string[] {
  if (declared.length < 2) return declared;
  for (const line of bylines()) {
    const writers = namesOnLine(line);
    if (!writers.some((shown) => declared.some((name) => sameWriter(name, shown)))) continue;
    const kept = declared.filter((name) => !creditsForOtherRole(line, name) || writers.some((shown) => sameWriter(name, shown)));
    if (kept.length < declared.length) return kept;
  }
  const others = otherRoleNames();
  const writers = declared.filter((name) => !others.some((other) => sameWriter(name, other)));
  return writers.length > 0 ? writers : declared;
}

/**
 * Metadata often declares only the account that filed a piece while the byline names everyone who wrote it ("von
 * Jane Doe, John Roe", "J. Doe / J. Roe"): one byline line that names every declared author and more is the fuller
 * list, with the declared spelling of the names both give. Names from several byline elements are not one list (the
 * article's byline, a teaser's, a contact form's), and a line that leaves a declared name out is another credit:
 * the declaration stands. A byline that marks each of its names and joins them with "and" or a comma is one line
 * (rule "one line of names" of the byline reader). Rule "co-writers in the signature": the byline at the top may
 * name the writer who filed the piece while the signature closing the text names the whole team ("Hoàng Nam" over the
 * headline, "Hoàng Nam - Thu Trang" after the text, as Vietnamese portals sign); the signature is then the line checked.
 */
function withVisibleCoWriters(declared: string[], visibleLines: () => string[][]): string[] {
  const separate = declared.length === 1 ? separateBylineNames(declared[0], visibleLines()) : null;
  if (separate) return separate;
  for (const names of visibleLines()) {
    if (names.length <= declared.length) continue;
    const spelled = names.map((shown) => declared.find((name) => sameWriter(name, shown)) ?? shown);
    if (declared.every((name) => spelled.includes(name))) return spelled;
  }
  return declared;
}

/**
 * Rule "co-writers declared as one": Vietnamese CMSs declare the writers of a shared byline as one person whose name
 * is the byline's text ("NGUYỄN HÙNG - THU TRANG"), while the byline links each name to its own profile. When the
 * byline's elements give one name each and the declared name is exactly those names in order, joined by a spaced
 * dash, a comma, a slash or an ampersand, they are the writers. Null otherwise.
 */
function separateBylineNames(declared: string, visibleLines: string[][]): string[] | null {
  if (visibleLines.length < 2 || visibleLines.some((names) => names.length !== 1)) return null;
  const shown = visibleLines.map(([name]) => name);
  const parts = declared.split(JOINED_NAMES_SEPARATOR);
  return parts.length === shown.length && parts.every((part, at) => part.trim().toLowerCase() === shown[at].toLowerCase()) ? shown : null;
}
const JOINED_NAMES_SEPARATOR = /\s+[-–—]\s+|\s*[,/&]\s*/u;

/**
 * The declared name as the byline shows it: the same, in any case, or with the given names cut to their initials
 * ("E. Barreneche" for "Eduardo Barreneche"). The declared spelling is the fuller one.
 */
function sameWriter(declared: string, shown: string): boolean {
  const full = declared.toLowerCase().split(/\s+/);
  const short = shown.toLowerCase().split(/\s+/);
  if (full.join(' ') === short.join(' ')) return true;
  return full.length === short.length && full[full.length - 1] === short[short.length - 1]
    && short.slice(0, -1).every((word, at) => word.length === 2 && word.endsWith('.') && full[at].startsWith(word[0]));
}

/**
 * Rule "unseen account": the metadata may declare the CMS account that filed the piece (an editor's, or one named
 * after the site) while the article credits its writer where the reader sees it ("Ein Interview von Jane Doe", a
 * signature closing the text). Declared names that neither the document title (a column's title names its
 * columnist) nor a short line of the page shows (a byline, an author box) give way to the first of the article's
 * credits that names anyone: a byline line in its header, before the story's first paragraph (further down, a
 * byline may be a teaser's), else a signature closing the text. A declared name that is shown, or whose surname
 * or given name alone one of those credits gives ("J. Doe", "A. Doe", "Jane" for "Jane Doe"), leaves the declaration
 * standing.
 */
function writersOverUnseenAccount(declared: string[], shownLines: () => Iterable<string>, articleCredits: () => string[][]): string[] {
  const keys = declared.map((name) => name.toLowerCase());
  for (const line of shownLines()) if (keys.some((key) => line.toLowerCase().includes(key))) return declared;
  const credits = articleCredits();
  if (credits.some((names) => names.some((shown) => declared.some((name) => surnameOf(name) === surnameOf(shown) || isGivenNameOf(shown, name))))) return declared;
  const writers = credits.find((names) => names.length > 0) ?? [];
  return writers.length > 0 && !writers.some((name) => ABBREVIATED_SURNAME.test(name)) ? writers : declared;
}

/**
 * Rule "signed with the given name": blogs sign their posts with the writer's first name alone ("Mel") where the
 * metadata gives the full one ("Mel Hartley"); that credit names the declared writer, in short.
 */
function isGivenNameOf(shown: string, declared: string): boolean {
  const words = declared.toLowerCase().split(/\s+/);
  return words.length >= 2 && !/\s/.test(shown.trim()) && shown.trim().toLowerCase() === words[0];
}

function surnameOf(name: string): string {
  return name.toLowerCase().split(/\s+/).pop() ?? '';
}

/**
 * "Andreas R.": a surname cut to its initial is how shops, forums and review boxes show their users, never how a
 * piece credits its writer; such a credit does not overrule the declaration.
 */
const ABBREVIATED_SURNAME = /\s\p{Lu}\.?$/u;

/**
 * Rule "site's account over the reporters": a CMS declares the site itself as the author of every story ("author":
 * "华东在线"), the name its document title adds to each headline, while the story's wire dateline credits the
 * reporters who filed it ("新华社上海3月12日电（记者 陈思远 周婷）"). A declaration of that name alone gives way to them.
 * A personal site's title may add its writer's name too, but its posts open with no reporters' dateline. So does a
 * declaration of the web editor on duty whom the story's foot credits (rule "duty editor", "【责任编辑：刘洋】").
 */
function writersOverSiteAccount(authors: string[], siteNames: string[], reporters: () => string[], dutyEditors: () => string[]): string[] {
  if (authors.length !== 1) return authors;
  const isSiteName = siteNames.includes(authors[0]);
  if (!isSiteName && !CHINESE_NAME.test(authors[0])) return authors;
  const credited = reporters();
  return credited.length > 0 && (isSiteName || dutyEditors().includes(authors[0])) ? credited : authors;
}
/** A name in Chinese characters, as a duty editor's credit gives it. */
const CHINESE_NAME = /^\p{Script=Han}{2,4}$/u;

/** What the document title adds to the headline, whole and its outermost parts: a site's name and its section. */
function titleSiteNames(documentTitle: string, title: string | null): string[] {
  const added = titleAffix(documentTitle, title);
  if (!added) return [];
  const parts = segmentsOf(added).filter(Boolean);
  return [...new Set([added, parts.at(-1)!, parts[0]])];
}

/**
 * The CMS account a theme prints only in a hidden hCard is the uploader when the page shows a byline line naming
 * someone else ("Von Jane Doe" in the article text): the metadata declares the account, the reader sees the writer.
 */
function writersOverHiddenAccount(authors: string[], page: IndexedPage, context: AuthorContext): string[] {
  const hidden = readHiddenAccount(page);
  if (!hidden) return authors;
  const account = cleanAuthors(hidden.account, context, 'visible').authors;
  const writers = cleanAuthors([hidden.visibleLine], context, 'visible').authors;
  const declaresAccount = account.length === authors.length && account.every((name) => authors.includes(name));
  return declaresAccount && writers.length > 0 && !writers.some((name) => authors.includes(name)) ? writers : authors;
}

/** A short line is one element's own text: a byline, a caption, a credit. */
const MAX_LINE_CHARS = 150;

/**
 * The page's visible text, and the texts of the short elements that hold text of their own, each read when first
 * asked for: only completing a shortened name reads the text, and collecting a page's text cost more than collecting
 * all its short lines; the lines are read only for a name that neither the bylines nor the document title show, or
 * when completing one.
 */
function pageTexts(page: IndexedPage): { readonly text: string; readonly lines: string[] } {
  let lines: string[] | undefined;
  let text: string | undefined;
  return {
    get lines() {
      lines ??= page.bodyElements()
        .filter((element) => element.children.some((child) => child.type === 'text' && /\S/.test((child as unknown as { data: string }).data)))
        .map((element) => page.shortText(element, MAX_LINE_CHARS))
        .filter((line): line is string => Boolean(line));
      return lines;
    },
    get text() {
      const body = page.first('body');
      text ??= body ? page.shortText(body, Infinity) ?? '' : '';
      return text;
    },
  };
}

/**
 * Rule 'dialog heading': a dialog laid over the page (a cookie consent box, a newsletter prompt: role="dialog" or
 * "alertdialog", aria-modal) heads its own text ("We value your privacy"); printed before the story, its h2 would
 * pass for the headline of a template without an h1.
 */
function inDialog(element: Element): boolean {
  for (let node: Element | null = element; node && node.type === 'tag'; node = node.parent as Element | null) {
    const { role, 'aria-modal': modal } = node.attribs;
    if (modal === 'true' || role === 'dialog' || role === 'alertdialog') return true;
  }
  return false;
}

/** The site's tagline: a heading right after the logo heading ("<h1><a href="/">Site</a></h1><h2>Since 1999</h2>"). */
function followsLogo(element: Element): boolean {
  let previous = element.prev;
  while (previous && previous.type !== 'tag') previous = previous.prev;
  return previous !== null && isSiteLogo(previous as Element);
}

/** Twitter's label/data pairs ("Written by" → "Jane Doe"), which WordPress SEO plugins emit on every post. */
function twitterWrittenBy(tags: MetaTags): string[] {
  const names: string[] = [];
  for (let index = 1; index <= 4; index++) {
    const label = tags.first(`twitter:label${index}`);
    const data = tags.first(`twitter:data${index}`);
    if (label && data && /written by|author|verfasst|autor|auteur|escrito|كتب|الكاتب/i.test(label)) names.push(data.replace(/\s@\w+$/, ''));
  }
  return names;
}

/**
 * Rule "another page's article": a page that loads the next story as the reader scrolls appends it with its own
 * JSON-LD, and on a page that declares its own article in meta tags alone, that node is the only article node. A node
 * naming another address than the page's and another headline than the page's declares that other story; its
 * writers, dates and keywords are not this page's.
 */
function isAnotherPagesArticle(article: StructuredArticle, ownAddress: string | null, ownHeadlines: ReadonlyArray<string | null>): boolean {
  const headline = article.headline && comparableHeadline(article.headline);
  const own = ownHeadlines.map((text) => (text ? comparableHeadline(text) : '')).filter(Boolean);
  if (!article.url || !ownAddress || !headline || own.length === 0) return false;
  if (givesOwnAddress(article, ownAddress)) return false;
  return own.every((text) => !text.includes(headline) && !headline.includes(text));
}

/**
 * Rule "the page's own node after another's": a template that declares a related story (the "read next" box, the
 * story the page was promoted from) prints its JSON-LD block before the page's own, both typed NewsArticle. When the
 * first-ranked node is another page's article, the next node that gives this page's address is the article.
 */
function givesOwnAddress(article: StructuredArticle, ownAddress: string | null): boolean {
  return article.url !== null && ownAddress !== null && comparableAddress(article.url, ownAddress) === comparableAddress(ownAddress, ownAddress);
}

/**
 * Rule "the site's own node": site builders let a site paste one JSON-LD block into the template of every page
 * (`{"@type":"BlogPosting","headline":"Example Blog","datePublished":"2023-04-01"}` on each post of Example Blog), so
 * a node headed with the site's name (what `<title>` adds to the page's headline, or the declared site name) and not
 * with the page's headline describes the site. The title reader passes its headline over; its date is the day the
 * block was written, not the article's. A node that gives this page's address is the page's own, whatever it is
 * named (a WordPress plugin's WebPage node, `"url":"…/this-story/","name":"Example Sports"`), and so are its dates.
 */
function isSitesOwnNode(article: StructuredArticle, ownAddress: string | null, documentTitle: string, title: string | null, siteName: string | null): boolean {
  if (!article.headline || !title || comparableHeadline(article.headline) === comparableHeadline(title)) return false;
  if (article.url && ownAddress && comparableAddress(article.url, ownAddress) === comparableAddress(ownAddress, ownAddress)) return false;
  const added = documentTitle.includes(title) ? titleSiteNames(documentTitle, title) : [];
  return isSiteNameOnly(article.headline, siteName ? [...added, siteName] : added);
}

/** Scheme, `www.`, query, fragment and a closing slash name no other page. */
function comparableAddress(address: string, base: string): string | null {
  const url = httpUrl(address, httpUrl(base, null));
  return url ? withoutQuery(url).replace(/^https?:\/\/(?:www\.)?/i, '').replace(/#.*$/, '').replace(/\/$/, '').toLowerCase() : null;
}

function comparableHeadline(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** `<base href>` changes what relative URLs mean; the page URL is the fallback. */
function documentBaseUrl(page: IndexedPage, url: string | null): string | null {
  const base = page.tagged('base').find((element) => element.attribs.href !== undefined)?.attribs.href;
  return (base && httpUrl(base, url)) || url;
}

/** html[lang] is the most deliberate declaration; og:locale and Content-Language are often site-wide defaults. */
/**
 * Rule "the clock of the words": a page that declares no language and no locale is still written in one, and the
 * language names the zone its printed times are on as a declared one would (legacy GBK, EUC-KR and Shift_JIS pages
 * seldom carry `lang`). Read from the `<title>` and the opening paragraphs, for the zone only; the record's language
 * is resolved against the body later.
 */
function undeclaredLanguage(page: IndexedPage, documentTitle: string): string | null {
  let evidence = documentTitle;
  for (const paragraph of page.tagged('p')) {
    if (evidence.length >= LANGUAGE_EVIDENCE_CHARS) break;
    evidence += `\n${page.shortText(paragraph, LANGUAGE_EVIDENCE_CHARS) ?? ''}`;
  }
  return detectTextLanguage(evidence)?.language ?? null;
}
/** Enough text for the script and the commonest words to tell the language. */
const LANGUAGE_EVIDENCE_CHARS = 1000;

function declaredLanguage(page: IndexedPage, tags: MetaTags, inLanguage: string | null): string | null {
  for (const candidate of declaredLocales(page, tags, inLanguage)) {
    const normalized = normalizeLanguageTag(candidate?.split(',')[0]);
    if (normalized) return normalized;
  }
  return null;
}

/**
 * The region of the first declared locale that names one ("en" on <html> often stands beside og:locale "en_US"):
 * it decides how the page writes numeric dates. Rule "locale of another language": a locale in another language than
 * the first one declared is a content management system's default left in place (WordPress SEO plugins write
 * og:locale "en_US" on Turkish and Russian pages unless told otherwise), and says nothing of the readers' country: read
 * as American, "03.12.2026" on a Turkish page was the 12th of March.
 */
function localeRegion(page: IndexedPage, tags: MetaTags, inLanguage: string | null): string | null {
  const locales = declaredLocales(page, tags, inLanguage).flatMap((candidate) => normalizeLanguageTag(candidate?.split(',')[0]) ?? []);
  const language = locales[0] ? primarySubtag(locales[0]) : null;
  for (const locale of locales) {
    const region = primarySubtag(locale) === language ? locale.split('-').find((part) => /^[A-Z]{2}$/.test(part)) : undefined;
    if (region) return region;
  }
  return null;
}

function declaredLocales(page: IndexedPage, tags: MetaTags, inLanguage: string | null): Array<string | null | undefined> {
  const html = page.first('html');
  return [
    html?.attribs.lang, html?.attribs['xml:lang'], inLanguage, tags.first('og:locale'),
    tags.first('content-language'), tags.first('language', 'dc.language', 'dcterms.language'),
  ];
}

function contributingSources(tags: MetaTags, hasJsonLd: boolean, dateSource: string | null): string[] {
  const sources: string[] = [];
  if (hasJsonLd) sources.push('json-ld');
  if (tags.has('og:title') || tags.has('og:type')) sources.push('opengraph');
  if (tags.has('twitter:card') || tags.has('twitter:title')) sources.push('twitter');
  if (tags.has('dc.title') || tags.has('dc.date') || tags.has('dc.creator')) sources.push('dublin-core');
  if (tags.has('itemprop:headline') || tags.has('itemprop:datepublished') || tags.has('itemprop:author')) sources.push('microdata');
  if (dateSource === 'url') sources.push('url');
  sources.push('dom');
  return sources;
}
