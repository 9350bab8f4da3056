/**
 * Bounded gunzip: every layer is inflated under a cap on size and on inflate ratio, so a bomb is refused without
 * being held in memory, and a huge page is told apart from a bomb.
 */
import { constants as bufferConstants } from 'node:buffer';
import { constants as zlibConstants, gunzipSync, inflateRawSync } from 'node:zlib';
import { RejectedInputError } from '../errors';

/** zlib refuses an output cap beyond what a Buffer can hold, whatever limits a caller passes. */
const BUFFER_MAX_LENGTH = bufferConstants.MAX_LENGTH;

/** A gzip inside a gzip happens (stored gzipped, served with Content-Encoding: gzip); deeper nesting is hostile. */
const MAX_GZIP_LAYERS = 2;

interface InflateLimits {
  maxBytes: number;
  maxInflateRatio: number;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function inflateGzipLayers(bytes: Uint8Array, limits: InflateLimits): Uint8Array {
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
