import type { ConditionalWriteResult } from '../../lambdas/pipeline/ports';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';
import { upsertArticle } from '../../lambdas/pipeline/upsert-article';
import { withdrawArticle } from '../../lambdas/pipeline/withdraw-article';
import { candidate } from '../support/articles';
import { DelegatingArticleStore } from '../../lambdas/adapters/delegating-article-store';
import { MemoryArticleStore } from '../support/memory-article-store';

const at = (minute: number) => `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`;
const version = (body: string, minute: number) =>
  candidate({ body, contentHash: `hash:${body}`, revisedAt: at(minute), provenance: { ...candidate().provenance, observedAt: at(minute) } });

describe('upsertArticle', () => {
  it('creates revision 1, then reports identical content as unchanged without writing', async () => {
    const store = new MemoryArticleStore();
    expect((await upsertArticle(store, version('a', 1))).outcome).toBe('created');
    const again = await upsertArticle(store, version('a', 2));
    expect(again.outcome).toBe('unchanged');
    expect(store.revisions.size).toBe(1);
    expect(store.latest.get('u-story')?.revisedAt).toBe(at(1));
  });

  it('raises the revision by one for changed content, keeps the old revision, and records changed fields', async () => {
    const store = new MemoryArticleStore();
    await upsertArticle(store, version('a', 1));
    const result = await upsertArticle(store, version('b', 2));
    expect(result).toMatchObject({ outcome: 'updated', article: { revision: 2, changedFields: ['body'], firstSeenAt: at(1) } });
    expect((await store.getRevision('u-story', 1))?.body).toBe('a');
    expect((await store.getRevision('u-story', 2))?.body).toBe('b');
  });

  it('brings a withdrawn article back as a new revision when its page returns unchanged', async () => {
    const store = new MemoryArticleStore();
    await upsertArticle(store, version('a', 1));
    const clock = { now: () => new Date(at(2)) };
    expect(await withdrawArticle(store, 'u-story', 'http-410', clock)).toBe('withdrawn');
    expect(await withdrawArticle(store, 'u-story', 'http-410', clock)).toBe('already-withdrawn');
    expect(store.latest.get('u-story')).toMatchObject({ revision: 1, withdrawnAt: at(2), withdrawalReason: 'http-410' });

    const back = await upsertArticle(store, version('a', 3));
    expect(back).toMatchObject({ outcome: 'updated', article: { revision: 2, withdrawnAt: null, changedFields: ['withdrawnAt'] } });
  });

  it('never lets content observed before the latest overwrite it', async () => {
    const store = new MemoryArticleStore();
    await upsertArticle(store, version('new', 5));
    const late = await upsertArticle(store, version('old', 3));
    expect(late.outcome).toBe('stale');
    expect(store.latest.get('u-story')).toMatchObject({ revision: 1, body: 'new' });
  });

  it('finishes a revision whose latest-item write was lost in a crash when the same input is redelivered', async () => {
    const store = new MemoryArticleStore();
    await upsertArticle(store, version('a', 1));
    const crashing = new CrashAfterRevision(store);
    await expect(upsertArticle(crashing, version('b', 2))).rejects.toThrow('crash');
    expect(store.latest.get('u-story')?.revision).toBe(1);

    const redelivered = await upsertArticle(store, version('b', 2));
    expect(redelivered).toMatchObject({ outcome: 'updated', article: { revision: 2, body: 'b' } });
    expect(store.revisions.size).toBe(2);
  });

  it('rolls a stranded revision forward before writing different content, so neither is lost', async () => {
    const store = new MemoryArticleStore();
    await upsertArticle(store, version('a', 1));
    await expect(upsertArticle(new CrashAfterRevision(store), version('b', 2))).rejects.toThrow('crash');

    const other = await upsertArticle(store, version('c', 3));
    expect(other).toMatchObject({ outcome: 'updated', article: { revision: 3, body: 'c' } });
    expect((await store.getRevision('u-story', 2))?.body).toBe('b');
    expect(store.latest.get('u-story')?.revision).toBe(3);
  });

  it('gives concurrent writers of different content distinct revisions and loses none', async () => {
    const store = new MemoryArticleStore();
    await upsertArticle(store, version('a', 1));
    const bodies = ['b', 'c', 'd', 'e'];
    const results = await Promise.all(bodies.map((body, index) => upsertArticle(new Interleaving(store), version(body, 2 + index))));

    const latest = store.latest.get('u-story')!;
    const revisions = await Promise.all([1, 2, 3, 4, 5].map((revision) => store.getRevision('u-story', revision)));
    expect(revisions.map((revision) => revision?.revision)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(revisions.map((revision) => revision?.body))).toEqual(new Set(['a', ...bodies]));
    expect(latest).toMatchObject({ revision: 5, body: 'e' });
    expect(results.every((result) => result.outcome === 'updated' || result.outcome === 'stale')).toBe(true);
  });

  it('writes identical content delivered twice at once exactly once', async () => {
    const store = new MemoryArticleStore();
    const results = await Promise.all([upsertArticle(new Interleaving(store), version('a', 1)), upsertArticle(new Interleaving(store), version('a', 1))]);
    expect(results.map((result) => result.outcome).sort()).toEqual(['created', 'unchanged']);
    expect(store.revisions.size).toBe(1);
  });
});

/** Lets every call yield to the event loop first, so concurrent upserts interleave between their reads and writes. */
class Interleaving extends DelegatingArticleStore {
  private async tick(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
  }
  override async getLatest(id: string) {
    await this.tick();
    return super.getLatest(id);
  }
  override async getRevision(id: string, revision: number) {
    await this.tick();
    return super.getRevision(id, revision);
  }
  override async putRevision(article: StoredArticle) {
    await this.tick();
    return super.putRevision(article);
  }
  override async putLatest(article: StoredArticle, expected: number) {
    await this.tick();
    return super.putLatest(article, expected);
  }
}

/** Dies between the history write and the latest write, as a Lambda timing out there would. */
class CrashAfterRevision extends DelegatingArticleStore {
  override async putLatest(): Promise<ConditionalWriteResult> {
    throw new Error('crash');
  }
}
