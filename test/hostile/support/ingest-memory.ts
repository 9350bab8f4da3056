/** `ingestPage` over in-memory ports, as the hostile tests and `bench/hostile.ts` run it. */
import { DEFAULT_MAX_INPUT_BYTES } from '../../../lambdas/handlers/parse';
import { ingestPage, type IngestOutcome } from '../../../lambdas/pipeline/ingest-page';
import { MemoryArticleStore } from '../../support/memory-article-store';
import { MemoryBlobStore } from '../../support/memory-blob-store';
import { MemoryStoryIndex } from '../../support/memory-story-index';
import { PAGE_URL } from './hostile-inputs';

/** The stack's default input limit, so large-but-legal hostile pages reach the extractor as they would in AWS. */
export const MAX_INPUT_BYTES = DEFAULT_MAX_INPUT_BYTES;
export const NOW = new Date('2026-11-29T00:00:00.000Z');

export interface MemoryIngest {
  outcome: IngestOutcome;
  archive: MemoryBlobStore;
  articles: MemoryArticleStore;
}

export async function ingestInMemory(bytes: Uint8Array, options: { key?: string; contentType?: string; url?: string | null } = {}): Promise<MemoryIngest> {
  const archive = new MemoryBlobStore();
  const articles = new MemoryArticleStore();
  const url = options.url === undefined ? PAGE_URL : options.url;
  const outcome = await ingestPage(
    { key: options.key ?? 'hostile/input.html', bytes, contentType: options.contentType ?? null, metadata: url ? { url } : {}, observedAt: NOW.toISOString() },
    { archive, articles, stories: new MemoryStoryIndex(), clock: { now: () => NOW }, maxInputBytes: MAX_INPUT_BYTES },
  );
  return { outcome, archive, articles };
}
