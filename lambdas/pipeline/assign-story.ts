import { storyIdFor, type StoryMember } from './identity/story';
import { storyBandKeys } from './identity/story-fingerprint';
import type { StoryIndex } from './ports';
import type { StoryMembership } from './upsert-article';

/**
 * Story grouping for one article: read the owners of its fingerprint's band keys (one lookup for all keys), decide
 * its story from them, and return a `register` step to run once the article is stored, so a lookup that ends in no
 * write (unchanged content, a lost race) leaves nothing behind.
 *
 * The article registers only under the keys nobody owns yet (first seen, first owner). A key it shares with an
 * owner adds nothing: a later copy sharing that key finds the owner, which is the earlier member of this story (or
 * of the story the key is shared with). So a founding article writes every key, and an article that joins a story
 * writes only the keys its copy does not share with the members already registered, which are also the keys that
 * let a copy of this copy find the story.
 */
export async function assignStory(
  index: StoryIndex,
  member: StoryMember,
): Promise<StoryMembership & { register(): Promise<void> }> {
  const bandKeys = storyBandKeys(member.fingerprint);
  const owners = await index.findOwners(bandKeys);
  const candidates = new Map([...owners.values()].map((owner) => [owner.articleId, owner]));
  const assignment = storyIdFor(member, [...candidates.values()]);
  const unowned = bandKeys.filter((key) => !owners.has(key));
  return {
    storyId: assignment.storyId,
    originalArticleId: assignment.originalArticleId,
    register: async () => {
      if (unowned.length > 0) await index.register({ ...member, storyId: assignment.storyId }, unowned);
    },
  };
}
