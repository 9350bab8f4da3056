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
 * owner adds nothing: a later copy sharing that key finds the owner, an earlier member of this story (or of the
 * story the key is shared with). So an article that founds a story writes every key, and one that joins a story
 * only the keys its edits changed, which are the keys a copy of this copy needs to find the story: in
 * bench/story-grouping.ts's arrival simulation, joiners that write no key at all lower pair recall from 0.977 to
 * 0.953, while writing only unowned keys keeps it and writes 7 keys per article instead of 32.
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
