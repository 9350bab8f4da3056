/**
 * Who wrote the article, and the agency that filed it: the credits the page declares and shows, in order of trust,
 * each checked against the others (a declared account against the visible byline, a declared photographer against
 * the roles the byline names), and cleaned of everything that is not a person (see authors.ts).
 *
 * ```ts
 * const { authors, wireSource } = readPageAuthors(page, { tags, structured, title, documentTitle, siteName, host, language });
 * ```
 */
import { primarySubtag } from '../language';
import { PAID_PARTNER_LABEL_WORDS } from '../content/vocabulary';
import type { AuthorContext } from './author-context';
import { type AuthorOrigin, cleanAuthors } from './authors';
import { creditsForOtherRole } from './byline-parts';
import { articleHeaderLines, bracketedAgencyCredit, headerBylineLines, headerWriterLines, openingReporterCredit, readAboutAuthorBox, readAuthorLinkBox, readBylines, readDutyEditorCredits, readEditorCredits, readHiddenAccount, readJapaneseClosingCredit, readOtherRoleNames, readPortraitWriterLink, readSignature, readSiteCreditLine, readUnmarkedBylines, readWriterBoxLead, readWriterNote } from './bylines';
import { citationDescribesPage } from './citation-tags';
import type { StructuredArticle } from './json-ld';
import type { MetaTags } from './meta-tags';
import { citedAuthorName, creatorName, LATIN_SCRIPT_NAME } from './name-forms';
import { logoNamedInTitle, titleSiteNames } from './page-site-name';
import type { IndexedPage } from './regions';
import { pageDataAuthors } from './page-data-authors';
import { pageDataScripts } from './page-data-scripts';
import { isSiteName } from './site-credits';
import { agencyAfterWriter, agencyInWritersPost, agencyClosingWritersLine, readBylineBoxAgency, readSourceRowAgency } from './source-rows';
import { SECTION_META_KEYS } from './taxonomy';
import { agencyPublishingOnPortal } from './wire-agencies';

/** What the credits are read against: the page's metadata and what the readers before them found. */
export interface AuthorEvidence {
  tags: MetaTags;
  structured: StructuredArticle | null;
  title: string | null;
  documentTitle: string;
  /** The site's declared name, if any. */
  siteName: string | null;
  host: string | null;
  /** The page's declared language, if any. */
  language: string | null;
}

export interface PageAuthors {
  /** People, never a desk, the site or an agency. */
  authors: string[];
  /** The agency a credit names, if any. */
  wireSource: string | null;
  /** What the cleaning knew of the page, for credits read later (the dateline's) and the record's site name. */
  context: AuthorContext;
}

export function readPageAuthors(page: IndexedPage, { tags, structured, title, documentTitle, siteName, host, language }: AuthorEvidence): PageAuthors {
  // Read once, and only when a candidate needs them.
  let editors: string[] | undefined;
  let texts: ReturnType<typeof pageTexts> | undefined;
  let bylines: string[] | undefined;
  const pageBylines = () => (bylines ??= readBylines(page));
  const authorContext = {
    siteName: siteName ?? logoNamedInTitle(page, documentTitle, title, host), publisher: structured?.publisher ?? null, host,
    editors: () => (editors ??= readEditorCredits(page)), pageTexts: () => (texts ??= pageTexts(page)),
    japanese: language !== null && primarySubtag(language) === 'ja',
    romanian: language !== null && primarySubtag(language) === 'ro',
    language,
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
  // Rule "agency's byline, its reporters' credits" (see bracketedAgencyCredit): read once the credits read so far
  // named the agency and no one else.
  const agencyCredits = () => {
    if (wireSource === null) return [];
    const line = bracketedAgencyCredit(page);
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
    ['visible', agencyCredits],
    ['visible', openingReporters],
    ['visible', () => readSignature(page)],
    ['visible', () => readWriterNote(page)],
    ['visible', () => readAuthorLinkBox(page)],
    ['visible', () => readAboutAuthorBox(page)],
    ['visible', () => readWriterBoxLead(page)],
    ['visible', () => readJapaneseClosingCredit(page)],
    ['visible', () => readPortraitWriterLink(page)],
    ['visible', () => readSiteCreditLine(page, authorContext.siteName, host)],
    // Rule "writer in the page's data" (see page-data-authors.ts): the inline scripts' data, JSON-LD aside, read last.
    ['declared', () => pageDataAuthors(pageDataScripts(page))],
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
  const declaredOrganizations = (structured?.organizationAuthors ?? []).map((name) => name.toLowerCase());
  let organizations: Set<string> | undefined;
  for (const [origin, read] of authorSources) {
    const cleaned = cleanAuthors(read(), authorContext, origin);
    wireSource ??= cleaned.wireSource;
    if (cleaned.authors.length > 0) organizations ??= new Set([...declaredOrganizations, ...releaseIssuers(authorContext.pageTexts().lines)]);
    // Rule "organisation declared elsewhere": a press release's page declares its issuer as the author twice, typed
    // as an Organization in JSON-LD and as a bare name in the `author` meta tag ("Helixa Biotherapeutics"); the
    // JSON-LD's type says the name is a company's, whichever source repeats it.
    const known = organizations;
    const people = known && known.size > 0 ? cleaned.authors.filter((name) => !known.has(name.toLowerCase())) : cleaned.authors;
    if (people.length > 0) {
      authors = origin === 'declared'
        ? asBylineSpellsThem(writersOverSiteAccount(writersOverUnseenAccount(withVisibleCoWriters(withoutOtherRoles(people, pageBylines, namesOnLine, () => readOtherRoleNames(page)), visibleBylines), shownLines, articleCredits), titleSiteNames(documentTitle, title), () => namesIn(openingReporters()), () => readDutyEditorCredits(page)), pageBylines, namesOnLine)
        : withVisibleCoWriters(people, () => [signedNames()]);
      break;
    }
  }

  if (authors.length > 0) authors = withoutSponsor(writersOverHiddenAccount(authors, page, authorContext), page);
  const writerLines = () => headerWriterLines(page, authors);
  wireSource ??= readSourceRowAgency(page, (name) => isSiteName(name, authorContext)) ?? readBylineBoxAgency(page, authors)
    ?? (authors.length > 0 ? agencyAfterWriter(writerLines()) ?? agencyInWritersPost(pageBylines()) ?? agencyClosingWritersLine(writerLines(), authors) : null)
    ?? agencyPublishingOnPortal(structured?.publisher ?? null, siteName, host);
  return { authors, wireSource, context: authorContext };
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
 * Rule "name in the story's script": a byline in Arabic, Persian, Hebrew or Cyrillic letters may gloss the writer's
 * name in Latin letters in brackets after it ("بقلم: كريم بن علي (Karim Benali)", as Maghreb and Gulf papers with a
 * French or English edition print it), and the metadata declare the Latin spelling alone: one writer, whom the record
 * names as the byline does, in the script the page leads with. A declared Latin name the byline shows only so, with
 * one name of another script on its line, is that name.
 */
function asBylineSpellsThem(declared: string[], bylines: () => string[], namesOnLine: (line: string) => string[]): string[] {
  if (!declared.some((name) => LATIN_SCRIPT_NAME.test(name))) return declared;
  return declared.map((name) => {
    if (!LATIN_SCRIPT_NAME.test(name)) return name;
    const key = name.toLowerCase();
    for (const line of bylines()) {
      if (!line.toLowerCase().includes(`(${key})`)) continue;
      const names = namesOnLine(line);
      return names.length === 1 && !LATIN_LETTER.test(names[0]) ? names[0] : name;
    }
    return name;
  });
}
/** A Latin letter anywhere. */
const LATIN_LETTER = /\p{Script=Latin}/u;

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

/**
 * Rule "sponsor's credit": partner content (an advertorial under "Partner content", "Partnerbijdrage", "Sponsored")
 * names the company that paid for it in a line by the headline ("In samenwerking met Woonbank Nederland. Deze bijdrage
 * is niet geschreven door de redactie.", "Sponsored by Harbour Bank", "In partnership with …") and credits the same
 * company in its byline ("Door Woonbank Nederland", "By Harbour Bank"): the sponsor, who is no writer. A credited name
 * that such a line gives as the sponsor leaves the authors; a writer credited beside the sponsor stays, and so does a
 * programme's host, whom its page says "Presented by" (PAID_PARTNER_LABEL_WORDS names only who paid).
 */
function withoutSponsor(authors: string[], page: IndexedPage): string[] {
  const sponsors = sponsorsBesideHeadline(page);
  if (sponsors.length === 0) return authors;
  return authors.filter((name) => !sponsors.some((sponsor) => sponsor.toLowerCase().startsWith(name.toLowerCase())));
}

/** The names the sponsor lines over the headline and in the article's header give, after their label. */
function sponsorsBesideHeadline(page: IndexedPage): string[] {
  const start = page.firstAfterHeadline();
  if (start === 0) return [];
  const sponsors: string[] = [];
  const end = page.articleHeaderEnd();
  for (let index = Math.max(0, start - 1 - ELEMENTS_OVER_HEADLINE); index < end; index++) {
    const sponsor = SPONSOR_LINE.exec(page.shortTextAt(index, MAX_LINE_CHARS) ?? '')?.[1];
    if (sponsor) sponsors.push(sponsor);
  }
  return sponsors;
}
/** The label over the headline sits among its kicker and section line, a few elements before it. */
const ELEMENTS_OVER_HEADLINE = 12;
const SPONSOR_LINE = new RegExp(`^${PAID_PARTNER_LABEL_WORDS}\\s+([^.!?|·•:]{2,50}?)\\s*(?:[.!?|·•:]|$)`, 'iu');

/** A short line is one element's own text: a byline, a caption, a credit. */
const MAX_LINE_CHARS = 150;

/**
 * Rule "the release's issuer": a release names the company that issued it on a line of its own, as the wire sets it
 * under the text ("SOURCE Example Health", the wire's capitals and no colon) or as a portal that runs releases labels it
 * ("Source : Example SA – communiqué diffusé le …", "المصدر: شركة …", "来源：…公司"). A site that runs the release
 * also credits that company as its byline, its author meta or a JSON-LD Person ("par Example SA", "Example Health"):
 * a name the page gives as the release's source is the issuer, not a writer. A writer's byline names no source so.
 * The names, lower-cased, each up to the dash, bar, comma or bracket that runs the line on.
 */
function releaseIssuers(lines: readonly string[]): string[] {
  const issuers: string[] = [];
  for (const line of lines) {
    const credit = ISSUER_LINE.exec(line);
    const name = credit?.[1].split(ISSUER_LINE_RUNS_ON)[0].trim();
    if (name) issuers.push(name.toLowerCase());
  }
  return issuers;
}
const ISSUER_LINE = /^(?:SOURCE\s+|(?:[Ss]ource|[Qq]uelle|[Ff]uente|[Ff]onte|المصدر|来源|來源)\s*[:：]\s*)(\S.*)$/u;
const ISSUER_LINE_RUNS_ON = /\s+[–—|-]\s+|[,(]/u;

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
