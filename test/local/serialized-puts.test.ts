import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { createS3Client } from '../../lambdas/adapters/aws-clients';
import { S3BlobStore } from '../../lambdas/adapters/s3/s3-blob-store';
import { startEmbeddedServices, type EmbeddedServices } from '../../bin/local/embedded-services';
import { SerializedPuts } from '../../bin/local/serialized-puts';
import { makeTempDir } from '../support/temp-dir';

describe('SerializedPuts over s3rver', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let services: EmbeddedServices;
  let s3: ReturnType<typeof createS3Client>;

  beforeAll(async () => {
    temp = await makeTempDir('serialized-puts');
    services = await startEmbeddedServices({ dataDir: temp.dir, s3Port: 0, dynamoDbPort: 0, buckets: ['archive'] });
    s3 = createS3Client({ s3: services.s3Endpoint, region: 'us-east-1' });
  });
  afterAll(async () => {
    s3.destroy();
    await services.close();
    await temp.remove();
  });

  it('leaves a readable object, with one PUT’s bytes and metadata, however many PUTs of one key overlap', async () => {
    const store = new SerializedPuts(new S3BlobStore(s3, 'archive'));
    for (let round = 0; round < 20; round += 1) {
      const key = `raw/${round}`;
      const writers = ['a', 'b', 'c'].map((writer) => store.put(key, Buffer.from(`bytes from ${writer}`), { metadata: { sourcekey: `inbox/${writer}-${'x'.repeat(200)}` } }));
      await Promise.all(writers);
      const head = await s3.send(new HeadObjectCommand({ Bucket: 'archive', Key: key }));
      const stored = await store.get(key);
      expect(Buffer.from(stored!.bytes).toString()).toBe(`bytes from ${head.Metadata!.sourcekey.slice(6, 7)}`);
    }
  });

  it('reports a failed PUT to its caller without blocking the next PUT of the key', async () => {
    let calls = 0;
    const flaky = new SerializedPuts({
      get: async () => null,
      exists: async () => false,
      put: async () => {
        calls += 1;
        if (calls === 1) throw new Error('SlowDown');
      },
    });
    await expect(flaky.put('k', Buffer.from('1'))).rejects.toThrow('SlowDown');
    await expect(flaky.put('k', Buffer.from('2'))).resolves.toBeUndefined();
  });
});
