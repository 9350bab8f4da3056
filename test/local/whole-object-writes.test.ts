import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type S3rver from 's3rver';
import { createS3Client } from '../../lambdas/adapters/aws-clients';
import { startEmbeddedServices, type EmbeddedServices } from '../../bin/local/embedded-services';
import { finishObjectWritesBeforeAnswering } from '../../bin/local/whole-object-writes';
import { makeTempDir } from '../support/temp-dir';

describe('finishObjectWritesBeforeAnswering', () => {
  it('has the whole object file on disk, with its metadata, when the store\'s putObject returns', async () => {
    const temp = await makeTempDir('whole-object-store');
    try {
      const FilesystemStore = jest.requireActual<new (directory: string) => S3rver.FilesystemStore>('s3rver/lib/stores/filesystem');
      const store = new FilesystemStore(temp.dir);
      finishObjectWritesBeforeAnswering(store);
      const chunks = Array.from({ length: 64 }, (_, index) => Buffer.alloc(16_384, 0x41 + (index % 26)));
      const stored = await store.putObject({ bucket: 'ingest', key: 'inbox/page.html', content: Readable.from(chunks), metadata: { 'content-type': 'text/html' } });
      expect(readFileSync(store.getResourcePath('ingest', 'inbox/page.html', 'object')).equals(Buffer.concat(chunks))).toBe(true);
      expect(stored.size).toBe(64 * 16_384);
      expect(JSON.parse(readFileSync(store.getResourcePath('ingest', 'inbox/page.html', 'metadata.json'), 'utf8'))).toEqual({ 'content-type': 'text/html' });
      expect(readFileSync(store.getResourcePath('ingest', 'inbox/page.html', 'object.md5'), 'utf8')).toBe(stored.md5);
    } finally {
      await temp.remove();
    }
  });
});

describe('the embedded S3 after a PUT has answered', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let services: EmbeddedServices;
  let s3: ReturnType<typeof createS3Client>;

  beforeAll(async () => {
    temp = await makeTempDir('whole-object-writes');
    services = await startEmbeddedServices({ dataDir: temp.dir, s3Port: 0, dynamoDbPort: 0, buckets: ['ingest'] });
    s3 = createS3Client({ s3: services.s3Endpoint, region: 'us-east-1' });
  });
  afterAll(async () => {
    s3.destroy();
    await services.close();
    await temp.remove();
  });

  it('serves the whole object just written, even when a large object of the key was written just before', async () => {
    const sizes = [3_000_000, 10, 2_000_000, 200, 1_000_000];
    for (let round = 0; round < 30; round += 1) {
      const bytes = Buffer.alloc(sizes[round % sizes.length], 0x41 + (round % 26));
      await s3.send(new PutObjectCommand({ Bucket: 'ingest', Key: 'inbox/page.html', Body: bytes, Metadata: { round: String(round) } }));
      const got = await s3.send(new GetObjectCommand({ Bucket: 'ingest', Key: 'inbox/page.html' }));
      const read = Buffer.from(await got.Body!.transformToByteArray());
      expect({ round, length: read.length, same: read.equals(bytes) }).toEqual({ round, length: bytes.length, same: true });
      expect(got.Metadata?.round).toBe(String(round));
    }
  });

  it('keeps the metadata and the S3 checksum of the bytes', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'ingest', Key: 'inbox/a.html', Body: 'hello', ContentType: 'text/html', Metadata: { source: 'test' } }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'ingest', Key: 'inbox/a.html' }));
    expect(head).toMatchObject({ ContentLength: 5, ContentType: 'text/html', Metadata: { source: 'test' }, ETag: '"5d41402abc4b2a76b9719d911017c592"' });
  });
});
