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
  /** With `stream`, a character cut at the end of `bytes` is held back and completed by the next call. */
  decode(bytes: Uint8Array, options?: { stream?: boolean }): string;
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
 * Decoded text is kept in pieces made from at most this many bytes each: 32 KiB of bytes is at most 32K characters,
 * 64 KiB as a string, below the 128 KiB past which V8 puts an object in its large-object space. A large object is
 * mapped on its own and unmapped when it is collected, so a page's text in one string was written into freshly
 * mapped memory every time, page fault by page fault, and on the Firecracker VM these figures come from (Lambda runs
 * on Firecracker too) that cost several times the decoding. The pieces are ordinary young objects instead, which the
 * scavenger copies. Dev corpus (205 KiB
 * a page on average), in one string and in pieces: `decodeHtml` alone 1.52–2.04 against 0.22–0.37 ms and 87–108
 * against 2–5 page faults per page; the whole engine 103–124 against 27–45 faults and 9.6–10.8 against 8.9–9.9 ms
 * per page, of which garbage collection 0.82–1.22 against 1.15–1.65 ms (2026-12-01, alternating processes).
 */
export const TEXT_CHUNK_BYTES = 32 * 1024;

/** `bytes` decoded as `charset` (a name `canonicalCharset` returns), in pieces of at most {@link TEXT_CHUNK_BYTES}. */
export function decodeInChunks(bytes: Uint8Array, charset: string): string[] {
  const decoder = textDecoderFor(charset);
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += TEXT_CHUNK_BYTES) {
    const end = Math.min(bytes.length, start + TEXT_CHUNK_BYTES);
    const chunk = decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length });
    if (chunk.length > 0) chunks.push(chunk);
  }
  return chunks;
}

/**
 * Bytes known to be valid UTF-8 and not to start with a byte order mark, as text in pieces: the same text
 * `new TextDecoder('utf-8')` returns, made faster. Each piece ends on a character boundary. An all-ASCII piece (most
 * of a page's markup and scripts) is a Latin-1 copy, a one-byte string. V8 decodes UTF-8 byte by byte from the first
 * non-ASCII byte on, and a piece of mostly ASCII markup with a curly quote in it is a two-byte string in the end,
 * whose copy out of decoded pieces costs more than the decoding; the platform's vectorised UTF-8 to UTF-16
 * conversion (`transcode`, which needs the ICU build the legacy decoders need anyway) writes its code units in one
 * pass, and they are copied into the string once.
 */
export function validUtf8Chunks(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: string[] = [];
  for (let start = 0; start < buffer.length;) {
    let end = Math.min(buffer.length, start + TEXT_CHUNK_BYTES);
    while (end < buffer.length && isUtf8ContinuationByte(buffer[end])) end--;
    const piece = buffer.subarray(start, end);
    chunks.push(isAscii(piece) ? piece.toString('latin1') : transcode(piece, 'utf8', 'utf16le').toString('utf16le'));
    start = end;
  }
  return chunks;
}

function isUtf8ContinuationByte(byte: number): boolean {
  return (byte & 0xc0) === 0x80;
}
