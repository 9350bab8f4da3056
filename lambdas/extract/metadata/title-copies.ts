/** How one headline candidate repeats another: behind a kicker or badge, cut short at a length limit or a quote, or run on. */
import { wordsBeforeTail } from './text';
import { compact, MAX_SITE_NAME_WORDS, MIN_HEADLINE_WORDS, normalize, sameText, UNSPACED_PHRASE, wordCount } from './title-text';

const SPACE_THEN_WORD = /^ [\p{L}\p{N}]/u;
const ENDS_IN_LETTER = /\p{L}$/u;
const OPENS_IN_LOWER_CASE_LETTER = /^\p{Ll}/u;
const SEPARATOR_THEN_WORD = /^\s*[:|–—-]\s+[\p{L}\p{N}]/u;
/**
 * Rule "marks inside a kicker's words": a kicker's words keep their combining marks, as Turkish capitals do once lower
 * cased ("SON DAKİKA", breaking, folds to "son daki̇ka", the i carrying a combining dot) and as Indic vowel signs do,
 * so a Turkish portal's "SON DAKİKA" badge run into the h1 is read as the kicker it is.
 */
const ONE_OR_TWO_WORDS = /^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)?$/u;
/** Preview titles cut to a length limit ("Court files expose Adelson's..."): a fragment, not a headline. */
export const TRUNCATED = /(?:\.\.\.|…)$/;
/** Preview titles cut to a length lose a few trailing words; a longer run-on is a subtitle glued to the h1. */
const MAX_CUT_WORDS = 3;

/**
 * Declared headlines without those cut at a length limit ("… extra services to the coast dur…") whose words another
 * candidate has in full: a preview's fragment is no witness, and as the first declared headline it would outrank the
 * whole one on a page without an h1 to confirm either.
 */
export function withoutCutCopies(declared: string[], documentTitle: string): string[] {
  const candidates = [...declared, documentTitle];
  return declared.filter((title) => {
    if (!TRUNCATED.test(title)) return true;
    const stem = caseFolded(title.replace(TRUNCATED, ''));
    return stem.length < 10 || !candidates.some((other) => other !== title && caseFolded(other).startsWith(stem));
  });
}

/**
 * A meta tag whose content attribute was closed by a quotation mark inside the headline (`content="Senator calls
 * Biden "unfit""`) keeps only the words before the quote; <title> has them all.
 */
export function completedAtQuote(declared: string, documentTitle: string): string {
  if (!documentTitle.startsWith(declared) || documentTitle.length === declared.length) return declared;
  return /^\s*["“„«]/.test(documentTitle.slice(declared.length)) ? documentTitle : declared;
}

/**
 * True when `longer` repeats `shorter` and goes on with words, no separator between: one sentence of which
 * `shorter` is a cut ("Ultium Cells raises capacity" / "… in Tennessee"), not a headline plus a subtitle
 * ("…: why it matters", or a long run-on from a subtitle element) or a site name ("… - Example News").
 */
export function continues(longer: string, shorter: string): boolean {
  const long = caseFolded(longer);
  const short = caseFolded(shorter);
  if (short.length < 10 || !long.startsWith(short)) return false;
  const rest = long.slice(short.length);
  return (SPACE_THEN_WORD.test(rest) && wordCount(rest) <= MAX_CUT_WORDS) || isCutMidWord(shorter.trim(), longer.trim());
}

/**
 * Rule 'cut mid-word': a copy that stops inside a word ("… extra services to the coast du" of "… during the summer
 * holidays") was cut at a character limit (JSON-LD headlines at 110 characters, as search engines once asked), and
 * however much it lost, nothing glued after a headline starts inside its last word. The word must go on in lower
 * case in the original: a capital after the last letter starts a name glued to the headline ("… la InfantaUltima
 * Hora", a site name in the h1 without a space). Compared before case folding, so the capital can be seen.
 */
function isCutMidWord(shorter: string, longer: string): boolean {
  const rest = longer.slice(shorter.length);
  return ENDS_IN_LETTER.test(shorter) && OPENS_IN_LOWER_CASE_LETTER.test(rest) && !UNSPACED_PHRASE.test(shorter);
}

/** True when `longer` repeats `shorter` whole and goes on after a separator ("X – why it matters" after "X"). */
export function runsOnPastSeparator(longer: string, shorter: string): boolean {
  const long = caseFolded(longer);
  const short = caseFolded(shorter);
  return short.length >= 10 && long.startsWith(short) && SEPARATOR_THEN_WORD.test(long.slice(short.length));
}

/** Lower case, NFKC, spaces collapsed: punctuation kept, so where one text runs on from another can be read. */
function caseFolded(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The words two candidates share after different short kickers ("A: X" and "B: X" give "X"). */
export function commonHeadlineBehindKickers(candidates: string[]): string | null {
  const split = candidates.map((candidate) => KICKED.exec(candidate)).filter((match): match is RegExpExecArray => match !== null)
    .filter((match) => wordCount(match[1]) <= MAX_SITE_NAME_WORDS && normalize(match[2]).length >= 10);
  for (const [index, first] of split.entries()) {
    const other = split.slice(index + 1).find((match) => sameText(match[2], first[2]) && !sameText(match[1], first[1]));
    if (other) return first[2];
  }
  return null;
}
const KICKED = /^(.+?)\s*(?::|\s[–—-])\s+(.+)$/u;

/** True when `heading` is "kicker: title" or "kicker – title", the kicker being a few words. */
export function isKickerOf(heading: string, title: string): boolean {
  const normalizedHeading = normalize(heading);
  const normalizedTitle = normalize(title);
  if (normalizedTitle.length < 10 || !normalizedHeading.endsWith(normalizedTitle) || normalizedHeading === normalizedTitle) return false;
  const kicker = heading.slice(0, heading.length - title.length).trim();
  return /[:|–—-]$/.test(kicker) && wordCount(kicker) <= MAX_SITE_NAME_WORDS + 2;
}

/**
 * True when `heading` is `title` after one or two words and no separator: a kicker set in smaller type inside the
 * h1. The title must be a phrase, so that a heading completing a short label ("Health" / "Mental health") is none.
 */
export function hasRunInKicker(heading: string, title: string): boolean {
  const headingText = caseFolded(heading);
  const titleText = caseFolded(title);
  if (wordCount(title) < MIN_HEADLINE_WORDS || !headingText.endsWith(` ${titleText}`)) return false;
  const kicker = headingText.slice(0, headingText.length - titleText.length).trim();
  return ONE_OR_TWO_WORDS.test(kicker) && wordCount(kicker) <= MAX_RUN_IN_KICKER_WORDS;
}
/**
 * Rule 'bracket label as a badge': Chinese and Japanese titles put a label in lenticular brackets before the headline
 * ("【速報】市議会が…", breaking; "【独家】", exclusive), and the h1 prints the same label as a badge of its own,
 * without the brackets and without a space ("<h1><span class="label">速報</span>市議会が…</h1>"). An h1 that is the
 * label run into the rest of a candidate shows the rest is the headline; an h1 that prints the brackets keeps them.
 */
export function behindBracketLabel(heading: string, candidates: string[]): string | null {
  // Read without its marks, a heading that prints the brackets is the label run into the rest as well: such a heading
  // keeps its label ("【独自】", exclusive; "【レビュー】", review), save one that names the page's medium (see MEDIUM_LABEL).
  const bracketed = heading.startsWith('【');
  for (const candidate of candidates) {
    const label = candidate.startsWith('【') ? BRACKET_LABEL.exec(candidate) : null;
    if (label && (!bracketed || MEDIUM_LABEL.test(label[1])) && compact(heading) === compact(label[1] + label[2])) return label[2];
  }
  return null;
}
const BRACKET_LABEL = /^【([^】]{1,8})】\s*(.+)$/u;
/**
 * Rule "medium label": a label that names what the page shows, video, pictures or sound ("【動画】", "【写真】",
 * "【视频】", "【동영상】"), marks the page's format in the site's lists, as "VIDEO:" does, and is no word of the
 * story's headline, bracketed in the h1 or not.
 */
const MEDIUM_LABEL = /^(?:動画|映像|写真|フォト|音声|视频|視頻|影片|图集|圖集|组图|組圖|동영상|영상|포토|사진)$/u;

/**
 * True when `heading` is `title` after a kicker line of a few words and no separator. Asked only of the heading under
 * a breadcrumb trail, where the kicker stands as the line above the headline.
 */
export function isAfterKickerLine(heading: string, title: string): boolean {
  if (wordCount(title) < MIN_HEADLINE_WORDS) return false;
  const kickerWords = wordsBeforeTail(caseFolded(heading), caseFolded(title));
  return kickerWords > 0 && kickerWords <= MAX_SITE_NAME_WORDS + 2;
}

/** A kicker is a label ("Exclusive", "Live", "Health"); more words before the title are the headline's own. */
const MAX_RUN_IN_KICKER_WORDS = 2;
