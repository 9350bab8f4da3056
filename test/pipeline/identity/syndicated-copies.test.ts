/**
 * What story identity promises for republished wire copy, on the copies of round 11's syndication pages
 * (`test/fixtures/heldout-redteam11-syndication`): every site's copy of one wire story, extracted by the engine,
 * falls into the story the first copy founded, through a band key it shares with an earlier copy, and copies of
 * different stories stay apart. The content hash is not compared: it is a revision's identity on one site (it
 * covers the site's own headline, pictures and tags), not the story's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../../lambdas/extract';
import { articleIdForUrl } from '../../../lambdas/pipeline/identity/article-id';
import { storyIdFor, type StoryCandidate } from '../../../lambdas/pipeline/identity/story';
import {
  decodeStoryFingerprint,
  STORY_MATCH_MIN_SIMILARITY,
  storyBandKeys,
  storyFingerprint,
  storySimilarity,
} from '../../../lambdas/pipeline/identity/story-fingerprint';

const FOLDER = join(__dirname, '../../fixtures/heldout-redteam11-syndication');
const NOW = new Date('2026-12-03T12:00:00Z');
const pages = JSON.parse(readFileSync(join(FOLDER, 'expectations.json'), 'utf8')) as { page: string; url: string }[];

/** The stories, each by the prefix its copies' file names share, copies in the order the pages list them. */
const STORIES = ['reuters-copper-', 'afp-ar-basra-', 'dpa-oder-', 'efe-aceite-'];

interface Copy {
  page: string;
  articleId: string;
  fingerprint: string;
  publishedAt: string | null;
  siteHost: string;
}

function copyOf({ page, url }: { page: string; url: string }): Copy {
  const record = extract(readFileSync(join(FOLDER, `${page}.html`)), { url, now: NOW });
  const fingerprint = storyFingerprint(record.body);
  if (fingerprint === null) throw new Error(`${page}: body too short for a story fingerprint`);
  return { page, articleId: articleIdForUrl(record.canonicalUrl ?? url), fingerprint, publishedAt: record.publishedAt, siteHost: new URL(url).hostname };
}

const copies = new Map(STORIES.map((story) => [story, pages.filter(({ page }) => page.startsWith(story)).map(copyOf)]));

const similarity = (a: Copy, b: Copy) => storySimilarity(decodeStoryFingerprint(a.fingerprint)!, decodeStoryFingerprint(b.fingerprint)!);

describe.each(STORIES)('the copies of %s', (story) => {
  const ofStory = copies.get(story)!;

  it('are three or more, each on its own site', () => {
    expect(ofStory.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ofStory.map((copy) => copy.siteHost)).size).toBe(ofStory.length);
  });

  // Not every pair need match: a copy that rewrote the lead and one that opens with the site's own dek share less
  // (the EFE story's two such copies are estimated at 0.60), and each joins through the copy nearest to it.
  it('each have another copy alike enough to be one story', () => {
    for (const copy of ofStory) {
      const nearest = Math.max(...ofStory.filter((other) => other !== copy).map((other) => similarity(copy, other)));
      expect(nearest).toBeGreaterThanOrEqual(STORY_MATCH_MIN_SIMILARITY);
    }
  });

  it('join the story the first copy founds, each found through a band key an earlier copy holds', () => {
    const grouped: StoryCandidate[] = [];
    ofStory.forEach((copy, index) => {
      const firstSeenAt = new Date(Date.parse('2026-12-02T22:00:00Z') + index * 60_000).toISOString();
      const keys = new Set(storyBandKeys(copy.fingerprint));
      const found = grouped.filter((earlier) => storyBandKeys(earlier.fingerprint).some((key) => keys.has(key)));
      if (index > 0) expect(found.length).toBeGreaterThan(0);
      const assignment = storyIdFor({ ...copy, firstSeenAt }, found);
      grouped.push({ ...copy, firstSeenAt, storyId: assignment.storyId });
    });
    expect(new Set(grouped.map((copy) => copy.storyId)).size).toBe(1);
  });
});

describe('copies of different stories', () => {
  it('stay apart', () => {
    const all = [...copies.entries()].flatMap(([story, ofStory]) => ofStory.map((copy) => ({ story, copy })));
    for (const a of all) {
      for (const b of all) if (a.story !== b.story) expect(similarity(a.copy, b.copy)).toBeLessThan(STORY_MATCH_MIN_SIMILARITY);
    }
  });
});
