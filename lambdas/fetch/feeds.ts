/**
 * Feed parsing for URL discovery: RSS 2.0 (and RSS 1.0/RDF, which shares the item shape), Atom 1.0 and JSON Feed 1.x
 * become a flat list of entries. Never throws: garbage in gives an error result.
 */
import { childText, childrenNamed, loadXml, localName, type XmlElements } from './xml-dom';
import { decodeXmlBytes, resolveHttpUrl, toIsoDate } from './xml-text';

export interface FeedEntry {
  url: string;
  title?: string;
  /** ISO 8601: the publication date, else the last-updated date when that is all the feed gives. */
  publishedAt?: string;
}

export type FeedFormat = 'rss' | 'atom' | 'json-feed';

export type FeedParseResult =
  { ok: true; format: FeedFormat; entries: FeedEntry[]; truncated: boolean } | { ok: false; error: string };

export interface FeedParseOptions {
  /** The feed's own URL; relative links resolve against it. */
  baseUrl?: string;
  maxEntries?: number;
  maxBytes?: number;
}

export const FEED_LIMITS = { maxEntries: 1_000, maxBytes: 5 * 1024 * 1024 } as const;

function entry(url: string | null, title: string | undefined, date: string | undefined): FeedEntry | null {
  if (!url) return null;
  const publishedAt = toIsoDate(date);
  return { url, ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}) };
}

function rssEntry(item: XmlElements, base: string | undefined): FeedEntry | null {
  const guid = childrenNamed(item, 'guid').first();
  const guidIsLink = guid.length > 0 && guid.attr('isPermaLink')?.toLowerCase() !== 'false';
  const link = childText(item, 'link') ?? (guidIsLink ? guid.text() : undefined);
  const date = childText(item, 'pubdate') ?? childText(item, 'date') ?? childText(item, 'published');
  return entry(resolveHttpUrl(link, base), childText(item, 'title'), date);
}

function atomEntry(item: XmlElements, base: string | undefined): FeedEntry | null {
  // Only the alternate link is the article; self, edit, enclosure and related links point elsewhere. Without one,
  // an http(s) id is the permalink by convention.
  const alternate = childrenNamed(item, 'link').filter((_, link) => {
    const rel = link.attribs.rel;
    return rel === undefined || rel === 'alternate';
  });
  const itemBase = item.attr('xml:base');
  const effectiveBase = itemBase ? (resolveHttpUrl(itemBase, base) ?? base) : base;
  const url = resolveHttpUrl(alternate.first().attr('href'), effectiveBase) ?? resolveHttpUrl(childText(item, 'id'));
  const date = childText(item, 'published') ?? childText(item, 'updated');
  return entry(url, childText(item, 'title'), date);
}

function parseXmlFeed(text: string, options: FeedParseOptions, maxEntries: number): FeedParseResult {
  const root = loadXml(text)
    .filter((_, element) => ['rss', 'feed', 'rdf'].includes(localName(element.tagName)))
    .first();
  if (root.length === 0) return { ok: false, error: 'not a feed: no rss, feed or RDF root element' };
  const rootName = localName(root.prop('tagName') ?? '');
  let items: XmlElements;
  let toEntry: (item: XmlElements, base: string | undefined) => FeedEntry | null;
  let base = options.baseUrl;
  if (rootName === 'feed') {
    items = childrenNamed(root, 'entry');
    toEntry = atomEntry;
    const feedBase = root.attr('xml:base');
    if (feedBase) base = resolveHttpUrl(feedBase, base) ?? base;
  } else {
    // RSS 2.0 nests items in <channel>; RSS 1.0 (RDF) has them next to it.
    items =
      rootName === 'rss' ? childrenNamed(childrenNamed(root, 'channel').first(), 'item') : childrenNamed(root, 'item');
    toEntry = rssEntry;
  }
  const entries: FeedEntry[] = [];
  for (let i = 0; i < items.length && entries.length < maxEntries; i += 1) {
    const parsed = toEntry(items.eq(i), base);
    if (parsed) entries.push(parsed);
  }
  return { ok: true, format: rootName === 'feed' ? 'atom' : 'rss', entries, truncated: items.length > maxEntries };
}

function parseJsonFeed(text: string, options: FeedParseOptions, maxEntries: number): FeedParseResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `invalid JSON: ${(err as Error).message}` };
  }
  const feed = document as { version?: unknown; items?: unknown; feed_url?: unknown };
  if (
    typeof feed !== 'object' ||
    feed === null ||
    typeof feed.version !== 'string' ||
    !feed.version.startsWith('https://jsonfeed.org/version/1')
  ) {
    return { ok: false, error: 'not a JSON Feed: missing or unknown version' };
  }
  if (!Array.isArray(feed.items)) return { ok: false, error: 'not a JSON Feed: items is not an array' };
  const base = options.baseUrl ?? (typeof feed.feed_url === 'string' ? feed.feed_url : undefined);
  const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const entries: FeedEntry[] = [];
  for (const raw of feed.items) {
    if (entries.length >= maxEntries) break;
    if (typeof raw !== 'object' || raw === null) continue;
    const item = raw as Record<string, unknown>;
    const url = resolveHttpUrl(asString(item.url) ?? asString(item.external_url), base);
    const parsed = entry(
      url,
      asString(item.title)?.trim(),
      asString(item.date_published) ?? asString(item.date_modified),
    );
    if (parsed) entries.push(parsed);
  }
  return { ok: true, format: 'json-feed', entries, truncated: feed.items.length > maxEntries };
}

export function parseFeed(input: Uint8Array | string, options: FeedParseOptions = {}): FeedParseResult {
  const maxBytes = options.maxBytes ?? FEED_LIMITS.maxBytes;
  const maxEntries = options.maxEntries ?? FEED_LIMITS.maxEntries;
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  if (size > maxBytes) return { ok: false, error: `too large: ${size} bytes exceeds ${maxBytes}` };
  try {
    const text = (typeof input === 'string' ? input : decodeXmlBytes(input)).replace(/^\uFEFF/, '');
    const first = text.trimStart()[0];
    if (first === '{') return parseJsonFeed(text, options, maxEntries);
    if (first !== '<') return { ok: false, error: 'not a feed: neither XML nor JSON' };
    return parseXmlFeed(text, options, maxEntries);
  } catch (err) {
    return { ok: false, error: `unparseable feed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
