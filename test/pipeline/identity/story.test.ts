import fc from 'fast-check';
import {
  chooseOriginal,
  newStoryId,
  storyIdFor,
  type StoryCandidate,
  type StoryMember,
} from '../../../lambdas/pipeline/identity/story';
import {
  encodeStoryFingerprint,
  STORY_MATCH_MIN_SIMILARITY,
  STORY_MATCH_MIN_SIMILARITY_SAME_SITE,
  STORY_SIGNATURE_SLOTS,
  storyFingerprint,
} from '../../../lambdas/pipeline/identity/story-fingerprint';
import { BOOK_FAIR_STORY, siteACopy, siteBCopy, siteTemplate, WATER_PLANT_STORY } from './arabic-wire-fixtures';

/** A fingerprint whose first `equalSlots` slots equal BASE's and the others differ: estimated Jaccard equalSlots/128. */
function sharingSlots(equalSlots: number): string {
  const signature = Uint16Array.from({ length: STORY_SIGNATURE_SLOTS }, (_, slot) => (slot < equalSlots ? 3 * slot + 1 : 0x8000 + slot));
  return encodeStoryFingerprint(signature);
}

const BASE = sharingSlots(STORY_SIGNATURE_SLOTS);

function member(overrides: Partial<StoryMember> & Pick<StoryMember, 'articleId'>): StoryMember {
  return {
    fingerprint: BASE,
    publishedAt: null,
    firstSeenAt: '2024-05-01T10:00:00Z',
    siteHost: 'www.site-a.example',
    ...overrides,
  };
}

function candidate(overrides: Partial<StoryCandidate> & Pick<StoryCandidate, 'articleId'>): StoryCandidate {
  return { storyId: 'sstoryone', ...member(overrides), ...overrides };
}

describe('storyIdFor on real text', () => {
  it('puts two sites carrying the same Arabic wire story in one story', () => {
    const onSiteA = member({ articleId: 'ua', fingerprint: storyFingerprint(siteACopy(WATER_PLANT_STORY))!, siteHost: 'www.site-a.example' });
    const first = storyIdFor(onSiteA, []);
    const onSiteB = member({
      articleId: 'ub',
      fingerprint: storyFingerprint(siteBCopy(WATER_PLANT_STORY))!,
      siteHost: 'news.site-b.example',
      firstSeenAt: '2024-05-01T10:20:00Z',
    });
    const second = storyIdFor(onSiteB, [{ ...onSiteA, storyId: first.storyId }]);
    expect(second.storyId).toBe(first.storyId);
    expect(second.isNewStory).toBe(false);
    expect(second.matchedArticleId).toBe('ua');
    expect(second.originalArticleId).toBe('ua');
    expect(second.originalSiteHost).toBe('www.site-a.example');
    expect(second.isOriginal).toBe(false);
  });

  it('keeps two different stories on the same site template apart', () => {
    const waterPlant = member({ articleId: 'u1', fingerprint: storyFingerprint(siteTemplate(WATER_PLANT_STORY))! });
    const bookFair = member({ articleId: 'u2', fingerprint: storyFingerprint(siteTemplate(BOOK_FAIR_STORY))! });
    const first = storyIdFor(waterPlant, []);
    const second = storyIdFor(bookFair, [{ ...waterPlant, storyId: first.storyId }]);
    expect(second.storyId).not.toBe(first.storyId);
    expect(second.isNewStory).toBe(true);
  });
});

describe('storyIdFor', () => {
  const article = member({ articleId: 'unew', firstSeenAt: '2024-05-01T12:00:00Z', siteHost: 'b.example' });

  it('founds a new story with an s-prefixed id derived from the article id', () => {
    const assignment = storyIdFor(article, []);
    expect(assignment).toEqual({
      storyId: newStoryId('unew'),
      isNewStory: true,
      matchedArticleId: null,
      similarity: null,
      originalArticleId: 'unew',
      originalSiteHost: 'b.example',
      isOriginal: true,
    });
    expect(assignment.storyId).toMatch(/^s[a-z2-7]{26}$/);
    expect(storyIdFor(article, []).storyId).toBe(assignment.storyId);
  });

  it('matches at STORY_MATCH_MIN_SIMILARITY but not one slot below', () => {
    const atThreshold = Math.ceil(STORY_MATCH_MIN_SIMILARITY * STORY_SIGNATURE_SLOTS);
    const matched = storyIdFor(article, [candidate({ articleId: 'u1', fingerprint: sharingSlots(atThreshold) })]);
    expect(matched).toMatchObject({ isNewStory: false, similarity: atThreshold / STORY_SIGNATURE_SLOTS });
    expect(storyIdFor(article, [candidate({ articleId: 'u1', fingerprint: sharingSlots(atThreshold - 1) })]).isNewStory).toBe(true);
  });

  it('asks a candidate of the same site (registrable domain) to clear STORY_MATCH_MIN_SIMILARITY_SAME_SITE', () => {
    const between = sharingSlots(Math.ceil(STORY_MATCH_MIN_SIMILARITY_SAME_SITE * STORY_SIGNATURE_SLOTS) - 1);
    const atSameSiteBar = sharingSlots(Math.ceil(STORY_MATCH_MIN_SIMILARITY_SAME_SITE * STORY_SIGNATURE_SLOTS));
    const onArticleSite = { articleId: 'u1', siteHost: 'www.b.example' };
    expect(storyIdFor(article, [candidate({ ...onArticleSite, fingerprint: between })]).isNewStory).toBe(true);
    expect(storyIdFor(article, [candidate({ ...onArticleSite, fingerprint: atSameSiteBar })]).isNewStory).toBe(false);
    expect(storyIdFor(article, [candidate({ articleId: 'u1', siteHost: 'c.example', fingerprint: between })]).isNewStory).toBe(false);
  });

  it('treats unknown hosts as different sites', () => {
    const between = sharingSlots(Math.ceil(STORY_MATCH_MIN_SIMILARITY_SAME_SITE * STORY_SIGNATURE_SLOTS) - 1);
    const unknown = { ...article, siteHost: '' };
    expect(storyIdFor(unknown, [candidate({ articleId: 'u1', siteHost: '', fingerprint: between })]).isNewStory).toBe(false);
  });

  it('joins the story of the most similar candidate', () => {
    const candidates = [
      candidate({ articleId: 'ufar', storyId: 'sfar', fingerprint: sharingSlots(100) }),
      candidate({ articleId: 'unear', storyId: 'snear', fingerprint: sharingSlots(120) }),
    ];
    expect(storyIdFor(article, candidates)).toMatchObject({ storyId: 'snear', matchedArticleId: 'unear', similarity: 120 / 128 });
  });

  it('breaks similarity ties by first-seen time, whatever the candidate order', () => {
    const early = candidate({ articleId: 'uz', storyId: 'searly', firstSeenAt: '2024-05-01T08:00:00Z' });
    const late = candidate({ articleId: 'ua', storyId: 'slate', firstSeenAt: '2024-05-01T09:00:00Z' });
    expect(storyIdFor(article, [late, early]).storyId).toBe('searly');
    expect(storyIdFor(article, [early, late]).storyId).toBe('searly');
  });

  it('gives the same assignment whatever the candidate order (fixed seed)', () => {
    const candidates = [100, 110, 110, 120, 120, 60].map((equalSlots, n) =>
      candidate({ articleId: `u${n}`, storyId: `s${n}`, fingerprint: sharingSlots(equalSlots), firstSeenAt: `2024-05-01T0${n % 3}:00:00Z` }),
    );
    const expected = storyIdFor(article, candidates);
    expect(expected).toMatchObject({ storyId: 's3', similarity: 120 / 128 });
    fc.assert(
      fc.property(fc.shuffledSubarray(candidates, { minLength: candidates.length }), (shuffled) => {
        expect(storyIdFor(article, shuffled)).toEqual(expected);
      }),
      { seed: 20261129, numRuns: 50 },
    );
  });

  it('ignores itself and candidates with invalid fingerprints or SimHash-era ones', () => {
    const candidates = [
      candidate({ articleId: 'unew', storyId: 'sself' }),
      candidate({ articleId: 'ubad', storyId: 'sbad', fingerprint: 'not-a-fingerprint' }),
      candidate({ articleId: 'uold', storyId: 'sold', fingerprint: '0123456789abcdef' }),
    ];
    expect(storyIdFor(article, candidates).isNewStory).toBe(true);
  });

  it('throws on an article without a valid fingerprint', () => {
    expect(() => storyIdFor({ ...article, fingerprint: '0123456789abcdef' }, [])).toThrow(/not a story fingerprint/);
  });

  it('makes the new article the original when its publication date is clearly earlier', () => {
    const firstSeen = candidate({ articleId: 'urepub', publishedAt: '2024-05-01T09:30:00Z', firstSeenAt: '2024-05-01T10:00:00Z' });
    const crawledLate = { ...article, publishedAt: '2024-05-01T07:00:00+00:00' };
    expect(storyIdFor(crawledLate, [firstSeen])).toMatchObject({ originalArticleId: 'unew', isOriginal: true, isNewStory: false });
  });

  it('considers only members of the matched story for the original', () => {
    const match = candidate({ articleId: 'u1', storyId: 'sone', firstSeenAt: '2024-05-01T11:00:00Z' });
    const otherStory = candidate({ articleId: 'u2', storyId: 'stwo', fingerprint: sharingSlots(0), firstSeenAt: '2024-01-01T00:00:00Z' });
    expect(storyIdFor(article, [match, otherStory]).originalArticleId).toBe('u1');
  });
});

describe('chooseOriginal', () => {
  const seenFirst = member({ articleId: 'u1', firstSeenAt: '2024-05-01T10:00:00Z', publishedAt: '2024-05-01T09:00:00Z' });

  it('is the first-seen member when dates say nothing else', () => {
    const later = member({ articleId: 'u0', firstSeenAt: '2024-05-01T11:00:00Z', publishedAt: null });
    expect(chooseOriginal([later, seenFirst]).articleId).toBe('u1');
  });

  it('is the member published more than an hour before the first-seen one', () => {
    const published = member({ articleId: 'u2', firstSeenAt: '2024-05-01T12:00:00Z', publishedAt: '2024-05-01T07:59:00Z' });
    expect(chooseOriginal([seenFirst, published]).articleId).toBe('u2');
  });

  it('ignores a lead within the timezone slack', () => {
    const published = member({ articleId: 'u2', firstSeenAt: '2024-05-01T12:00:00Z', publishedAt: '2024-05-01T08:30:00Z' });
    expect(chooseOriginal([seenFirst, published]).articleId).toBe('u1');
  });

  it('picks the earliest published among several earlier ones', () => {
    const a = member({ articleId: 'ua', firstSeenAt: '2024-05-01T12:00:00Z', publishedAt: '2024-05-01T06:00:00Z' });
    const b = member({ articleId: 'ub', firstSeenAt: '2024-05-01T13:00:00Z', publishedAt: '2024-05-01T05:00:00Z' });
    expect(chooseOriginal([seenFirst, a, b]).articleId).toBe('ub');
  });

  it('keeps first-seen order when the first-seen member has no usable date', () => {
    const undated = member({ articleId: 'u1', firstSeenAt: '2024-05-01T10:00:00Z', publishedAt: 'yesterday' });
    const dated = member({ articleId: 'u2', firstSeenAt: '2024-05-01T12:00:00Z', publishedAt: '2024-04-01T00:00:00Z' });
    expect(chooseOriginal([dated, undated]).articleId).toBe('u1');
  });

  it('orders members seen at the same time by article id', () => {
    const a = member({ articleId: 'ub' });
    const b = member({ articleId: 'ua' });
    expect(chooseOriginal([a, b]).articleId).toBe('ua');
  });
});
