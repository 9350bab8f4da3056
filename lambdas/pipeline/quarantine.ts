import type { RejectReason } from '../extract/errors';
import type { BlobStore } from './ports';

/**
 * Why an input was set aside. Extraction's reasons, plus `extraction-failed` for a bug in the engine: a
 * deterministic failure that retrying cannot fix, so it is kept for a human rather than redelivered.
 */
export type QuarantineReason = RejectReason | 'extraction-failed';

export interface QuarantineEntry {
  reason: QuarantineReason;
  message: string;
  sourceKey: string;
  rawSha256: string;
  quarantinedAt: string;
}

export const QUARANTINE_PREFIX = 'quarantine/';

export function quarantineKey(reason: QuarantineReason, rawSha256: string): string {
  return `${QUARANTINE_PREFIX}${reason}/${rawSha256}`;
}

/**
 * Keeps the raw bytes with the reason beside them. Content-addressed, so a redelivered bad input lands on the same
 * key instead of piling up copies.
 */
export async function quarantine(archive: BlobStore, bytes: Uint8Array, entry: QuarantineEntry): Promise<string> {
  const key = quarantineKey(entry.reason, entry.rawSha256);
  await archive.put(key, bytes, {
    contentType: 'application/octet-stream',
    metadata: {
      reason: entry.reason,
      // S3 user metadata must be ASCII; the message may quote page text.
      message: encodeURIComponent(entry.message.slice(0, 512)),
      sourcekey: encodeURIComponent(entry.sourceKey),
      quarantinedat: entry.quarantinedAt,
    },
  });
  return key;
}

export function readQuarantineEntry(key: string, metadata: Record<string, string>): QuarantineEntry {
  const [, reason = 'unknown', rawSha256 = ''] = key.split('/');
  return {
    reason: (metadata.reason ?? reason) as QuarantineReason,
    message: safeDecode(metadata.message ?? ''),
    sourceKey: safeDecode(metadata.sourcekey ?? ''),
    rawSha256,
    quarantinedAt: metadata.quarantinedat ?? '',
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
