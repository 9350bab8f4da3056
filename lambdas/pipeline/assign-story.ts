import { storyIdFor, type StoryMember } from './identity/story';
import { storyBandKeys } from './identity/story-fingerprint';
import type { StoryIndex } from './ports';
import type { StoryMembership } from './upsert-article';

/**
 * Story grouping for one article: look up the articles sharing a MinHash band key with its fingerprint (32 equality lookups), decide
 * its story, and return a `register` step to run once the article is stored, so a lookup that ends in no write
 * (unchanged content, a lost race) leaves nothing behind.
 */
export async function assignStory(
  index: StoryIndex,
  member: StoryMember,
): Promise<StoryMembership & { register(): Promise<void> }> {
  const bandKeys = storyBandKeys(member.fingerprint);
  const assignment = storyIdFor(member, await index.findCandidates(bandKeys));
  return {
    storyId: assignment.storyId,
    originalArticleId: assignment.originalArticleId,
    register: () => index.register({ ...member, storyId: assignment.storyId }, bandKeys),
  };
}
