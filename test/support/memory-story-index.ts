import type { StoryCandidate } from '../../lambdas/pipeline/identity/story';
import type { StoryIndex } from '../../lambdas/pipeline/ports';

/** An in-memory StoryIndex: band key → members, as the DynamoDB band items hold them. */
export class MemoryStoryIndex implements StoryIndex {
  readonly bands = new Map<string, Map<string, StoryCandidate>>();

  async findCandidates(bandKeys: string[]): Promise<StoryCandidate[]> {
    const found = new Map<string, StoryCandidate>();
    for (const key of bandKeys) for (const member of this.bands.get(key)?.values() ?? []) found.set(member.articleId, member);
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
