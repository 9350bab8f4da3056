/**
 * Aggressive normalisation for matching: search keys and near-duplicate fingerprints only, never stored or
 * displayed text. Two copies of one wire story typed by different desks differ in exactly the things folded here:
 * hamza placement on alef, taa marbuta vs haa, alef maqsura vs yaa, vowel marks, kashida stretching, digit script,
 * Persian keyboard letters, presentation-form glyphs pasted from PDFs, invisible marks, punctuation and case.
 *
 * The folds lose information on purpose (ة → ه merges distinct words); that is acceptable for matching and is why
 * the result must never be shown or stored as text.
 */
import { INVISIBLE_MARKS } from './text-normalize';

/** أ إ آ ٱ ٲ ٳ (hamza above/below, madda, wasla, wavy hamza) → ا */
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g;
const TAA_MARBUTA = /\u0629/g;
/** Alef maqsura and Persian/Farsi yeh → Arabic yeh. */
const YEH_VARIANTS = /[\u0649\u06CC]/g;
/** Persian keheh → Arabic kaf. */
const KEHEH = /\u06A9/g;
const TATWEEL = /\u0640/g;
/**
 * Harakat and tanwin (064B–065F), superscript alef (0670), Quranic annotation signs (0610–061A, 06D6–06ED) and the
 * extended Quranic marks (08D3–08FF).
 */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u08D3-\u08FF]/g;
/** Arabic-Indic (0660–0669) and Extended Arabic-Indic / Persian (06F0–06F9) digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** Unicode punctuation and symbols, which include ، ؛ ؟ ٪ « » and the Arabic full stop. */
const PUNCTUATION_AND_SYMBOLS = /[\p{P}\p{S}]/gu;
const WHITESPACE_RUN = /\s+/g;

export function normalizeForMatching(text: string): string {
  return (
    text
      // NFKC first: presentation forms (FB50–FDFF, FE70–FEFF) become base letters plus separate marks, which the
      // steps below then fold like any other text; it also folds full-width Latin and compatibility spaces.
      .normalize('NFKC')
      .replace(INVISIBLE_MARKS, '')
      .replace(TATWEEL, '')
      .replace(ARABIC_MARKS, '')
      .replace(ALEF_VARIANTS, '\u0627')
      .replace(TAA_MARBUTA, '\u0647')
      .replace(YEH_VARIANTS, '\u064A')
      .replace(KEHEH, '\u0643')
      .replace(EASTERN_DIGITS, easternDigitToAscii)
      .toLowerCase()
      .replace(PUNCTUATION_AND_SYMBOLS, ' ')
      .replace(WHITESPACE_RUN, ' ')
      .trim()
  );
}

function easternDigitToAscii(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}
