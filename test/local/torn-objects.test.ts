import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { readdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createS3Client } from '../../lambdas/adapters/aws-clients';
import { startEmbeddedServices } from '../../bin/local/embedded-services';
import { removeTornObjects } from '../../bin/local/torn-objects';
import { makeTempDir } from '../support/temp-dir';

/** A local S3 killed mid-PUT comes back as S3 would: the half-written object does not exist, the others do. */
describe('torn objects after a crash', () => {
  it('are removed at start, so their keys read as absent instead of failing every request', async () => {
    const temp = await makeTempDir('torn');
    const dataDir = path.join(temp.dir, 'data');
    const options = { dataDir, s3Port: 0, dynamoDbPort: 0, buckets: ['archive'] };
    let services = await startEmbeddedServices(options);
    let s3 = createS3Client({ s3: services.s3Endpoint, region: 'us-east-1' });
    for (const key of ['whole.html', 'torn-metadata.html', 'no-metadata.html']) {
      await s3.send(new PutObjectCommand({ Bucket: 'archive', Key: key, Body: `<p>${key}</p>` }));
    }
    s3.destroy();
    await services.close();

    const bucket = path.join(dataDir, 's3', 'archive');
    const metadataOf = async (key: string) => path.join(bucket, (await readdir(bucket)).find((name) => name.startsWith(`${key}.`) && name.endsWith('metadata.json'))!);
    await truncate(await metadataOf('torn-metadata.html'), 10);
    await writeFile(await metadataOf('no-metadata.html'), '');

    expect((await removeTornObjects(path.join(dataDir, 's3'))).map((base) => path.basename(base)).sort()).toEqual(['no-metadata.html', 'torn-metadata.html']);

    services = await startEmbeddedServices(options);
    s3 = createS3Client({ s3: services.s3Endpoint, region: 'us-east-1' });
    try {
      const whole = await s3.send(new GetObjectCommand({ Bucket: 'archive', Key: 'whole.html' }));
      expect(await whole.Body!.transformToString()).toBe('<p>whole.html</p>');
      for (const key of ['torn-metadata.html', 'no-metadata.html']) {
        await expect(s3.send(new HeadObjectCommand({ Bucket: 'archive', Key: key }))).rejects.toMatchObject({ name: 'NotFound' });
      }
    } finally {
      s3.destroy();
      await services.close();
      await temp.remove();
    }
  });
});
