import { isAscii, transcode } from 'node:buffer';

/** Resolve a label the way browsers do (`latin1` → windows-1252, `arabic` → iso-8859-6); null when unknown. */
export function canonicalCharset(label: string): string | null {
  const trimmed = label.trim();
  if (trimmed.length === 0 || trimmed.length > 64) return null;
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
}

export interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}

/**
 * windows-1252 as browsers decode it: 0x80–0x9F are curly quotes, dashes, € and friends. Some Node releases decode
 * the label as ISO-8859-1 instead (C1 controls), which would garble every `charset=iso-8859-1` page.
 */
const WINDOWS_1252_HIGH_CONTROLS: Record<number, string> = {
  0x80: '\u20ac', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
  0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8e: '\u017d', 0x91: '\u2018',
  0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc',
  0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9e: '\u017e', 0x9f: '\u0178',
};

const WINDOWS_1252_BYTE_OF = new Map(Object.entries(WINDOWS_1252_HIGH_CONTROLS).map(([byte, char]) => [char, Number(byte)]));

/**
 * The bytes windows-1252 writes `text` with, or null when a character has none: the way back from text that was
 * decoded as windows-1252 (or Latin-1) by mistake.
 */
export function windows1252BytesOf(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const byte = code <= 0xff ? code : WINDOWS_1252_BYTE_OF.get(text[index]);
    if (byte === undefined) return null;
    bytes[index] = byte;
  }
  return bytes;
}

const windows1252Decoder: TextDecoderLike = {
  decode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (char) => WINDOWS_1252_HIGH_CONTROLS[char.charCodeAt(0)] ?? char),
};

const platformDecodesWindows1252 = new TextDecoder('windows-1252').decode(Uint8Array.of(0x93)) === '\u201c';

/** A decoder for a canonical charset name (as `canonicalCharset` returns), correct for windows-1252 on every Node. */
export function textDecoderFor(charset: string): TextDecoderLike {
  return charset === 'windows-1252' && !platformDecodesWindows1252 ? windows1252Decoder : new TextDecoder(charset);
}

/**
 * Bytes known to be valid UTF-8 and not to start with a byte order mark, as text: the same string
 * `new TextDecoder('utf-8')` returns, made faster. V8 decodes UTF-8 byte by byte from the first non-ASCII byte on,
 * and a page of mostly ASCII markup with a curly quote in it is one long two-byte string in the end, whose copy
 * out of decoded pieces costs more than the decoding. The platform's vectorised UTF-8 to UTF-16 conversion
 * (`transcode`, which needs the ICU build the legacy decoders need anyway) writes that string's code units in one
 * pass, and they are copied into the string once. All-ASCII bytes stay a Latin-1 copy, a one-byte string; other
 * text is a two-byte string even when its letters are all Latin-1.
 */
export function validUtf8Text(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) return buffer.toString('latin1');
  return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
}
