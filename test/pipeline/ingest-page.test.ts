import { readFileSync } from 'node:fs';
import path from 'node:path';
import { STORY_BANDS } from '../../lambdas/pipeline/identity/story-fingerprint';
import { ingestPage, type IngestDeps } from '../../lambdas/pipeline/ingest-page';
import { SEED_URL, seedBytes, seedSource } from '../fixtures/seed';
import { MemoryArticleStore } from '../support/memory-article-store';
import { MemoryBlobStore } from '../support/memory-blob-store';
import { MemoryStoryIndex } from '../support/memory-story-index';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../fixtures/seed', name));

function pipeline() {
  let minute = 0;
  const deps: IngestDeps = {
    archive: new MemoryBlobStore(),
    articles: new MemoryArticleStore(),
    stories: new MemoryStoryIndex(),
    clock: { now: () => new Date(Date.UTC(2026, 0, 1, 0, minute++)) },
    maxInputBytes: 1024 * 1024,
  };
  const ingest = async (key: string, bytes: Uint8Array, url?: string) => {
    const outcome = await ingestPage({ key, bytes, contentType: null, metadata: url ? { url } : {}, observedAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString() }, deps);
    if (outcome.outcome === 'quarantined') throw new Error(`unexpected quarantine: ${outcome.message}`);
    return (await deps.articles.getLatest(outcome.articleId))!;
  };
  return { deps, ingest };
}

/** The seed page as another site would carry it: its own name, address, headline and sidebars, the same wire text. */
function republishedOnAnotherSite(): Buffer {
  const source = seedSource('original')
    .replaceAll('https://www.sahel-news.example', 'https://nile-courier.example')
    .replaceAll('صحيفة الساحل الإخبارية', 'بريد النيل')
    .replace(/<h1 class="entry-title">[^<]*<\/h1>/, '<h1 class="entry-title">روسيا تعالج سبعين جريحا من قوات حفتر</h1>')
    .replace(/<title>[^<]*<\/title>/, '<title>روسيا تعالج سبعين جريحا من قوات حفتر - بريد النيل</title>')
    .replace(/<meta property="og:title" content="[^"]*"/, '<meta property="og:title" content="روسيا تعالج سبعين جريحا من قوات حفتر"');
  return Buffer.from(source);
}

describe('ingestPage story grouping', () => {
  it('gives the same wire story on two sites, with different headlines and boilerplate, one storyId; the first seen is the original', async () => {
    const { ingest } = pipeline();
    const first = await ingest('a.html', seedBytes('original'));
    const second = await ingest('b.html', republishedOnAnotherSite());

    expect(second.articleId).not.toBe(first.articleId);
    expect(second.title).not.toBe(first.title);
    expect(first.storyId).toMatch(/^s/);
    expect(second.storyId).toBe(first.storyId);
    expect(first.originalArticleId).toBe(first.articleId);
    expect(second.originalArticleId).toBe(first.articleId);
  });

  it('groups the AFP story as a second site republished it (own template and headline, a dateline, «» quotes, last paragraph dropped) with the seed, which stays the original', async () => {
    const { ingest } = pipeline();
    const seed = await ingest('a.html', seedBytes('original'));
    const republished = await ingest('d.html', fixture('afp-libya-second-site.utf8.html'));

    expect(republished.articleId).not.toBe(seed.articleId);
    expect(republished.storyId).toBe(seed.storyId);
    expect(seed.originalArticleId).toBe(seed.articleId);
    expect(republished.originalArticleId).toBe(seed.articleId);
  });

  it('groups the pair in the other order too, and makes the seed the original: it was published half a day earlier', async () => {
    const { ingest } = pipeline();
    const republished = await ingest('d.html', fixture('afp-libya-second-site.utf8.html'));
    const seed = await ingest('a.html', seedBytes('original'));

    expect(seed.storyId).toBe(republished.storyId);
    expect(seed.originalArticleId).toBe(seed.articleId);
  });

  it('registers the article that founds a story under all STORY_BANDS band keys, and one that joins it only under the keys nobody owns', async () => {
    const { deps, ingest } = pipeline();
    const stories = deps.stories as MemoryStoryIndex;
    const keysOf = (articleId: string) => [...stories.owners].filter(([, owner]) => owner.articleId === articleId).map(([key]) => key);
    const seed = await ingest('a.html', seedBytes('original'));
    expect(keysOf(seed.articleId)).toHaveLength(STORY_BANDS);
    const ownedBefore = new Set(stories.owners.keys());
    const republished = await ingest('d.html', fixture('afp-libya-second-site.utf8.html'));
    const keysOfRepublished = keysOf(republished.articleId);
    expect(republished.storyId).toBe(seed.storyId);
    // The seed keeps the keys the two copies share; the republication adds the ones its edits changed.
    expect(keysOf(seed.articleId)).toHaveLength(STORY_BANDS);
    expect(keysOfRepublished.length).toBeGreaterThan(0);
    expect(keysOfRepublished.length).toBeLessThan(STORY_BANDS);
    expect(keysOfRepublished.filter((key) => ownedBefore.has(key))).toEqual([]);
    expect(stories.owners.size).toBe(STORY_BANDS + keysOfRepublished.length);
  });

  it('gives two different stories on the same site template different storyIds', async () => {
    const { ingest } = pipeline();
    const libya = await ingest('a.html', seedBytes('original'));
    const water = await ingest('c.html', fixture('desalination-same-template.utf8.html'));
    expect(water.storyId).not.toBeNull();
    expect(water.storyId).not.toBe(libya.storyId);
  });

  it('keeps an article in its story when a paragraph is corrected, and records a body diff on the revision', async () => {
    const { ingest } = pipeline();
    const first = await ingest('a.html', seedBytes('original'), SEED_URL);
    const corrected = await ingest('a2.html', seedBytes('corrected'), SEED_URL);
    expect(corrected).toMatchObject({ revision: 2, storyId: first.storyId, changedFields: ['body'] });
    expect(corrected.bodyDiff).toMatchObject({ added: 0, removed: 0, changed: 1 });
    expect(corrected.bodyDiff!.samples.changed[0].before).not.toBe(corrected.bodyDiff!.samples.changed[0].after);
  });

  it('does no story lookup and no index write when unchanged content arrives again', async () => {
    const { deps, ingest } = pipeline();
    await ingest('a.html', seedBytes('original'));
    const stories = deps.stories as MemoryStoryIndex;
    const registered = new Map(stories.owners);
    const lookups = jest.spyOn(stories, 'findOwners');
    await ingest('a-again.html', seedBytes('views-changed'));
    expect(lookups).not.toHaveBeenCalled();
    expect(stories.owners).toEqual(registered);
  });
});

describe('ingestPage writes', () => {
  it('writes nothing at all, in the table or the archive, when the same object is delivered again', async () => {
    const { deps, ingest } = pipeline();
    await ingest('a.html', seedBytes('original'), SEED_URL);
    const articles = deps.articles as MemoryArticleStore;
    const archive = deps.archive as MemoryBlobStore;
    const writes = [jest.spyOn(articles, 'putRevision'), jest.spyOn(articles, 'putLatest'), jest.spyOn(articles, 'linkSource'), jest.spyOn(archive, 'put')];
    await ingest('a.html', seedBytes('original'), SEED_URL);
    for (const write of writes) expect(write).not.toHaveBeenCalled();
  });

  it('links a second object key carrying the same content to the article, so deleting either withdraws it', async () => {
    const { deps, ingest } = pipeline();
    const article = await ingest('a.html', seedBytes('original'), SEED_URL);
    await ingest('copy/a.html', seedBytes('original'), SEED_URL);
    expect(await deps.articles.findSource('copy/a.html')).toBe(article.articleId);
  });
});
