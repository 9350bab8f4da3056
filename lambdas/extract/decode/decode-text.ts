/**
 * The charset ladder over gunzipped, non-binary bytes: BOM, the UTF-16 NUL pattern, then the declarations weighed
 * against what the non-ASCII bytes show (none, all valid UTF-8, UTF-8 mixed with legacy, or legacy only).
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { RejectedInputError } from '../errors';
import { bomCharsetOf, utf16ByteOrderOf } from './byte-order';
import { charsetFromMeta, languageFromHtmlTag } from './declared-charset';
import { chooseLegacyCharset } from './detect';
import { decodeMixed, hasUtf8Fragments } from './mixed-encoding';
import { sampleOf, scanNonAsciiRuns, type NonAsciiScan } from './non-ascii-runs';
import { plausibilityOf } from './plausibility';
import { controlShareOfText, MAX_CONTROL_SHARE } from './sniff';
import { decodeInChunks, validUtf8Chunks } from './text-decoder';
import type { CharsetSource, DecodedHtml, Declaration } from './types';

export function decodeText(bytes: Uint8Array, contentTypeDeclaration: Declaration | null): DecodedHtml {
  const bom = bomCharsetOf(bytes);
  if (bom === 'utf-8') return { chunks: decodeInChunks(bytes, 'utf-8'), charset: 'utf-8', charsetSource: 'bom' };
  if (bom) return decodeUtf16(bytes, bom, 'bom');

  // The NUL pattern settles the byte order even when a UTF-16 header names the other one.
  const utf16 = utf16ByteOrderOf(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, contentTypeDeclaration?.charset === utf16 ? 'content-type' : 'detected');

  // A UTF-16 header over bytes without the UTF-16 shape is a mislabel; the rest of the ladder decides.
  const declarations = [contentTypeDeclaration, charsetFromMeta(bytes)]
    .filter((declaration): declaration is Declaration => declaration !== null && !declaration.charset.startsWith('utf-16'));
  // Pure ASCII and valid UTF-8 (nearly every page) are recognised by the platform's native validators, so the
  // run scan, which only matters for pages with invalid runs or a legacy declaration, is skipped for them.
  if (isAscii(bytes)) {
    const declared = declarations[0] ?? (hasIso2022JpEscapes(bytes) ? { charset: 'iso-2022-jp', source: 'detected' as const } : undefined);
    const charset = declared?.charset ?? 'utf-8';
    const chunks = charset === 'utf-8' ? validUtf8Chunks(bytes) : decodeInChunks(bytes, charset);
    return { chunks, charset, charsetSource: declared?.source ?? 'default' };
  }
  if (isUtf8(bytes)) return decodeValidUtf8(bytes, declarations);
  const scan = scanNonAsciiRuns(bytes);
  const utf8Dominant = scan.validRuns > scan.invalidRuns;
  if (utf8Dominant || hasUtf8Fragments(scan)) return decodeMixed(bytes, scan, declarations, utf8Dominant);
  return decodeLegacy(bytes, scan, declarations);
}

/** ISO-2022-JP is 7-bit: only its escape sequences into JIS X 0208 tell it apart from ASCII. */
function hasIso2022JpEscapes(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.includes('\x1b$B', 0, 'latin1') || buffer.includes('\x1b$@', 0, 'latin1');
}

function decodeUtf16(bytes: Uint8Array, charset: string, source: CharsetSource): DecodedHtml {
  const chunks = decodeInChunks(bytes, charset);
  if (controlShareOfText(chunks) > MAX_CONTROL_SHARE) throw new RejectedInputError('binary', `the bytes are not ${charset} text`);
  return { chunks, charset, charsetSource: source };
}

/**
 * Bytes that are valid UTF-8 and contain multi-byte characters are UTF-8 unless a legacy declaration reads them
 * more plausibly (a tiny page whose only non-ASCII bytes happen to pair up); legacy text of any length is almost
 * never valid UTF-8 by accident.
 */
function decodeValidUtf8(bytes: Uint8Array, declarations: Declaration[]): DecodedHtml {
  const utf8Declaration = declarations.find((declaration) => declaration.charset === 'utf-8');
  const legacyDeclaration = declarations[0]?.charset === 'utf-8' ? undefined : declarations[0];
  if (legacyDeclaration) {
    const sample = sampleOf(bytes, scanNonAsciiRuns(bytes).runs);
    if (plausibilityOf(sample, legacyDeclaration.charset) > plausibilityOf(sample, 'utf-8')) {
      return { chunks: decodeInChunks(bytes, legacyDeclaration.charset), charset: legacyDeclaration.charset, charsetSource: legacyDeclaration.source };
    }
  }
  return { chunks: validUtf8Chunks(bytes), charset: 'utf-8', charsetSource: utf8Declaration?.source ?? 'detected' };
}

function decodeLegacy(bytes: Uint8Array, scan: NonAsciiScan, declarations: Declaration[]): DecodedHtml {
  const choice = chooseLegacyCharset(sampleOf(bytes, scan.runs), declarations, languageFromHtmlTag(bytes));
  if (choice.plausibility < 0 && scan.nonAsciiBytes >= bytes.length * UNDECODABLE_NON_ASCII_SHARE) {
    throw new RejectedInputError('undecodable', `no charset reads the bytes as text (best: ${choice.charset}, plausibility ${choice.plausibility.toFixed(2)})`);
  }
  return { chunks: decodeInChunks(bytes, choice.charset), charset: choice.charset, charsetSource: choice.source };
}

/**
 * Below this share of non-ASCII bytes a page is mostly markup, and decoding with the best guess keeps that markup
 * usable even when its text is garbled; above it, a page no charset can read has nothing left worth keeping.
 */
const UNDECODABLE_NON_ASCII_SHARE = 0.3;
