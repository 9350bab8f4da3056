/**
 * 64-bit SimHash (Charikar): similar feature sets give fingerprints with a small Hamming distance. A fingerprint is
 * a 16-character lower-case hex string, which DynamoDB stores and compares as-is.
 */

/** A 64-bit value as two unsigned 32-bit halves: plain numbers are much faster than BigInt here. */
export interface Uint64 {
  high: number;
  low: number;
}

const FNV_OFFSET_HIGH = 0xcbf29ce4;
const FNV_OFFSET_LOW = 0x84222325;
/** The FNV-1a 64 prime is 2^40 + 0x1b3: multiplying by it is `x * 0x1b3 + (x << 40)`. */
const FNV_PRIME_LOW_PART = 0x1b3;

/** FNV-1a 64 over the string's UTF-16 code units, low byte first (UTF-16LE): no encoding step needed. */
export function fnv1a64(text: string): Uint64 {
  let high = FNV_OFFSET_HIGH;
  let low = FNV_OFFSET_LOW;
  for (let index = 0; index < text.length; index += 1) {
    const codeUnit = text.charCodeAt(index);
    for (let shift = 0; shift <= 8; shift += 8) {
      low = (low ^ ((codeUnit >>> shift) & 0xff)) >>> 0;
      // (high·2^32 + low) · (2^40 + 0x1b3) mod 2^64, in 32-bit integer steps (Math.imul keeps the low 32 bits of a
      // product; the carry out of low·0x1b3 is computed from its 16-bit halves so that nothing exceeds 2^53).
      const carry = ((low >>> 16) * FNV_PRIME_LOW_PART + (((low & 0xffff) * FNV_PRIME_LOW_PART) >>> 16)) >>> 16;
      high = (Math.imul(high, FNV_PRIME_LOW_PART) + carry + (low << 8)) >>> 0;
      low = Math.imul(low, FNV_PRIME_LOW_PART) >>> 0;
    }
  }
  return { high, low };
}

/**
 * The feature hash: FNV-1a 64 followed by a 32-bit avalanche finaliser on each half. Plain FNV-1a leaves the low
 * bits of short inputs poorly mixed, and SimHash needs every bit of the feature hash to be an independent coin flip.
 */
export function hash64(text: string): Uint64 {
  const { high, low } = fnv1a64(text);
  const mixedHigh = fmix32(high ^ Math.imul(low, 0x9e3779b1));
  return { high: mixedHigh, low: fmix32(low ^ mixedHigh) };
}

/** MurmurHash3's 32-bit finaliser. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

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
 * Two bodies whose fingerprints are at most this far apart are one story. Chosen with bench/story-grouping.ts: the
 * largest distance with no false match both on full bodies (closest different-story pair: 12; recall 0.77) and on
 * bodies cut to MIN_STORY_WORDS (first false match at 7; recall 0.43), and the largest distance the band keys are
 * certain to find. Recall would grow with the threshold (0.86 at 8 on full bodies) but short texts start to merge
 * different stories, which costs more than a missed grouping.
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
