import { gzipSync } from 'node:zlib';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { startLocalRuntime, type LocalRuntime } from '../../bin/local/runtime';
import { readEnvelopes, type EventEnvelope } from '../../bin/local/event-log';
import { LOCAL_RESOURCES } from '../../bin/local/local-names';
import { SEED_URL, seedBytes } from '../fixtures/seed';
import { makeTempDir } from '../support/temp-dir';

/**
 * The embedded default end to end: files dropped into the inbox or put into the ingest bucket go through the real
 * parse handler, s3rver and dynalite over loopback HTTP, and come out as records and events.jsonl lines.
 */
const MAX_INPUT_BYTES = 2 * 1024 * 1024;

describe('local runtime', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let runtime: LocalRuntime;
  let dataDir: string;
  let inboxDir: string;

  const start = async () =>
    startLocalRuntime({ dataDir, inboxDir, s3Port: 0, dynamoDbPort: 0, maxInputBytes: MAX_INPUT_BYTES, onProblem: () => undefined, logLevel: 'SILENT' });
  const events = (): Promise<EventEnvelope[]> => readEnvelopes(path.join(dataDir, 'events.jsonl'));
  const drop = async (name: string, bytes: Uint8Array) => {
    await writeFile(path.join(inboxDir, name), bytes);
    await runtime.whenIdle();
  };
  const archiveKeys = async (prefix: string) => {
    const listed = await runtime.s3.send(new ListObjectsV2Command({ Bucket: LOCAL_RESOURCES.archiveBucket, Prefix: prefix }));
    return (listed.Contents ?? []).map((object) => object.Key!);
  };

  beforeAll(async () => {
    temp = await makeTempDir('runtime');
    dataDir = path.join(temp.dir, 'data');
    inboxDir = path.join(temp.dir, 'inbox');
    runtime = await start();
  });

  afterAll(async () => {
    await runtime.stop();
    await temp.remove();
  });

  it('ingests the windows-1256 seed page dropped into the inbox: archived, one record, one ArticleCreated', async () => {
    await drop('seed.html', seedBytes('original'));

    expect(await archiveKeys('raw/')).toHaveLength(1);
    const [created] = await events();
    expect(created).toMatchObject({ source: 'gazette', 'detail-type': 'ArticleCreated', detail: { revision: 1, changedFields: [] } });
    expect(await events()).toHaveLength(1);

    const article = await runtime.articles.get(created.detail.articleId);
    expect(article?.title).toBe('طائرتان روسيتان تنقلان 70 من جرحى قوات حفتر في ليبيا إلى موسكو لتقديم العلاج لهم');
    expect(article?.language).toMatch(/^ar/);
    expect(article?.body).toContain('نقل حوالى سبعين جنديا من الجيش الليبي');
    expect(article?.canonicalUrl).toBe(SEED_URL);
    expect(article?.extraction.charset).toBe('windows-1256');
    expect(created.detail.canonicalUrl).toBe(SEED_URL);
  });

  it('keeps the raw bytes byte for byte under their content address', async () => {
    const [rawKey] = await archiveKeys('raw/');
    const object = await runtime.s3.send(new GetObjectCommand({ Bucket: LOCAL_RESOURCES.archiveBucket, Key: rawKey }));
    expect(Buffer.from(await object.Body!.transformToByteArray()).equals(seedBytes('original'))).toBe(true);
  });

  it('writes nothing and emits nothing when the same page arrives again', async () => {
    await drop('seed-again.html', seedBytes('original'));
    expect(await events()).toHaveLength(1);
    const article = await runtime.articles.getByUrl(SEED_URL);
    expect(article?.revision).toBe(1);
  });

  it('treats a page whose only change is its view counter and sidebar as the same revision', async () => {
    await drop('seed-views.html', seedBytes('views-changed'));
    expect(await events()).toHaveLength(1);
    expect((await runtime.articles.getByUrl(SEED_URL))?.revision).toBe(1);
  });

  it('makes a corrected paragraph revision 2 with one ArticleUpdated whose changedFields is ["body"]', async () => {
    await drop('seed-corrected.html', seedBytes('corrected'));
    const all = await events();
    expect(all).toHaveLength(2);
    expect(all[1]).toMatchObject({ 'detail-type': 'ArticleUpdated', detail: { revision: 2, changedFields: ['body'] } });

    const article = await runtime.articles.getByUrl(SEED_URL);
    expect(article?.revision).toBe(2);
    const history = await runtime.articles.history(article!.articleId);
    expect(history.items.map((revision) => revision.revision)).toEqual([1, 2]);
    expect(history.items[0].body).not.toEqual(history.items[1].body);
  });

  it('ingests an object put straight into the ingest bucket, identified by its url metadata', async () => {
    const html = '<html lang="en"><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>' +
      '<p>The old harbour reopened on Monday after two years of repairs, the port authority said.</p>' +
      '<p>Fishing boats returned within hours, and the market on the quay was busy by noon.</p></article></body></html>';
    await runtime.s3.send(
      new PutObjectCommand({
        Bucket: LOCAL_RESOURCES.ingestBucket,
        Key: 'producer/harbour page.html.gz',
        Body: gzipSync(Buffer.from(html)),
        Metadata: { url: 'https://harbour.example/news/reopens?utm_source=feed' },
      }),
    );
    await runtime.whenIdle();
    const article = await runtime.articles.getByUrl('https://harbour.example/news/reopens');
    expect(article?.title).toBe('Harbour reopens');
    expect(article?.provenance.sourceKey).toBe('producer/harbour page.html.gz');
    expect((await events()).at(-1)).toMatchObject({ 'detail-type': 'ArticleCreated', detail: { articleId: article?.articleId } });
  });

  it('withdraws an article whose object is deleted from the ingest bucket, with one ArticleWithdrawn', async () => {
    await runtime.s3.send(new DeleteObjectCommand({ Bucket: LOCAL_RESOURCES.ingestBucket, Key: 'producer/harbour page.html.gz' }));
    await runtime.whenIdle();
    const article = await runtime.articles.getByUrl('https://harbour.example/news/reopens');
    expect(article).toMatchObject({ revision: 1, withdrawalReason: 'source-deleted' });
    const withdrawals = (await events()).filter((event) => event['detail-type'] === 'ArticleWithdrawn');
    expect(withdrawals).toHaveLength(1);
    expect(withdrawals[0].detail).toMatchObject({ articleId: article?.articleId, revision: 1 });
  });

  it('quarantines each kind of bad input with its reason, keeps its bytes, and still ingests the good file beside it', async () => {
    const before = (await events()).length;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(256, 7)]);
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const truncated = gzipSync(Buffer.from('<html><body><p>cut short</p></body></html>'.repeat(50))).subarray(0, 40);
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20));
    const noArticle = Buffer.from('<html><head><title>App</title></head><body><div id="root"></div><script>start()</script></body></html>');
    const undecodable = Buffer.concat([Buffer.from('<html><body><p>'), Buffer.from(Array.from({ length: 2000 }, (_, i) => 0x80 + ((i * 7919) % 128)))]);
    const oversized = Buffer.from(`<html><body><article><h1>Long</h1>${'<p>A paragraph that repeats until the page is too big.</p>'.repeat(40_000)}</article></body></html>`);
    const good = Buffer.from('<html lang="en"><body><article><h1>Bridge opens</h1><p>The new bridge over the river opened to traffic this morning, the city said in a statement.</p></article></body></html>');

    await Promise.all([
      writeFile(path.join(inboxDir, 'empty.html'), Buffer.alloc(0)),
      writeFile(path.join(inboxDir, 'image.html'), png),
      writeFile(path.join(inboxDir, 'doc.html'), pdf),
      writeFile(path.join(inboxDir, 'cut.html.gz'), truncated),
      writeFile(path.join(inboxDir, 'bomb.html.gz'), bomb),
      writeFile(path.join(inboxDir, 'shell.html'), noArticle),
      writeFile(path.join(inboxDir, 'garbled.html'), undecodable),
      writeFile(path.join(inboxDir, 'huge.html'), oversized),
      writeFile(path.join(inboxDir, 'good.html'), good),
    ]);
    await runtime.whenIdle();

    const quarantined = await archiveKeys('quarantine/');
    const reasons = quarantined.map((key) => key.split('/')[1]).sort();
    expect(reasons).toEqual(['binary', 'binary', 'empty', 'gzip-bomb', 'no-article', 'too-large', 'truncated-gzip', 'undecodable']);
    for (const key of quarantined) {
      const head = await runtime.s3.send(new HeadObjectCommand({ Bucket: LOCAL_RESOURCES.archiveBucket, Key: key }));
      expect(head.Metadata?.reason).toBe(key.split('/')[1]);
    }
    const bombKey = quarantined.find((key) => key.startsWith('quarantine/gzip-bomb/'))!;
    const kept = await runtime.s3.send(new GetObjectCommand({ Bucket: LOCAL_RESOURCES.archiveBucket, Key: bombKey }));
    expect(Buffer.from(await kept.Body!.transformToByteArray()).equals(bomb)).toBe(true);

    const after = await events();
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)?.detail.title).toBe('Bridge opens');
  });

  it('keeps its data across a restart and ingests what arrived while it was down', async () => {
    await runtime.stop();
    await writeFile(
      path.join(inboxDir, 'while-down.html'),
      '<html lang="en"><body><article><h1>Night train returns</h1><p>The night train between the two capitals runs again from next week, the rail operator announced.</p></article></body></html>',
    );
    runtime = await start();
    await runtime.whenIdle();

    expect((await runtime.articles.getByUrl(SEED_URL))?.revision).toBe(2);
    const titles = (await events()).map((event) => event.detail.title);
    expect(titles.filter((title) => title === 'Night train returns')).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(dataDir, 'endpoints.json'), 'utf8')).s3).toBe(runtime.endpoints.s3);
  });
});
