/**
 * The end-of-scenario accounting: every input is a record at the right revision, a quarantine entry with its
 * reason, or a dead letter; every revision the table holds has exactly one event; the archive holds every raw input.
 */
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { objectsInNotification } from '../../../lambdas/adapters/s3/s3-notification';
import { articleIdForUrl } from '../../../lambdas/pipeline/identity/article-id';
import { canonicalizeUrl } from '../../../lambdas/pipeline/identity/canonical-url';
import type { QuarantineReason } from '../../../lambdas/pipeline/quarantine';
import { ARCHIVE_BUCKET, sha256, type PipelineUnderTest } from './pipeline-under-test';

export type Expectation =
  | {
      kind: 'article';
      /** Ingest bucket keys of every version of the page. */
      keys: string[];
      /** Raw bytes of every version, each of which the archive must hold. */
      versions: Uint8Array[];
      url: string;
      /** The version that must end up latest. */
      latest: Uint8Array;
      title: string;
      /** The latest revision, or the revisions allowed when delivery order decides it. */
      revision: number | number[];
    }
  | { kind: 'quarantine'; keys: string[]; bytes: Uint8Array; reason: QuarantineReason };

export interface AuditReport {
  inputs: number;
  faultsInjected: number;
  crashes: number;
  records: number;
  events: number;
  quarantined: number;
  deadLettered: number;
  /** Inputs with neither a record nor a quarantine entry nor a dead letter, plus revisions without an event. */
  lost: number;
  /** Events emitted more than once for one (articleId, revision). */
  duplicated: number;
  /** Every broken promise, readable; empty when all is well. */
  problems: string[];
}

export async function audit(pipeline: PipelineUnderTest, expectations: Expectation[]): Promise<AuditReport> {
  const problems: string[] = [];
  const deadKeys = new Set(pipeline.queue.deadLetters.flatMap((letter) => objectsInNotification(letter.body).map((object) => object.key)));
  let lostInputs = 0;
  let quarantined = 0;

  for (const expected of expectations) {
    const deadLettered = expected.keys.some((key) => deadKeys.has(key));
    if (expected.kind === 'quarantine') {
      const key = `quarantine/${expected.reason}/${sha256(expected.bytes)}`;
      if (await archiveHas(pipeline, key)) quarantined += 1;
      else if (!deadLettered) {
        lostInputs += 1;
        problems.push(`${expected.keys[0]}: expected ${key} in the archive`);
      }
      continue;
    }
    const articleId = articleIdForUrl(canonicalizeUrl(expected.url)!);
    const latest = await pipeline.store.getLatest(articleId);
    if (!latest) {
      if (!deadLettered) {
        lostInputs += 1;
        problems.push(`${expected.url}: no record`);
      }
      continue;
    }
    if (!deadLettered) {
      if (latest.title !== expected.title) problems.push(`${expected.url}: latest title ${JSON.stringify(latest.title)}, expected ${JSON.stringify(expected.title)}`);
      if (latest.provenance.rawSha256 !== sha256(expected.latest)) problems.push(`${expected.url}: latest is ${latest.provenance.sourceKey}, not the newest version`);
      if (![expected.revision].flat().includes(latest.revision)) problems.push(`${expected.url}: latest revision ${latest.revision}, expected ${expected.revision}`);
      for (const version of expected.versions) {
        if (!(await archiveHas(pipeline, `raw/${sha256(version)}`))) problems.push(`${expected.url}: raw/${sha256(version)} missing from the archive`);
      }
    }
  }

  const revisions = new Set<string>();
  let records = 0;
  for await (const latest of pipeline.articles.scanLatest()) {
    records += 1;
    const history = await pipeline.articles.history(latest.articleId);
    const numbers = history.items.map((item) => item.revision);
    // Revisions above the latest may exist only as a claimed-but-unfinished write of a dead-lettered message.
    const settled = numbers.filter((revision) => revision <= latest.revision);
    if (settled.join() !== Array.from({ length: latest.revision }, (_, index) => index + 1).join()) {
      problems.push(`${latest.articleId}: history ${numbers.join(',')} for latest revision ${latest.revision}`);
    }
    history.items.forEach((item, index) => {
      if (index > 0 && item.contentHash === history.items[index - 1].contentHash) problems.push(`${latest.articleId}: revisions ${index} and ${index + 1} have the same content`);
    });
    for (const revision of settled) revisions.add(`${latest.articleId}#${revision}`);
  }

  const emitted = new Map<string, number>();
  for (const event of await pipeline.emittedEvents()) {
    const key = `${event.articleId}#${event.revision}`;
    emitted.set(key, (emitted.get(key) ?? 0) + 1);
  }
  let duplicated = 0;
  for (const [key, count] of emitted) {
    if (count > 1) {
      duplicated += count - 1;
      problems.push(`${key}: emitted ${count} times`);
    }
    if (!revisions.has(key)) problems.push(`${key}: event for a revision the table does not hold`);
  }
  const lostEvents = [...revisions].filter((key) => !emitted.has(key));
  for (const key of lostEvents) problems.push(`${key}: stored but never emitted`);

  return {
    inputs: expectations.reduce((sum, expected) => sum + expected.keys.length, 0),
    faultsInjected: pipeline.faultLog.count(),
    crashes: pipeline.crashes,
    records,
    events: emitted.size,
    quarantined,
    deadLettered: pipeline.queue.deadLetters.length,
    lost: lostInputs + lostEvents.length,
    duplicated,
    problems,
  };
}

async function archiveHas(pipeline: PipelineUnderTest, key: string): Promise<boolean> {
  try {
    await pipeline.s3.send(new HeadObjectCommand({ Bucket: ARCHIVE_BUCKET, Key: key }));
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFound') return false;
    throw error;
  }
}
