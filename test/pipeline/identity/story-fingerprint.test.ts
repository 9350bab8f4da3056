import fc from 'fast-check';
import {
  decodeStoryFingerprint,
  encodeStoryFingerprint,
  fingerprintWords,
  MIN_STORY_WORDS,
  STORY_BANDS,
  STORY_ROWS_PER_BAND,
  STORY_MATCH_MIN_SIMILARITY,
  STORY_SIGNATURE_SLOTS,
  storyBandKeys,
  storyFingerprint,
  storySignature,
  storySimilarity,
} from '../../../lambdas/pipeline/identity/story-fingerprint';
import { BOOK_FAIR_STORY, siteACopy, siteBCopy, siteTemplate, WATER_PLANT_STORY } from './arabic-wire-fixtures';

const body = WATER_PLANT_STORY.join('\n\n');

describe('fingerprintWords', () => {
  it('normalises words for matching', () => {
    expect(fingerprintWords('Breaking: the COUNCIL’s vote, at last — approved with twelve votes in favour today.')).toEqual([
      'breaking', 'the', 'council', 's', 'vote', 'at', 'last', 'approved', 'with', 'twelve', 'votes', 'in', 'favour', 'today',
    ]);
  });

  it('leaves out short paragraphs when long ones exist', () => {
    const words = fingerprintWords(`Follow us on Twitter\n\n${'word '.repeat(20)}\n\nAdvertisement`);
    expect(words).toEqual(Array(20).fill('word'));
  });

  it('keeps short paragraphs when there is nothing else', () => {
    expect(fingerprintWords('One two three\n\nFour five')).toEqual(['one', 'two', 'three', 'four', 'five']);
  });

  it('counts each character of unspaced scripts as a word', () => {
    expect(fingerprintWords('中文新闻 today')).toEqual(['中', '文', '新', '闻', 'today']);
  });
});

describe('storyFingerprint', () => {
  it('is null for bodies shorter than MIN_STORY_WORDS', () => {
    expect(storyFingerprint(WATER_PLANT_STORY[0]!)).toBeNull();
    expect(fingerprintWords(body).length).toBeGreaterThanOrEqual(MIN_STORY_WORDS);
    expect(storyFingerprint(body)).toBe(encodeStoryFingerprint(storySignature(fingerprintWords(body))));
  });

  it('ignores paragraph re-flow, invisible marks, vowel marks and quote style', () => {
    const reflowed = `${WATER_PLANT_STORY.slice(0, 2).join(' ')}\n\n\n${WATER_PLANT_STORY.slice(2).join('\n\n')}`
      .replace('الساحل', 'السَّاحل\u200F')
      .replace('خطوة', '«خطوة»');
    expect(storyFingerprint(reflowed)).toBe(storyFingerprint(body));
  });

  it('differs between different stories', () => {
    expect(storyFingerprint(BOOK_FAIR_STORY.join('\n\n'))).not.toBe(storyFingerprint(body));
  });

  it('is a 342-character base64url string that decodes back to its signature', () => {
    const fingerprint = storyFingerprint(body)!;
    expect(fingerprint).toMatch(/^[A-Za-z0-9_-]{342}$/);
    expect(encodeStoryFingerprint(decodeStoryFingerprint(fingerprint)!)).toBe(fingerprint);
  });
});

/** `count` distinct words, each a number spelled in letters so the normaliser keeps it whole. */
function words(count: number, prefix: string): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${index.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]!)}`);
}

describe('storySimilarity', () => {
  const similarity = (a: string, b: string) => storySimilarity(decodeStoryFingerprint(storyFingerprint(a)!)!, decodeStoryFingerprint(storyFingerprint(b)!)!);

  it('groups two sites carrying one Arabic wire story and keeps stories on one template apart', () => {
    expect(similarity(siteACopy(WATER_PLANT_STORY), siteBCopy(WATER_PLANT_STORY))).toBeGreaterThanOrEqual(STORY_MATCH_MIN_SIMILARITY);
    expect(similarity(siteTemplate(WATER_PLANT_STORY), siteTemplate(BOOK_FAIR_STORY))).toBeLessThan(STORY_MATCH_MIN_SIMILARITY);
  });

  it('estimates the Jaccard similarity of the shingle sets within 0.15 (fixed seed)', () => {
    const vocabulary = words(400, 'w');
    fc.assert(
      fc.property(fc.integer({ min: 150, max: 300 }), fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 150 }), (shared, onlyA, onlyB) => {
        // Consecutive runs of distinct words: shingles never repeat, so the exact Jaccard follows from the counts.
        const a = vocabulary.slice(0, shared + onlyA);
        const b = [...vocabulary.slice(0, shared), ...words(onlyB, 'x')];
        const sharedShingles = shared - 2;
        const exact = sharedShingles / (a.length - 2 + b.length - 2 - sharedShingles);
        const estimate = storySimilarity(storySignature(a), storySignature(b));
        return Math.abs(estimate - exact) <= 0.15;
      }),
      { seed: 20261129, numRuns: 100 },
    );
  });
});

describe('storyBandKeys', () => {
  it('gives STORY_BANDS keys, the same for the same body, and refuses a SimHash fingerprint', () => {
    const keys = storyBandKeys(storyFingerprint(body)!);
    expect(keys).toHaveLength(STORY_BANDS);
    expect(new Set(keys).size).toBe(STORY_BANDS);
    expect(storyBandKeys(storyFingerprint(body)!)).toEqual(keys);
    expect(() => storyBandKeys('0123456789abcdef')).toThrow(/not a story fingerprint/);
  });

  it('cuts the bands from the leading STORY_BANDS × STORY_ROWS_PER_BAND slots: later slots only score', () => {
    const signature = Uint16Array.from({ length: STORY_SIGNATURE_SLOTS }, (_, slot) => slot * 7);
    const keys = storyBandKeys(encodeStoryFingerprint(signature));
    const laterSlotChanged = signature.slice();
    laterSlotChanged[STORY_BANDS * STORY_ROWS_PER_BAND] = 1;
    expect(storyBandKeys(encodeStoryFingerprint(laterSlotChanged))).toEqual(keys);
    const lastBandedSlotChanged = signature.slice();
    lastBandedSlotChanged[STORY_BANDS * STORY_ROWS_PER_BAND - 1] = 1;
    const changed = storyBandKeys(encodeStoryFingerprint(lastBandedSlotChanged));
    expect(changed.filter((key, band) => key !== keys[band])).toEqual([changed[STORY_BANDS - 1]]);
  });

  it('shares a key between two sites carrying one story and none between different stories', () => {
    const siteA = new Set(storyBandKeys(storyFingerprint(siteACopy(WATER_PLANT_STORY))!));
    expect(storyBandKeys(storyFingerprint(siteBCopy(WATER_PLANT_STORY))!).some((key) => siteA.has(key))).toBe(true);
    expect(storyBandKeys(storyFingerprint(BOOK_FAIR_STORY.join('\n\n'))!).some((key) => siteA.has(key))).toBe(false);
  });
});
