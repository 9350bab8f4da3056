/**
 * s3rver's file store answers a PUT, and emits the object's event, once the bytes have gone through its MD5
 * transform, not once its write of the object file has finished. A GET right after the PUT then reads the file
 * while it is being written: in 60 PUT-then-GET rounds of alternately 4 MB and 10-byte objects under one key, 2
 * rounds read wrong bytes (none at all, or the previous object's). The runtime reads each ingest object as soon
 * as its event arrives, so a page could be parsed cut short. S3 itself shows a PUT's object whole once it answers.
 *
 * This replaces the store's `putObject` with one that has written the whole object file before it writes the
 * metadata and returns; what the store writes, and where, stays s3rver's.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type S3rver from 's3rver';

export function finishObjectWritesBeforeAnswering(store: S3rver.FilesystemStore): void {
  store.putObject = async (object: S3rver.StoredObjectInput) => {
    const bytes = Buffer.isBuffer(object.content) ? object.content : await readAll(object.content);
    const objectPath = store.getResourcePath(object.bucket, object.key, 'object');
    await mkdir(path.dirname(objectPath), { recursive: true });
    await writeFile(objectPath, bytes);
    const md5 = createHash('md5').update(bytes).digest('hex');
    await store.putMetadata(object.bucket, object.key, object.metadata, md5);
    return { size: bytes.length, md5 };
  };
}

async function readAll(content: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(chunk);
  return Buffer.concat(chunks);
}
