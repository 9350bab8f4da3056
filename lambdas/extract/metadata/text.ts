/** Text clean-up shared by the metadata stages. */
import { BIDI_CONTROLS, INVISIBLE_BREAKS } from '../dom-walk';

/**
 * Whitespace (including non-breaking spaces) collapsed to single spaces, trimmed, and direction marks and invisible
 * break hints (soft hyphens, zero-width spaces; see `normalizeSpace`) dropped. The zero-width non-joiner and joiner
 * inside a word are spelling, not space: Persian writes "می‌کند" with a non-joiner between its parts, and emoji
 * sequences are joined by the joiner; only a stray one at a word's edge goes. Rule "old Malayalam chillu": older
 * Malayalam text types a word's final chillu as the consonant, a virama and a zero-width joiner ("പാതയില്‍"), so a
 * joiner after a virama closes the word's spelling and stays: without it the word reads with a bare virama.
 */
export function collapseWhitespace(text: string): string {
  const spaced = text.replace(BIDI_CONTROLS, '').replace(INVISIBLE_BREAKS, '').replace(/\s+/g, ' ');
  return (JOINER.test(spaced) ? spaced.replace(STRAY_JOINERS, '').replace(/ {2,}/g, ' ') : spaced).trim();
}
const JOINER = /[\u200C\u200D]/;
/** The viramas of the Indic scripts and the Sinhala al-lakuna, which cancel a consonant's vowel. */
const VIRAMAS = '\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D4D\u0DCA';
/**
 * The same text with Malayalam's old chillu, a consonant, a virama and a zero-width joiner (see rule "old Malayalam
 * chillu"), written as the one character Unicode gives each since 5.1 ("ഡിസംബര്‍" as "ഡിസംബർ"), so that a word
 * matches whichever way the page typed it.
 */
export function withAtomicChillu(text: string): string {
  return text.includes('\u200D') ? text.replace(OLD_CHILLU, (_, consonant: string) => ATOMIC_CHILLU[consonant]) : text;
}
const OLD_CHILLU = /([ണനരലളക])\u0D4D\u200D/gu;
const ATOMIC_CHILLU: Record<string, string> = { ണ: '\u0D7A', ന: '\u0D7B', ര: '\u0D7C', ല: '\u0D7D', ള: '\u0D7E', ക: '\u0D7F' };
/** A joiner at a word's edge, but for one closing a virama (see rule "old Malayalam chillu"). */
const STRAY_JOINERS = new RegExp(`(?<![${VIRAMAS}])[\u200C\u200D]+(?= |$)|(?<=^| )[\u200C\u200D]+`, 'gu');

/** The text as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How many words run before `tail` when `text` ends with it after a space ("Second division kiel turn the derby round"
 * before "kiel turn the derby round": 2), or -1 when it does not. Both are normalised alike by the caller: a kicker
 * line run into a headline is read so by the title reader and by the body's repeated-title rule.
 */
export function wordsBeforeTail(text: string, tail: string): number {
  if (text.length <= tail.length || !text.endsWith(` ${tail}`)) return -1;
  return text.slice(0, text.length - tail.length).split(/\s+/).filter(Boolean).length;
}

/**
 * The text without the tatweel that stretches a join between letters (rule "stretched name": "زيـاد المطيـري", a
 * section label "الــرأي"); one set apart by spaces is a dash, and stays.
 */
export function withoutStretching(text: string): string {
  return text.includes('\u0640') ? text.replace(STRETCHING_TATWEEL, '') : text;
}
const STRETCHING_TATWEEL = /(?<=\p{L})\u0640+/gu;

/**
 * Rule "tatweel dash": Arabic typesetting sets a tatweel apart by spaces as the dash between a dateline's place and
 * its agency or its writer ("الرياض ـ واس", "الدمام ـ فهد الدوسري"), where other pages type "-"; the credit and
 * dateline readers read it as that dash, which left alone made the place a writer ("الرياض ـ") and the agency no
 * credit.
 */
export function withTatweelDashes(text: string): string {
  return text.includes('\u0640') ? text.replace(SPACED_TATWEEL, '$1-$2') : text;
}
const SPACED_TATWEEL = /(\s)\u0640+(\s)/gu;
