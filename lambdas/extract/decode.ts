import { gunzipSync } from 'node:zlib';
import { RejectedInputError } from './errors';

export interface DecodeOptions {
  /** The Content-Type the bytes came with (S3 object or HTTP response), e.g. `text/html; charset=windows-1256`. */
  contentType?: string | null;
}

export interface DecodedHtml {
  html: string;
  charset: string;
  charsetSource: 'bom' | 'content-type' | 'meta' | 'detected' | 'default';
}

/** Bytes to HTML text. Placeholder until the decoder lands: gzip and UTF-8 only. */
export function decodeHtml(bytes: Uint8Array, _options: DecodeOptions = {}): DecodedHtml {
  if (bytes.length === 0) throw new RejectedInputError('empty', 'the input has no bytes');
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return { html: new TextDecoder('utf-8').decode(raw), charset: 'utf-8', charsetSource: 'default' };
}
