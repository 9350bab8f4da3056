/**
 * Sitemap parsing (sitemaps.org 0.9 and the Google News extension): a sitemap index lists further sitemaps, a urlset
 * lists pages. Gzipped files are recognised by their magic bytes, not by name or header, because servers label them
 * inconsistently. Decompression and entry counts are bounded. Never throws.
 */
import { gunzipSync } from 'node:zlib';
import { childText, childrenNamed, loadXml, localName } from './xml-dom';
import { decodeXmlBytes, resolveHttpUrl, toIsoDate } from './xml-text';

export interface SitemapReference {
  url: string;
  lastModified?: string;
}

export interface SitemapUrl {
  url: string;
  lastModified?: string;
  /** From `news:publication_date`, ISO 8601. */
  publishedAt?: string;
  /** From `news:title`. */
  title?: string;
}

export type SitemapParseResult =
  | { ok: true; kind: 'index'; sitemaps: SitemapReference[]; truncated: boolean }
  | { ok: true; kind: 'urlset'; urls: SitemapUrl[]; truncated: boolean }
  | { ok: false; error: string };

export interface SitemapParseOptions {
  baseUrl?: string;
  maxEntries?: number;
  /** Bound on the uncompressed document. */
  maxBytes?: number;
}

/** The protocol's own limits: 50,000 entries and 50 MB uncompressed per file. */
export const SITEMAP_LIMITS = { maxEntries: 50_000, maxBytes: 50 * 1024 * 1024 } as const;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function inflate(bytes: Uint8Array, maxBytes: number): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  if (!isGzip(bytes)) {
    return bytes.length > maxBytes
      ? { ok: false, error: `too large: ${bytes.length} bytes exceeds ${maxBytes}` }
      : { ok: true, bytes };
  }
  try {
    // maxOutputLength makes zlib stop instead of materialising a decompression bomb.
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      return { ok: false, error: `too large: decompressed sitemap exceeds ${maxBytes} bytes` };
    return { ok: false, error: `invalid gzip: ${(err as Error).message}` };
  }
}

export function parseSitemap(input: Uint8Array | string, options: SitemapParseOptions = {}): SitemapParseResult {
  const maxEntries = options.maxEntries ?? SITEMAP_LIMITS.maxEntries;
  const maxBytes = options.maxBytes ?? SITEMAP_LIMITS.maxBytes;
  try {
    const raw = typeof input === 'string' ? new Uint8Array(Buffer.from(input)) : input;
    const inflated = inflate(raw, maxBytes);
    if (!inflated.ok) return inflated;
    const root = loadXml(decodeXmlBytes(inflated.bytes))
      .filter((_, element) => ['sitemapindex', 'urlset'].includes(localName(element.tagName)))
      .first();
    if (root.length === 0) return { ok: false, error: 'not a sitemap: no urlset or sitemapindex root element' };

    if (localName(root.prop('tagName') ?? '') === 'sitemapindex') {
      const items = childrenNamed(root, 'sitemap');
      const sitemaps: SitemapReference[] = [];
      for (let i = 0; i < items.length && sitemaps.length < maxEntries; i += 1) {
        const item = items.eq(i);
        const url = resolveHttpUrl(childText(item, 'loc'), options.baseUrl);
        const lastModified = toIsoDate(childText(item, 'lastmod'));
        if (url) sitemaps.push({ url, ...(lastModified ? { lastModified } : {}) });
      }
      return { ok: true, kind: 'index', sitemaps, truncated: items.length > maxEntries };
    }

    const items = childrenNamed(root, 'url');
    const urls: SitemapUrl[] = [];
    for (let i = 0; i < items.length && urls.length < maxEntries; i += 1) {
      const item = items.eq(i);
      const url = resolveHttpUrl(childText(item, 'loc'), options.baseUrl);
      if (!url) continue;
      const news = childrenNamed(item, 'news').first();
      const lastModified = toIsoDate(childText(item, 'lastmod'));
      const publishedAt = news.length > 0 ? toIsoDate(childText(news, 'publication_date')) : undefined;
      const title = news.length > 0 ? childText(news, 'title') : undefined;
      urls.push({
        url,
        ...(lastModified ? { lastModified } : {}),
        ...(publishedAt ? { publishedAt } : {}),
        ...(title ? { title } : {}),
      });
    }
    return { ok: true, kind: 'urlset', urls, truncated: items.length > maxEntries };
  } catch (err) {
    return { ok: false, error: `unparseable sitemap: ${err instanceof Error ? err.message : String(err)}` };
  }
}
