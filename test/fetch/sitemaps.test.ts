import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { isGzip, parseSitemap } from '../../lambdas/fetch/sitemaps';

const NEWS_SITEMAP = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://news.example/2026/11/29/story-one</loc>
    <lastmod>2026-11-29T09:00:00Z</lastmod>
    <news:news>
      <news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2026-11-29T08:00:00+01:00</news:publication_date>
      <news:title>Story &amp; one</news:title>
    </news:news>
  </url>
  <url><loc> https://news.example/2026/11/29/story-two </loc></url>
  <url><loc>not a url at all</loc></url>
</urlset>`;

const INDEX = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/sitemap-news.xml.gz</loc><lastmod>2026-11-29</lastmod></sitemap>
  <sitemap><loc>/sitemap-archive.xml</loc></sitemap>
</sitemapindex>`;

describe('parseSitemap', () => {
  it('reads a Google News urlset: loc, lastmod, news:publication_date, news:title', () => {
    expect(parseSitemap(NEWS_SITEMAP)).toEqual({
      ok: true,
      kind: 'urlset',
      truncated: false,
      urls: [
        {
          url: 'https://news.example/2026/11/29/story-one',
          lastModified: '2026-11-29T09:00:00.000Z',
          publishedAt: '2026-11-29T07:00:00.000Z',
          title: 'Story & one',
        },
        { url: 'https://news.example/2026/11/29/story-two' },
      ],
    });
  });

  it('matches the news extension whatever prefix the publisher chose', () => {
    const xml = NEWS_SITEMAP.replaceAll('news:', 'n:').replace('xmlns:news', 'xmlns:n');
    expect(parseSitemap(xml)).toMatchObject({ ok: true, urls: [{ title: 'Story & one' }, {}] });
  });

  it('reads a sitemap index, resolving relative locations', () => {
    expect(parseSitemap(INDEX, { baseUrl: 'https://news.example/sitemap.xml' })).toEqual({
      ok: true,
      kind: 'index',
      truncated: false,
      sitemaps: [
        { url: 'https://news.example/sitemap-news.xml.gz', lastModified: '2026-11-29T00:00:00.000Z' },
        { url: 'https://news.example/sitemap-archive.xml' },
      ],
    });
  });

  it('detects gzip by its magic bytes and inflates it', () => {
    const gz = gzipSync(NEWS_SITEMAP);
    expect(isGzip(gz)).toBe(true);
    expect(isGzip(Buffer.from(NEWS_SITEMAP))).toBe(false);
    expect(parseSitemap(gz)).toMatchObject({ ok: true, kind: 'urlset', urls: [{}, {}] });
  });

  it('stops inflating at the size bound (decompression bomb)', () => {
    const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024, 0x20));
    expect(parseSitemap(bomb, { maxBytes: 1024 * 1024 })).toEqual({
      ok: false,
      error: 'too large: decompressed sitemap exceeds 1048576 bytes',
    });
  });

  it('refuses an uncompressed document over the size bound', () => {
    expect(parseSitemap(NEWS_SITEMAP, { maxBytes: 100 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^too large/),
    });
  });

  it('bounds the number of entries', () => {
    const urls = Array.from({ length: 10 }, (_, i) => `<url><loc>https://n.example/${i}</loc></url>`).join('');
    const result = parseSitemap(`<urlset>${urls}</urlset>`, { maxEntries: 3 });
    expect(result).toMatchObject({ ok: true, truncated: true });
    expect(result.ok && result.kind === 'urlset' && result.urls.map((u) => u.url)).toEqual([
      'https://n.example/0',
      'https://n.example/1',
      'https://n.example/2',
    ]);
  });

  it.each([
    ['empty', ''],
    ['HTML', '<html><body>hi</body></html>'],
    ['an RSS feed', '<rss><channel></channel></rss>'],
    ['truncated gzip', gzipSync(NEWS_SITEMAP).subarray(0, 40)],
  ])('returns an error result for %s', (_label, input) => {
    expect(parseSitemap(input)).toMatchObject({ ok: false, error: expect.any(String) });
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string().map((s) => Buffer.from(`<urlset><url><loc>${s}`)),
          fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.concat([Buffer.from([0x1f, 0x8b]), b])),
        ),
        (bytes) => {
          expect(typeof parseSitemap(bytes).ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
