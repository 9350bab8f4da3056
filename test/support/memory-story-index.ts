import { MAX_MEMBERS_PER_BAND } from '../../lambdas/adapters/dynamodb/story-index';
import type { StoryCandidate } from '../../lambdas/pipeline/identity/story';
import type { StoryIndex } from '../../lambdas/pipeline/ports';

/**
 * An in-memory StoryIndex: band key → members, as the DynamoDB band items hold them, read the way DynamoStoryIndex
 * reads them (the MAX_MEMBERS_PER_BAND most recently first seen per key).
 */
export class MemoryStoryIndex implements StoryIndex {
  readonly bands = new Map<string, Map<string, StoryCandidate>>();

  async findCandidates(bandKeys: string[]): Promise<StoryCandidate[]> {
    const found = new Map<string, StoryCandidate>();
    for (const key of bandKeys) {
      const newestFirst = [...(this.bands.get(key)?.values() ?? [])].sort((a, b) => compareDescending(bandSortKey(a), bandSortKey(b)));
      for (const member of newestFirst.slice(0, MAX_MEMBERS_PER_BAND)) found.set(member.articleId, member);
    }
    return [...found.values()];
  }

  async register(member: StoryCandidate, bandKeys: string[]): Promise<void> {
    for (const key of bandKeys) {
      const members = this.bands.get(key) ?? new Map<string, StoryCandidate>();
      members.set(member.articleId, member);
      this.bands.set(key, members);
    }
  }
}

/** The band item's sort key: DynamoDB orders it by code point, as `<` does. */
function bandSortKey(member: StoryCandidate): string {
  return `${member.firstSeenAt}#${member.articleId}`;
}

function compareDescending(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}
