/** Choosing the legacy charset: every candidate scored on the sample, and declarations kept unless clearly wrong. */
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

export function chooseLegacyCharset(sample: Uint8Array, declarations: Declaration[]): LegacyChoice {
  let best: LegacyChoice = { charset: LEGACY_CANDIDATES[0], source: 'detected', plausibility: -Infinity };
  let bestAffinity = 0;
  let evidence = 0;
  for (const byte of sample) if (byte >= 0x80) evidence++;
  for (const charset of LEGACY_CANDIDATES) {
    const score = scoreOf(sample, charset);
    const plausibility = ratioOf(score);
    const clearlyBetter = plausibility > best.plausibility + PLAUSIBILITY_TIE;
    const tiedButCloser = plausibility >= best.plausibility - PLAUSIBILITY_TIE && score.affinity > bestAffinity;
    if (clearlyBetter || tiedButCloser) {
      best = { charset, source: 'detected', plausibility };
      bestAffinity = score.affinity;
    }
  }
  for (const declaration of declarations) {
    if (declaration.charset === 'utf-8') continue;
    const plausibility = plausibilityOf(sample, declaration.charset);
    if (evidence < MIN_EVIDENCE || plausibility >= best.plausibility - OVERRIDE_MARGIN) {
      return { charset: declaration.charset, source: declaration.source, plausibility };
    }
  }
  return best;
}
