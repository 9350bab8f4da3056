/**
 * The fetch-state table's keys: one definition, used by the CDK construct and by the local runtime's CreateTable.
 *
 * One partition key, three kinds of item, each with `expiresAt` (epoch seconds), the table's TTL attribute:
 * - URL state:   pk `U#<url>`: validators and schedule of one fetched URL (articles, feeds, sitemaps);
 * - seen mark:   pk `S#<url>`: a URL discovery already handed to the fetch queue;
 * - robots:      pk `R#<origin>`: the cached robots.txt verdict for our user agent.
 */
import { createHash } from 'node:crypto';

export const FETCH_STATE_TABLE_KEYS = { partitionKey: 'pk' } as const;

/** The attribute DynamoDB's Time To Live is configured on; DynamoDB deletes lazily, so readers check it too. */
export const FETCH_STATE_TTL_ATTRIBUTE = 'expiresAt';

/**
 * A partition key may hold at most 2,048 bytes. URLs rarely come close, but one that does is keyed by its digest
 * instead, so no URL is ever unstorable; the full URL is still kept in the item.
 */
const MAX_KEY_VALUE_BYTES = 1_024;

function keyFor(prefix: string, value: string): string {
  if (Buffer.byteLength(value) <= MAX_KEY_VALUE_BYTES) return `${prefix}#${value}`;
  return `${prefix}#sha256:${createHash('sha256').update(value).digest('hex')}`;
}

export const urlStateKey = (url: string): string => keyFor('U', url);
export const seenMarkKey = (url: string): string => keyFor('S', url);
export const robotsKey = (origin: string): string => keyFor('R', origin);
