/**
 * The accented letters each Latin-script language writes, to tell apart the one-byte Latin charsets.
 *
 * windows-1252, windows-1250, iso-8859-2, windows-1257, iso-8859-13 and windows-1254 all read the bytes 0xC0–0xFF
 * as accented letters, so word by word each of them reads a Hungarian, Lithuanian or Turkish page as plausibly as
 * the page's own charset does ("költségvetésrõl", "naujà ástatymà", "baþkaný"). The wrong reading gives itself
 * away by its mix of letters: "õ" next to "ö" and "é", "à" next to "á" and "ë", "þ" next to "ç" and "ü" belong to no
 * single language's alphabet, while the right reading's letters all belong to one.
 */
import { textDecoderFor } from './text-decoder';

/**
 * Lower-case letters beyond ASCII that each language writes as a matter of course, for the Latin-script languages
 * the text check of `../language` names. Accents a language puts only on loanwords or for emphasis (Dutch "dát")
 * are left out: an alphabet that took them would spell the wrong reading of another charset's text too ("Vláda
 * schválila rozpoèet"). Romanian lists the cedilla forms (ş ţ) besides the comma-below ones, the only ones its
 * legacy charsets have.
 */
const ALPHABETS: Readonly<Record<string, string>> = {
  de: 'äöüß',
  fr: 'àâæçéèêëîïôœùûüÿ',
  es: 'áéíñóúü',
  ca: 'àçèéíïòóúü',
  it: 'àèéìíîòóù',
  pt: 'áâãàçéêíóôõú',
  nl: 'éèëïöü',
  sv: 'åäöé',
  da: 'æøåé',
  no: 'æøåéó',
  is: 'áéíóúýþæöð',
  fi: 'äöåšž',
  et: 'äöõüšž',
  pl: 'ąćęłńóśźż',
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  sl: 'čšž',
  hr: 'čćđšž',
  hu: 'áéíóöőúüű',
  ro: 'ăâîşţșț',
  lt: 'ąčęėįšųūž',
  lv: 'āčēģīķļņšūž',
  tr: 'çğıöşüâîû',
};

const LANGUAGES = Object.keys(ALPHABETS);

/** Per letter (both cases), the languages that write it, as a bit per index into LANGUAGES. */
const LANGUAGES_BY_LETTER: ReadonlyMap<number, number> = (() => {
  const masks = new Map<number, number>();
  const add = (char: string, bit: number) => {
    if (char.length === 1) masks.set(char.charCodeAt(0), (masks.get(char.charCodeAt(0)) ?? 0) | bit);
  };
  LANGUAGES.forEach((language, index) => {
    for (const letter of ALPHABETS[language]) {
      add(letter, 1 << index);
      add(letter.toUpperCase(), 1 << index);
    }
  });
  // Turkish pairs dotless ı with I and dotted İ with i; upper-casing the alphabet yields neither capital.
  add('İ', 1 << LANGUAGES.indexOf('tr'));
  return masks;
})();

/** The accented letters of a reading, counted per letter. */
export interface AccentedLetters {
  total: number;
  counts: Map<number, number>;
}

/**
 * How often each byte value occurs in the sample. A one-byte charset turns each byte into one character, so this is
 * all it takes to count any Latin charset's letters, without decoding the sample once per charset.
 */
export function byteCountsOf(sample: Uint8Array): Uint32Array {
  const counts = new Uint32Array(256);
  for (let index = 0; index < sample.length; index++) counts[sample[index]]++;
  return counts;
}

/** Latin-1 Supplement and Latin Extended-A/B letters: every letter a one-byte Latin charset can produce. */
function isAccentedLatinLetter(code: number): boolean {
  return code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
}

/** What a one-byte charset makes of the bytes 0x80–0xFF, one character each. */
const HIGH_HALVES = new Map<string, string>();

function highHalfOf(charset: string): string {
  let high = HIGH_HALVES.get(charset);
  if (high === undefined) {
    high = textDecoderFor(charset).decode(Uint8Array.from({ length: 0x80 }, (_, offset) => 0x80 + offset));
    HIGH_HALVES.set(charset, high);
  }
  return high;
}

/** The accented letters a one-byte Latin charset reads in bytes counted by {@link byteCountsOf}. */
export function accentedLettersOf(byteCounts: Uint32Array, charset: string): AccentedLetters {
  const high = highHalfOf(charset);
  const counts = new Map<number, number>();
  let total = 0;
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const code = high.charCodeAt(byte - 0x80);
    if (byteCounts[byte] === 0 || !isAccentedLatinLetter(code)) continue;
    total += byteCounts[byte];
    counts.set(code, (counts.get(code) ?? 0) + byteCounts[byte]);
  }
  return { total, counts };
}

export function hasAlphabet(language: string): boolean {
  return language in ALPHABETS;
}

/**
 * How many of the accented letters the best-fitting of `languages` (all listed languages when omitted) does not
 * write. A right reading leaves only the odd foreign name; a wrong one, every letter its charset maps elsewhere.
 */
export function misfitsOf(letters: AccentedLetters, languages: readonly string[] = LANGUAGES): number {
  let fewest = letters.total;
  for (const language of languages) {
    const bit = 1 << LANGUAGES.indexOf(language);
    let fitting = 0;
    for (const [code, count] of letters.counts) if (((LANGUAGES_BY_LETTER.get(code) ?? 0) & bit) !== 0) fitting += count;
    fewest = Math.min(fewest, letters.total - fitting);
  }
  return fewest;
}
