/**
 * The site's part of a title: the separators and segments a title splits into, the segments that name the site, and
 * their stripping from either end.
 */
import { ENGLISH_WEEKDAY_ABBREVIATIONS, MONTH_NAME_ALTERNATION, WEEKDAY_NAMES } from './month-names';
import { compact, LETTER, MAX_SITE_NAME_WORDS, normalize, sameText, wordCount } from './title-text';

/**
 * Separators sites put between headline and site name. Spaces around them keep "COVID-19" and "10:30" whole.
 * Rule "board's angle bracket": board software writes the board between subject and site after a spaced ">", a trail's
 * mark ("Subject > Board | Site", GNUBoard's default); a headline seldom holds a spaced ">".
 * Chinese sites join the parts with an underscore and no spaces ("标题_新闻中心_东方日报网"); one beside a Chinese
 * character is read so, while "snake_case" in a programming headline stays whole. So do one or two hyphens between
 * Chinese characters ("标题--观点--华夏网", "标题-科教-江澜网"), which no Chinese word holds.
 * Rule "full-width hyphen after kana": Japanese papers join the headline and the paper's name with the full-width
 * hyphen-minus "－" and no spaces, where either side may end or begin in kana ("…５年かけ開発－しおかぜ日報"); no
 * Japanese word holds that character, whose long-vowel look-alike is "ー". Rule "typed dash": older pages and
 * plain-text editors write the dash as two hyphens ("Headline -- Site"), spaced like the dash they stand for.
 */
const SEPARATOR = /\s+(?:\||--?|–|—|:|·|»|«|>>|>|›|‹|::|\/|•|~|│|｜)\s+|\s*(?:\||·|•|│|｜|：)\s*|(?<=\p{Script=Han})\s*_\s*|\s*_\s*(?=\p{Script=Han})|(?<=\p{Script=Han})(?:--?|－)(?=\p{Script=Han})|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])－(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u;
/**
 * Unambiguous separators: a headline itself rarely contains them, so a short side next to one is the site name.
 * The box-drawing "│" and fullwidth "｜" stand in for a pipe on some sites, ">>" and "›" for "»", and "‹" for "«"
 * (WordPress themes print "Post ‹ Blog" as they print "Post « Blog").
 */
const STRONG_SEPARATOR = /\s*(?:\||»|«|>>|›|‹|·|•|::|│|｜)\s*/;
/**
 * French quotation marks: with them present, "»" closes a quote instead of separating a site name, and a "«" that a
 * "»" follows opens one. A lone "«" points at the site name as "»" does, mirrored ("Post « Blog", a WordPress default).
 */
const GUILLEMETS = /«/;
const OPENS_QUOTE = /«(?=.*»)/;
/** A question mark ends a sentence, in Latin, Arabic and fullwidth script. */
const QUESTION = /[?؟？]$/u;

/**
 * Removes the site name from either end of a title. Evidence, strongest first: a side that matches the site name
 * or host; a side that the h1 shows is not the headline; a short side next to an unambiguous separator.
 */
export function stripSiteAffixes(title: string, siteNames: string[], headings: string[] = []): string {
  // An h1 that repeats the whole title shows that all of it is the headline, even a part that looks like the site's name.
  if (headings.some((heading) => sameText(heading, title))) return title;
  // A title that is all site name ("Gaby's - Colours of the Soul" on a home page) has no headline side to keep.
  if (siteNames.some((name) => compact(name) === compact(title))) return title;
  const colonSplit = splitAtColon(title);
  if (colonSplit && isSiteNameOnly(colonSplit[0], siteNames)) return colonSplit[1];
  // Rule "site in brackets": Japanese and Chinese titles close with the site's name in brackets ("見出し（海岸新聞）").
  const bracketed = BRACKETED_SITE.exec(title);
  if (bracketed && siteNames.some((name) => matchesSiteName(bracketed[2], name))) return bracketed[1];
  let current = beforeSiteSegments(title);
  for (let round = 0; round < 3; round++) {
    const split = splitOnce(current);
    if (!split) break;
    const next = chooseSide(split, siteNames, headings);
    if (next === null || next === current) break;
    current = next;
  }
  return current;
}

const BRACKETED_SITE = /^(.*?\S)\s*[（(【［\[]([^（）()【】［］\[\]]{1,40})[）)】］\]]\s*$/u;

/**
 * The title up to the segment where the site's part starts. Templates print the site's name or place both in the
 * page's part and in the site's ("Headline | Nassau / Paradise Island | Local News - Nassau / Paradise Island"),
 * while a headline is printed once; and they print the page's date after the headline, with the site's segments
 * ("Headline - 26 Oktober 2010 - Blog - Site", "Headline | DW | 28.04.2023"). A named segment the title repeats, or
 * a date, after the first segment, is the site's.
 */
function beforeSiteSegments(title: string): string {
  if (!SEPARATOR.test(title)) return title;
  const separators = innerSeparators(title);
  const starts = [0, ...separators.map((match) => match.index + match[0].length)];
  const segments = starts.map((start, at) => title.slice(start, separators[at]?.index ?? title.length).trim());
  const forms = segments.map(normalize);
  const site = forms.findIndex((form, at) => at > 0
    && ((LETTER.test(form) && forms.indexOf(form, at + 1) > at) || DATE_SEGMENT.test(segments[at])));
  return site > 0 ? title.slice(0, separators[site - 1].index).trim() : title;
}
/**
 * A date with its year, in numbers ("28.04.2023", "21/12/2018") or with the month's name ("26 Oktober 2010", "Feb. 1,
 * 2016"), after its weekday or not: Blogger's classic templates head each day's posts with the day written out
 * ("<h2 class="date-header">Saturday, December 5, 2026</h2>"), above the post's own title.
 */
export const DATE_SEGMENT = new RegExp(
  `^(?:(?:${[...WEEKDAY_NAMES, ...ENGLISH_WEEKDAY_ABBREVIATIONS].join('|')})\\.?,?\\s+)?(?:(?:\\d{1,2}[./-]\\s?){1,2}(?:19|20)\\d{2}|(?:\\d{1,2}\\.?\\s+)?(?:${MONTH_NAME_ALTERNATION})\\.?\\s+(?:\\d{1,2},?\\s+)?(?:19|20)\\d{2})$`, 'iu');

/**
 * The words before a title's first colon and the rest ("Harbour Times: Ferry terminal to reopen"). The colon, set
 * without a space before it, is no separator of its own (headlines quote a speaker or put a topic there: "Trump: …"),
 * so it only splits off a side that other evidence names: the site's name as a whole, or an h1 printing it as a
 * banner. A doubled colon ("::") is a separator of its own.
 */
export function splitAtColon(title: string): [head: string, rest: string] | null {
  const colon = title.includes(':') || title.includes('：') ? COLON_AFTER_WORDS.exec(title) : null;
  return colon ? [colon[1], colon[2]] : null;
}
const COLON_AFTER_WORDS = /^([^:：]{1,60}?[^:：\s])(?::\s+|：\s*)(?![:：])(.+)$/u;

interface TitleSplit {
  /** First segment and the rest ("Site | Headline" split after "Site"). */
  head: string;
  headRest: string;
  /** Last segment and what precedes it ("Headline | Site" split before "Site"). */
  tail: string;
  tailRest: string;
  strongHead: boolean;
  strongTail: boolean;
}

export function splitOnce(title: string): TitleSplit | null {
  const matches = innerSeparators(title)
    .filter((match) => !(GUILLEMETS.test(title) && match[0].includes('»')))
    .filter((match) => !(match[0].includes('«') && OPENS_QUOTE.test(title.slice(match.index))));
  if (matches.length === 0) return null;
  const first = matches[0];
  const last = matches[matches.length - 1];
  return {
    head: title.slice(0, first.index).trim(),
    headRest: title.slice(first.index + first[0].length).trim(),
    tail: title.slice(last.index + last[0].length).trim(),
    tailRest: title.slice(0, last.index).trim(),
    strongHead: STRONG_SEPARATOR.test(first[0]),
    strongTail: STRONG_SEPARATOR.test(last[0]),
  };
}

function chooseSide(split: TitleSplit, siteNames: string[], headings: string[]): string | null {
  const isSite = (segment: string) => siteNames.some((name) => matchesSiteName(segment, name));
  if (isSite(split.tail)) return split.tailRest;
  if (isSite(split.head)) return split.headRest;
  const isHeading = (segment: string) => headings.some((heading) => sameText(heading, segment));
  if (isHeading(split.tailRest)) return split.tailRest;
  if (isHeading(split.headRest)) return split.headRest;
  // Without evidence, only a short segment behind a "|"-like separator is taken for the site name: headlines
  // use dashes and colons themselves ("Trump: ..."), but almost never a pipe. A question is never a site's name
  // ("Leasing oder Finanzierung | Was lohnt sich mehr?").
  const nameLike = (segment: string) => wordCount(segment) <= MAX_SITE_NAME_WORDS && !QUESTION.test(segment);
  if (split.strongTail && nameLike(split.tail) && wordCount(split.tailRest) > wordCount(split.tail)) return split.tailRest;
  if (split.strongHead && nameLike(split.head) && wordCount(split.headRest) > wordCount(split.head)) return split.headRest;
  return null;
}

/** Same name modulo case, spaces, punctuation and a leading "The"; or the segment is the host name. */
export function matchesSiteName(segment: string, siteName: string): boolean {
  const a = compact(segment);
  const b = compact(siteName);
  if (!a || !b) return false;
  return a === b || (b.length >= 4 && (a.startsWith(b) || a.endsWith(b)) && a.length <= b.length + 12);
}

/**
 * Rule 'declared without the affix, shown whole': a declared headline that <title> repeats with one more segment
 * behind a separator ("Q&A | Jane Doe on running the last village shop" in og:title, the same plus " | Valley
 * Courier" in <title>) is the headline as the site writes it without its name. What is left in it may still be a
 * section label ("Opinion | …"), or the headline's own ("Q&A | …"): a page without a heading that shows it whole, as a
 * block of its own, shows it is all headline. Only such pages read the page's blocks.
 */
export function isTitleLessAffix(declared: string, documentTitle: string): boolean {
  if (declared.length < 10 || documentTitle.length <= declared.length) return false;
  const rest = documentTitle.startsWith(declared) ? documentTitle.slice(declared.length) : documentTitle.endsWith(declared) ? documentTitle.slice(0, -declared.length) : null;
  if (rest === null) return false;
  const separator = SEPARATOR.exec(rest);
  return separator !== null && (separator.index === 0 || separator.index + separator[0].length === rest.length) && rest.trim().length > 1;
}

/**
 * Rule 'stripped from <title>': the segments that stripping cut from <title> ("Valley Courier" of "Pool reopens
 * after £2m refit | Valley Courier"), the site's part. A template's default og:title printed before the page's own
 * ("<meta property="og:title" content="Valley Courier">") is one of them.
 */
export function strippedSegments(published: string, stripped: string): string[] {
  if (!stripped || stripped === published) return [];
  const affix = published.startsWith(stripped) ? published.slice(stripped.length) : published.endsWith(stripped) ? published.slice(0, -stripped.length) : '';
  return segmentsOf(affix).filter(Boolean);
}

/**
 * The segments of a <title> that lie between two separators ("Kultur", "Literatur" of "GALORE.de | Kultur |
 * Literatur | 30.11. | Buch der Woche"): the site's sections on the way to the page. An h1 repeating one is a
 * section banner, and it shares words with <title> only because <title> names the section.
 */
export function innerSegments(title: string): string[] {
  return segmentsOf(title).slice(1, -1).filter(Boolean);
}

/** The parts of a title between its separators, trimmed. */
export function segmentsOf(title: string): string[] {
  return title.split(SEPARATOR).map((segment) => segment.trim());
}

/** The separators of a title with text on both sides, in order. */
function innerSeparators(title: string): RegExpExecArray[] {
  return [...title.matchAll(SEPARATORS)].filter((match) => match.index > 0 && match.index + match[0].length < title.length);
}
const SEPARATORS = new RegExp(SEPARATOR.source, 'gu');

/**
 * Rule "title naming the site alone": templates that print only the site's name in <title> still fill og:title with
 * the headline and that name behind a separator ("Bridge reopens after two years - Riverside Notes" over
 * "<title>Riverside Notes</title>"). A declared title closing with the whole <title>, behind a separator and after
 * more words than the name holds, names the site by it.
 */
export function closesWithName(title: string, name: string): boolean {
  if (title.length <= name.length || !title.endsWith(name) || wordCount(name) > MAX_SITE_NAME_WORDS) return false;
  const rest = title.slice(0, -name.length);
  const separator = TRAILING_SEPARATOR.exec(rest);
  return separator !== null && wordCount(rest.slice(0, separator.index)) > wordCount(name);
}
const TRAILING_SEPARATOR = new RegExp(`(?:${SEPARATOR.source})$`, 'u');

export function isSiteNameOnly(title: string, siteNames: string[]): boolean {
  return siteNames.some((name) => compact(name) === compact(title));
}

/**
 * A logo heading, a site tagline ("Example News, the first daily of …"), or the site name shortened to some of its
 * words ("Minecraft News" on "Minecraft Update News"): templates head every page with it.
 */
export function isSiteHeading(heading: string, siteNames: string[]): boolean {
  return siteNames.some((name) => matchesSiteName(heading, name) || (compact(name).length >= 4 && compact(heading).startsWith(compact(name)))
    || isMadeOfWords(heading, name));
}

/** True when every word of `text` is a word of `name`. */
function isMadeOfWords(text: string, name: string): boolean {
  const nameWords = new Set(normalize(name).split(' '));
  const words = normalize(text).split(' ').filter(Boolean);
  return words.length > 0 && words.every((word) => nameWords.has(word));
}
