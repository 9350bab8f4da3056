import fc from 'fast-check';
import { parseFeed } from '../../lambdas/fetch/feeds';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Example News</title>
    <link>https://news.example/</link>
    <item>
      <title><![CDATA[Budget passes & markets react]]></title>
      <link>https://news.example/2026/11/budget#comments</link>
      <pubDate>Sun, 29 Nov 2026 08:30:00 +0100</pubDate>
    </item>
    <item>
      <title>Relative link</title>
      <link>/2026/11/relative</link>
      <dc:date>2026-11-28T10:00:00Z</dc:date>
    </item>
    <item>
      <guid isPermaLink="true">https://news.example/2026/11/guid-only</guid>
    </item>
    <item>
      <title>Not a permalink guid</title>
      <guid isPermaLink="false">https://news.example/?p=42</guid>
    </item>
    <item>
      <link>javascript:alert(1)</link>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/">
  <title>Atom News</title>
  <entry>
    <title type="html">Election night</title>
    <link rel="self" href="https://atom.example/api/1"/>
    <link rel="alternate" type="text/html" href="/news/election"/>
    <published>2026-11-29T06:00:00Z</published>
    <updated>2026-11-29T07:00:00Z</updated>
  </entry>
  <entry>
    <title>Only updated</title>
    <link href="https://atom.example/news/updated"/>
    <updated>2026-11-28T12:00:00+02:00</updated>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON News',
  feed_url: 'https://json.example/feed.json',
  items: [
    { id: '1', url: 'https://json.example/a', title: 'A', date_published: '2026-11-29T01:02:03Z' },
    { id: '2', external_url: '/b' },
    { id: '3', content_text: 'no url' },
    'not an object',
  ],
});

describe('parseFeed', () => {
  it('reads RSS 2.0 items: link or permalink guid, CDATA titles, RFC 822 and dc:date dates, relative links', () => {
    const result = parseFeed(Buffer.from(RSS), { baseUrl: 'https://news.example/feed.xml' });
    expect(result).toEqual({
      ok: true,
      format: 'rss',
      truncated: false,
      entries: [
        {
          url: 'https://news.example/2026/11/budget',
          title: 'Budget passes & markets react',
          publishedAt: '2026-11-29T07:30:00.000Z',
        },
        {
          url: 'https://news.example/2026/11/relative',
          title: 'Relative link',
          publishedAt: '2026-11-28T10:00:00.000Z',
        },
        { url: 'https://news.example/2026/11/guid-only' },
      ],
    });
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel rdf:about="https://rdf.example/"><title>R</title></channel>
      <item rdf:about="https://rdf.example/1"><title>One</title><link>https://rdf.example/1</link></item>
    </rdf:RDF>`;
    expect(parseFeed(rdf)).toMatchObject({
      ok: true,
      format: 'rss',
      entries: [{ url: 'https://rdf.example/1', title: 'One' }],
    });
  });

  it('reads Atom entries: the alternate link, xml:base, published before updated', () => {
    const result = parseFeed(ATOM, { baseUrl: 'https://elsewhere.example/atom.xml' });
    expect(result).toEqual({
      ok: true,
      format: 'atom',
      truncated: false,
      entries: [
        { url: 'https://atom.example/news/election', title: 'Election night', publishedAt: '2026-11-29T06:00:00.000Z' },
        { url: 'https://atom.example/news/updated', title: 'Only updated', publishedAt: '2026-11-28T10:00:00.000Z' },
      ],
    });
  });

  it('never takes self, enclosure or related links for the article; falls back to an http(s) id', () => {
    const feed = `<feed xmlns="http://www.w3.org/2005/Atom">
      <entry><id>https://atom.example/by-id</id><link rel="self" href="https://atom.example/api/2"/><link rel="enclosure" href="https://atom.example/a.mp3"/></entry>
      <entry><id>tag:atom.example,2026:3</id><link rel="related" href="https://other.example/"/></entry>
    </feed>`;
    expect(parseFeed(feed)).toMatchObject({ ok: true, entries: [{ url: 'https://atom.example/by-id' }] });
  });

  it('reads JSON Feed items: url, else external_url, resolved against feed_url', () => {
    expect(parseFeed(JSON_FEED)).toEqual({
      ok: true,
      format: 'json-feed',
      truncated: false,
      entries: [
        { url: 'https://json.example/a', title: 'A', publishedAt: '2026-11-29T01:02:03.000Z' },
        { url: 'https://json.example/b' },
      ],
    });
  });

  it('decodes the encoding the XML declaration names', () => {
    const head = Buffer.from('<?xml version="1.0" encoding="windows-1256"?><rss><channel><item><title>');
    const arabic = Buffer.from([0xc7, 0xe1, 0xc3, 0xce, 0xc8, 0xc7, 0xd1]);
    const tail = Buffer.from('</title><link>https://ar.example/1</link></item></channel></rss>');
    const result = parseFeed(Buffer.concat([head, arabic, tail]));
    expect(result).toMatchObject({ ok: true, entries: [{ title: 'الأخبار' }] });
  });

  it('bounds the number of entries and the input size', () => {
    const items = Array.from({ length: 5 }, (_, i) => `<item><link>https://n.example/${i}</link></item>`).join('');
    const result = parseFeed(`<rss><channel>${items}</channel></rss>`, { maxEntries: 2 });
    expect(result).toMatchObject({
      ok: true,
      truncated: true,
      entries: [{ url: 'https://n.example/0' }, { url: 'https://n.example/1' }],
    });
    expect(parseFeed(RSS, { maxBytes: 100 })).toMatchObject({ ok: false, error: expect.stringMatching(/^too large/) });
  });

  it.each([
    ['empty', ''],
    ['HTML', '<html><body>hello</body></html>'],
    ['plain text', 'hello'],
    ['broken JSON', '{"version":'],
    ['JSON that is not a feed', '{"a":1}'],
    ['JSON Feed without items', '{"version":"https://jsonfeed.org/version/1"}'],
    ['binary', '\u0000\u0001\u0002'],
  ])('returns an error result for %s', (_label, input) => {
    expect(parseFeed(input)).toMatchObject({ ok: false, error: expect.any(String) });
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string().map((s) => Buffer.from(`<rss><channel><item>${s}`)),
        ),
        (bytes) => {
          const result = parseFeed(bytes);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
