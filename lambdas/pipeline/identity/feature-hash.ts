/**
 * Feature hashing shared by the near-duplicate fingerprints (SimHash and MinHash): fast 64-bit hashes of short
 * strings (word shingles), computed with 32-bit integer arithmetic.
 */

/** `Math.imul` read once: see minhash.ts (global lookups in hot loops are slow in Jest's VM context). */
const { imul } = Math;

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
      high = (imul(high, FNV_PRIME_LOW_PART) + carry + (low << 8)) >>> 0;
      low = imul(low, FNV_PRIME_LOW_PART) >>> 0;
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
  const mixedHigh = fmix32(high ^ imul(low, 0x9e3779b1));
  return { high: mixedHigh, low: fmix32(low ^ mixedHigh) };
}

/** MurmurHash3's 32-bit finaliser. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
