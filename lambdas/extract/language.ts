/**
 * Language: what the markup declares (html[lang], og:locale, Content-Language, JSON-LD inLanguage), checked
 * against the text itself. The text check identifies the script (Arabic, CJK, kana, hangul, Thai, Cyrillic,
 * Greek, Hebrew, ...) and, for Latin script, counts common function words. Markup that the text clearly
 * contradicts loses: templates often ship `lang="en"` on pages written in another language.
 */

export interface TextLanguage {
  language: string;
  /** 0..1: how clearly the text points at this language. */
  confidence: number;
}

/** How many characters of text are enough to tell the language. */
const SAMPLE_CHARS = 6000;
/** Fewer letters than this is too little text to overrule the markup. */
const MIN_LETTERS = 40;
/** A script must make up this share of the letters to count as the text's script. */
const DOMINANT_SCRIPT_SHARE = 0.5;
/** A detection at least this sure overrules markup that names another language. */
const OVERRULE_CONFIDENCE = 0.6;

/** BCP-47 normalisation: "en_us" → "en-US", "ZH-hant-tw" → "zh-Hant-TW"; null for junk. */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  if (parts.length === 0 || !/^[a-z]{2,3}$/i.test(parts[0])) return null;
  const [primary, ...rest] = parts;
  const subtags = rest.map((part) => {
    if (/^[a-z]{4}$/i.test(part)) return part[0].toUpperCase() + part.slice(1).toLowerCase();
    if (/^(?:[a-z]{2}|\d{3})$/i.test(part)) return part.toUpperCase();
    return part.toLowerCase();
  });
  return [primary.toLowerCase(), ...subtags].join('-');
}

export function primarySubtag(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ku']);

export function isRightToLeft(language: string | null): boolean {
  return language !== null && RTL_LANGUAGES.has(primarySubtag(language));
}

/**
 * The language to report: the declared tag when the text agrees or says too little, the detected one when
 * the text clearly says otherwise or nothing is declared.
 */
export function resolveLanguage(declared: string | null, text: string): string | null {
  const detected = detectTextLanguage(text);
  if (!declared) return detected?.language ?? null;
  if (!detected || detected.confidence < OVERRULE_CONFIDENCE) return declared;
  if (primarySubtag(declared) === primarySubtag(detected.language)) return declared;
  return detected.language;
}

interface ScriptCount {
  arabic: number;
  persianLetters: number;
  urduLetters: number;
  han: number;
  kana: number;
  hangul: number;
  thai: number;
  cyrillic: number;
  greek: number;
  hebrew: number;
  devanagari: number;
  latin: number;
  total: number;
}

export function detectTextLanguage(text: string): TextLanguage | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = countScripts(sample);
  if (counts.total < MIN_LETTERS) return null;
  const share = (count: number) => count / counts.total;

  if (share(counts.arabic) >= DOMINANT_SCRIPT_SHARE) return { language: arabicScriptLanguage(counts), confidence: share(counts.arabic) };
  if (share(counts.han + counts.kana) >= DOMINANT_SCRIPT_SHARE || share(counts.kana) > 0.1) {
    // Japanese mixes kanji with kana; Chinese has no kana at all.
    const japanese = counts.kana / Math.max(1, counts.han + counts.kana) > 0.1;
    return { language: japanese ? 'ja' : 'zh', confidence: share(counts.han + counts.kana) };
  }
  if (share(counts.hangul) >= DOMINANT_SCRIPT_SHARE) return { language: 'ko', confidence: share(counts.hangul) };
  if (share(counts.thai) >= DOMINANT_SCRIPT_SHARE) return { language: 'th', confidence: share(counts.thai) };
  if (share(counts.greek) >= DOMINANT_SCRIPT_SHARE) return { language: 'el', confidence: share(counts.greek) };
  if (share(counts.hebrew) >= DOMINANT_SCRIPT_SHARE) return { language: 'he', confidence: share(counts.hebrew) };
  if (share(counts.devanagari) >= DOMINANT_SCRIPT_SHARE) return { language: 'hi', confidence: share(counts.devanagari) };
  if (share(counts.cyrillic) >= DOMINANT_SCRIPT_SHARE) return { language: cyrillicLanguage(sample), confidence: share(counts.cyrillic) * 0.8 };
  if (share(counts.latin) >= DOMINANT_SCRIPT_SHARE) return latinLanguage(sample);
  return null;
}

/** The scripts counted by name; `other` is a letter of any other script, which counts only towards the total. */
type LetterScript = Exclude<keyof ScriptCount, 'persianLetters' | 'urduLetters' | 'total'> | 'other';

/** Persian and Urdu letters that Arabic does not use, by code point. */
const PERSIAN_LETTERS = new Set([...'پچژگکی'].map((letter) => letter.codePointAt(0)!));
const URDU_LETTERS = new Set([...'ٹڈڑںےھ'].map((letter) => letter.codePointAt(0)!));

/** Read by code point with `codePointAt` rather than a string iterator: the iterator makes a string per character. */
function countScripts(text: string): ScriptCount {
  const counts: ScriptCount = { arabic: 0, persianLetters: 0, urduLetters: 0, han: 0, kana: 0, hangul: 0, thai: 0, cyrillic: 0, greek: 0, hebrew: 0, devanagari: 0, latin: 0, total: 0 };
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!;
    // ASCII, most of the text on most pages, is counted here: the general path below indexes the counts by name.
    if (code < 0x80) {
      if (isAsciiLetter(code)) {
        counts.latin++;
        counts.total++;
      }
      continue;
    }
    if (code > 0xffff) index++;
    const script = scriptOf(code);
    if (script === null) continue;
    counts.total++;
    if (script === 'other') continue;
    counts[script]++;
    if (script === 'arabic') {
      if (PERSIAN_LETTERS.has(code)) counts.persianLetters++;
      if (URDU_LETTERS.has(code)) counts.urduLetters++;
    }
  }
  return counts;
}

/** Script of each letter met so far: Unicode property tests are slow, and a text repeats few distinct letters. */
const SCRIPT_BY_CODE_POINT = new Map<number, LetterScript | null>();

/** The script of a letter, by code point; null for non-letters (anything outside `\p{L}`). Callers answer ASCII first. */
function scriptOf(code: number): LetterScript | null {
  let script = SCRIPT_BY_CODE_POINT.get(code);
  if (script === undefined) {
    script = classifyLetter(String.fromCodePoint(code), code);
    SCRIPT_BY_CODE_POINT.set(code, script);
  }
  return script;
}

/** A letter (`\p{L}`), with ASCII answered before the letter table. */
function isLetter(code: number): boolean {
  return code < 0x80 ? isAsciiLetter(code) : scriptOf(code) !== null;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function classifyLetter(char: string, code: number): LetterScript | null {
  if (!/\p{L}/u.test(char)) return null;
  if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfeff)) return 'arabic';
  if (/\p{Script=Han}/u.test(char)) return 'han';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(char)) return 'kana';
  if (/\p{Script=Hangul}/u.test(char)) return 'hangul';
  if (/\p{Script=Thai}/u.test(char)) return 'thai';
  if (/\p{Script=Cyrillic}/u.test(char)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(char)) return 'greek';
  if (/\p{Script=Hebrew}/u.test(char)) return 'hebrew';
  if (/\p{Script=Devanagari}/u.test(char)) return 'devanagari';
  if (/\p{Script=Latin}/u.test(char)) return 'latin';
  return 'other';
}

/**
 * Arabic script is Arabic unless letters that Arabic does not use dominate the distinctive ones: Urdu's
 * retroflex letters and ے, or Persian's پ چ ژ گ and Persian kaf/yeh (ک ی instead of ك ي).
 */
function arabicScriptLanguage(counts: ScriptCount): string {
  const distinctive = counts.persianLetters + counts.urduLetters;
  if (distinctive < counts.arabic * 0.03) return 'ar';
  return counts.urduLetters > counts.persianLetters * 0.3 ? 'ur' : 'fa';
}

/** Ukrainian has і ї є ґ, Bulgarian writes ъ often and never ы or э, Serbian has ђ ћ џ љ њ ј; else Russian. */
function cyrillicLanguage(text: string): string {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  if (count(/[іїєґІЇЄҐ]/g) > 3) return 'uk';
  if (count(/[ђћџљњјЂЋЏЉЊЈ]/g) > 3) return 'sr';
  if (count(/[ъ]/g) > 3 && count(/[ыэЫЭ]/g) === 0) return 'bg';
  return 'ru';
}

/**
 * Function words: frequent in running text of one language, rare in the others. Words shared by
 * two languages (e.g. "de", "a") are left out so that every hit is evidence.
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'are', 'this', 'have', 'from', 'which', 'it', 'be', 'by', 'has', 'were', 'their'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'ein', 'eine', 'dem', 'den', 'auch', 'wird', 'zu', 'im', 'von', 'für', 'sind'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'au', 'du', 'avec', 'il', 'sont', 'aux', 'ce'],
  es: ['el', 'los', 'las', 'y', 'del', 'que', 'por', 'con', 'una', 'es', 'para', 'su', 'al', 'se', 'lo', 'como', 'más', 'pero', 'fue', 'está'],
  it: ['il', 'di', 'che', 'e', 'della', 'per', 'è', 'non', 'sono', 'con', 'gli', 'una', 'del', 'alla', 'nel', 'si', 'dei', 'anche', 'le', 'più'],
  pt: ['o', 'os', 'e', 'do', 'da', 'que', 'não', 'uma', 'para', 'com', 'em', 'dos', 'das', 'ao', 'foi', 'se', 'mais', 'como', 'são', 'pelo'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'met', 'voor', 'zijn', 'ook', 'maar', 'wordt', 'bij', 'aan', 'er', 'naar', 'heeft'],
  pl: ['i', 'w', 'nie', 'się', 'na', 'z', 'jest', 'do', 'że', 'to', 'jak', 'ale', 'po', 'od', 'przez', 'dla', 'są', 'czy', 'tak', 'jego'],
  cs: ['a', 'se', 'na', 'je', 'že', 'v', 'to', 's', 'z', 'do', 'jsou', 'by', 'jako', 'ale', 'pro', 'už', 'také', 'byl', 'jeho', 'když'],
  sk: ['a', 'sa', 'na', 'je', 'že', 'v', 'to', 's', 'z', 'do', 'sú', 'by', 'ako', 'ale', 'pre', 'už', 'tiež', 'bol', 'jeho', 'keď'],
  sv: ['och', 'att', 'det', 'som', 'en', 'är', 'på', 'för', 'med', 'inte', 'av', 'till', 'den', 'har', 'var', 'om', 'ett', 'jag', 'men', 'från'],
  da: ['og', 'at', 'det', 'som', 'en', 'er', 'på', 'for', 'med', 'ikke', 'af', 'til', 'den', 'har', 'var', 'om', 'et', 'jeg', 'men', 'fra'],
  no: ['og', 'at', 'det', 'som', 'en', 'er', 'på', 'for', 'med', 'ikke', 'av', 'til', 'den', 'har', 'var', 'om', 'et', 'jeg', 'men', 'fra'],
  fi: ['ja', 'on', 'ei', 'että', 'se', 'oli', 'ovat', 'mutta', 'kuin', 'myös', 'tai', 'joka', 'hän', 'sen', 'vain', 'kun', 'jo', 'nyt', 'niin', 'olla'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'olan', 'en', 'ama', 'kadar', 'sonra', 'değil', 'ise', 'var', 'mi'],
  ro: ['și', 'în', 'la', 'de', 'că', 'cu', 'pe', 'nu', 'este', 'din', 'un', 'o', 'mai', 'care', 'sunt', 'fost', 'pentru', 'au', 'sa', 'ce'],
  hu: ['a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'van', 'meg', 'csak', 'már', 'mint', 'volt', 'de', 'még', 'ez', 'azt', 'kell', 'lesz', 'vagy'],
  id: ['yang', 'dan', 'di', 'ini', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'itu', 'juga', 'ke', 'ada', 'oleh', 'karena', 'bisa', 'mereka', 'sudah'],
};

/** The best language must beat the runner-up by this factor to count as clear. */
const CLEAR_MARGIN = 1.5;

const LATIN_LANGUAGES = Object.keys(FUNCTION_WORDS);

/**
 * For each function word, the languages whose list has it (as indices into LATIN_LANGUAGES): one lookup per word
 * instead of one per language.
 */
const LANGUAGES_BY_WORD = new Map<string, number[]>();
LATIN_LANGUAGES.forEach((language, at) => {
  for (const word of new Set(FUNCTION_WORDS[language])) LANGUAGES_BY_WORD.set(word, [...(LANGUAGES_BY_WORD.get(word) ?? []), at]);
});

/** No function word is longer than this; longer words are counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...LANGUAGES_BY_WORD.keys()].map((word) => word.length));

function latinLanguage(text: string): TextLanguage | null {
  const hits = new Int32Array(LATIN_LANGUAGES.length);
  // Words are the runs of letters (`\p{L}+`) of the lower-cased text, found by code point with the letter
  // table of the script count rather than by a regular expression that returns every word as a string.
  const lower = text.toLowerCase();
  let words = 0;
  for (let index = 0; index < lower.length;) {
    const code = lower.codePointAt(index)!;
    if (!isLetter(code)) {
      index += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = index;
    do index += lower.codePointAt(index)! > 0xffff ? 2 : 1;
    while (index < lower.length && isLetter(lower.codePointAt(index)!));
    words++;
    if (index - start > LONGEST_FUNCTION_WORD) continue;
    const languages = LANGUAGES_BY_WORD.get(lower.slice(start, index));
    if (languages) for (const language of languages) hits[language]++;
  }
  if (words < 10) return null;
  const scores = LATIN_LANGUAGES.map((language, at) => ({ language, hits: hits[at] })).sort((a, b) => b.hits - a.hits);
  const [best, second] = scores;
  if (best.hits === 0) return null;
  const ratio = best.hits / Math.max(1, second.hits);
  const coverage = best.hits / words;
  const clear = ratio >= CLEAR_MARGIN && coverage >= 0.08;
  return { language: best.language, confidence: clear ? Math.min(1, 0.5 + coverage * 2) : 0.3 };
}
