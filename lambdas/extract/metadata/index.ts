/**
 * The metadata stage: everything the page says about itself, read on the intact DOM before the body pass cleans
 * it. Each concern lives in its own module; this file reads the sources once (JSON-LD, meta tags) and asks each
 * module for its field, most trusted source first.
 */
import { cleanAuthors } from './authors';
import { creditInDateline } from './dateline-credits';
import { publicationItem } from './dateline-parts';
import { parseDate } from './dates';
import { readAccess } from './access';
import { readCounters } from './counters';
import { chooseDescription, readVisibleDek } from './description';
import { readLeadImage } from './images';
import { readJsonLd, type DeclaredImage } from './json-ld';
import { readMetaTags, type MetaTags } from './meta-tags';
import { readPageDates } from './page-dates';
import { countryZones, pageTimeZone, scriptZone, stateClockInTitle, type PageLocale } from './time-zones';
import { afghanCalendarZone } from './persian-dates';
import { statedServerClock } from './server-clock';
import { readTaxonomy, unshownAgencyTags } from './taxonomy';
import { dekAnchor, readPageTitle } from './page-title';
import { readPageAuthors } from './page-authors';
import { canonicalAddress, pageAddresses } from './page-address';
import { isSitesOwnNode, ownArticle } from './own-article';
import { primarySubtag } from '../language';
import { countryOfCity, countryOfSiteName, declaredLanguage, languageOfWords, localeRegion, mastheadZone, russianStoryCountry, statedCountry, storyCountry } from './page-language';
import { creditedCity } from './bylines/header-credits';
import { firstParagraphAfterHeadline } from './bylines/lines';
import { declaredSiteName, editionNamedInTitle, undeclaredSiteName } from './page-site-name';
import { IndexedPage, textContent } from './regions';
import { printedSiteName } from './renderings';
import { siteNameOf } from './site-name';

/** Everything the page says about itself, read before the body is cleaned (cleaning mutates the DOM). */
export interface PageMetadata {
  title: string | null;
  description: string | null;
  authors: string[];
  publishedAt: string | null;
  publishedAtRaw: string | null;
  /** The whole line the publication date was read from, by which the body pass knows the date row. */
  dateline: string | null;
  modifiedAt: string | null;
  modifiedAtRaw: string | null;
  /** Which dates the page printed as a wall-clock time in no zone while its zone is unknown: written as UTC. */
  printedInNoZone: { published: boolean; modified: boolean };
  /** For such dates, the zone of the country an Arabic story names (see storyCountryZone), or null. */
  storyZone: string | null;
  /** Whether the page told its clock (its server's, its region's, its domain's, its masthead's): its dates are on it. */
  clockKnown: boolean;
  /** Language declared by markup; the final language also checks the body text. */
  declaredLanguage: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  section: string | null;
  categories: string[];
  tags: string[];
  /** The tags that name a news agency and that the page shows as no link, weighed against the wire source once it is known. */
  unshownAgencyTags: string[];
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
  const structured = ownArticle(jsonLd, ownAddress, [tags.first('og:title'), textContent(page.first('h1'))]);
  const { canonicalUrl, baseUrl, articleAddress, host } = pageAddresses(page, declaredAddress ?? structured?.url ?? null, context.url);

  const declaredName = siteNameOf(declaredSiteName(tags, page) ?? structured?.publisher ?? jsonLd.siteName ?? printedSiteName(page), host);
  const { title, documentTitle, headlineElements } = readPageTitle(page, tags, structured, declaredName, host);
  const siteName = editionNamedInTitle(declaredName, documentTitle, title) ?? declaredName;
  page.adoptShownHeadline(title);

  const language = declaredLanguage(page, tags, structured?.inLanguage ?? null);
  const credits = readPageAuthors(page, { tags, structured, title, documentTitle, siteName, host, language });
  const authorContext = credits.context;
  let { authors, wireSource } = credits;

  const region = localeRegion(page, tags, structured?.inLanguage ?? null);
  const pageLanguage = languageOfWords(page, language, documentTitle, title);
  // The declared region goes with the declared language: where the words are another's, it is the template's.
  const zoneRegion = language !== null && pageLanguage !== null && primarySubtag(language) !== primarySubtag(pageLanguage) ? null : region;
  // The city the byline files from, read once for rules "the writer's city" and "the story's country".
  let bylineCity: string | null | undefined;
  const cityOfByline = () => (bylineCity === undefined ? (bylineCity = creditedCity(page)) : bylineCity);
  // The name the record gives the site, read once for rule "the city in the site's name" where the page declares none.
  let shownName: string | null | undefined;
  const recordName = () => (shownName === undefined ? (shownName = authorContext.siteName ?? undeclaredSiteName(page, documentTitle, title, host)) : shownName);
  const timeZone = statedServerClock(page) ?? stateClockInTitle(documentTitle, { region: zoneRegion, language: pageLanguage, host }) ?? pageTimeZone({ region: zoneRegion, language: pageLanguage, host }) ?? scriptZone(language, title) ?? pageTimeZone({ region: statedCountry(page, pageLanguage) ?? countryOfSiteName(siteName ?? recordName(), pageLanguage) ?? creditedCountry(cityOfByline, pageLanguage), language: null, host: null }) ?? mastheadZone(page, context.now);
  const datedArticle = structured && !isSitesOwnNode(structured, ownAddress, documentTitle, title, siteName) ? structured : null;
  const readDates = (zone: string | null) => readPageDates(page, tags, datedArticle, articleAddress, context.now, region, title, zone, countryZones({ region, language, host }), pageLanguage);
  let dates = readDates(timeZone);
  if (timeZone !== null && isAfghanDateOnPersiansClock(timeZone, dates.published.raw, { region, language: pageLanguage, host })) dates = readDates(AFGHAN_CLOCK);
  // The line the publication date was read from may credit the writer or the agency; it is known only now.
  if (authors.length === 0) {
    const credited = cleanAuthors(creditInDateline(dates.published.raw), authorContext, 'visible');
    authors = credited.authors;
    wireSource ??= credited.wireSource;
  }
  const recordSiteName = recordName();
  const taxonomy = readTaxonomy(page, tags, structured, jsonLd.breadcrumbs, title, recordSiteName);
  return {
    title,
    description: chooseDescription(
      [...['og:description', 'description', 'twitter:description', 'dc.description'].map((key) => tags.first(key)), structured?.description],
      () => readVisibleDek(page, dekAnchor(page, headlineElements, title), title),
      { title, siteName: recordSiteName, host, siteDescription: jsonLd.siteDescription },
    ),
    authors,
    publishedAt: dates.published.iso,
    publishedAtRaw: dates.published.raw && publicationItem(dates.published.item ?? dates.published.raw, (item) => parseDate(item, context.now) !== null),
    dateline: dates.published.raw,
    modifiedAt: dates.modified.iso,
    modifiedAtRaw: dates.modified.raw,
    printedInNoZone: dates.printedInNoZone,
    storyZone: dates.printedInNoZone.published || dates.printedInNoZone.modified ? storyCountryZone(page, pageLanguage, title, cityOfByline) : null,
    clockKnown: timeZone !== null,
    declaredLanguage: language,
    siteName: recordSiteName,
    canonicalUrl,
    section: taxonomy.section,
    categories: taxonomy.categories,
    tags: taxonomy.tags,
    unshownAgencyTags: unshownAgencyTags(page, taxonomy.tags, title),
    leadImage: readLeadImage(page, tags, structured, baseUrl, title ? jsonLd.clips().find((clip) => clip.name === title)?.thumbnail ?? null : null),
    baseUrl,
    wireSource,
    isAccessibleForFree: readAccess(structured?.isAccessibleForFree ?? jsonLd.declaredAccess, tags, page),
    counters: readCounters(page, tags, structured, dates.published.raw),
    structuredBody: structured?.articleBody ?? null,
    sources: contributingSources(tags, structured !== null, dates.publishedSource),
    warnings: [...jsonLd.warnings, ...dates.warnings],
  };
}

/**
 * Rule "Afghan months over Persian's clock": Persian is read on Tehran's clock where nothing else names the page's
 * country, but Dari is Persian too, and an Afghan page declared plain `fa`, on a ".com" address, dates its stories in
 * the zodiac months only Afghanistan's calendar names ("۱۵ قوس ۱۴۰۵ - ۱۴:۲۰"; see afghanCalendarZone): that date is
 * on Kabul's clock, an hour ahead of Tehran's. An address or a locale that names the country keeps its clock.
 */
function isAfghanDateOnPersiansClock(timeZone: string, printed: string | null, locale: PageLocale): boolean {
  return locale.language !== null && timeZone === pageTimeZone({ region: null, language: locale.language, host: null })
    && pageTimeZone({ ...locale, language: null }) === null && afghanCalendarZone(printed, locale.language) === AFGHAN_CLOCK;
}
const AFGHAN_CLOCK = 'Asia/Kabul';

/** The country of the city an Arabic page's byline files from (rule "the writer's city", see countryOfCity). */
function creditedCountry(cityOfByline: () => string | null, language: string | null): string | null {
  return language !== null && primarySubtag(language) === 'ar' ? countryOfCity(cityOfByline()) : null;
}

/**
 * The zone of the one country an Arabic page's headline and first paragraph name (rule "the story's country", see
 * storyCountry), or a Russian page's cities name (rule "the story's city in Russian", see russianStoryCountry), for
 * its dates printed in no zone. A byline filed from a city ("جنيف: طارق الحمادي") that names no
 * country the rule "the writer's city" knows is a correspondent's abroad, and the country the story is about then says
 * nothing of the newsroom's clock.
 */
function storyCountryZone(page: IndexedPage, language: string | null, headline: string | null, cityOfByline: () => string | null): string | null {
  const primary = language === null ? null : primarySubtag(language);
  if (primary !== 'ru' && (primary !== 'ar' || cityOfByline() !== null)) return null;
  const paragraph = firstParagraphAfterHeadline(page);
  const opening = `${headline ?? ''}\n${paragraph ? page.shortText(paragraph, MAX_OPENING_CHARS) ?? '' : ''}`;
  const country = primary === 'ru' ? russianStoryCountry(opening) : storyCountry(opening);
  return country ? pageTimeZone({ region: country, language: null, host: null }) : null;
}
/** A news story's first paragraph is shorter; a longer block is a whole text set without paragraphs, not an opening. */
const MAX_OPENING_CHARS = 3000;

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
