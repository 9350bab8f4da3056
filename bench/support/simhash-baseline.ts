/**
 * 64-bit SimHash (Charikar): similar feature sets give fingerprints with a small Hamming distance. A fingerprint is
 * a 16-character lower-case hex string.
 *
 * Story grouping used it until MinHash replaced it (see minhash.ts and README.md); it stays as the baseline that
 * bench/story-grouping.ts measures the MinHash scheme against, on the same pairs.
 */
import { hash64, type Uint64 } from '../../lambdas/pipeline/identity/feature-hash';
import { fingerprintWords, wordShingles } from '../../lambdas/pipeline/identity/story-fingerprint';


/**
 * SimHash of a multiset of features, each weighted 1 per occurrence. No features: all zero bits (an empty text
 * matches only other empty texts at distance 0; callers should not group on it).
 */
export function simhash(features: Iterable<string>): string {
  const votes = new Int32Array(64);
  for (const feature of features) {
    const { high, low } = hash64(feature);
    for (let bit = 0; bit < 32; bit += 1) {
      votes[bit] += (high >>> (31 - bit)) & 1 ? 1 : -1;
      votes[32 + bit] += (low >>> (31 - bit)) & 1 ? 1 : -1;
    }
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit += 1) {
    high = (high << 1) | (votes[bit]! > 0 ? 1 : 0);
    low = (low << 1) | (votes[32 + bit]! > 0 ? 1 : 0);
  }
  return toHex(high) + toHex(low);
}

export function hammingDistance(a: string, b: string): number {
  const left = fromHex(a);
  const right = fromHex(b);
  return popCount32(left.high ^ right.high) + popCount32(left.low ^ right.low);
}

/**
 * Band keys for finding near-duplicates with equality lookups only (DynamoDB Query on a key, no scans).
 *
 * The 64 bits are cut into 8 blocks of 8 bits; every pair of blocks gives one 16-bit key, 28 keys in all, written
 * `b<i><j>:<4 hex digits>` (e.g. `b03:ab12` for blocks 0 and 3). Pigeonhole: fingerprints at distance d differ in at
 * most d blocks, so for d ≤ 6 at least two blocks are equal in both, and the key of that pair is shared. Hence
 * "shares at least one key" finds every pair within `BAND_GUARANTEED_DISTANCE`. Four 16-bit bands (the simpler
 * scheme) only guarantee distance 3, which finds half the republications measured by bench/story-grouping.ts;
 * pairs of 8-bit blocks keep the 16-bit selectivity of such bands (a random article shares a given key with
 * probability 1/65536) at the price of 28 keys instead of 4.
 */
const BLOCKS = 8;
const BLOCK_BITS = 64 / BLOCKS;
const BLOCKS_PER_KEY = 2;

/** Largest distance at which two fingerprints are certain to share a band key. */
export const BAND_GUARANTEED_DISTANCE = BLOCKS - BLOCKS_PER_KEY;

/**
 * Under the SimHash scheme, two bodies whose fingerprints were at most this far apart were one story; the bench
 * measures the baseline at it. It was the largest distance with no false match on full and on 100-word bodies, and
 * the largest the band keys are certain to find.
 */
export const STORY_MATCH_MAX_DISTANCE = 6;

export function simhashBands(fingerprint: string): string[] {
  const blocks = Array.from({ length: BLOCKS }, (_, index) => fingerprintBlock(fingerprint, index));
  const keys: string[] = [];
  for (let first = 0; first < BLOCKS; first += 1) {
    for (let second = first + 1; second < BLOCKS; second += 1) {
      keys.push(`b${first}${second}:${blocks[first]}${blocks[second]}`);
    }
  }
  return keys;
}

function fingerprintBlock(fingerprint: string, index: number): string {
  if (!isSimhash(fingerprint)) throw new Error(`not a 64-bit simhash: ${fingerprint}`);
  const hexDigitsPerBlock = BLOCK_BITS / 4;
  return fingerprint.slice(index * hexDigitsPerBlock, (index + 1) * hexDigitsPerBlock);
}

const FINGERPRINT_PATTERN = /^[0-9a-f]{16}$/;

export function isSimhash(value: string): boolean {
  return FINGERPRINT_PATTERN.test(value);
}

function toHex(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

function fromHex(fingerprint: string): Uint64 {
  if (!isSimhash(fingerprint)) throw new Error(`not a 64-bit simhash: ${fingerprint}`);
  return { high: parseInt(fingerprint.slice(0, 8), 16), low: parseInt(fingerprint.slice(8), 16) };
}

function popCount32(value: number): number {
  let v = value >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * Body text (paragraphs separated by blank lines) to a 16-hex-digit SimHash, whatever its length: the scheme story
 * grouping used before MinHash, kept so bench/story-grouping.ts can compare the two on the same pairs.
 */
export function simhashFingerprint(body: string): string {
  return simhash(wordShingles(fingerprintWords(body)));
}
