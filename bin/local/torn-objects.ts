/**
 * s3rver writes an object's bytes, then its MD5, then its metadata, each as a plain file write, so a process killed
 * mid-PUT leaves a torn object: bytes without metadata, or metadata cut off mid-JSON. S3 itself never shows a PUT
 * half done, and the pipeline relies on that: a torn archive copy made every later HEAD of its key fail (the page
 * went to the dead-letter file after the restart), and a torn ingest object would be read short. Removing torn
 * objects before s3rver starts makes the local store behave like S3 after a crash: the PUT never happened. The
 * inbox file is deleted only after its PUT succeeded and an archive copy is written again on reprocessing, so
 * nothing is lost.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

const OBJECT_SUFFIX = '._S3rver_object';
const METADATA_SUFFIX = '._S3rver_metadata.json';
const MD5_SUFFIX = '._S3rver_object.md5';

/** Removes every torn object under s3rver's data directory; returns the paths (without suffix) it removed. */
export async function removeTornObjects(directory: string): Promise<string[]> {
  const removed: string[] = [];
  for (const file of await filesUnder(directory)) {
    if (!file.endsWith(OBJECT_SUFFIX)) continue;
    const base = file.slice(0, -OBJECT_SUFFIX.length);
    if (await hasWholeMetadata(base + METADATA_SUFFIX)) continue;
    await Promise.all([file, base + MD5_SUFFIX, base + METADATA_SUFFIX].map((part) => rm(part, { force: true })));
    removed.push(base);
  }
  return removed;
}

async function hasWholeMetadata(file: string): Promise<boolean> {
  try {
    JSON.parse(await readFile(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

async function filesUnder(directory: string): Promise<string[]> {
  const files: string[] = [];
  const pending = [directory];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else files.push(full);
    }
  }
  return files;
}
