/**
 * Bytes to HTML text: gunzip, refuse what can never be a page, pick the charset, decode, and read UTF-8 text that was
 * encoded twice once more (rule "encoded twice").
 *
 * Charset order: BOM, Content-Type charset, `<meta>` prescan, detection, UTF-8. Declarations are checked against
 * the bytes because legacy Arabic sites often declare one charset and serve another (a server-wide
 * `charset=ISO-8859-1` header over windows-1256 pages, or a template that says UTF-8 over a windows-1256 database).
 * A declaration only loses when the bytes contradict it decisively; the result then says `detected`.
 *
 * Every pass is linear in the input, and detection scores a bounded sample, so cost stays proportional to size.
 */
import { RejectedInputError } from '../errors';
import { decodeText } from './decode-text';
import { withTextEncodedTwiceRead } from './encoded-twice';
import { charsetFromContentType } from './declared-charset';
import { inflateGzipLayers } from './gzip';
import { binaryFormatOf, nonHtmlFormatOf } from './sniff';
import type { DecodedHtml } from './types';

export type { DecodedHtml } from './types';
export { textDecoderFor, type TextDecoderLike } from './text-decoder';

export interface DecodeOptions {
  /** The Content-Type the bytes came with (S3 object or HTTP response), e.g. `text/html; charset=windows-1256`. */
  contentType?: string | null;
  /** Largest page accepted, in bytes, both as received and after gunzip. Default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number;
  /** Largest inflated/compressed size ratio accepted for gzip input. Default {@link DEFAULT_MAX_INFLATE_RATIO}. */
  maxInflateRatio?: number;
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

/** The decoded text in one string, for callers that need it whole; the engine parses the chunks as they are. */
export function wholeText(decoded: DecodedHtml): string {
  return decoded.chunks.join('');
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
  if (!decoded.chunks.some((chunk) => /\S/.test(chunk))) throw new RejectedInputError('empty', 'the input is only whitespace');
  const nonHtml = nonHtmlFormatOf(decoded.chunks);
  if (nonHtml) throw new RejectedInputError('not-html', `the text is ${nonHtml}, not a web page`);
  // Read back here, before parsing, so that every stage reads the text a reader would, from whichever source it takes.
  return decoded.charset === 'utf-8' ? { ...decoded, chunks: withTextEncodedTwiceRead(decoded.chunks, raw) } : decoded;
}
