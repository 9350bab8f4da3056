import { ampCachedOriginal, archivedOriginal, hostOf, httpUrl, originalAddress, resolveUrl, safeLinkUrl, withoutQuery } from '../../lambdas/extract/url';

describe('page URLs', () => {
  it('resolves relative and protocol-relative URLs against the page address', () => {
    expect(httpUrl('/a?b=1', 'https://example.com/x/y')).toBe('https://example.com/a?b=1');
    expect(httpUrl('//cdn.example.com/i.jpg', 'http://example.com/')).toBe('http://cdn.example.com/i.jpg');
    expect(httpUrl('  pic.jpg\n', 'https://example.com/news/story')).toBe('https://example.com/news/pic.jpg');
  });

  it('cannot resolve a relative URL on a page read without its address', () => {
    expect(httpUrl('/relative', null)).toBeNull();
    expect(safeLinkUrl('story.html', null)).toBeNull();
    expect(httpUrl('https://example.com/a', null)).toBe('https://example.com/a');
  });

  it('resolves a scheme-relative URL on a page read without its address as HTTPS', () => {
    expect(httpUrl('//cdn.example.com/i.jpg', null)).toBe('https://cdn.example.com/i.jpg');
    expect(safeLinkUrl('//news.example.com/story', null)).toBe('https://news.example.com/story');
  });

  it('keeps images and canonical addresses to http(s)', () => {
    expect(httpUrl('javascript:void(0)', 'https://example.com/')).toBeNull();
    expect(httpUrl('data:image/png;base64,AAAA', 'https://example.com/')).toBeNull();
    expect(httpUrl('mailto:desk@example.com', 'https://example.com/')).toBeNull();
    expect(httpUrl(undefined, 'https://example.com/')).toBeNull();
    expect(httpUrl('   ', 'https://example.com/')).toBeNull();
  });

  it('keeps links to http(s) and mailto, and drops scripts hidden behind control characters and in-page anchors', () => {
    expect(safeLinkUrl('mailto:desk@example.com', null)).toBe('mailto:desk@example.com');
    expect(safeLinkUrl('/about', 'https://example.com/a/b')).toBe('https://example.com/about');
    expect(safeLinkUrl('java\nscript:alert(1)', 'https://example.com/')).toBeNull();
    expect(safeLinkUrl(' #comments', 'https://example.com/')).toBeNull();
  });

  it('refuses values too long to be an address anyone links to', () => {
    const long = `https://example.com/${'a'.repeat(5000)}`;
    expect(resolveUrl(long, null)).toBeNull();
    expect(httpUrl(long, null)).toBeNull();
    expect(resolveUrl('https://example.com/a', null)?.hostname).toBe('example.com');
  });

  it('reads the host of a URL', () => {
    expect(hostOf('https://www.example.com/a')).toBe('www.example.com');
    expect(hostOf(null)).toBeNull();
    expect(hostOf('not a url')).toBeNull();
    expect(hostOf('file:///tmp/page.html')).toBeNull();
  });

  it('drops the query and fragment of an address, keeping its path', () => {
    expect(withoutQuery('https://cdn.example.com/img/logo.svg?v=3#top')).toBe('https://cdn.example.com/img/logo.svg');
    expect(withoutQuery('/photos/harbour.jpg#credit')).toBe('/photos/harbour.jpg');
    expect(withoutQuery('https://example.com/photos/harbour.jpg')).toBe('https://example.com/photos/harbour.jpg');
  });

  it('reads the original address inside an archive playback address', () => {
    expect(archivedOriginal('https://web.archive.org/web/20190115083012/https://news.example/2019/01/14/bridge')).toBe('https://news.example/2019/01/14/bridge');
    expect(archivedOriginal('https://web.archive.org/web/20190115083012im_/https://img.example/bridge.jpg')).toBe('https://img.example/bridge.jpg');
    expect(archivedOriginal('https://wayback.archive-it.org/4711/20140310101233/http://paper.example/story.html?id=5')).toBe('http://paper.example/story.html?id=5');
    expect(archivedOriginal('/web/20140310101233/http:/paper.example/story.html')).toBe('http://paper.example/story.html');
  });

  it('reads the page\'s own address inside an AMP cache\'s address (rule "AMP cache address")', () => {
    expect(ampCachedOriginal('https://www-news-example-es.cdn.ampproject.org/c/s/www.news.example.es/valencia/bridge.amp.html')).toBe('https://www.news.example.es/valencia/bridge.amp.html');
    expect(ampCachedOriginal('https://paper-example-de.cdn.ampproject.org/c/paper.example.de/amp/story-4471902')).toBe('http://paper.example.de/amp/story-4471902');
    expect(originalAddress('https://www-news-example-es.cdn.ampproject.org/v/s/www.news.example.es/amp/bridge?amp_js_v=0.1')).toBe('https://www.news.example.es/amp/bridge?amp_js_v=0.1');
    // A publisher's own AMP address, and a path that only looks like the cache's, are their own.
    expect(ampCachedOriginal('https://www.news.example.es/amp/c/s/bridge')).toBeNull();
    expect(ampCachedOriginal('https://news.example/c/s/bridge')).toBeNull();
  });

  it('leaves an address that is no archive\'s as it is', () => {
    expect(archivedOriginal('https://news.example/2019/01/14/bridge')).toBeNull();
    expect(archivedOriginal('https://news.example/story/20190115083012')).toBeNull();
    expect(originalAddress('https://news.example/2019/01/14/bridge')).toBe('https://news.example/2019/01/14/bridge');
  });
});
