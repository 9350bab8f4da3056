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

/**
 * BCP-47 normalisation: "en_us" → "en-US", "ZH-hant-tw" → "zh-Hant-TW"; null for junk. Only the script and the
 * region are kept after the language: other subtags in page markup are typos and CMS codes ("de-ere"), and what a
 * reader filters by is the language, its script and its country.
 */
export function normalizeLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  if (parts.length === 0 || !/^[a-z]{2,3}$/i.test(parts[0])) return null;
  const [primary, ...rest] = parts;
  // A single letter opens an extension or a private-use part ("-x-…"), whose codes are no script or region.
  const singleton = rest.findIndex((part) => part.length === 1);
  const subtags = (singleton < 0 ? rest : rest.slice(0, singleton)).flatMap((part) => {
    if (/^[a-z]{4}$/i.test(part)) return [part[0].toUpperCase() + part.slice(1).toLowerCase()];
    if (/^\d{3}$/.test(part) || (/^[a-z]{2}$/i.test(part) && !PRIVATE_USE_REGION.test(part))) return [part.toUpperCase()];
    return [];
  });
  return [macrolanguageOf(primary.toLowerCase()), ...subtags].join('-');
}

/**
 * Rule "Arabic's spoken varieties": ISO 639-3 codes each spoken Arabic its own language (Moroccan "ary", Algerian
 * "arq", Tunisian "aeb", Egyptian "arz", Levantine "apc", Gulf "afb", …), and CMSs offer some as locales: WordPress's
 * Moroccan Arabic, "ary", is what Moroccan sites choose for the Darija of their theme's labels ("دجنبر", "بواسطة"),
 * declared as `lang="ary"` and `ary_MA` over stories written in standard Arabic. The record names the language as
 * the pipeline's readers filter by it, and as the Arabic rules of the engine know it (dates, clocks, bylines): Arabic,
 * "ar", the region the declaration gives kept.
 */
function macrolanguageOf(primary: string): string {
  return ARABIC_VARIETIES.has(primary) ? 'ar' : primary;
}
const ARABIC_VARIETIES: ReadonlySet<string> = new Set([
  'ary', 'arq', 'aeb', 'ayl', 'arz', 'apd', 'apc', 'ajp', 'acm', 'afb', 'ars', 'acw', 'ayh', 'acq', 'ayn', 'abv', 'shu', 'aao',
]);
/**
 * Region codes ISO 3166 leaves to private use name no country: CMSs use them for a language's generic locale, as
 * Joomla's "ar-AA" ("Arabic, unitag") does, and a record's reader would take them for a country.
 * Rule "Kosovo's code": one of them does name a country. "XK" is the code the European Union, the IMF and Unicode's
 * locale data (CLDR's "sq-XK", "sr-XK") give Kosovo, which ISO has not coded, so Kosovar sites declare it as a region.
 */
const PRIVATE_USE_REGION = /^(?:aa|q[m-z]|x[a-jl-z]|zz)$/i;

export function primarySubtag(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
/**
 * Rule "Kurdish in two scripts": the tag "ku" is declared by Sorani pages, written in the Arabic script (Iraq's
 * Kurdistan Region, Iran), and by Kurmanji ones, written in the Latin script (Turkey, Syria): the direction of such a
 * page is its text's, right to left where most of its letters are Arabic ones.
 */
const TWO_SCRIPT_LANGUAGES: ReadonlySet<string> = new Set(['ku']);

export function isRightToLeft(language: string | null, text = ''): boolean {
  if (language === null) return false;
  const primary = primarySubtag(language);
  if (TWO_SCRIPT_LANGUAGES.has(primary)) return isMostlyArabicScript(text);
  return RTL_LANGUAGES.has(primary);
}
/**
 * Whether most of a text's letters are written in a right-to-left script, Arabic's or Hebrew's; null for a text of
 * no letters. A headline's few words tell its script, where their language needs more.
 */
export function isWrittenRightToLeft(text: string): boolean | null {
  const counts = countScripts(text.slice(0, SAMPLE_CHARS));
  return counts.total === 0 ? null : (counts.arabic + counts.hebrew) / counts.total >= DOMINANT_SCRIPT_SHARE;
}
function isMostlyArabicScript(text: string): boolean {
  const counts = countScripts(text.slice(0, SAMPLE_CHARS));
  return counts.total > 0 && counts.arabic / counts.total >= DOMINANT_SCRIPT_SHARE;
}

/**
 * The direction to report. A right-to-left language is read right to left whatever the markup says: templates made
 * for a left-to-right site print Arabic stories under `dir="ltr"`. Otherwise the markup's `dir="rtl"` around the
 * story is believed, as the browser that lays the page out believes it. Rule "the other edition's template": where
 * the page declares a right-to-left language and its text overrules it with a left-to-right one, the `dir="rtl"`
 * came with that declaration: Arab and Israeli papers serve their English and French editions from the Arabic or
 * Hebrew edition's template, `<html lang="ar" dir="rtl">` over an English story, and the story reads left to right.
 */
export function textDirection(language: string | null, declared: 'rtl' | 'ltr' | null, text = '', declaredLanguage: string | null = null): 'rtl' | 'ltr' {
  if (isRightToLeft(language, text)) return 'rtl';
  if (declared !== 'rtl') return 'ltr';
  const overruled = language !== null && declaredLanguage !== null && RTL_LANGUAGES.has(primarySubtag(declaredLanguage));
  return overruled ? 'ltr' : 'rtl';
}

/**
 * The language to report: the declared tag when the text agrees or says too little, the detected one when
 * the text clearly says otherwise or nothing is declared.
 */
export function resolveLanguage(declared: string | null, text: string): string | null {
  const detected = detectTextLanguage(text);
  if (!declared) return detected?.language ?? null;
  if (!detected || detected.confidence < OVERRULE_CONFIDENCE) return declared;
  return contradicts(primarySubtag(declared), detected.language) ? detected.language : declared;
}

/**
 * Rule "only a recognisable declaration can be contradicted": the text check knows a fixed set of languages, and a
 * page in another one (Malay, Galician, Bosnian, Norwegian Nynorsk, Luxembourgish, ...) reads as its nearest known
 * neighbour, which says nothing against the declaration. Nor does a close neighbour's detection overrule a declared
 * language of the same group (Norwegian detected on a page declared Danish): the site's word is better evidence
 * than a handful of telling words.
 */
function contradicts(declared: string, detected: string): boolean {
  if (declared === detected || !RECOGNISED_LANGUAGES.has(declared)) return false;
  return !CLOSE_DECLARATIONS.some((group) => group.includes(declared) && group.includes(detected));
}

interface ScriptCount {
  arabic: number;
  persianLetters: number;
  urduLetters: number;
  soraniLetters: number;
  /** Pashto's letters of its own (ټ ډ ړ ښ ږ ځ څ ۍ), Sindhi's (ڪ ڏ ڳ ڻ ٻ ڄ ٺ ٽ ٿ ڀ ڦ), Uyghur's vowels (ۇ ۈ ۋ ې). */
  pashtoLetters: number;
  sindhiLetters: number;
  uyghurLetters: number;
  /** Jawi's own letters (ڠ ڽ ݢ). */
  jawiLetters: number;
  han: number;
  kana: number;
  hangul: number;
  thai: number;
  cyrillic: number;
  greek: number;
  hebrew: number;
  devanagari: number;
  latin: number;
  /** Latin letters with the horn or the stroke (ơ ư đ) or Vietnamese tone marks (the U+1EA0–U+1EF9 block). */
  vietnameseLetters: number;
  /** Of those, the vowels with a dot below alone: Yoruba's ẹ ọ and Igbo's ị ọ ụ, and ẹ, written by Yoruba only. */
  underdotVowels: number;
  yorubaOpenE: number;
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
  if (share(counts.latin) >= DOMINANT_SCRIPT_SHARE) {
    if (counts.vietnameseLetters >= counts.latin * VIETNAMESE_LETTER_SHARE) return { language: underdottedLanguage(counts), confidence: share(counts.latin) };
    return latinLanguage(sample);
  }
  return singleLanguageScript(sample, counts.total);
}

/**
 * Scripts written by one language each (beside minority ones), by code-point block: Bengali, Gurmukhi (Punjabi),
 * Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Lao, Myanmar, Georgian, Armenian, Ethiopic (Amharic)
 * and Khmer.
 */
const SINGLE_LANGUAGE_SCRIPTS: ReadonlyArray<readonly [first: number, last: number, language: string]> = [
  [0x0530, 0x058f, 'hy'], [0x0980, 0x09ff, 'bn'], [0x0a00, 0x0a7f, 'pa'], [0x0a80, 0x0aff, 'gu'], [0x0b00, 0x0b7f, 'or'],
  [0x0b80, 0x0bff, 'ta'], [0x0c00, 0x0c7f, 'te'], [0x0c80, 0x0cff, 'kn'], [0x0d00, 0x0d7f, 'ml'], [0x0d80, 0x0dff, 'si'],
  [0x0e80, 0x0eff, 'lo'], [0x1000, 0x109f, 'my'], [0x10a0, 0x10ff, 'ka'], [0x1200, 0x137f, 'am'], [0x1780, 0x17ff, 'km'],
];

/**
 * Rule "single-language script": a text in none of the scripts counted by name is read by the block most of its
 * letters come from, when that block is one language's own script. Only texts no other test named are counted
 * again, so pages in the common scripts pay nothing for it.
 */
function singleLanguageScript(sample: string, letters: number): TextLanguage | null {
  const counts = new Int32Array(SINGLE_LANGUAGE_SCRIPTS.length);
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    if (code < 0x0530 || code > 0x17ff || scriptOf(code) !== 'other') continue;
    const block = SINGLE_LANGUAGE_SCRIPTS.findIndex(([first, last]) => code >= first && code <= last);
    if (block >= 0) counts[block]++;
  }
  let best = 0;
  for (let block = 1; block < counts.length; block++) if (counts[block] > counts[best]) best = block;
  const share = counts[best] / letters;
  return share >= DOMINANT_SCRIPT_SHARE ? { language: SINGLE_LANGUAGE_SCRIPTS[best][2], confidence: share } : null;
}

/** The scripts counted by name; `other` is a letter of any other script, which counts only towards the total. */
type LetterScript = Exclude<keyof ScriptCount, 'persianLetters' | 'urduLetters' | 'soraniLetters' | 'pashtoLetters' | 'sindhiLetters' | 'uyghurLetters' | 'vietnameseLetters' | 'total'> | 'other';

/**
 * Vietnamese writes nearly every syllable with a tone mark or a horn, in letters other Latin-script languages do not
 * use (ơ ư đ, and the precomposed forms of U+1EA0–U+1EF9), while its function words are syllables too short and too
 * many to reach a word list's coverage: one letter in twenty of those is Vietnamese on any page of it, and a few
 * Vietnamese or Yoruba names on a page in another language stay far below that.
 */
const VIETNAMESE_LETTER_SHARE = 0.05;

/**
 * Rule "vowels dotted below, and nothing else": Yoruba (ẹ ọ, its tones as separate marks) and Igbo (ị ọ ụ) take from
 * the Vietnamese block only vowels with a dot below, where Vietnamese spreads its letters over the whole block, its
 * dotted vowels a small part of them. A text whose letters of the block are nearly all dotted vowels is Yoruba when
 * it writes ẹ, which Igbo has not, and Igbo otherwise; a legacy Yoruba page that declares nothing was read as
 * Vietnamese and put on Hanoi's clock.
 */
const UNDERDOT_VOWELS = new Set([0x1eb8, 0x1eb9, 0x1eca, 0x1ecb, 0x1ecc, 0x1ecd, 0x1ee4, 0x1ee5]);
const UNDERDOT_SHARE = 0.8;

function underdottedLanguage(counts: ScriptCount): string {
  if (counts.underdotVowels < counts.vietnameseLetters * UNDERDOT_SHARE) return 'vi';
  return counts.yorubaOpenE > 0 ? 'yo' : 'ig';
}

function isVietnameseLetter(code: number): boolean {
  return (code >= 0x1ea0 && code <= 0x1ef9) || code === 0x01a0 || code === 0x01a1 || code === 0x01af || code === 0x01b0 || code === 0x0110 || code === 0x0111;
}

/**
 * Persian and Urdu letters that Arabic does not use, by code point. Rule "Urdu's heh": Urdu writes its final and
 * medial h with heh goal (ہ, "کابینہ", "کہا") and its izafe with hamza above it (ۂ) and above yeh barree (ۓ), which
 * Persian never does; Persian's kaf and yeh, which Urdu shares, outnumber its retroflex letters in a short text.
 */
const PERSIAN_LETTERS = new Set([...'پچژگکی'].map((letter) => letter.codePointAt(0)!));
const URDU_LETTERS = new Set([...'ٹڈڑںےھہۂۓ'].map((letter) => letter.codePointAt(0)!));
/** Sorani Kurdish writes its vowels and its trilled r and velar l with letters of its own: ە ێ ڕ ڵ. */
const SORANI_LETTERS = new Set([...'ەێڕڵ'].map((letter) => letter.codePointAt(0)!));
/**
 * Rule "Pashto, Sindhi and Uyghur letters": each writes sounds Persian and Arabic lack with letters of its own, none
 * of which Urdu's retroflex letters are (Urdu's ٹ ڈ ڑ are other code points): Pashto ټ ډ ړ ښ ږ ځ څ and its ۍ;
 * Sindhi its implosives and aspirates (ڳ ڏ ٻ ڄ, ٺ ٽ ٿ ڀ), its ڻ and its swash kaf ڪ; Uyghur, which writes every
 * vowel, ۇ ۈ ۋ ې. A Uyghur text also writes ە, a Sorani letter, so these are weighed before Sorani's.
 */
const PASHTO_LETTERS = new Set([...'ټډړښږځڅۍ'].map((letter) => letter.codePointAt(0)!));
const SINDHI_LETTERS = new Set([...'ڪڏڳڻٻڄٺٽٿڀڦ'].map((letter) => letter.codePointAt(0)!));
const UYGHUR_LETTERS = new Set([...'ۇۈۋې'].map((letter) => letter.codePointAt(0)!));
/**
 * Rule "Jawi letters": Malay written in the Arabic script (Malaysia's and Brunei's Jawi editions, `lang="ms-Arab"`)
 * writes its ng, nya and g with letters no other language's Arabic script uses so (ڠ ڽ ݢ), and they make up several in
 * a hundred of its letters ("ڤندودوق", "مڠسا", "كاتڽ"); read as Arabic, the Jawi page's declared Malay was overruled.
 * Jawi's ڤ (p) is left out: Maghrebi Arabic and Kurdish write it for v and g.
 */
const JAWI_LETTERS = new Set([...'ڠڽݢ'].map((letter) => letter.codePointAt(0)!));
/** A share of a text's Arabic-script letters that only a language of its own writes so often. */
const OWN_LETTER_SHARE = 0.015;

/** Read by code point with `codePointAt` rather than a string iterator: the iterator makes a string per character. */
function countScripts(text: string): ScriptCount {
  const counts: ScriptCount = { arabic: 0, persianLetters: 0, urduLetters: 0, soraniLetters: 0, pashtoLetters: 0, sindhiLetters: 0, uyghurLetters: 0, jawiLetters: 0, han: 0, kana: 0, hangul: 0, thai: 0, cyrillic: 0, greek: 0, hebrew: 0, devanagari: 0, latin: 0, vietnameseLetters: 0, underdotVowels: 0, yorubaOpenE: 0, total: 0 };
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
    if (script === 'latin' && isVietnameseLetter(code)) {
      counts.vietnameseLetters++;
      if (UNDERDOT_VOWELS.has(code)) counts.underdotVowels++;
      if (code === 0x1eb8 || code === 0x1eb9) counts.yorubaOpenE++;
    }
    if (script === 'arabic') {
      if (PERSIAN_LETTERS.has(code)) counts.persianLetters++;
      if (URDU_LETTERS.has(code)) counts.urduLetters++;
      if (SORANI_LETTERS.has(code)) counts.soraniLetters++;
      if (PASHTO_LETTERS.has(code)) counts.pashtoLetters++;
      if (SINDHI_LETTERS.has(code)) counts.sindhiLetters++;
      if (UYGHUR_LETTERS.has(code)) counts.uyghurLetters++;
      if (JAWI_LETTERS.has(code)) counts.jawiLetters++;
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

const LETTER = /\p{L}/u;
const HAN_LETTER = /\p{Script=Han}/u;
const KANA_LETTER = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL_LETTER = /\p{Script=Hangul}/u;
const THAI_LETTER = /\p{Script=Thai}/u;
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const GREEK_LETTER = /\p{Script=Greek}/u;
const HEBREW_LETTER = /\p{Script=Hebrew}/u;
const DEVANAGARI_LETTER = /\p{Script=Devanagari}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

function classifyLetter(char: string, code: number): LetterScript | null {
  if (!LETTER.test(char)) return null;
  if ((code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfeff)) return 'arabic';
  if (HAN_LETTER.test(char)) return 'han';
  if (KANA_LETTER.test(char)) return 'kana';
  if (HANGUL_LETTER.test(char)) return 'hangul';
  if (THAI_LETTER.test(char)) return 'thai';
  if (CYRILLIC_LETTER.test(char)) return 'cyrillic';
  if (GREEK_LETTER.test(char)) return 'greek';
  if (HEBREW_LETTER.test(char)) return 'hebrew';
  if (DEVANAGARI_LETTER.test(char)) return 'devanagari';
  if (LATIN_LETTER.test(char)) return 'latin';
  return 'other';
}

/**
 * Arabic script is Arabic unless letters that Arabic does not use dominate the distinctive ones: Urdu's
 * retroflex letters and ے, or Persian's پ چ ژ گ and Persian kaf/yeh (ک ی instead of ك ي). Rule "Sorani letters":
 * Sorani Kurdish shares Persian's letters and adds its own vowels ە ێ and ڕ ڵ, which Persian never writes and which
 * make up a tenth of a Sorani text; a text where they are as common as a third of the Persian letters is Sorani.
 */
function arabicScriptLanguage(counts: ScriptCount): string {
  const own = counts.arabic * OWN_LETTER_SHARE;
  if (counts.jawiLetters > own) return 'ms';
  if (counts.uyghurLetters > own && counts.uyghurLetters > counts.pashtoLetters) return 'ug';
  if (counts.pashtoLetters > own) return 'ps';
  if (counts.sindhiLetters > own) return 'sd';
  const distinctive = counts.persianLetters + counts.urduLetters + counts.soraniLetters;
  if (distinctive < counts.arabic * 0.03) return 'ar';
  if (counts.soraniLetters > counts.persianLetters * 0.3) return 'ckb';
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
 * Function words: the most frequent words of running text in each language. A word in several lists ("de" is
 * Spanish, Romanian, Dutch and Turkish) counts for each of them by its share, so a text gives its language's
 * neighbours only part of its hits; between languages that share most of their function words (see
 * {@link CLOSE_LANGUAGES}) only the words one of them alone uses decide.
 */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'are', 'this', 'have', 'from', 'which', 'it', 'be', 'by', 'has', 'were', 'their'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'ein', 'eine', 'dem', 'den', 'auch', 'wird', 'zu', 'im', 'von', 'für', 'sind'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'au', 'du', 'avec', 'il', 'sont', 'aux', 'ce'],
  es: ['el', 'los', 'las', 'y', 'del', 'que', 'por', 'con', 'una', 'es', 'para', 'su', 'al', 'se', 'lo', 'como', 'más', 'pero', 'fue', 'está', 'de', 'la', 'en', 'un'],
  ca: ['els', 'amb', 'per', 'dels', 'als', 'és', 'però', 'també', 'aquest', 'aquesta', 'seva', 'seu', 'pel', 'hi', 'fins', 'molt', 'més', 'són', 'quan', 'perquè'],
  it: ['il', 'di', 'che', 'e', 'della', 'per', 'è', 'non', 'sono', 'con', 'gli', 'una', 'del', 'alla', 'nel', 'si', 'dei', 'anche', 'le', 'più'],
  pt: ['o', 'os', 'e', 'do', 'da', 'que', 'não', 'uma', 'para', 'com', 'em', 'dos', 'das', 'ao', 'foi', 'se', 'mais', 'como', 'são', 'pelo'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'met', 'voor', 'zijn', 'ook', 'maar', 'wordt', 'bij', 'aan', 'er', 'naar', 'heeft'],
  pl: ['i', 'w', 'nie', 'się', 'na', 'z', 'jest', 'do', 'że', 'to', 'jak', 'ale', 'po', 'od', 'przez', 'dla', 'są', 'czy', 'tak', 'jego'],
  cs: ['a', 'se', 'na', 'je', 'že', 'v', 'to', 's', 'z', 'do', 'jsou', 'by', 'jako', 'ale', 'pro', 'už', 'také', 'byl', 'jeho', 'když'],
  sk: ['a', 'sa', 'na', 'je', 'že', 'v', 'to', 's', 'z', 'do', 'sú', 'by', 'ako', 'ale', 'pre', 'už', 'tiež', 'bol', 'jeho', 'keď'],
  sl: ['je', 'in', 'da', 'se', 'na', 'v', 'za', 'so', 'ki', 'pa', 'tudi', 'z', 'ne', 'od', 'po', 'še', 'bo', 'kot', 'iz', 'ali'],
  hr: ['je', 'i', 'u', 'na', 'da', 'se', 'za', 'su', 'od', 'koji', 'koja', 'koje', 'što', 'ali', 'kao', 'iz', 'bi', 'će', 'nije', 'sa'],
  sv: ['och', 'att', 'det', 'som', 'en', 'är', 'på', 'för', 'med', 'inte', 'av', 'till', 'den', 'har', 'var', 'om', 'ett', 'jag', 'men', 'från'],
  da: ['og', 'at', 'det', 'som', 'en', 'er', 'på', 'for', 'med', 'ikke', 'af', 'til', 'den', 'har', 'var', 'om', 'et', 'jeg', 'men', 'fra'],
  no: ['og', 'at', 'det', 'som', 'en', 'er', 'på', 'for', 'med', 'ikke', 'av', 'til', 'den', 'har', 'var', 'om', 'et', 'jeg', 'men', 'fra'],
  is: ['að', 'í', 'á', 'sem', 'um', 'við', 'með', 'ekki', 'það', 'hann', 'hún', 'fyrir', 'frá', 'þess', 'eru', 'og', 'er', 'til', 'var', 'en'],
  fi: ['ja', 'on', 'ei', 'että', 'se', 'oli', 'ovat', 'mutta', 'kuin', 'myös', 'tai', 'joka', 'hän', 'sen', 'vain', 'kun', 'jo', 'nyt', 'niin', 'olla'],
  et: ['ja', 'on', 'ei', 'see', 'oli', 'ka', 'mis', 'kui', 'aga', 'ning', 'või', 'nagu', 'siis', 'veel', 'juba', 'pole', 'mida', 'seda', 'kes', 'ta'],
  lt: ['ir', 'kad', 'yra', 'su', 'iš', 'į', 'kaip', 'tai', 'jo', 'buvo', 'dėl', 'nuo', 'arba', 'tik', 'taip', 'kuris', 'apie', 'bei', 'savo', 'dar'],
  lv: ['un', 'ir', 'kas', 'ar', 'par', 'uz', 'lai', 'tas', 'vai', 'bija', 'pēc', 'tikai', 'kur', 'arī', 'kā', 'ka', 'tiek', 'viņš', 'savu', 'jau'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'olan', 'en', 'ama', 'kadar', 'sonra', 'değil', 'ise', 'var', 'mi'],
  ro: ['și', 'în', 'la', 'de', 'că', 'cu', 'pe', 'nu', 'este', 'din', 'un', 'o', 'mai', 'care', 'sunt', 'fost', 'pentru', 'au', 'sa', 'ce'],
  hu: ['a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'van', 'meg', 'csak', 'már', 'mint', 'volt', 'de', 'még', 'ez', 'azt', 'kell', 'lesz', 'vagy'],
  id: ['yang', 'dan', 'di', 'ini', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'itu', 'juga', 'ke', 'ada', 'oleh', 'karena', 'bisa', 'mereka', 'sudah'],
  ms: ['yang', 'dan', 'di', 'ini', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'itu', 'juga', 'ke', 'ada', 'oleh', 'kerana', 'boleh', 'mereka', 'telah'],
  // Rule "Africa's and the Philippines' news languages": Swahili, Hausa and Somali papers and broadcasters, Albanian
  // and Azerbaijani ones, and Filipino sites often declare no language or the template's "en"; read without their
  // words, a Swahili story counted as Polish by its "na".
  sw: ['na', 'wa', 'ya', 'kwa', 'katika', 'ni', 'za', 'kuwa', 'hiyo', 'huo', 'hii', 'pia', 'lakini', 'kama', 'zaidi', 'baada', 'wakati', 'hata', 'alisema', 'cha'],
  ha: ['da', 'a', 'na', 'ta', 'ya', 'ba', 'ne', 'ce', 'wanda', 'cikin', 'kuma', 'akan', 'domin', 'amma', 'shi', 'su', 'sun', 'ga', 'tare', 'wannan'],
  so: ['iyo', 'ee', 'oo', 'ka', 'ku', 'uu', 'ay', 'waxa', 'waxaa', 'ayaa', 'la', 'u', 'soo', 'kala', 'ah', 'hadda', 'ayuu', 'ayay', 'sidoo', 'kale'],
  sq: ['dhe', 'në', 'të', 'për', 'që', 'me', 'nga', 'është', 'një', 'se', 'i', 'e', 'u', 'ka', 'kanë', 'do', 'nuk', 'janë', 'edhe', 'por'],
  az: ['və', 'bu', 'ilə', 'üçün', 'də', 'da', 'bir', 'olub', 'edib', 'deyib', 'ki', 'isə', 'görə', 'sonra', 'qədər', 'artıq', 'hər', 'onun', 'daha', 'olaraq'],
  tl: ['ang', 'ng', 'sa', 'na', 'mga', 'at', 'ay', 'si', 'ni', 'para', 'hindi', 'kay', 'ito', 'nang', 'siya', 'kanilang', 'noong', 'din', 'rin', 'pa'],
  // Rule "Europe's regional languages' words": Welsh, Basque, Irish, Maltese and Breton papers run on stock themes
  // that declare the template's "en-GB", "es" or "fr", or nothing, and their text read as its nearest known language
  // (a Welsh story as Spanish, a Basque one as French). Each list keeps the words no other listed language writes so
  // often (Welsh "y", Irish "an" and "go", Breton "war" and "he" are left out as Spanish, English and French words).
  cy: ['yn', 'yr', 'mae', 'wedi', 'ac', 'gan', 'fod', 'ond', 'hyn', 'roedd', 'bydd', 'gyda', 'oedd', 'ei', 'sy', 'dros', 'ym', 'fel', 'hefyd', 'hynny'],
  eu: ['eta', 'ez', 'bat', 'dira', 'zen', 'ere', 'izan', 'dute', 'baina', 'bere', 'egin', 'hori', 'hau', 'edo', 'zuen', 'dago', 'arabera', 'beste', 'dela', 'zuten'],
  ga: ['agus', 'ag', 'ach', 'bhí', 'tá', 'atá', 'nach', 'chun', 'faoi', 'leis', 'sé', 'sí', 'seo', 'ón', 'níl', 'freisin', 'bhfuil', 'sna', 'idir', 'beidh'],
  mt: ['li', 'ta', 'fil', 'tal', 'biex', 'minn', 'għal', 'mill', 'huwa', 'kien', 'kienu', 'iżda', 'wkoll', 'dan', 'din', 'fuq', 'bħala', 'mal', 'tagħhom', 'tiegħu'],
  br: ['hag', 'eo', 'gant', 'evit', 'eus', 'zo', 'bet', 'emañ', 'ez', 'ur', 'int', 'vo', 'ket', 'hon', 'dre', 'kement', 'betek', 'bezañ', 'eñ', 'ivez'],
};

/**
 * Languages written with nearly the same function words: Danish and Norwegian share all but one of theirs, and
 * Swedish, Czech and Slovak, Spanish and Catalan, Finnish and Estonian, Slovenian and Croatian, Indonesian and Malay
 * most. A text of one gives its neighbours almost as many hits, which reads as "unclear" and left a template's
 * `lang="en"` standing on a Danish or Czech page. Within a group the {@link TELLING_WORDS} decide, and the group must stand clear of the
 * other languages as one language must.
 */
const CLOSE_LANGUAGES: ReadonlyArray<readonly string[]> = [['da', 'no', 'sv'], ['cs', 'sk'], ['es', 'ca'], ['fi', 'et'], ['sl', 'hr'], ['id', 'ms']];

/** Every language `detectTextLanguage` can name. */
const RECOGNISED_LANGUAGES: ReadonlySet<string> = new Set([
  ...Object.keys(FUNCTION_WORDS), 'vi', 'yo', 'ig', 'ar', 'fa', 'ur', 'ckb', 'ps', 'sd', 'ug', 'zh', 'ja', 'ko', 'th', 'el', 'he', 'hi', 'ru', 'uk', 'sr', 'bg',
  ...SINGLE_LANGUAGE_SCRIPTS.map(([, , language]) => language),
]);

/** Groups within which a detection does not overrule a declaration: the close Latin-script languages, and Cyrillic's. */
const CLOSE_DECLARATIONS: ReadonlyArray<readonly string[]> = [...CLOSE_LANGUAGES, ['sl', 'hr', 'sr'], ['ru', 'uk', 'bg', 'sr']];

/** Common words that only one language of its group writes so ("af" where Norwegian and Swedish write "av"). */
const TELLING_WORDS: Record<string, readonly string[]> = {
  da: ['af', 'nogle', 'noget', 'end', 'endnu', 'siger', 'sagde', 'havde', 'bliver', 'blevet', 'ud', 'uden', 'været', 'hvad', 'fået', 'gøre', 'mellem', 'meget', 'op', 'mod', 'imod', 'os', 'vores', 'fik', 'gik', 'tilbage', 'næste', 'sidste', 'alligevel', 'fortsat'],
  no: ['etter', 'noen', 'noe', 'enn', 'ennå', 'sier', 'hadde', 'ble', 'blitt', 'mye', 'seg', 'meg', 'deg', 'igjen', 'vært', 'hva', 'gjøre', 'mellom', 'opp', 'uten', 'imot', 'fikk', 'gikk', 'tilbake', 'neste', 'siste', 'likevel', 'ikkje', 'kva'],
  sv: ['och', 'att', 'är', 'inte', 'från', 'också', 'några', 'varit', 'mycket', 'sedan', 'hade', 'säger', 'mellan', 'bara', 'när', 'där', 'här', 'vad', 'hur', 'ska'],
  cs: ['jsou', 'také', 'byl', 'byla', 'bylo', 'když', 'který', 'která', 'které', 'jsem', 'není', 'být', 'ještě', 'může', 'mezi', 'podle', 'při', 'nebo', 'jako', 'pro'],
  sk: ['sú', 'tiež', 'bol', 'bola', 'bolo', 'keď', 'ktorý', 'ktorá', 'ktoré', 'som', 'nie', 'byť', 'ešte', 'môže', 'medzi', 'podľa', 'pri', 'alebo', 'ako', 'pre'],
  es: ['los', 'las', 'y', 'del', 'por', 'con', 'para', 'su', 'como', 'más', 'pero', 'fue', 'está', 'muy', 'este', 'esta', 'sus', 'sin', 'cuando', 'porque'],
  // Every Catalan function word in the list is one Spanish does not write.
  ca: FUNCTION_WORDS.ca,
  fi: ['että', 'ovat', 'mutta', 'kuin', 'myös', 'tai', 'joka', 'hän', 'vain', 'kun', 'nyt', 'niin', 'olla', 'ole', 'mitä', 'kanssa', 'sen', 'jo', 'tämä', 'hänen'],
  et: ['see', 'ka', 'mis', 'kui', 'aga', 'ning', 'või', 'nagu', 'siis', 'veel', 'juba', 'pole', 'mida', 'seda', 'kes', 'ta', 'tema', 'selle', 'ainult', 'koos'],
  sl: ['in', 'v', 'so', 'ki', 'pa', 'tudi', 'še', 'bo', 'kot', 'ne', 'z', 'sem', 'bil', 'bila', 'lahko', 'zato', 'kjer', 'samo', 'vse', 'pri'],
  hr: ['i', 'u', 'su', 'koji', 'koja', 'koje', 'što', 'kao', 'će', 'nije', 'sa', 'bio', 'bila', 'samo', 'gdje', 'zato', 'može', 'sve', 'kod', 'jer'],
  // Where Indonesian and Malay spell or say the same thing differently: "karena"/"kerana", "bisa"/"boleh",
  // "setelah"/"selepas", "pemerintah"/"kerajaan", "uang"/"wang", "polisi"/"polis".
  id: ['karena', 'bisa', 'saja', 'yaitu', 'setelah', 'pemerintah', 'mengatakan', 'uang', 'polisi', 'kantor', 'sejumlah', 'bahwa'],
  ms: ['kerana', 'boleh', 'sahaja', 'iaitu', 'selepas', 'kerajaan', 'berkata', 'wang', 'polis', 'pejabat', 'ialah', 'bahawa'],
};

/** The best language must beat the runner-up by this factor to count as clear. */
const CLEAR_MARGIN = 1.5;

/**
 * Letters that, in running text, only one or two of the languages above write. The cedilla ş is left out: Turkish
 * writes it, and older Romanian text in place of ș.
 */
const TELLING_LETTERS: Record<string, string> = {
  tr: 'ığ', pl: 'łąęźż', cs: 'řůě', sk: 'ľĺŕô', hu: 'őű', ro: 'șță', es: 'ñ¿¡', pt: 'ãõ', is: 'þð', da: 'æø', no: 'æø', de: 'ß',
  ca: 'ŀ', lv: 'āēīķļņģ', lt: 'ėįų', cy: 'ŵŷ', mt: 'ħġċ',
};

/**
 * Rule "telling letters": function words that a neighbour shares in part ("de" and "la" are Romanian words as much
 * as Spanish ones) or that an agglutinating language uses sparingly (Turkish) can leave a long text short of the
 * margin and the coverage above, and a template's `lang="en"` then stood on a Spanish or Turkish page. The text is
 * still clear when its own letters back the words (at least this many of them, and several times the runner-up's),
 * at a lower margin and coverage.
 */
const MIN_TELLING_LETTERS = 2;
const TELLING_LETTER_MARGIN = 4;
const LETTER_BACKED_MARGIN = 1.2;
const LETTER_BACKED_COVERAGE = 0.04;

const LATIN_LANGUAGES = Object.keys(FUNCTION_WORDS);

/** Per telling letter's code, the languages that write it (as indices into LATIN_LANGUAGES). */
const LANGUAGES_BY_LETTER = new Map<number, number[]>();
for (const [language, letters] of Object.entries(TELLING_LETTERS)) {
  for (const letter of letters) {
    const code = letter.charCodeAt(0);
    LANGUAGES_BY_LETTER.set(code, [...(LANGUAGES_BY_LETTER.get(code) ?? []), LATIN_LANGUAGES.indexOf(language)]);
  }
}

/** Each language's group in {@link CLOSE_LANGUAGES} as indices into LATIN_LANGUAGES, or null for a language on its own. */
const GROUP_OF: ReadonlyArray<readonly number[] | null> = LATIN_LANGUAGES.map((language) => {
  const group = CLOSE_LANGUAGES.find((members) => members.includes(language));
  return group ? group.map((member) => LATIN_LANGUAGES.indexOf(member)) : null;
});

/** Per word, the languages whose list has it (as indices into LATIN_LANGUAGES): one lookup per word, not per language. */
function wordIndex(lists: Record<string, readonly string[]>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  LATIN_LANGUAGES.forEach((language, at) => {
    for (const word of new Set(lists[language] ?? [])) index.set(word, [...(index.get(word) ?? []), at]);
  });
  return index;
}
const LANGUAGES_BY_WORD = wordIndex(FUNCTION_WORDS);
const TELLING_LANGUAGES_BY_WORD = wordIndex(TELLING_WORDS);

/** A listed word's languages in both lists, so that a word of the text is looked up once, not once per list. */
interface ListedWord {
  languages: number[] | undefined;
  tellingLanguages: number[] | undefined;
}
const LISTED_WORDS = new Map<string, ListedWord>(
  [...new Set([...LANGUAGES_BY_WORD.keys(), ...TELLING_LANGUAGES_BY_WORD.keys()])]
    .map((word) => [word, { languages: LANGUAGES_BY_WORD.get(word), tellingLanguages: TELLING_LANGUAGES_BY_WORD.get(word) }]),
);

/** No listed word is longer than this; longer words are counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...LISTED_WORDS.keys()].map((word) => word.length));

function latinLanguage(text: string): TextLanguage | null {
  // Shares of hits, as FUNCTION_WORDS says; `listed` counts whole words, the coverage of a language's list.
  const hits = new Float64Array(LATIN_LANGUAGES.length);
  const listed = new Int32Array(LATIN_LANGUAGES.length);
  const telling = new Int32Array(LATIN_LANGUAGES.length);
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
    const listedWord = LISTED_WORDS.get(lower.slice(start, index));
    if (!listedWord) continue;
    const { languages, tellingLanguages } = listedWord;
    if (languages) {
      for (const language of languages) {
        hits[language] += 1 / languages.length;
        listed[language]++;
      }
    }
    if (tellingLanguages) for (const language of tellingLanguages) telling[language]++;
  }
  if (words < 10) return null;
  let best = 0;
  for (let at = 1; at < hits.length; at++) if (hits[at] > hits[best]) best = at;
  if (hits[best] === 0) return null;
  const letters = tellingLetterCounts(lower);
  best = lettersOverrule(best, hits, letters);
  const group = GROUP_OF[best] ?? [best];
  // Within a group of close languages the telling words pick the language; a tie between them leaves it unclear.
  let chosen = group[0];
  for (const member of group) if (telling[member] > telling[chosen]) chosen = member;
  const tellsApart = group.length === 1 || group.every((member) => member === chosen || telling[member] * 2 <= telling[chosen]);
  let rival = -1;
  for (let at = 0; at < hits.length; at++) if (!group.includes(at) && (rival < 0 || hits[at] > hits[rival])) rival = at;
  const ratio = hits[best] / Math.max(1, rival < 0 ? 0 : hits[rival]);
  const coverage = listed[best] / words;
  const language = group.length === 1 ? best : chosen;
  const lettersBack = letters[language] >= MIN_TELLING_LETTERS && (rival < 0 || letters[rival] * TELLING_LETTER_MARGIN <= letters[language]);
  const clear = tellsApart && telling[chosen] >= (group.length === 1 ? 0 : 2)
    && ((ratio >= CLEAR_MARGIN && coverage >= 0.08) || (lettersBack && ratio >= LETTER_BACKED_MARGIN && coverage >= LETTER_BACKED_COVERAGE));
  return { language: LATIN_LANGUAGES[language], confidence: clear ? Math.min(1, 0.5 + coverage * 2) : 0.3 };
}

/**
 * Rule "letters over shared words": on a short text the function words a neighbour shares can put it first (Polish
 * "na", "z", "za", "po" are Slovenian and Czech words too). A language with half the best one's hits or more, whose
 * own letters the text holds where the best one's are absent, is the text's language ("zagłosowała", "odbudową").
 */
function lettersOverrule(best: number, hits: Float64Array, letters: Int32Array): number {
  if (letters[best] > 0) return best;
  let choice = best;
  for (let at = 0; at < hits.length; at++) {
    if (letters[at] >= MIN_TELLING_LETTERS && hits[at] * 2 >= hits[best] && letters[at] > letters[choice]) choice = at;
  }
  return choice;
}

/** How many of each language's {@link TELLING_LETTERS} the lower-cased text holds, by index into LATIN_LANGUAGES. */
function tellingLetterCounts(lower: string): Int32Array {
  const counts = new Int32Array(LATIN_LANGUAGES.length);
  for (let index = 0; index < lower.length; index++) {
    const languages = lower.charCodeAt(index) >= 0xa1 ? LANGUAGES_BY_LETTER.get(lower.charCodeAt(index)) : undefined;
    if (languages) for (const language of languages) counts[language]++;
  }
  return counts;
}
