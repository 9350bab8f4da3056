import { bodyFingerprint, fingerprintWords, MIN_STORY_WORDS, storyFingerprint } from '../../../lambdas/pipeline/identity/story-fingerprint';
import { BOOK_FAIR_STORY, WATER_PLANT_STORY } from './arabic-wire-fixtures';

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
    expect(storyFingerprint(body)).toBe(bodyFingerprint(body));
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
});
