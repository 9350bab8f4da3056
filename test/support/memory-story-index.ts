import type { StoryCandidate } from '../../lambdas/pipeline/identity/story';
import type { StoryIndex } from '../../lambdas/pipeline/ports';

/** An in-memory StoryIndex: band key → owner, as the DynamoDB band items hold them. */
export class MemoryStoryIndex implements StoryIndex {
  readonly owners = new Map<string, StoryCandidate>();

  async findOwners(bandKeys: string[]): Promise<Map<string, StoryCandidate>> {
    const found = new Map<string, StoryCandidate>();
    for (const key of bandKeys) {
      const owner = this.owners.get(key);
      if (owner) found.set(key, owner);
    }
    return found;
  }

  async register(member: StoryCandidate, bandKeys: string[]): Promise<void> {
    for (const key of bandKeys) this.owners.set(key, member);
  }
}
