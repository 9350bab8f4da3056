/**
 * Bytes to HTML text: gunzip, refuse what can never be a page, pick the charset, decode.
 *
 * Charset order: BOM, Content-Type charset, `<meta>` prescan, detection, UTF-8. Declarations are checked against
 * the bytes because legacy Arabic sites often declare one charset and serve another (a server-wide
 * `charset=ISO-8859-1` header over windows-1256 pages, or a template that says UTF-8 over a windows-1256 database).
 * A declaration only loses when the bytes contradict it decisively; the result then says `detected`.
 *
 * Every pass is linear in the input, and detection scores a bounded sample, so cost stays proportional to size.
 */
import { constants as bufferConstants } from 'node:buffer';
import { constants as zlibConstants, gunzipSync, inflateRawSync } from 'node:zlib';
import { RejectedInputError } from './errors';

export interface DecodeOptions {
  /** The Content-Type the bytes came with (S3 object or HTTP response), e.g. `text/html; charset=windows-1256`. */
  contentType?: string | null;
  /** Largest page accepted, in bytes, both as received and after gunzip. Default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
  /** Largest inflated/compressed size ratio accepted for gzip input. Default {@link DEFAULT_MAX_INFLATE_RATIO}. */
  maxInflateRatio?: number;
}

export interface DecodedHtml {
  html: string;
  charset: string;
  charsetSource: 'bom' | 'content-type' | 'meta' | 'detected' | 'default';
  /**
   * Present when the page mixes encodings (UTF-8 with windows-1256 fragments, or the reverse): the charset used for
   * the minority parts. `charset` names the majority.
   */
  mixedCharset?: string;
}

/**
 * The biggest real news pages (inline JSON state, many embeds) reach 3–5 MiB; 10 MiB leaves headroom while keeping a
 * parsed DOM within a Lambda's memory.
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * HTML gzips 4–10×; even very repetitive markup stays under ~40×. Deflate tops out near 1032×, which is where bombs
 * live, so 100× separates the two with room on both sides.
 */
export const DEFAULT_MAX_INFLATE_RATIO = 100;

/** zlib refuses an output cap beyond what a Buffer can hold, whatever limits a caller passes. */
const BUFFER_MAX_LENGTH = bufferConstants.MAX_LENGTH;

/** A gzip inside a gzip happens (stored gzipped, served with Content-Encoding: gzip); deeper nesting is hostile. */
const MAX_GZIP_LAYERS = 2;

type CharsetSource = DecodedHtml['charsetSource'];

interface Declaration {
  charset: string;
  source: CharsetSource;
}

/** Turn bytes into HTML text. Throws {@link RejectedInputError} and nothing else. */
export function decodeHtml(bytes: Uint8Array, options: DecodeOptions = {}): DecodedHtml {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxInflateRatio = options.maxInflateRatio ?? DEFAULT_MAX_INFLATE_RATIO;
  if (bytes.length === 0) throw new RejectedInputError('empty', 'the input has no bytes');
  if (bytes.length > maxBytes) throw new RejectedInputError('too-large', `${bytes.length} bytes exceed the ${maxBytes}-byte limit`);

  const raw = inflateGzipLayers(bytes, { maxBytes, maxInflateRatio });
  if (raw.length === 0) throw new RejectedInputError('empty', 'the gzip stream inflates to nothing');
  const format = binaryFormatOf(raw);
  if (format) throw new RejectedInputError('binary', `the bytes are ${format}`);

  const decoded = decodeText(raw, charsetFromContentType(options.contentType));
  if (decoded.html.trim().length === 0) throw new RejectedInputError('empty', 'the input is only whitespace');
  const nonHtml = nonHtmlFormatOf(decoded.html);
  if (nonHtml) throw new RejectedInputError('not-html', `the text is ${nonHtml}, not a web page`);
  return decoded;
}

// ---------------------------------------------------------------------------------------------------------------
// gzip

interface InflateLimits {
  maxBytes: number;
  maxInflateRatio: number;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function inflateGzipLayers(bytes: Uint8Array, limits: InflateLimits): Uint8Array {
  let current = bytes;
  for (let layer = 0; isGzip(current); layer++) {
    if (layer === MAX_GZIP_LAYERS) throw new RejectedInputError('gzip-bomb', `more than ${MAX_GZIP_LAYERS} nested gzip layers`);
    current = inflateBounded(current, bytes.length, limits);
  }
  return current;
}

/**
 * zlib's `maxOutputLength` stops inflation at the cap, so memory never exceeds it whatever the stream claims.
 * The cap is the tighter of the size limit and the ratio limit (measured against the bytes as received).
 */
function inflateBounded(compressed: Uint8Array, receivedLength: number, limits: InflateLimits): Buffer {
  const ratioCap = Math.floor(receivedLength * limits.maxInflateRatio);
  const cap = Math.max(1, Math.min(limits.maxBytes, ratioCap, BUFFER_MAX_LENGTH));
  const overflow = () => ratioCap <= limits.maxBytes || prefixExceedsRatio(compressed, limits)
    ? new RejectedInputError('gzip-bomb', `${receivedLength} bytes inflate past ${cap} bytes (over ${limits.maxInflateRatio}× or the size limit)`)
    : new RejectedInputError('too-large', `the gzip stream inflates past the ${limits.maxBytes}-byte limit`);
  try {
    return gunzipSync(compressed, { maxOutputLength: cap });
  } catch (error) {
    if (zlibErrorCode(error) === 'ERR_BUFFER_TOO_LARGE') throw overflow();
  }
  // zlib fails the whole stream when anything follows a complete member (a stray newline, proxy junk); the member
  // itself is intact, so inflate its deflate body alone, which stops at its final block.
  const bodyOffset = gzipBodyOffset(compressed);
  try {
    return inflateRawSync(compressed.subarray(bodyOffset), { maxOutputLength: cap });
  } catch (error) {
    const code = zlibErrorCode(error);
    if (code === 'ERR_BUFFER_TOO_LARGE') throw overflow();
    if (code === 'Z_BUF_ERROR') throw new RejectedInputError('truncated-gzip', 'the gzip stream ends before its last block');
    // A stream that announces gzip and then fails to inflate is opaque bytes, not a page.
    throw new RejectedInputError('binary', `the gzip stream is corrupt (${code ?? 'unknown zlib error'})`);
  }
}

function zlibErrorCode(error: unknown): unknown {
  return (error as { code?: unknown }).code;
}

/** Where the deflate body of the first gzip member starts, past the optional header fields (RFC 1952). */
function gzipBodyOffset(bytes: Uint8Array): number {
  const DEFLATE = 8;
  const FHCRC = 0x02;
  const FEXTRA = 0x04;
  const FNAME = 0x08;
  const FCOMMENT = 0x10;
  if (bytes.length < 10) throw new RejectedInputError('truncated-gzip', 'the gzip header is cut short');
  if (bytes[2] !== DEFLATE) throw new RejectedInputError('binary', `unknown gzip compression method ${bytes[2]}`);
  const flags = bytes[3];
  let offset = 10;
  if (flags & FEXTRA) offset += 2 + (bytes[offset] | (bytes[offset + 1] << 8));
  for (const field of [FNAME, FCOMMENT]) {
    if (!(flags & field)) continue;
    const end = bytes.indexOf(0, offset);
    offset = end < 0 ? bytes.length + 1 : end + 1;
  }
  if (flags & FHCRC) offset += 2;
  if (offset > bytes.length) throw new RejectedInputError('truncated-gzip', 'the gzip header is cut short');
  return offset;
}

/**
 * Hitting the size cap does not say whether the stream is a bomb or merely a huge page. Inflating just the prefix
 * that the ratio allows to reach the size cap answers it: if that prefix alone overflows, the ratio is exceeded.
 */
function prefixExceedsRatio(compressed: Uint8Array, limits: InflateLimits): boolean {
  const prefixLength = Math.max(1, Math.floor(limits.maxBytes / limits.maxInflateRatio));
  try {
    gunzipSync(compressed.subarray(0, prefixLength), { maxOutputLength: limits.maxBytes, finishFlush: zlibConstants.Z_SYNC_FLUSH });
    return false;
  } catch (error) {
    return zlibErrorCode(error) === 'ERR_BUFFER_TOO_LARGE';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Binary and non-HTML formats

interface MagicNumber {
  format: string;
  offset: number;
  signature: number[];
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** Formats that reach a news pipeline by mistake: images, documents, archives, media, fonts, executables. */
const MAGIC_NUMBERS: MagicNumber[] = [
  { format: 'PNG', offset: 0, signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'JPEG', offset: 0, signature: [0xff, 0xd8, 0xff] },
  { format: 'GIF', offset: 0, signature: ascii('GIF87a') },
  { format: 'GIF', offset: 0, signature: ascii('GIF89a') },
  { format: 'WebP', offset: 8, signature: ascii('WEBP') },
  { format: 'WAV', offset: 8, signature: ascii('WAVE') },
  { format: 'AVI', offset: 8, signature: ascii('AVI ') },
  { format: 'TIFF', offset: 0, signature: [0x49, 0x49, 0x2a, 0x00] },
  { format: 'TIFF', offset: 0, signature: [0x4d, 0x4d, 0x00, 0x2a] },
  { format: 'ICO', offset: 0, signature: [0x00, 0x00, 0x01, 0x00] },
  { format: 'PSD', offset: 0, signature: ascii('8BPS') },
  { format: 'PDF', offset: 0, signature: ascii('%PDF-') },
  { format: 'ZIP', offset: 0, signature: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'ZIP', offset: 0, signature: [0x50, 0x4b, 0x05, 0x06] },
  { format: 'ZIP', offset: 0, signature: [0x50, 0x4b, 0x07, 0x08] },
  { format: 'OLE2 (legacy Office)', offset: 0, signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { format: 'RAR', offset: 0, signature: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { format: '7z', offset: 0, signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'xz', offset: 0, signature: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { format: 'bzip2', offset: 4, signature: [0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { format: 'zstd', offset: 0, signature: [0x28, 0xb5, 0x2f, 0xfd] },
  { format: 'MP4/ISO media', offset: 4, signature: ascii('ftyp') },
  { format: 'Matroska/WebM', offset: 0, signature: [0x1a, 0x45, 0xdf, 0xa3] },
  { format: 'Ogg', offset: 0, signature: ascii('OggS') },
  { format: 'FLAC', offset: 0, signature: ascii('fLaC') },
  { format: 'MP3', offset: 0, signature: [...ascii('ID3'), 0x03] },
  { format: 'MP3', offset: 0, signature: [...ascii('ID3'), 0x04] },
  { format: 'WOFF', offset: 0, signature: ascii('wOFF') },
  { format: 'WOFF2', offset: 0, signature: ascii('wOF2') },
  { format: 'OpenType', offset: 0, signature: ascii('OTTO') },
  { format: 'TrueType', offset: 0, signature: [0x00, 0x01, 0x00, 0x00] },
  { format: 'ELF', offset: 0, signature: [0x7f, 0x45, 0x4c, 0x46] },
  { format: 'Java class', offset: 0, signature: [0xca, 0xfe, 0xba, 0xbe] },
  { format: 'WebAssembly', offset: 0, signature: [0x00, 0x61, 0x73, 0x6d] },
  { format: 'SQLite', offset: 0, signature: ascii('SQLite format 3\0') },
];

/** Share of control bytes above which the input is binary: real text has tabs and newlines, almost nothing else. */
const MAX_CONTROL_SHARE = 0.05;
const CONTROL_SAMPLE_BYTES = 64 * 1024;

function binaryFormatOf(bytes: Uint8Array): string | null {
  const magic = MAGIC_NUMBERS.find(({ offset, signature }) =>
    bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte));
  if (magic) return magic.format;
  // UTF-16 text is half NUL bytes by design; it is judged after decoding instead.
  if (hasUtf16Bom(bytes) || utf16ByteOrderOf(bytes)) return null;
  const sample = bytes.subarray(0, CONTROL_SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) if (isBinaryControl(byte)) controls++;
  return controls > sample.length * MAX_CONTROL_SHARE ? 'binary data (control bytes)' : null;
}

/** C0 controls other than whitespace and ESC (ESC introduces ISO-2022 escape sequences in Japanese text). */
function isBinaryControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b;
}

function controlShareOfText(text: string): number {
  const length = Math.min(text.length, CONTROL_SAMPLE_BYTES);
  let controls = 0;
  for (let index = 0; index < length; index++) if (isBinaryControl(text.charCodeAt(index))) controls++;
  return length === 0 ? 0 : controls / length;
}

/** XML roots that are feeds, sitemaps or images: never an article page, even though they are markup. */
const NON_HTML_XML_ROOTS = new Set(['rss', 'feed', 'rdf:rdf', 'urlset', 'sitemapindex', 'opml', 'svg', 'kml']);

/**
 * Only formats that are clearly something else are refused. Text with no markup at all is accepted: wire services
 * and some CMS exports deliver bare text, and whether it holds an article is the extractor's call (`no-article`),
 * not the decoder's. HTML fragments without `<html>` are accepted for the same reason.
 */
function nonHtmlFormatOf(text: string): string | null {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{\\rtf')) return 'RTF';
  if ((head.startsWith('{') || head.startsWith('[')) && parsesAsJson(text)) return 'JSON';
  if (!head.startsWith('<')) return null;
  const root = xmlRootElementOf(head);
  if (root === null || root === 'html') return null;
  if (NON_HTML_XML_ROOTS.has(root)) return `an XML document with root <${root}>`;
  return /^<\?xml[\s?]/i.test(head) ? `an XML document with root <${root}>` : null;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The first element name after the XML declaration, processing instructions, comments and doctype. */
function xmlRootElementOf(head: string): string | null {
  let position = 0;
  for (;;) {
    while (position < head.length && /\s/.test(head[position])) position++;
    if (head.startsWith('<?', position) || head.startsWith('<!', position)) {
      const terminator = head.startsWith('<!--', position) ? '-->' : '>';
      const end = head.indexOf(terminator, position + 2);
      if (end < 0) return null;
      position = end + terminator.length;
      continue;
    }
    const match = /^<([A-Za-z_][\w:.-]*)/.exec(head.slice(position, position + 64));
    return match ? match[1].toLowerCase() : null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Decoders

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

// ---------------------------------------------------------------------------------------------------------------
// Charset declarations

/** Resolve a label the way browsers do (`latin1` → windows-1252, `arabic` → iso-8859-6); null when unknown. */
function canonicalCharset(label: string): string | null {
  const trimmed = label.trim();
  if (trimmed.length === 0 || trimmed.length > 64) return null;
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
}

function charsetFromContentType(contentType: string | null | undefined): Declaration | null {
  if (!contentType) return null;
  const match = /(?:^|;)\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s]*))/i.exec(contentType);
  const label = match ? match[1] ?? match[2] ?? match[3] : null;
  const charset = label ? canonicalCharset(label) : null;
  return charset ? { charset, source: 'content-type' } : null;
}

/** Meta declarations beyond this point are rare and risk matching text inside scripts. */
const META_PRESCAN_BYTES = 4096;

/**
 * The WHATWG prescan, simplified: walk tags in the first bytes, skipping comments, and read `<meta charset>` or
 * `<meta http-equiv="content-type" content="...; charset=...">`.
 */
function charsetFromMeta(bytes: Uint8Array): Declaration | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES)).toString('latin1');
  let position = 0;
  while (position < head.length) {
    const open = head.indexOf('<', position);
    if (open < 0) return null;
    if (head.startsWith('<!--', open)) {
      const end = head.indexOf('-->', open + 2);
      if (end < 0) return null;
      position = end + 3;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z][^\t\n\f\r />]*)/.exec(head.slice(open, open + 64));
    if (!tag) {
      const end = /^<[!/?]/.test(head.slice(open, open + 2)) ? head.indexOf('>', open) : open;
      if (end < 0) return null;
      position = end + 1;
      continue;
    }
    const { attributes, next } = readAttributes(head, open + tag[0].length);
    position = next;
    if (tag[1] === '' && tag[2].toLowerCase() === 'meta') {
      const charset = charsetOfMetaAttributes(attributes);
      if (charset) return { charset, source: 'meta' };
    }
  }
  return null;
}

function charsetOfMetaAttributes(attributes: Map<string, string>): string | null {
  const declared = attributes.get('charset');
  let label: string | null = declared ?? null;
  if (label === null && attributes.get('http-equiv')?.trim().toLowerCase() === 'content-type') {
    label = /charset\s*=\s*["']?([^"';\s]+)/i.exec(attributes.get('content') ?? '')?.[1] ?? null;
  }
  const charset = label ? canonicalCharset(label) : null;
  // A meta tag readable as ASCII cannot truly be UTF-16; browsers treat that claim as UTF-8.
  return charset?.startsWith('utf-16') ? 'utf-8' : charset;
}

function readAttributes(text: string, start: number): { attributes: Map<string, string>; next: number } {
  const attributes = new Map<string, string>();
  let position = start;
  for (;;) {
    while (position < text.length && /[\t\n\f\r /]/.test(text[position])) position++;
    if (position >= text.length || text[position] === '>') return { attributes, next: position + 1 };
    const nameStart = position;
    while (position < text.length && !/[\t\n\f\r /=>]/.test(text[position])) position++;
    if (position === nameStart) position++;
    const name = text.slice(nameStart, position).toLowerCase();
    while (position < text.length && /[\t\n\f\r ]/.test(text[position])) position++;
    let value = '';
    if (text[position] === '=') {
      position++;
      while (position < text.length && /[\t\n\f\r ]/.test(text[position])) position++;
      const quote = text[position];
      if (quote === '"' || quote === "'") {
        const end = text.indexOf(quote, position + 1);
        const valueEnd = end < 0 ? text.length : end;
        value = text.slice(position + 1, valueEnd);
        position = valueEnd + 1;
      } else {
        const valueStart = position;
        while (position < text.length && !/[\t\n\f\r >]/.test(text[position])) position++;
        value = text.slice(valueStart, position);
      }
    }
    if (!attributes.has(name)) attributes.set(name, value);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// UTF-16

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function bomCharsetOf(bytes: Uint8Array): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM shows up as HTML markup whose every other byte is NUL. Text in other encodings never has
 * that pattern, so a strong one-sided NUL share identifies it (and names the byte order).
 */
function utf16ByteOrderOf(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 1024) / 2);
  if (pairs < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let pair = 0; pair < pairs; pair++) {
    if (bytes[2 * pair] === 0) evenNuls++;
    if (bytes[2 * pair + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.05) return 'utf-16le';
  if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, charset: string, source: CharsetSource): DecodedHtml {
  const html = textDecoderFor(charset).decode(bytes);
  if (controlShareOfText(html) > MAX_CONTROL_SHARE) throw new RejectedInputError('binary', `the bytes are not ${charset} text`);
  return { html, charset, charsetSource: source };
}

// ---------------------------------------------------------------------------------------------------------------
// Choosing the charset

function decodeText(bytes: Uint8Array, contentTypeDeclaration: Declaration | null): DecodedHtml {
  const bom = bomCharsetOf(bytes);
  if (bom === 'utf-8') return { html: textDecoderFor('utf-8').decode(bytes), charset: 'utf-8', charsetSource: 'bom' };
  if (bom) return decodeUtf16(bytes, bom, 'bom');

  // The NUL pattern settles the byte order even when a UTF-16 header names the other one.
  const utf16 = utf16ByteOrderOf(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, contentTypeDeclaration?.charset === utf16 ? 'content-type' : 'detected');

  // A UTF-16 header over bytes without the UTF-16 shape is a mislabel; the rest of the ladder decides.
  const declarations = [contentTypeDeclaration, charsetFromMeta(bytes)]
    .filter((declaration): declaration is Declaration => declaration !== null && !declaration.charset.startsWith('utf-16'));
  const scan = scanNonAsciiRuns(bytes);

  if (scan.nonAsciiBytes === 0) {
    const declared = declarations[0] ?? (hasIso2022JpEscapes(bytes) ? { charset: 'iso-2022-jp', source: 'detected' as const } : undefined);
    return { html: textDecoderFor(declared?.charset ?? 'utf-8').decode(bytes), charset: declared?.charset ?? 'utf-8', charsetSource: declared?.source ?? 'default' };
  }
  if (scan.invalidRuns === 0) return decodeValidUtf8(bytes, scan, declarations);
  const utf8Dominant = scan.validRuns > scan.invalidRuns;
  if (utf8Dominant || hasUtf8Fragments(scan)) return decodeMixed(bytes, scan, declarations, utf8Dominant);
  return decodeLegacy(bytes, scan, declarations);
}

/** ISO-2022-JP is 7-bit: only its escape sequences into JIS X 0208 tell it apart from ASCII. */
function hasIso2022JpEscapes(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.includes('\x1b$B', 0, 'latin1') || buffer.includes('\x1b$@', 0, 'latin1');
}

/**
 * Bytes that are valid UTF-8 and contain multi-byte characters are UTF-8 unless a legacy declaration reads them
 * more plausibly (a tiny page whose only non-ASCII bytes happen to pair up); legacy text of any length is almost
 * never valid UTF-8 by accident.
 */
function decodeValidUtf8(bytes: Uint8Array, scan: NonAsciiScan, declarations: Declaration[]): DecodedHtml {
  const html = textDecoderFor('utf-8').decode(bytes);
  const utf8Declaration = declarations.find((declaration) => declaration.charset === 'utf-8');
  const legacyDeclaration = declarations[0]?.charset === 'utf-8' ? undefined : declarations[0];
  if (legacyDeclaration) {
    const sample = sampleOf(bytes, scan.runs);
    if (plausibilityOf(sample, legacyDeclaration.charset) > plausibilityOf(sample, 'utf-8')) {
      return { html: textDecoderFor(legacyDeclaration.charset).decode(bytes), charset: legacyDeclaration.charset, charsetSource: legacyDeclaration.source };
    }
  }
  return { html, charset: 'utf-8', charsetSource: utf8Declaration?.source ?? 'detected' };
}

function decodeLegacy(bytes: Uint8Array, scan: NonAsciiScan, declarations: Declaration[]): DecodedHtml {
  const choice = chooseLegacyCharset(sampleOf(bytes, scan.runs), declarations);
  if (choice.plausibility < 0 && scan.nonAsciiBytes >= bytes.length * UNDECODABLE_NON_ASCII_SHARE) {
    throw new RejectedInputError('undecodable', `no charset reads the bytes as text (best: ${choice.charset}, plausibility ${choice.plausibility.toFixed(2)})`);
  }
  return { html: textDecoderFor(choice.charset).decode(bytes), charset: choice.charset, charsetSource: choice.source };
}

/**
 * Below this share of non-ASCII bytes a page is mostly markup, and decoding with the best guess keeps that markup
 * usable even when its text is garbled; above it, a page no charset can read has nothing left worth keeping.
 */
const UNDECODABLE_NON_ASCII_SHARE = 0.3;

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

function chooseLegacyCharset(sample: Uint8Array, declarations: Declaration[]): LegacyChoice {
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

// ---------------------------------------------------------------------------------------------------------------
// Mixed UTF-8 and legacy

/**
 * Pages that are mostly UTF-8 but not entirely: a UTF-8 template around text pasted from a legacy database, a
 * legacy page with a UTF-8 widget, or a UTF-8 page with a stray Latin-1 byte or a character cut in half. Each run
 * of non-ASCII bytes is decoded on its own terms: UTF-8 runs as UTF-8, the others with the legacy charset that best
 * reads them. That keeps every valid part intact instead of turning either side into mojibake or U+FFFD.
 *
 * A run proves UTF-8 only with three or more multi-byte characters: shorter valid sequences occur by accident in
 * legacy text (windows-1256 "د،" is a valid UTF-8 pair, and so are many GBK pairs). Shorter valid runs follow their
 * decided neighbours when both agree, and the page's majority otherwise.
 */
const STRONG_UTF8_RUN_CHARS = 3;

/** In a legacy page, UTF-8 runs must be more than a stray coincidence before the page is treated as mixed. */
function hasUtf8Fragments(scan: NonAsciiScan): boolean {
  return scan.strongUtf8Runs >= Math.max(2, Math.ceil(scan.invalidRuns * 0.02));
}

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

function decodeMixed(bytes: Uint8Array, scan: NonAsciiScan, declarations: Declaration[], utf8Dominant: boolean): DecodedHtml {
  const isUtf8 = runIsUtf8(scan, utf8Dominant);
  const legacyRuns = scan.runs.filter((_, index) => !isUtf8[index]);
  const legacy = chooseLegacyCharset(sampleOf(bytes, legacyRuns), declarations);
  const utf8Declaration = declarations.find((declaration) => declaration.charset === 'utf-8');
  // Stray bytes no charset reads as text (a multi-byte character cut in half) are damage, not legacy text:
  // they become U+FFFD, as in a browser, rather than a guess.
  if (utf8Dominant && legacy.plausibility < 0) {
    return { html: textDecoderFor('utf-8').decode(bytes), charset: 'utf-8', charsetSource: utf8Declaration?.source ?? 'detected' };
  }

  const utf8Decoder = textDecoderFor('utf-8');
  const legacyDecoder = textDecoderFor(legacy.charset);
  const parts: string[] = [];
  let utf8Bytes = 0;
  let segmentStart = 0;
  let segmentIsUtf8 = isUtf8[0];
  scan.runs.forEach((run, index) => {
    if (isUtf8[index]) utf8Bytes += run.end - run.start;
    if (isUtf8[index] !== segmentIsUtf8) {
      parts.push((segmentIsUtf8 ? utf8Decoder : legacyDecoder).decode(bytes.subarray(segmentStart, run.start)));
      segmentStart = run.start;
      segmentIsUtf8 = isUtf8[index];
    }
  });
  parts.push((segmentIsUtf8 ? utf8Decoder : legacyDecoder).decode(bytes.subarray(segmentStart)));

  const majorityIsUtf8 = utf8Bytes * 2 >= scan.nonAsciiBytes;
  const charset = majorityIsUtf8 ? 'utf-8' : legacy.charset;
  const declared = declarations.find((declaration) => declaration.charset === charset);
  return {
    html: parts.join(''),
    charset,
    charsetSource: declared?.source ?? 'detected',
    mixedCharset: majorityIsUtf8 ? legacy.charset : 'utf-8',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Scanning non-ASCII runs

/** A maximal run of bytes ≥ 0x80. ASCII decodes identically in every candidate, so only these runs carry evidence. */
interface NonAsciiRun {
  start: number;
  end: number;
  multibyteChars: number;
  invalidBytes: number;
}

interface NonAsciiScan {
  runs: NonAsciiRun[];
  nonAsciiBytes: number;
  invalidRuns: number;
  /** Runs that are entirely valid UTF-8. */
  validRuns: number;
  strongUtf8Runs: number;
}

function scanNonAsciiRuns(bytes: Uint8Array): NonAsciiScan {
  const runs: NonAsciiRun[] = [];
  let nonAsciiBytes = 0;
  let invalidRuns = 0;
  let validRuns = 0;
  let strongUtf8Runs = 0;
  let position = 0;
  while (position < bytes.length) {
    if (bytes[position] < 0x80) {
      position++;
      continue;
    }
    const run: NonAsciiRun = { start: position, end: position, multibyteChars: 0, invalidBytes: 0 };
    while (position < bytes.length && bytes[position] >= 0x80) {
      const length = utf8SequenceLengthAt(bytes, position);
      if (length === 0) {
        run.invalidBytes++;
        position++;
      } else {
        run.multibyteChars++;
        position += length;
      }
    }
    run.end = position;
    nonAsciiBytes += run.end - run.start;
    if (run.invalidBytes > 0) invalidRuns++;
    else validRuns++;
    if (run.invalidBytes === 0 && run.multibyteChars >= STRONG_UTF8_RUN_CHARS) strongUtf8Runs++;
    runs.push(run);
  }
  return { runs, nonAsciiBytes, invalidRuns, validRuns, strongUtf8Runs };
}

/** Length of the well-formed UTF-8 multi-byte sequence at `index` (WHATWG/Unicode table 3-7), or 0. */
function utf8SequenceLengthAt(bytes: Uint8Array, index: number): number {
  const lead = bytes[index];
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  if (index + length > bytes.length) return 0;
  const second = bytes[index + 1];
  if (second < low || second > high) return 0;
  for (let offset = 2; offset < length; offset++) {
    const continuation = bytes[index + offset];
    if (continuation < 0x80 || continuation > 0xbf) return 0;
  }
  return length;
}

/** Detection reads at most this many bytes of runs, enough evidence for any charset and bounded in cost. */
const SAMPLE_NON_ASCII_BYTES = 32 * 1024;
/** ASCII letters kept around each run so that Latin words are judged whole ("caf" + "é"). */
const SAMPLE_CONTEXT_BYTES = 16;

/**
 * The bytes detection looks at: each run with the ASCII letters touching it, plus one byte after (multi-byte CJK
 * charsets use ASCII-range trail bytes), separated by newlines so every decoder resynchronises between windows.
 */
function sampleOf(bytes: Uint8Array, runs: NonAsciiRun[]): Uint8Array {
  const windows: Uint8Array[] = [];
  let budget = SAMPLE_NON_ASCII_BYTES;
  let previousEnd = 0;
  for (const run of runs) {
    if (budget <= 0) break;
    let start = run.start;
    while (start > previousEnd && run.start - start < SAMPLE_CONTEXT_BYTES && isAsciiLetter(bytes[start - 1])) start--;
    let end = Math.min(bytes.length, run.end + 1);
    while (end < bytes.length && end - run.end < SAMPLE_CONTEXT_BYTES && isAsciiLetter(bytes[end])) end++;
    windows.push(bytes.subarray(Math.max(start, previousEnd), end), NEWLINE);
    previousEnd = end;
    budget -= run.end - run.start;
  }
  return Buffer.concat(windows);
}

const NEWLINE = Uint8Array.of(0x0a);

function isAsciiLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}

// ---------------------------------------------------------------------------------------------------------------
// Plausibility

/** Characters (or byte pairs) judged as real text versus as mojibake. */
interface Score {
  good: number;
  bad: number;
  /** How often the reading lands on the language's most frequent characters or words: breaks near-ties. */
  affinity: number;
}

/** Keeps a page with one or two odd characters from swinging to -1 on almost no evidence. */
const SCORE_SMOOTHING = 2;

function ratioOf(score: Score): number {
  return (score.good - score.bad) / (score.good + score.bad + SCORE_SMOOTHING);
}

function plausibilityOf(sample: Uint8Array, charset: string): number {
  return ratioOf(scoreOf(sample, charset));
}

function scoreOf(sample: Uint8Array, charset: string): Score {
  const cjk = CJK_LAYOUTS[charset];
  return cjk ? scoreCjk(sample, charset, cjk) : scoreText(textDecoderFor(charset).decode(sample));
}

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
  if (code >= 0x900 && code <= 0x1fff && /\p{L}/u.test(String.fromCharCode(code))) return OTHER_LETTER;
  return NOT_A_LETTER;
}

/** Characters that only appear when bytes are read with the wrong charset (or are not text). */
function isMojibakeSymbol(code: number): boolean {
  return code === 0xfffd || (code >= 0x80 && code <= 0x9f) || (code >= 0xe000 && code <= 0xf8ff);
}

const MOJIBAKE_SYMBOL_WEIGHT = 3;

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
 * Accented, Cyrillic and Greek letters that stand alone as words. Any other lone letter ("Ч", "Ł") is what a wrong charset
 * makes of a lone sign such as × or £.
 */
const SINGLE_LETTER_WORDS = new Set([...'àáéèóòùÀÉвиаскоуяВИАСКОУЯοηΗΟ'].map((char) => char.charCodeAt(0)));

/**
 * Judge decoded text word by word. A word is plausible when it is written in one script, keeps letter case sane
 * (no lower-then-upper inside a word), does not open with a combining mark, is not a lone letter that no language
 * uses as a word, and, for Latin, is not made mostly of accented letters: windows-1256 Arabic read as windows-1252 gives words like "ÇáÚÑÈíÉ", read as windows-1251
 * gives "ЗбЪСИнЙ", and iso-8859-6 read as windows-1256 puts "è" and "ç" inside Arabic words.
 */
function scoreText(text: string): Score {
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

  const endWord = () => {
    if (scripts === Script.Arabic) {
      arabicWords++;
      if (firstLetter === ALEF && letters > 2 && secondLetter === LAM) definiteArticles++;
    }
    if (nonAscii > 0) {
      const mixedScripts = (scripts & (scripts - 1)) !== 0 && !COMPATIBLE_SCRIPTS.has(scripts);
      const accentHeavyLatin = scripts === Script.Latin && nonAscii >= 2 && nonAscii > latinLetters * 0.75;
      const strayLetter = letters === 1 && (scripts & BICAMERAL_SCRIPTS) !== 0 && !SINGLE_LETTER_WORDS.has(lastLetter);
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
      endWord();
      if (isMojibakeSymbol(code)) score.bad += MOJIBAKE_SYMBOL_WEIGHT;
      else if (wedged || (code >= 0x80 && !isCommonSymbol(code))) score.bad += 1;
      continue;
    }
    if (charClass.isMark && letters === 0) implausible = true;
    if (letters === 0) firstLetter = code;
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
  endWord();
  score.affinity = arabicWords === 0 ? 0 : definiteArticles / arabicWords;
  return score;
}

/**
 * Multi-byte CJK charsets decode almost any byte pair to some character, so their text tells little. Their byte
 * layout does: real text lives in the frequent-character blocks (GB2312 level 1, Big5 frequent, JIS level 1,
 * KS X 1001 Hangul); random or foreign bytes spread over the whole code space.
 */
interface CjkLayout {
  isLead: (byte: number) => boolean;
  isTrail: (byte: number) => boolean;
  isCommonPair: (lead: number, trail: number) => boolean;
  /** Single bytes ≥ 0x80 that stand alone (Shift_JIS half-width katakana): legal but rare. */
  isRareSingle: (byte: number) => boolean;
}

const between = (value: number, low: number, high: number) => value >= low && value <= high;

const CJK_LAYOUTS: Record<string, CjkLayout> = {
  gbk: {
    isLead: (byte) => between(byte, 0x81, 0xfe),
    isTrail: (byte) => between(byte, 0x40, 0x7e) || between(byte, 0x80, 0xfe),
    isCommonPair: (lead, trail) => (between(lead, 0xa1, 0xa3) || between(lead, 0xb0, 0xd7)) && between(trail, 0xa1, 0xfe),
    isRareSingle: () => false,
  },
  big5: {
    isLead: (byte) => between(byte, 0x81, 0xfe),
    isTrail: (byte) => between(byte, 0x40, 0x7e) || between(byte, 0xa1, 0xfe),
    isCommonPair: (lead) => between(lead, 0xa1, 0xc6),
    isRareSingle: () => false,
  },
  shift_jis: {
    isLead: (byte) => between(byte, 0x81, 0x9f) || between(byte, 0xe0, 0xfc),
    isTrail: (byte) => between(byte, 0x40, 0x7e) || between(byte, 0x80, 0xfc),
    isCommonPair: (lead) => between(lead, 0x81, 0x84) || between(lead, 0x88, 0x98),
    isRareSingle: (byte) => between(byte, 0xa1, 0xdf),
  },
  'euc-kr': {
    isLead: (byte) => between(byte, 0x81, 0xfe),
    isTrail: (byte) => between(byte, 0x41, 0x5a) || between(byte, 0x61, 0x7a) || between(byte, 0x81, 0xfe),
    isCommonPair: (lead, trail) => (between(lead, 0xa1, 0xac) || between(lead, 0xb0, 0xc8)) && between(trail, 0xa1, 0xfe),
    isRareSingle: () => false,
  },
};

/**
 * The most frequent characters of each language, in the form each charset serves: a reading that keeps landing on
 * them is the right one. Byte layout alone cannot separate Korean from Chinese (Hangul bytes sit exactly on GB2312's
 * frequent block) or Simplified from Traditional Chinese.
 */
const FREQUENT_CHARACTERS: Record<string, Set<string>> = {
  gbk: new Set('的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实新闻记者报'),
  big5: new Set('的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實新聞記者報'),
  shift_jis: new Set('のにはをたがでてとしれさなるいかもっすうありまこよらくんだけ日本人年者大中国会事時出上新'),
  'euc-kr': new Set('이다는의에하고가을를지기서한로사대정리자수도인시들일적보해전라어구여으부상나제계성주것있없그아내원중면위문게년국관동소만조장경'),
};

function scoreCjk(sample: Uint8Array, charset: string, layout: CjkLayout): Score {
  const score = scoreCjkBytes(sample, layout);
  const frequent = FREQUENT_CHARACTERS[charset];
  let characters = 0;
  let frequentCharacters = 0;
  for (const char of textDecoderFor(charset).decode(sample)) {
    if (char.charCodeAt(0) < 0x80) continue;
    characters++;
    if (frequent.has(char)) frequentCharacters++;
  }
  return { ...score, affinity: characters === 0 ? 0 : frequentCharacters / characters };
}

function scoreCjkBytes(sample: Uint8Array, layout: CjkLayout): Score {
  const score: Score = { good: 0, bad: 0, affinity: 0 };
  let index = 0;
  while (index < sample.length) {
    const byte = sample[index];
    if (byte < 0x80) {
      index++;
    } else if (layout.isRareSingle(byte)) {
      score.bad += 1;
      index++;
    } else if (layout.isLead(byte) && index + 1 < sample.length && layout.isTrail(sample[index + 1])) {
      const trail = sample[index + 1];
      // A pair whose trail is an ASCII letter, glued to a Latin word ("it’s" read as Shift_JIS, "Ändern" as Big5),
      // is a Latin word.
      const gluedToLatin = trail < 0x80 && ((index > 0 && isAsciiLetter(sample[index - 1])) || (index + 2 < sample.length && isAsciiLetter(sample[index + 2])));
      if (layout.isCommonPair(byte, trail) && !gluedToLatin) score.good += 2;
      else score.bad += 2;
      index += 2;
    } else {
      score.bad += MOJIBAKE_SYMBOL_WEIGHT;
      index++;
    }
  }
  return score;
}
