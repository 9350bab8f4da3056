import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DelegatingArticleStore } from '../../lambdas/adapters/delegating-article-store';
import { changeEventFor } from '../../lambdas/pipeline/change-events';
import type { ConditionalWriteResult } from '../../lambdas/pipeline/ports';
import type { StoredArticle } from '../../lambdas/pipeline/stored-article';
import { upsertArticle } from '../../lambdas/pipeline/upsert-article';
import { EventLog, readEnvelopes } from '../../bin/local/event-log';
import { PublishingArticleStore } from '../../bin/local/publishing-article-store';
import { candidate, storedArticle } from '../support/articles';
import { MemoryArticleStore } from '../support/memory-article-store';
import { makeTempDir } from '../support/temp-dir';

/** The write reaches the table, then the connection drops before the answer: the caller sees an error. */
class LostAcknowledgement extends DelegatingArticleStore {
  override async putLatest(article: StoredArticle, expected: number): Promise<ConditionalWriteResult> {
    await super.putLatest(article, expected);
    throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
  }
}

describe('the local stream stand-in', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let file: string;

  beforeEach(async () => {
    temp = await makeTempDir('publishing');
    file = path.join(temp.dir, 'events.jsonl');
  });
  afterEach(() => temp.remove());

  it('cuts off a line torn by a crash mid-append, so the next event is not glued to it and lost', async () => {
    const first = await EventLog.open(file);
    const table = new MemoryArticleStore();
    await upsertArticle(new PublishingArticleStore(table, first), candidate());
    await appendFile(file, '{"version":"0","id":"torn-in-the-mid');

    const afterCrash = await EventLog.open(file);
    await upsertArticle(new PublishingArticleStore(table, afterCrash), candidate({ body: 'The story, told again in other words.' }));

    const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
    expect(lines.map((line) => JSON.parse(line)['detail-type'])).toEqual(['ArticleCreated', 'ArticleUpdated']);
    expect((await readEnvelopes(file)).map((event) => event.detail.revision)).toEqual([1, 2]);
  });

  it('still emits the event of a write whose acknowledgement was lost, when the message is redelivered', async () => {
    const log = await EventLog.open(file);
    const table = new MemoryArticleStore();
    await expect(upsertArticle(new PublishingArticleStore(new LostAcknowledgement(table), log), candidate())).rejects.toThrow('socket hang up');

    const redelivery = await upsertArticle(new PublishingArticleStore(table, log), candidate());

    expect(redelivery.outcome).toBe('unchanged');
    expect((await readEnvelopes(file)).map((event) => [event['detail-type'], event.detail.revision])).toEqual([['ArticleCreated', 1]]);
  });

  it('writes an event once even when two publishes of it race', async () => {
    const log = await EventLog.open(file);
    const event = changeEventFor({ previous: null, current: storedArticle(1, 'body') })!;
    await Promise.all([log.publish([event]), log.publish([event]), log.publish([event])]);
    expect(await readEnvelopes(file)).toHaveLength(1);
  });
});
