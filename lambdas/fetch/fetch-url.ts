/**
 * Use case: fetch one article URL into the ingest bucket, where the parse Lambda picks it up like any producer's
 * upload. The stored object is the response body as received (content-encoding undone, charset untouched) and its
 * user metadata says where it came from.
 */
import { createHash } from 'node:crypto';
import type { BlobStore } from '../pipeline/ports';
import { HTML_CONTENT_TYPES, type FetchPageResult } from './http-fetch';
import { canonicalUrl, politeFetch, recordFetchState, type FetchContext } from './polite-fetch';

/** Default gap before an unchanged article URL is fetched again. */
export const DEFAULT_REFETCH_INTERVAL_SECONDS = 3600;
/** S3 caps user metadata at 2 KB (keys plus values). */
const S3_METADATA_LIMIT_BYTES = 2048;

export type FetchIntoIngestOutcome =
  | { url: string; outcome: 'stored'; key: string }
  | { url: string; outcome: 'not-modified' }
  | { url: string; outcome: 'gone'; status: number }
  | { url: string; outcome: 'skipped'; reason: string }
  | { url: string; outcome: 'error'; error: string };

export interface FetchIntoIngestDeps {
  ingest: BlobStore;
  context: FetchContext;
  refetchIntervalSeconds?: number;
}

/** `fetched/<host>/<sha256 of the canonical URL>.html`; the host is reduced to characters safe in any key. */
export function ingestKeyFor(url: string): string {
  const canonical = canonicalUrl(url);
  const host = new URL(canonical).host.toLowerCase().replace(/[^a-z0-9.-]/g, '_');
  const digest = createHash('sha256').update(canonical).digest('hex');
  return `fetched/${host}/${digest}.html`;
}

/** S3 metadata values must be ASCII: anything else (and control characters) is percent-encoded as UTF-8. */
export function asciiSafe(value: string): string {
  return Array.from(value, (ch) => {
    const code = ch.codePointAt(0) as number;
    return code >= 0x20 && code <= 0x7e ? ch : encodeURIComponent(ch);
  }).join('');
}

function ingestMetadata(result: Extract<FetchPageResult, { kind: 'ok' }>, url: string): Record<string, string> {
  const entries: Array<[string, string | null]> = [
    ['url', url],
    ['finalurl', result.finalUrl],
    ['fetchedat', result.fetchedAt.toISOString()],
    ['status', String(result.status)],
    ['contenttype', result.headers.contentType],
    ['etag', result.headers.etag],
    ['lastmodified', result.headers.lastModified],
  ];
  const metadata: Record<string, string> = {};
  for (const [key, value] of entries) if (value !== null) metadata[key] = asciiSafe(value);
  return metadata;
}

function metadataBytes(metadata: Record<string, string>): number {
  return Object.entries(metadata).reduce((sum, [key, value]) => sum + key.length + value.length, 0);
}

export async function fetchIntoIngest(url: string, deps: FetchIntoIngestDeps): Promise<FetchIntoIngestOutcome> {
  let canonical: string;
  try {
    canonical = canonicalUrl(url);
  } catch {
    return { url, outcome: 'error', error: `invalid URL ${url}` };
  }
  const fetched = await politeFetch(canonical, deps.context, { acceptedContentTypes: HTML_CONTENT_TYPES });
  if (fetched.kind === 'skipped') return { url: canonical, outcome: 'skipped', reason: fetched.reason };
  const { result, previous } = fetched;
  const interval = deps.refetchIntervalSeconds ?? DEFAULT_REFETCH_INTERVAL_SECONDS;

  switch (result.kind) {
    case 'ok': {
      const metadata = ingestMetadata(result, canonical);
      if (metadataBytes(metadata) > S3_METADATA_LIMIT_BYTES) {
        return { url: canonical, outcome: 'error', error: 'URL too long: object metadata would exceed 2 KB' };
      }
      const key = ingestKeyFor(canonical);
      await deps.ingest.put(key, result.body, { contentType: result.headers.contentType ?? undefined, metadata });
      await recordFetchState(deps.context, canonical, result, previous, interval);
      return { url: canonical, outcome: 'stored', key };
    }
    case 'not-modified':
      await recordFetchState(deps.context, canonical, result, previous, interval);
      return { url: canonical, outcome: 'not-modified' };
    case 'http-error':
      await recordFetchState(deps.context, canonical, result, previous, interval);
      if (result.status === 404 || result.status === 410)
        return { url: canonical, outcome: 'gone', status: result.status };
      return { url: canonical, outcome: 'error', error: `HTTP ${result.status}` };
    case 'failed':
      return { url: canonical, outcome: 'error', error: result.message };
  }
}
