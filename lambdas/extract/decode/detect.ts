/** Choosing the legacy charset: every candidate scored on the sample, and declarations kept unless clearly wrong. */
import { accentedLettersOf, byteCountsOf, hasAlphabet, misfitsOf, type AccentedLetters } from './latin-alphabets';
import { plausibilityOf, ratioOf, scoreOf } from './plausibility';
import type { CharsetSource, Declaration } from './types';

/**
 * Candidates for undeclared legacy text. Order breaks ties: windows-1252 first because French and other Latin
 * text decodes identically in windows-1256 (which has French letters) and should keep the Latin label.
 */
const LEGACY_CANDIDATES = [
  'windows-1252',
  'windows-1256',
  'iso-8859-6',
  'windows-1255',
  'windows-1251',
  'windows-1250',
  // Central European, Baltic and Turkish charsets: their readings tie with windows-1252 letter by letter, and the
  // alphabet of the letters (see LATIN_CHARSETS) picks among them.
  'iso-8859-2',
  'windows-1257',
  'iso-8859-13',
  'windows-1254',
  'iso-8859-7',
  'gbk',
  'euc-kr',
  'shift_jis',
  'big5',
  // Japanese's other legacy charset, still served by older regional and government sites: without it an undeclared
  // EUC-JP page read as EUC-KR, its hiragana as Hangul letters.
  'euc-jp',
  // Russian's older charset: read as windows-1251 its words come out in inverted case ("пРАВИТЕЛЬСТВО"), read as
  // windows-1256 as plausible-looking Arabic, so without it as a candidate an undeclared KOI8-R page became Arabic.
  'koi8-r',
  // Thai, which no other candidate reads as letters of one script: without it an undeclared Thai page became GBK.
  'windows-874',
];

/** A declaration loses only to a candidate that reads the bytes this much more plausibly (on a -1..1 scale). */
const OVERRIDE_MARGIN = 0.3;
/** Fewer non-ASCII bytes than this are not enough evidence to overrule a declaration. */
const MIN_EVIDENCE = 8;

interface LegacyChoice {
  charset: string;
  source: CharsetSource;
  plausibility: number;
}

/** Candidates this close in plausibility are a tie, settled by affinity and then by candidate order. */
const PLAUSIBILITY_TIE = 0.05;

/**
 * The candidates that read 0xC0–0xFF as Latin letters. Between their readings of a page letter-by-letter
 * plausibility is mostly a tie, so the one whose accented letters fit one language's alphabet wins.
 */
const LATIN_CHARSETS: readonly string[] = ['windows-1252', 'windows-1250', 'iso-8859-2', 'windows-1257', 'iso-8859-13', 'windows-1254'];

/**
 * A declared Latin charset whose reading fits no alphabet loses to one whose reading fits, when it leaves at least
 * this many more letters out: fewer could be a single foreign name.
 */
const DECISIVE_MISFITS = 4;

/** A reading fits an alphabet when at most this share of its accented letters falls outside: a foreign name or two. */
const MAX_MISFIT_SHARE = 0.1;

/**
 * Choose the charset for legacy bytes. `language` is the page's declared language (html[lang]), which names the
 * alphabet to judge Latin readings by.
 */
export function chooseLegacyCharset(sample: Uint8Array, declarations: Declaration[], language: string | null = null): LegacyChoice {
  const plausibilities = new Map<string, number>();
  let best = mostPlausibleCandidate(sample, plausibilities);
  const latin = LATIN_CHARSETS.includes(best.charset) ? new LatinReadings(sample, language) : null;
  if (latin) best = preferFittingAlphabet(best, plausibilities, latin);
  let evidence = 0;
  for (const byte of sample) if (byte >= 0x80) evidence++;
  for (const declaration of declarations) {
    if (declaration.charset === 'utf-8') continue;
    if (latin?.decisivelyBetter(best.charset, declaration.charset)) continue;
    const plausibility = plausibilities.get(declaration.charset) ?? plausibilityOf(sample, declaration.charset);
    if (evidence < MIN_EVIDENCE || plausibility >= best.plausibility - OVERRIDE_MARGIN) {
      return { charset: declaration.charset, source: declaration.source, plausibility };
    }
  }
  return best;
}

function mostPlausibleCandidate(sample: Uint8Array, plausibilities: Map<string, number>): LegacyChoice {
  let best: LegacyChoice = { charset: LEGACY_CANDIDATES[0], source: 'detected', plausibility: -Infinity };
  let bestAffinity = 0;
  for (const charset of LEGACY_CANDIDATES) {
    const score = scoreOf(sample, charset);
    const plausibility = ratioOf(score);
    plausibilities.set(charset, plausibility);
    const clearlyBetter = plausibility > best.plausibility + PLAUSIBILITY_TIE;
    const tiedButCloser = plausibility >= best.plausibility - PLAUSIBILITY_TIE && score.affinity > bestAffinity;
    if (clearlyBetter || tiedButCloser) {
      best = { charset, source: 'detected', plausibility };
      bestAffinity = score.affinity;
    }
  }
  return best;
}

/** Among the Latin readings tied with the most plausible one, the one that fits an alphabet leaving fewest letters out. */
function preferFittingAlphabet(best: LegacyChoice, plausibilities: Map<string, number>, latin: LatinReadings): LegacyChoice {
  let choice = best;
  for (const charset of LATIN_CHARSETS) {
    const plausibility = plausibilities.get(charset) ?? -Infinity;
    if (plausibility < best.plausibility - PLAUSIBILITY_TIE || !latin.fits(charset)) continue;
    if (latin.misfits(charset) < latin.misfits(choice.charset)) choice = { charset, source: 'detected', plausibility };
  }
  return choice;
}

/** The sample's accented letters as each Latin charset reads them, judged against the alphabets. */
class LatinReadings {
  private readonly letters: Map<string, AccentedLetters>;
  /** The alphabets to judge by: the declared language's, or every one. */
  private readonly languages: readonly string[] | undefined;

  constructor(sample: Uint8Array, language: string | null) {
    const byteCounts = byteCountsOf(sample);
    this.letters = new Map(LATIN_CHARSETS.map((charset) => [charset, accentedLettersOf(byteCounts, charset)]));
    // The declared language decides between readings that each fit some alphabet ("Þýrnak" is Icelandic, "Şırnak"
    // Turkish), unless no reading fits it: a template's lang names a language the text is not in.
    const declared = language && hasAlphabet(language) ? [language] : undefined;
    const readings = [...this.letters.values()];
    this.languages = declared && readings.some((letters) => letters.total > 0 && fitsAlphabet(letters, declared)) ? declared : undefined;
  }

  misfits(charset: string): number {
    const letters = this.letters.get(charset);
    return letters ? misfitsOf(letters, this.languages) : Infinity;
  }

  fits(charset: string): boolean {
    const letters = this.letters.get(charset);
    return letters !== undefined && fitsAlphabet(letters, this.languages);
  }

  /**
   * Whether a declared Latin `rival` is wrong and `charset` right: a server-wide "iso-8859-1" over Central European
   * text reads letters no language combines ("költségvetésrõl"), which the other reading spells in one alphabet.
   */
  decisivelyBetter(charset: string, rival: string): boolean {
    return this.letters.has(rival) && this.fits(charset) && !this.fits(rival) && this.misfits(rival) - this.misfits(charset) >= DECISIVE_MISFITS;
  }
}

function fitsAlphabet(letters: AccentedLetters, languages: readonly string[] | undefined): boolean {
  return misfitsOf(letters, languages) <= letters.total * MAX_MISFIT_SHARE;
}
