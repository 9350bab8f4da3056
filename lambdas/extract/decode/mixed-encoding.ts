/**
 * Pages that are mostly UTF-8 but not entirely: a UTF-8 template around text pasted from a legacy database, a
 * legacy page with a UTF-8 widget, or a UTF-8 page with a stray Latin-1 byte or a character cut in half. Each run
 * of non-ASCII bytes is decoded on its own terms: UTF-8 runs as UTF-8, the others with the legacy charset that best
 * reads them. That keeps every valid part intact instead of turning either side into mojibake or U+FFFD.
 */
import { languageFromHtmlTag } from './declared-charset';
import { chooseLegacyCharset } from './detect';
import { sampleOf, STRONG_UTF8_RUN_CHARS, type NonAsciiScan } from './non-ascii-runs';
import { decodeInChunks } from './text-decoder';
import type { DecodedHtml, Declaration } from './types';

/** In a legacy page, UTF-8 runs must be more than a stray coincidence before the page is treated as mixed. */
export function hasUtf8Fragments(scan: NonAsciiScan): boolean {
  return scan.strongUtf8Runs >= Math.max(2, Math.ceil(scan.invalidRuns * 0.02));
}

/** Runs too short to prove UTF-8 follow their decided neighbours when both agree, and the page's majority otherwise. */
function runIsUtf8(scan: NonAsciiScan, utf8Dominant: boolean): boolean[] {
  const decided = scan.runs.map((run): boolean | null =>
    run.invalidBytes > 0 ? false : run.multibyteChars >= STRONG_UTF8_RUN_CHARS ? true : null);
  const nextDecided: Array<boolean | null> = new Array(decided.length).fill(null);
  for (let index = decided.length - 2; index >= 0; index--) nextDecided[index] = decided[index + 1] ?? nextDecided[index + 1];
  let previousDecided: boolean | null = null;
  return decided.map((decision, index) => {
    if (decision !== null) {
      previousDecided = decision;
      return decision;
    }
    return previousDecided !== null && previousDecided === nextDecided[index] ? previousDecided : utf8Dominant;
  });
}

export function decodeMixed(bytes: Uint8Array, scan: NonAsciiScan, declarations: Declaration[], utf8Dominant: boolean): DecodedHtml {
  const isUtf8 = runIsUtf8(scan, utf8Dominant);
  const legacyRuns = scan.runs.filter((_, index) => !isUtf8[index]);
  const legacy = chooseLegacyCharset(sampleOf(bytes, legacyRuns), declarations, languageFromHtmlTag(bytes));
  const utf8Declaration = declarations.find((declaration) => declaration.charset === 'utf-8');
  // Stray bytes no charset reads as text (a multi-byte character cut in half) are damage, not legacy text:
  // they become U+FFFD, as in a browser, rather than a guess.
  if (utf8Dominant && legacy.plausibility < 0) {
    return { chunks: decodeInChunks(bytes, 'utf-8'), charset: 'utf-8', charsetSource: utf8Declaration?.source ?? 'detected' };
  }

  const chunks: string[] = [];
  let utf8Bytes = 0;
  let segmentStart = 0;
  let segmentIsUtf8 = isUtf8[0];
  scan.runs.forEach((run, index) => {
    if (isUtf8[index]) utf8Bytes += run.end - run.start;
    if (isUtf8[index] !== segmentIsUtf8) {
      chunks.push(...decodeInChunks(bytes.subarray(segmentStart, run.start), segmentIsUtf8 ? 'utf-8' : legacy.charset));
      segmentStart = run.start;
      segmentIsUtf8 = isUtf8[index];
    }
  });
  chunks.push(...decodeInChunks(bytes.subarray(segmentStart), segmentIsUtf8 ? 'utf-8' : legacy.charset));

  const majorityIsUtf8 = utf8Bytes * 2 >= scan.nonAsciiBytes;
  const charset = majorityIsUtf8 ? 'utf-8' : legacy.charset;
  const declared = declarations.find((declaration) => declaration.charset === charset);
  return {
    chunks,
    charset,
    charsetSource: declared?.source ?? 'detected',
    mixedCharset: majorityIsUtf8 ? legacy.charset : 'utf-8',
  };
}
