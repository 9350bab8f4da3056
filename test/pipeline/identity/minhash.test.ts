import fc from 'fast-check';
import { bandCollisionProbability, matchingFraction, minhashBandKeys, minhashSignature } from '../../../lambdas/pipeline/identity/minhash';

const features = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix} ${index}`);

describe('minhashSignature', () => {
  it('depends on the feature set only: order and repeats do not change it', () => {
    const set = features('f', 50);
    expect(minhashSignature([...set].reverse(), 64)).toEqual(minhashSignature(set, 64));
    expect(minhashSignature([...set, ...set.slice(0, 10)], 64)).toEqual(minhashSignature(set, 64));
  });

  it('is a prefix of a longer signature of the same set', () => {
    const set = features('f', 80);
    expect(minhashSignature(set, 160).subarray(0, 128)).toEqual(minhashSignature(set, 128));
  });

  it('estimates Jaccard similarity within 0.12 at 128 slots (fixed seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (shared, onlyA, onlyB) => {
        const a = [...features('s', shared), ...features('a', onlyA)];
        const b = [...features('s', shared), ...features('b', onlyB)];
        const exact = shared / (shared + onlyA + onlyB);
        return Math.abs(matchingFraction(minhashSignature(a, 128), minhashSignature(b, 128)) - exact) <= 0.12;
      }),
      { seed: 20261129, numRuns: 100 },
    );
  });

  it('gives identical sets similarity 1 and disjoint sets a similarity near 0', () => {
    expect(matchingFraction(minhashSignature(features('a', 100), 128), minhashSignature(features('a', 100), 128))).toBe(1);
    expect(matchingFraction(minhashSignature(features('a', 300), 128), minhashSignature(features('b', 300), 128))).toBeLessThanOrEqual(2 / 128);
  });
});

describe('matchingFraction', () => {
  it('refuses signatures of different sizes', () => {
    expect(() => matchingFraction(new Uint16Array(4), new Uint16Array(8))).toThrow(/different sizes/);
  });
});

describe('minhashBandKeys', () => {
  it('gives one key per band, tagged with the band index', () => {
    const keys = minhashBandKeys(minhashSignature(features('f', 30), 128), 4);
    expect(keys).toHaveLength(32);
    keys.forEach((key, band) => expect(key).toMatch(new RegExp(`^m${band}:[0-9a-f]{8}$`)));
  });

  it('shares exactly the keys of the bands whose slots are all equal', () => {
    const signature = Uint16Array.from({ length: 16 }, (_, slot) => slot);
    const edited = Uint16Array.from(signature);
    edited[5] = 999;
    const keys = minhashBandKeys(signature, 4);
    const editedKeys = minhashBandKeys(edited, 4);
    expect(editedKeys.map((key, band) => key === keys[band])).toEqual([true, false, true, true]);
  });

  it('does not give equal slot values in different bands the same key', () => {
    const keys = minhashBandKeys(new Uint16Array(8).fill(7), 4);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('refuses a band shape that does not divide the signature', () => {
    expect(() => minhashBandKeys(new Uint16Array(10), 4)).toThrow(/do not cut into bands/);
  });

  it('finds sets at the match threshold far more often than unrelated ones (fixed seed)', () => {
    // Empirical band-collision rate against the S-curve, for sets with Jaccard 0.6 (60 of 100 features shared).
    let found = 0;
    const trials = 200;
    for (let trial = 0; trial < trials; trial += 1) {
      const shared = features(`t${trial}`, 60);
      const a = new Set(minhashBandKeys(minhashSignature([...shared, ...features(`a${trial}`, 20)], 128), 4));
      if (minhashBandKeys(minhashSignature([...shared, ...features(`b${trial}`, 20)], 128), 4).some((key) => a.has(key))) found += 1;
    }
    expect(found / trials).toBeGreaterThan(bandCollisionProbability(0.6, 32, 4) - 0.05);
  });
});

describe('bandCollisionProbability', () => {
  it('follows the S-curve 1 − (1 − J^r)^b', () => {
    expect(bandCollisionProbability(0, 32, 4)).toBe(0);
    expect(bandCollisionProbability(1, 32, 4)).toBe(1);
    expect(bandCollisionProbability(0.5, 32, 4)).toBeCloseTo(1 - (1 - 0.0625) ** 32, 12);
  });
});
