/** Plausibility of decoded text for one-byte charsets, judged word by word from the characters' scripts and case. */
import { MOJIBAKE_SYMBOL_WEIGHT, type Score } from './score';

const LETTER = /\p{L}/u;

const enum Script {
  None = 0,
  Latin = 1,
  Arabic = 2,
  Cyrillic = 4,
  Greek = 8,
  Hebrew = 16,
  Han = 32,
  Kana = 64,
  Hangul = 128,
  Other = 256,
  Thai = 512,
}

const enum LetterCase {
  None,
  Upper,
  Lower,
}

/** Scripts that legitimately share a word: Japanese mixes kanji and kana. */
const COMPATIBLE_SCRIPTS = new Set<number>([Script.Han | Script.Kana]);

interface CharClass {
  script: Script;
  letterCase: LetterCase;
  isMark: boolean;
  /** Letters that exist but appear in real text only rarely; a decoder producing many of them is guessing. */
  isRare: boolean;
}

const NOT_A_LETTER: CharClass = { script: Script.None, letterCase: LetterCase.None, isMark: false, isRare: false };

function letter(script: Script, letterCase: LetterCase = LetterCase.None, isRare = false): CharClass {
  return { script, letterCase, isMark: false, isRare };
}

// Classes are shared constants, not allocated per character: detection classifies every character of every candidate.
const LATIN = letter(Script.Latin);
const LATIN_UPPER = letter(Script.Latin, LetterCase.Upper);
const LATIN_LOWER = letter(Script.Latin, LetterCase.Lower);
const GREEK_UPPER = letter(Script.Greek, LetterCase.Upper);
const GREEK_LOWER = letter(Script.Greek, LetterCase.Lower);
const RARE_CYRILLIC = letter(Script.Cyrillic, LetterCase.None, true);
const CYRILLIC_UPPER = letter(Script.Cyrillic, LetterCase.Upper);
const CYRILLIC_LOWER = letter(Script.Cyrillic, LetterCase.Lower);
const HEBREW = letter(Script.Hebrew);
const HEBREW_MARK: CharClass = { script: Script.Hebrew, letterCase: LetterCase.None, isMark: true, isRare: false };
const ARABIC = letter(Script.Arabic);
const ARABIC_MARK: CharClass = { script: Script.Arabic, letterCase: LetterCase.None, isMark: true, isRare: false };
const KANA = letter(Script.Kana);
const HALFWIDTH_KANA = letter(Script.Kana, LetterCase.None, true);
const HAN = letter(Script.Han);
const RARE_HAN = letter(Script.Han, LetterCase.None, true);
const HANGUL = letter(Script.Hangul);
const HANGUL_JAMO = letter(Script.Hangul, LetterCase.None, true);
const OTHER_LETTER = letter(Script.Other);
const THAI = letter(Script.Thai);
const THAI_MARK: CharClass = { script: Script.Thai, letterCase: LetterCase.None, isMark: true, isRare: false };

function classify(code: number): CharClass {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return LATIN_UPPER;
    if (code >= 0x61 && code <= 0x7a) return LATIN_LOWER;
    return NOT_A_LETTER;
  }
  if (code >= 0xc0 && code <= 0xff) {
    if (code === 0xd7 || code === 0xf7) return NOT_A_LETTER;
    return code < 0xdf ? LATIN_UPPER : LATIN_LOWER;
  }
  if (code >= 0x100 && code <= 0x17f) {
    // Latin Extended-A pairs capitals with small letters, but the pairing flips parity at U+0139 and U+014A.
    const upperIsEven = code < 0x139 || (code >= 0x14a && code <= 0x177);
    return (code % 2 === 0) === upperIsEven ? LATIN_UPPER : LATIN_LOWER;
  }
  if ((code >= 0x180 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff)) return LATIN;
  if (code >= 0x370 && code <= 0x3ff) {
    if (code === 0x386 || (code >= 0x388 && code <= 0x3ab)) return GREEK_UPPER;
    if (code >= 0x3ac && code <= 0x3ce) return GREEK_LOWER;
    return NOT_A_LETTER;
  }
  if (code >= 0x400 && code <= 0x4ff) {
    if (code === 0x401) return CYRILLIC_UPPER;
    if (code === 0x451) return CYRILLIC_LOWER;
    // Beyond the Russian alphabet (Ђ Ѕ Љ Ў Ґ ...): real in Serbian or Ukrainian text, but also exactly what
    // windows-1251 makes of the signs (½ € ‰ ™) that Latin and Arabic pages carry.
    if (code < 0x410 || code > 0x44f) return RARE_CYRILLIC;
    return code <= 0x42f ? CYRILLIC_UPPER : CYRILLIC_LOWER;
  }
  if (code >= 0x591 && code <= 0x5c7) return HEBREW_MARK;
  if (code >= 0x5d0 && code <= 0x5f2) return HEBREW;
  if ((code >= 0x64b && code <= 0x65f) || code === 0x670 || (code >= 0x6d6 && code <= 0x6ed)) return ARABIC_MARK;
  if ((code >= 0x620 && code <= 0x64a) || code === 0x66e || code === 0x66f || (code >= 0x671 && code <= 0x6d5) || (code >= 0x6fa && code <= 0x6ff)) {
    return ARABIC;
  }
  if ((code >= 0x750 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) return ARABIC;
  if (code >= 0x3041 && code <= 0x30ff) return KANA;
  if (code >= 0xff66 && code <= 0xff9f) return HALFWIDTH_KANA;
  if (code >= 0x4e00 && code <= 0x9fff) return HAN;
  if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) return RARE_HAN;
  if (code >= 0xac00 && code <= 0xd7a3) return HANGUL;
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f)) return HANGUL_JAMO;
  if (code >= 0xe01 && code <= 0xe4e) return thaiClass(code);
  if (code >= 0x900 && code <= 0x1fff && LETTER.test(String.fromCharCode(code))) return OTHER_LETTER;
  return NOT_A_LETTER;
}

/**
 * Thai letters, and the vowel and tone marks written above and below them, which belong to the word: Thai puts no
 * spaces between words, so its letters come in long runs, and a lone Thai letter is what windows-874 makes of a
 * lone sign (£ × ½ ° read as ฃ ื ฝ ฐ).
 */
function thaiClass(code: number): CharClass {
  if (code === 0xe31 || (code >= 0xe34 && code <= 0xe3a) || (code >= 0xe47 && code <= 0xe4e)) return THAI_MARK;
  if (code <= 0xe30 || code === 0xe32 || code === 0xe33 || (code >= 0xe40 && code <= 0xe46)) return THAI;
  return NOT_A_LETTER;
}

/** Characters that only appear when bytes are read with the wrong charset (or are not text). */
function isMojibakeSymbol(code: number): boolean {
  return code === 0xfffd || (code >= 0x80 && code <= 0x9f) || (code >= 0xe000 && code <= 0xf8ff);
}

/**
 * Non-letters that real text uses freely: spaces, quotes and dashes, Latin-1 signs (° § ½ ² º ×), currency, Arabic
 * and CJK punctuation, digits. The rest (¤ ¦ ¨ ¬ ¯ ´ ¸ ‡ ‰ box drawing ...) is rare in prose but makes up a large
 * share of text decoded with the wrong charset, so each one counts against the candidate.
 */
const COMMON_SYMBOLS = new Set([
  ...'\u00a0¡¢£¥§©ª«\u00ad®°±²³µ·¹º»¼½¾¿×÷',
  ...'‐‑‒–—―‘’‚‛“”„‟•…′″€™',
  ...'،؛؟٪٫٬٭۔',
].map((char) => char.charCodeAt(0)));

function isCommonSymbol(code: number): boolean {
  return (
    COMMON_SYMBOLS.has(code) ||
    (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9) ||
    (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff65) ||
    (code >= 0xd800 && code <= 0xdfff)
  );
}

/** Signs that legitimately sit between two letters: apostrophes, hyphens, dashes, spaces, joiners, Arabic comma. */
const WORD_INTERNAL_PUNCTUATION = new Set([...'’‘ʼ‐‑–—·\u00a0\u00ad\u2009\u200a\u200b\u200c\u200d\u202f،؛'].map((char) => char.charCodeAt(0)));

const BICAMERAL_SCRIPTS = Script.Latin | Script.Cyrillic | Script.Greek;

/**
 * About a quarter of Arabic words open with the article "ال". Read with the wrong Arabic charset it turns into
 * "ان" (iso-8859-6 as windows-1256) or "اف" (the reverse), so its share separates the two on short text.
 */
const ALEF = 0x627;
const LAM = 0x644;

/**
 * The commonest short words of Russian, Ukrainian and Bulgarian text. A Cyrillic charset's reading lands on them
 * in about one word in five; the reading of the same bytes with an Arabic charset is as plausible letter by letter
 * on a short text, and this is what tells the two apart.
 */
const CYRILLIC_SHORT_WORDS = new Set(['и', 'в', 'не', 'на', 'с', 'что', 'по', 'из', 'за', 'к', 'о', 'у', 'а', 'от', 'для', 'как', 'до', 'со', 'же', 'то', 'це', 'та', 'і', 'й', 'да', 'се']);

/**
 * The commonest short words of Hebrew text ("of", the object marker, "on", "with", "not", "also", "that", "if",
 * "this", "he", "she", "all"). Windows-1255's Hebrew letters sit where windows-1251 and KOI8-R keep Cyrillic ones, so
 * an undeclared Hebrew page reads letter by letter as plausible Russian; its own short words tell it apart, as
 * CYRILLIC_SHORT_WORDS tell Russian from Arabic.
 */
const HEBREW_SHORT_WORDS = new Set(['של', 'את', 'על', 'עם', 'לא', 'גם', 'כי', 'אם', 'זה', 'זו', 'הוא', 'היא', 'כל', 'יש', 'אין', 'או', 'בין', 'אבל', 'רק', 'עד', 'אל', 'הם', 'מה']);

/**
 * Accented, Cyrillic and Greek letters that stand alone as words. Any other lone letter ("Ч", "Ł") is what a wrong charset
 * makes of a lone sign such as × or £.
 */
const SINGLE_LETTER_WORDS = new Set([...'àáéèóòùÀÉįвиаскоуяВИАСКОУЯοηΗΟ'].map((char) => char.charCodeAt(0)));

/**
 * Judge decoded text word by word. A word is plausible when it is written in one script, keeps letter case sane
 * (no lower-then-upper inside a word), does not open with a combining mark, is not a lone letter that no language
 * uses as a word, and, for Latin, is not made mostly of accented letters: windows-1256 Arabic read as windows-1252 gives words like "ÇáÚÑÈíÉ", read as windows-1251
 * gives "ЗбЪСИнЙ", and iso-8859-6 read as windows-1256 puts "è" and "ç" inside Arabic words.
 */
export function scoreText(text: string): Score {
  const score: Score = { good: 0, bad: 0, affinity: 0 };
  let scripts = 0;
  let nonAscii = 0;
  let rare = 0;
  let latinLetters = 0;
  let implausible = false;
  let previousCase = LetterCase.None;
  let letters = 0;
  let lastLetter = 0;
  let firstLetter = 0;
  let secondLetter = 0;
  let arabicWords = 0;
  let definiteArticles = 0;
  let cyrillicWords = 0;
  let cyrillicShortWords = 0;
  let hebrewWords = 0;
  let hebrewShortWords = 0;
  let wordStart = 0;

  const endWord = (end: number) => {
    if (scripts === Script.Arabic) {
      arabicWords++;
      if (firstLetter === ALEF && letters > 2 && secondLetter === LAM) definiteArticles++;
    }
    if (scripts === Script.Cyrillic) {
      cyrillicWords++;
      if (letters <= 3 && CYRILLIC_SHORT_WORDS.has(text.slice(wordStart, end).toLowerCase())) cyrillicShortWords++;
    }
    if (scripts === Script.Hebrew) {
      hebrewWords++;
      if (letters <= 3 && HEBREW_SHORT_WORDS.has(text.slice(wordStart, end))) hebrewShortWords++;
    }
    if (nonAscii > 0) {
      const mixedScripts = (scripts & (scripts - 1)) !== 0 && !COMPATIBLE_SCRIPTS.has(scripts);
      const accentHeavyLatin = scripts === Script.Latin && nonAscii >= 2 && nonAscii > latinLetters * 0.75;
      const strayLetter = letters === 1 && (((scripts & BICAMERAL_SCRIPTS) !== 0 && !SINGLE_LETTER_WORDS.has(lastLetter)) || scripts === Script.Thai);
      if (implausible || mixedScripts || accentHeavyLatin || strayLetter) score.bad += nonAscii;
      else {
        score.good += nonAscii - rare;
        score.bad += rare;
      }
    }
    scripts = 0;
    nonAscii = 0;
    rare = 0;
    latinLetters = 0;
    implausible = false;
    previousCase = LetterCase.None;
    letters = 0;
  };

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const charClass = classify(code);
    if (charClass.script === Script.None) {
      // A sign wedged between letters ("mo¿e", "z³oty") is a letter from another charset, however common the sign.
      const wedged = letters > 0 && code >= 0x80 && !WORD_INTERNAL_PUNCTUATION.has(code) &&
        index + 1 < text.length && classify(text.charCodeAt(index + 1)).script !== Script.None;
      endWord(index);
      if (isMojibakeSymbol(code)) score.bad += MOJIBAKE_SYMBOL_WEIGHT;
      else if (wedged || (code >= 0x80 && !isCommonSymbol(code))) score.bad += 1;
      continue;
    }
    if (charClass.isMark && letters === 0) implausible = true;
    if (letters === 0) {
      firstLetter = code;
      wordStart = index;
    }
    if (letters === 1) secondLetter = code;
    lastLetter = code;
    if (previousCase === LetterCase.Lower && charClass.letterCase === LetterCase.Upper) implausible = true;
    previousCase = charClass.letterCase;
    scripts |= charClass.script;
    letters++;
    if (charClass.script === Script.Latin) latinLetters++;
    if (code >= 0x80) {
      // CJK characters stand for two bytes each; weigh them so byte-for-byte comparison with one-byte charsets is fair.
      const weight = charClass.script & (Script.Han | Script.Kana | Script.Hangul) ? 2 : 1;
      nonAscii += weight;
      if (charClass.isRare) rare += weight;
    }
  }
  endWord(text.length);
  score.affinity = arabicWords > 0 ? definiteArticles / arabicWords
    : cyrillicWords > 0 ? cyrillicShortWords / cyrillicWords
    : hebrewWords > 0 ? hebrewShortWords / hebrewWords : 0;
  return score;
}
