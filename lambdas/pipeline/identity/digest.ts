/** Hash encodings shared by the identity modules. */
import { createHash } from 'node:crypto';

const BASE32_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Lower-case RFC 4648 base32 without padding: URL-safe, case-insensitive-safe (S3 keys, DynamoDB keys, file
 * names on case-folding file systems) and shorter than hex.
 */
export function base32(bytes: Uint8Array): string {
  let output = '';
  let buffer = 0;
  let bufferedBits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bufferedBits += 8;
    while (bufferedBits >= 5) {
      bufferedBits -= 5;
      output += BASE32_ALPHABET[(buffer >>> bufferedBits) & 31];
    }
    buffer &= (1 << bufferedBits) - 1;
  }
  if (bufferedBits > 0) output += BASE32_ALPHABET[(buffer << (5 - bufferedBits)) & 31];
  return output;
}

/** First 128 bits of SHA-256, base32: 26 characters, collision-free for any realistic number of articles. */
export function shortDigest(text: string): string {
  return base32(sha256(text).subarray(0, 16));
}
