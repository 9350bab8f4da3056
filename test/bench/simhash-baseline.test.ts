import fc from 'fast-check';
import { fnv1a64, hash64 } from '../../lambdas/pipeline/identity/feature-hash';
import {
  BAND_GUARANTEED_DISTANCE,
  hammingDistance,
  isSimhash,
  simhash,
  simhashBands,
  STORY_MATCH_MAX_DISTANCE,
} from '../../bench/support/simhash-baseline';

/** Straightforward BigInt FNV-1a 64 over UTF-16LE bytes, to check the two-halves implementation against. */
function referenceFnv1a64(text: string): bigint {
  const prime = 0x100000001b3n;
  const mask = (1n << 64n) - 1n;
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text, 'utf16le')) hash = ((hash ^ BigInt(byte)) * prime) & mask;
  return hash;
}

function asBigInt({ high, low }: { high: number; low: number }): bigint {
  return (BigInt(high) << 32n) | BigInt(low);
}

function flipBits(fingerprint: string, bits: readonly number[]): string {
  let value = BigInt(`0x${fingerprint}`);
  for (const bit of bits) value ^= 1n << BigInt(bit);
  return value.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  it.each(['', 'a', 'the quick brown fox', 'السلام عليكم', '中文', 'x'.repeat(500)])('matches a BigInt reference for %j', (text) => {
    expect(asBigInt(fnv1a64(text))).toBe(referenceFnv1a64(text));
  });

  it('matches the reference for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => asBigInt(fnv1a64(text)) === referenceFnv1a64(text)),
      { seed: 20261129, numRuns: 2000 },
    );
  });
});

describe('hash64', () => {
  it('spreads one-character changes over both halves', () => {
    const a = hash64('shingle one');
    const b = hash64('shingle onf');
    expect(a.high).not.toBe(b.high);
    expect(a.low).not.toBe(b.low);
  });
});

describe('simhash', () => {
  it('is a 16-digit hex string', () => {
    expect(simhash(['a b c', 'b c d'])).toMatch(/^[0-9a-f]{16}$/);
  });

  it('depends on the feature multiset, not its order', () => {
    expect(simhash(['a b c', 'b c d', 'c d e'])).toBe(simhash(['c d e', 'a b c', 'b c d']));
  });

  it('is all zero bits without features', () => {
    expect(simhash([])).toBe('0000000000000000');
  });

  it('moves little when few features change', () => {
    const features = Array.from({ length: 300 }, (_, index) => `feature ${index}`);
    const edited = [...features.slice(0, 295), 'new 1', 'new 2', 'new 3', 'new 4', 'new 5'];
    const unrelated = Array.from({ length: 300 }, (_, index) => `other ${index}`);
    expect(hammingDistance(simhash(features), simhash(edited))).toBeLessThanOrEqual(STORY_MATCH_MAX_DISTANCE);
    expect(hammingDistance(simhash(features), simhash(unrelated))).toBeGreaterThan(STORY_MATCH_MAX_DISTANCE);
  });
});

describe('hammingDistance', () => {
  it.each([
    ['0000000000000000', '0000000000000000', 0],
    ['0000000000000000', 'ffffffffffffffff', 64],
    ['8000000000000001', '0000000000000000', 2],
    ['00000000ffffffff', '0000000000000000', 32],
    ['0123456789abcdef', '0123456789abcdee', 1],
  ])('%s vs %s is %d', (a, b, expected) => {
    expect(hammingDistance(a, b)).toBe(expected);
    expect(hammingDistance(b, a)).toBe(expected);
  });

  it('rejects strings that are not fingerprints', () => {
    expect(() => hammingDistance('xyz', '0000000000000000')).toThrow(/not a 64-bit simhash/);
    expect(isSimhash('0123456789ABCDEF')).toBe(false);
  });
});

describe('simhashBands', () => {
  it('gives one 16-bit key per pair of 8-bit blocks', () => {
    const bands = simhashBands('0123456789abcdef');
    expect(bands).toHaveLength(28);
    expect(bands[0]).toBe('b01:0123');
    expect(bands).toContain('b07:01ef');
    expect(bands).toContain('b67:cdef');
    expect(new Set(bands).size).toBe(28);
  });

  it('keeps the key of every block pair the flips did not touch', () => {
    const bands = simhashBands(flipBits('0123456789abcdef', [63, 0]));
    expect(bands).toContain('b12:2345');
    expect(bands).not.toContain('b01:0123');
  });

  it('guarantees a shared key up to the matching threshold', () => {
    expect(STORY_MATCH_MAX_DISTANCE).toBeLessThanOrEqual(BAND_GUARANTEED_DISTANCE);
  });

  it('pigeonhole: fingerprints within BAND_GUARANTEED_DISTANCE always share a key', () => {
    const fingerprint = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((value) => value.toString(16).padStart(16, '0'));
    const flips = fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: BAND_GUARANTEED_DISTANCE });
    fc.assert(
      fc.property(fingerprint, flips, (original, bits) => {
        const near = flipBits(original, bits);
        expect(hammingDistance(original, near)).toBe(bits.length);
        const originalBands = new Set(simhashBands(original));
        return simhashBands(near).some((band) => originalBands.has(band));
      }),
      { seed: 20261129, numRuns: 2000 },
    );
  });

  it('does not guarantee a shared key beyond it', () => {
    // One flipped bit in each of 7 blocks leaves a single block untouched: no pair of blocks survives.
    const near = flipBits('0123456789abcdef', [0, 8, 16, 24, 32, 40, 48]);
    const originalBands = new Set(simhashBands('0123456789abcdef'));
    expect(simhashBands(near).some((band) => originalBands.has(band))).toBe(false);
  });
});
