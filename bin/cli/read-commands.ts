import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { ArticleSummary } from '../../lambdas/client/articles-client';
import { QUARANTINE_PREFIX, readQuarantineEntry } from '../../lambdas/pipeline/quarantine';
import { connectToLocalPipeline } from './local-connection';
import { UsageError } from './usage-error';

/** `gazette get ID` / `gazette get --url URL`: the stored record, as JSON. Exit 1 when there is none. */
export async function getCommand(id: string | undefined, options: { url?: string; data: string }): Promise<number> {
  if (!id && !options.url) throw new UsageError('get needs an article ID or --url URL');
  const local = await connectToLocalPipeline(options.data);
  try {
    const article = options.url ? await local.articles.getByUrl(options.url) : await local.articles.get(id!);
    if (!article) {
      process.stderr.write(`no article ${options.url ?? id}\n`);
      return 1;
    }
    process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
    return 0;
  } finally {
    local.close();
  }
}

/** `gazette list [--site HOST] [--since DATE]`: one summary line per article, newest first. */
export async function listCommand(options: { site?: string; since?: string; data: string }): Promise<number> {
  const since = options.since ? parseSince(options.since) : undefined;
  const local = await connectToLocalPipeline(options.data);
  try {
    const found: ArticleSummary[] = [];
    if (options.site) {
      let cursor: string | null = null;
      do {
        const page = await local.articles.listBySite(options.site, { since, cursor, limit: 100 });
        found.push(...page.items);
        cursor = page.cursor;
      } while (cursor);
    } else {
      for await (const article of local.articles.scanLatest()) {
        if (!since || listedAt(article) >= since) found.push(article);
      }
      found.sort((a, b) => listedAt(b).localeCompare(listedAt(a)));
    }
    for (const article of found) process.stdout.write(`${JSON.stringify(summary(article))}\n`);
    return 0;
  } finally {
    local.close();
  }
}

/** `gazette events [--follow]`: the local change events, as the JSON lines of DATA/events.jsonl. */
export async function eventsCommand(options: { follow: boolean; data: string }): Promise<number> {
  const file = path.join(options.data, 'events.jsonl');
  let offset = 0;
  const printFrom = async () => {
    const size = await stat(file).then((info) => info.size, () => 0);
    if (size <= offset) return;
    await new Promise<void>((resolve, reject) => {
      createReadStream(file, { start: offset, end: size - 1 }).on('error', reject).on('end', resolve).pipe(process.stdout, { end: false });
    });
    offset = size;
  };
  await printFrom();
  if (!options.follow) return 0;
  const timer = setInterval(() => void printFrom(), 500);
  await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  clearInterval(timer);
  return 0;
}

/** `gazette quarantine [--show KEY]`: the inputs set aside with their reasons, or one input's raw bytes. */
export async function quarantineCommand(options: { data: string; show?: string }): Promise<number> {
  const local = await connectToLocalPipeline(options.data);
  const bucket = local.endpoints.archiveBucket;
  try {
    if (options.show) {
      const object = await local.s3.send(new GetObjectCommand({ Bucket: bucket, Key: options.show }));
      process.stdout.write(await object.Body!.transformToByteArray());
      return 0;
    }
    let token: string | undefined;
    do {
      const page = await local.s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: QUARANTINE_PREFIX, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        const head = await local.s3.send(new HeadObjectCommand({ Bucket: bucket, Key: object.Key }));
        process.stdout.write(`${JSON.stringify({ key: object.Key, bytes: object.Size, ...readQuarantineEntry(object.Key!, head.Metadata ?? {}) })}\n`);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return 0;
  } finally {
    local.close();
  }
}

// Both take the index's summary, which a full record (from scanLatest) also satisfies.
function listedAt(article: ArticleSummary): string {
  return article.publishedAt ?? article.firstSeenAt;
}

function summary(article: ArticleSummary) {
  return {
    articleId: article.articleId,
    revision: article.revision,
    publishedAt: article.publishedAt,
    title: article.title,
    canonicalUrl: article.canonicalUrl,
    language: article.language,
  };
}

function parseSince(value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new UsageError(`--since ${value}: not a date (use e.g. 2017-01-23)`);
  return new Date(time).toISOString();
}
