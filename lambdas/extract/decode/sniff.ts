/** Inputs that are never a page: binary formats by signature or control bytes, and text formats that are not HTML. */
import { hasUtf16Bom, utf16ByteOrderOf } from './byte-order';

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
export const MAX_CONTROL_SHARE = 0.05;
const CONTROL_SAMPLE_BYTES = 64 * 1024;

export function binaryFormatOf(bytes: Uint8Array): string | null {
  const magic = MAGIC_NUMBERS.find(({ offset, signature }) =>
    bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte));
  if (magic) return magic.format;
  // UTF-16 text is half NUL bytes by design; it is judged after decoding instead.
  if (hasUtf16Bom(bytes) || utf16ByteOrderOf(bytes)) return null;
  const sampleLength = Math.min(bytes.length, CONTROL_SAMPLE_BYTES);
  return binaryControlsIn(bytes, sampleLength) > sampleLength * MAX_CONTROL_SHARE ? 'binary data (control bytes)' : null;
}

/**
 * The binary controls among the first `length` bytes, which is 64 KiB of every page. Read four bytes at a time: a
 * word with no byte below 0x20 holds none (most of a page's words), and only the other words are read byte by byte.
 * Indexed loops: iterating a typed array costs ten times as much.
 */
function binaryControlsIn(bytes: Uint8Array, length: number): number {
  let controls = 0;
  // A word view starts at a multiple of four in the buffer: the bytes before that are read one by one, as is the tail.
  const head = (4 - (bytes.byteOffset & 3)) & 3;
  const wordCount = length > head ? (length - head) >> 2 : 0;
  const wordsEnd = wordCount > 0 ? head + wordCount * 4 : 0;
  if (wordCount > 0) {
    for (let index = 0; index < head; index++) if (isBinaryControl(bytes[index])) controls++;
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + head, wordCount);
    for (let at = 0; at < wordCount; at++) {
      const word = words[at];
      // Whether any byte of the word is below 0x20, exactly ("hasless" in Bit Twiddling Hacks, for a bound up to 0x80).
      if (((word - 0x20202020) & ~word & 0x80808080) === 0) continue;
      const start = head + at * 4;
      for (let index = start; index < start + 4; index++) if (isBinaryControl(bytes[index])) controls++;
    }
  }
  for (let index = wordsEnd; index < length; index++) if (isBinaryControl(bytes[index])) controls++;
  return controls;
}

/** C0 controls other than whitespace and ESC (ESC introduces ISO-2022 escape sequences in Japanese text). */
function isBinaryControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b;
}

export function controlShareOfText(chunks: readonly string[]): number {
  let sampled = 0;
  let controls = 0;
  for (const chunk of chunks) {
    const length = Math.min(chunk.length, CONTROL_SAMPLE_BYTES - sampled);
    for (let index = 0; index < length; index++) if (isBinaryControl(chunk.charCodeAt(index))) controls++;
    sampled += length;
    if (sampled === CONTROL_SAMPLE_BYTES) break;
  }
  return sampled === 0 ? 0 : controls / sampled;
}

/** XML roots that are feeds, sitemaps or images: never an article page, even though they are markup. */
const NON_HTML_XML_ROOTS = new Set(['rss', 'feed', 'rdf:rdf', 'urlset', 'sitemapindex', 'opml', 'svg', 'kml']);

/**
 * Only formats that are clearly something else are refused. Text with no markup at all is accepted: wire services
 * and some CMS exports deliver bare text, and whether it holds an article is the extractor's call (`no-article`),
 * not the decoder's. HTML fragments without `<html>` are accepted for the same reason.
 */
export function nonHtmlFormatOf(chunks: readonly string[]): string | null {
  const head = textHead(chunks, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{\\rtf')) return 'RTF';
  if ((head.startsWith('{') || head.startsWith('[')) && parsesAsJson(chunks.join(''))) return 'JSON';
  if (!head.startsWith('<')) return null;
  const root = xmlRootElementOf(head);
  if (root === null || root === 'html') return null;
  if (NON_HTML_XML_ROOTS.has(root)) return `an XML document with root <${root}>`;
  return /^<\?xml[\s?]/i.test(head) ? `an XML document with root <${root}>` : null;
}

/** The first `length` characters of the text `chunks` hold. */
function textHead(chunks: readonly string[], length: number): string {
  let head = '';
  for (const chunk of chunks) {
    if (head.length >= length) break;
    head += chunk.slice(0, length - head.length);
  }
  return head;
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
