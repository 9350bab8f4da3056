/**
 * The publisher fed the way a stream feeds it: (previous, current) pairs delivered more than once and out of
 * order, across a restart. The local event log must hold exactly one event per (articleId, revision).
 */
import path from 'node:path';
import { EventLog, readEnvelopes } from '../../bin/local/event-log';
import { publishChanges, type LatestItemChange } from '../../lambdas/pipeline/change-events';
import { storedArticle } from '../support/articles';
import { makeTempDir } from '../support/temp-dir';
import { seededRandom } from '../support/seeded-random';

const ARTICLES = 5;
const REVISIONS = 3;

function changesOfOneArticle(articleId: string): LatestItemChange[] {
  const revisions = Array.from({ length: REVISIONS }, (_, index) => storedArticle(index + 1, `${articleId} body ${index + 1}`, { articleId }));
  return revisions.map((current, index) => ({ previous: index === 0 ? null : revisions[index - 1], current }));
}

/** Every pair two or three times, shuffled with a seeded source. */
function redeliveredShuffled(changes: LatestItemChange[], seed: number): LatestItemChange[] {
  const random = seededRandom(seed);
  const copies = changes.flatMap((change) => (random() < 0.5 ? [change, change] : [change, change, change]));
  for (let index = copies.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copies[index], copies[other]] = [copies[other], copies[index]];
  }
  return copies;
}

describe('publisher with redelivered, reordered stream records', () => {
  it('writes one event per (articleId, revision), also when the same pairs are replayed after a restart', async () => {
    const temp = await makeTempDir('publisher');
    try {
      const file = path.join(temp.dir, 'events.jsonl');
      const changes = Array.from({ length: ARTICLES }, (_, index) => changesOfOneArticle(`u-article-${index}`)).flat();

      const log = await EventLog.open(file);
      for (const change of redeliveredShuffled(changes, 7)) await publishChanges([change], log);
      const restarted = await EventLog.open(file);
      for (const change of redeliveredShuffled(changes, 8)) await publishChanges([change], restarted);

      const envelopes = await readEnvelopes(file);
      const keys = envelopes.map((envelope) => `${envelope.detail.articleId}#${envelope.detail.revision}`);
      expect(keys).toHaveLength(ARTICLES * REVISIONS);
      expect(new Set(keys).size).toBe(ARTICLES * REVISIONS);
      for (const envelope of envelopes) {
        expect(envelope['detail-type']).toBe(envelope.detail.revision === 1 ? 'ArticleCreated' : 'ArticleUpdated');
      }
    } finally {
      await temp.remove();
    }
  });

  it('publishes nothing for a pair whose current revision is not newer than its previous one', async () => {
    const [first, second] = changesOfOneArticle('u-article');
    const published: unknown[] = [];
    const events = await publishChanges([{ previous: second.current, current: first.current }, { previous: second.current, current: second.current }], {
      publish: async (batch) => void published.push(...batch),
    });
    expect(events).toEqual([]);
    expect(published).toEqual([]);
  });
});
