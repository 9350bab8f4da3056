import fc from 'fast-check';
import { canonicalizeUrl, chooseCanonicalUrl, urlIdentityKey } from '../../../lambdas/pipeline/identity/canonical-url';
import { registrableDomain } from '../../../lambdas/pipeline/identity/registrable-domain';

describe('canonicalizeUrl', () => {
  it.each([
    ['lower-cases scheme and host, keeps path case', 'HTTPS://News.Example.COM/World/Story-1', 'https://news.example.com/World/Story-1'],
    ['drops the default https port', 'https://example.com:443/a', 'https://example.com/a'],
    ['drops the default http port', 'http://example.com:80/a', 'http://example.com/a'],
    ['keeps a non-default port', 'https://example.com:8443/a', 'https://example.com:8443/a'],
    ['drops the fragment', 'https://example.com/a#comments', 'https://example.com/a'],
    ['drops user info', 'https://user:secret@example.com/a', 'https://example.com/a'],
    ['drops a trailing dot on the host', 'https://example.com./a', 'https://example.com/a'],
    ['adds the root path', 'https://example.com', 'https://example.com/'],
    ['keeps the root slash', 'https://example.com/', 'https://example.com/'],
    ['removes a trailing slash', 'https://example.com/a/b/', 'https://example.com/a/b'],
    ['collapses duplicate slashes', 'https://example.com//a///b', 'https://example.com/a/b'],
    ['removes a final index.html', 'https://example.com/news/index.html', 'https://example.com/news'],
    ['removes a final index.htm', 'https://example.com/news/INDEX.HTM', 'https://example.com/news'],
    ['keeps index.html that is not the final segment', 'https://example.com/index.html/x', 'https://example.com/index.html/x'],
    ['resolves dot segments', 'https://example.com/a/./b/../c', 'https://example.com/a/c'],
    ['resolves a final dot segment', 'https://example.com/a/b/.', 'https://example.com/a/b'],
    ['decodes escaped unreserved characters', 'https://example.com/%7Euser/%61-b%2Ec', 'https://example.com/~user/a-b.c'],
    ['upper-cases other escapes', 'https://example.com/%d8%a7%d9%84', 'https://example.com/%D8%A7%D9%84'],
    ['percent-encodes non-ASCII paths like their escaped spelling', 'https://example.com/ال', 'https://example.com/%D8%A7%D9%84'],
    ['strips utm_* parameters', 'https://example.com/a?utm_source=tw&utm_medium=social&UTM_Campaign=x', 'https://example.com/a'],
    ['strips click identifiers', 'https://example.com/a?fbclid=1&gclid=2&dclid=3&msclkid=4&yclid=5&igshid=6', 'https://example.com/a'],
    ['strips newsletter and analytics parameters', 'https://example.com/a?mc_cid=1&mc_eid=2&_ga=3&ref_src=twsrc&cmpid=rss', 'https://example.com/a'],
    ['keeps content parameters and sorts them', 'https://example.com/article.php?page=2&id=17&utm_source=x', 'https://example.com/article.php?id=17&page=2'],
    ['keeps the order of repeated parameters', 'https://example.com/s?b=1&a=2&a=1', 'https://example.com/s?a=2&a=1&b=1'],
    ['drops an empty query', 'https://example.com/a?', 'https://example.com/a'],
    ['drops empty parameters', 'https://example.com/a?&&id=3&', 'https://example.com/a?id=3'],
    ['normalises escapes in the query', 'https://example.com/s?q=%d8%a7&x=%41', 'https://example.com/s?q=%D8%A7&x=A'],
    ['maps an /amp/ path prefix', 'https://example.com/amp/news/story-1', 'https://example.com/news/story-1'],
    ['maps an /amp path suffix', 'https://example.com/news/story-1/amp/', 'https://example.com/news/story-1'],
    ['maps an inner amp segment', 'https://example.com/news/amp/story-1', 'https://example.com/news/story-1'],
    ['maps .amp.html', 'https://example.com/news/story-1.amp.html', 'https://example.com/news/story-1.html'],
    ['maps a final .amp extension', 'https://example.com/news/story-1.amp', 'https://example.com/news/story-1'],
    ['drops ?amp=1', 'https://example.com/news/story-1?amp=1', 'https://example.com/news/story-1'],
    ['drops a bare ?amp', 'https://example.com/news/story-1?amp&id=2', 'https://example.com/news/story-1?id=2'],
    ['drops outputType=amp', 'https://example.com/news/story-1?outputType=amp', 'https://example.com/news/story-1'],
    ['maps amp.<site> to www.<site>', 'https://amp.example.com/news/story-1', 'https://www.example.com/news/story-1'],
    ['maps amp.<site> under a country suffix', 'https://amp.example.co.uk/a', 'https://www.example.co.uk/a'],
    ['maps amp.<sub>.<site> to <sub>.<site>', 'https://amp.news.example.com/a', 'https://news.example.com/a'],
    ['does not touch a site called amp', 'https://amp.dev/a', 'https://amp.dev/a'],
    ['unwraps AMP cache URLs', 'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story-1/amp?usqp=mq331AQ', 'https://www.example.com/news/story-1'],
    ['unwraps http AMP cache URLs', 'https://example-com.cdn.ampproject.org/c/example.com/a.amp.html', 'http://example.com/a.html'],
    ['trims surrounding whitespace', '  https://example.com/a \n', 'https://example.com/a'],
  ])('%s', (_rule, input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it.each([
    ['relative URL', '/news/story-1'],
    ['mailto', 'mailto:desk@example.com'],
    ['javascript', 'javascript:void(0)'],
    ['ftp', 'ftp://example.com/file'],
    ['garbage', 'not a url'],
    ['empty', ''],
  ])('returns null for %s', (_kind, input) => {
    expect(canonicalizeUrl(input)).toBeNull();
  });

  it.each([
    ['a suffix exposed by removing another', 'https://example.com/a.amp/index.html', 'https://example.com/a'],
    ['an AMP extension on an amp segment', 'https://example.com/news/amp.amp', 'https://example.com/news'],
    ['index.html before a trailing slash', 'https://example.com/a/index.html/', 'https://example.com/a'],
    ['nested amp host labels', 'https://amp.amp.example.com/a', 'https://www.example.com/a'],
  ])('applies rules until none applies: %s', (_case, input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const hostLabel = fc.constantFrom('amp', 'www', 'Example', 'news', 'co', 'uk', 'com');
    const segment = fc.constantFrom('amp', 'AMP', 'index.html', 'a.amp', '.amp', 'x.amp.html', '%7e', '%d8%a7', 'ال', 'A', '', '.', '..');
    const parameter = fc.constantFrom('amp', 'amp=1', 'utm_source=x', 'b=2', 'a=%41', 'a=1', '', 'outputType=amp', 'q=%d8%a7');
    const url = fc
      .record({
        scheme: fc.constantFrom('http', 'HTTPS'),
        host: fc.array(hostLabel, { minLength: 1, maxLength: 4 }),
        path: fc.array(segment, { maxLength: 5 }),
        query: fc.array(parameter, { maxLength: 4 }),
        trailingSlash: fc.boolean(),
      })
      .map(({ scheme, host, path, query, trailingSlash }) =>
        `${scheme}://${host.join('.')}.org/${path.join('/')}${trailingSlash ? '/' : ''}${query.length ? `?${query.join('&')}` : ''}`,
      );
    fc.assert(
      fc.property(url, (input) => {
        const once = canonicalizeUrl(input);
        expect(once).not.toBeNull();
        expect(canonicalizeUrl(once!)).toBe(once);
      }),
      { seed: 20261129, numRuns: 3000 },
    );
  });
});

describe('urlIdentityKey', () => {
  it('is the same for http and https', () => {
    expect(urlIdentityKey('http://example.com/a')).toBe(urlIdentityKey('https://example.com/a'));
  });

  it('is the same with and without www.', () => {
    expect(urlIdentityKey('https://www.example.com/a')).toBe('https://example.com/a');
  });

  it('makes an AMP host and the www host agree', () => {
    expect(urlIdentityKey('https://amp.example.com/a/amp')).toBe(urlIdentityKey('http://example.com/a/'));
  });

  it('keeps other subdomains apart', () => {
    expect(urlIdentityKey('https://sport.example.com/a')).not.toBe(urlIdentityKey('https://example.com/a'));
  });
});

describe('registrableDomain', () => {
  it.each([
    ['www.example.com', 'example.com'],
    ['a.b.example.com', 'example.com'],
    ['example.com', 'example.com'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['www.abc.net.au', 'abc.net.au'],
    ['www.youm7.com.eg', 'youm7.com.eg'],
    ['www.spa.gov.sa', 'spa.gov.sa'],
    ['www.lemonde.fr', 'lemonde.fr'],
    ['news.co.com', 'co.com'],
    ['192.168.0.1', '192.168.0.1'],
    ['localhost', 'localhost'],
  ])('%s is on %s', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });
});

describe('chooseCanonicalUrl', () => {
  const pageUrl = 'https://www.example.com/news/2024/story-1?utm_source=rss';

  it('prefers a same-site rel=canonical', () => {
    expect(
      chooseCanonicalUrl({ pageUrl, declaredCanonical: 'https://example.com/news/story-1', ogUrl: 'https://www.example.com/og' }),
    ).toBe('https://example.com/news/story-1');
  });

  it('uses og:url when rel=canonical is missing', () => {
    expect(chooseCanonicalUrl({ pageUrl, declaredCanonical: null, ogUrl: 'https://www.example.com/og/' })).toBe(
      'https://www.example.com/og',
    );
  });

  it('resolves a relative canonical against the page URL', () => {
    expect(chooseCanonicalUrl({ pageUrl, declaredCanonical: '../story-1/' })).toBe('https://www.example.com/news/story-1');
  });

  it('accepts a canonical on another host of the same site, country suffix included', () => {
    expect(
      chooseCanonicalUrl({ pageUrl: 'https://m.example.co.uk/a', declaredCanonical: 'https://www.example.co.uk/a' }),
    ).toBe('https://www.example.co.uk/a');
  });

  it('ignores a canonical pointing to another site', () => {
    expect(chooseCanonicalUrl({ pageUrl, declaredCanonical: 'https://wire.example.org/original' })).toBe(
      'https://www.example.com/news/2024/story-1',
    );
  });

  it('does not confuse two sites under the same country suffix', () => {
    expect(
      chooseCanonicalUrl({ pageUrl: 'https://www.one.com.eg/a', declaredCanonical: 'https://www.two.com.eg/a' }),
    ).toBe('https://www.one.com.eg/a');
  });

  it('falls back to og:url when rel=canonical is on another site', () => {
    expect(
      chooseCanonicalUrl({ pageUrl, declaredCanonical: 'https://other.org/x', ogUrl: 'https://www.example.com/og' }),
    ).toBe('https://www.example.com/og');
  });

  it('ignores a home-page canonical on an article page', () => {
    expect(chooseCanonicalUrl({ pageUrl, declaredCanonical: 'https://www.example.com/' })).toBe(
      'https://www.example.com/news/2024/story-1',
    );
  });

  it('accepts a home-page canonical on the home page', () => {
    expect(chooseCanonicalUrl({ pageUrl: 'http://example.com/index.html', declaredCanonical: 'https://www.example.com/' })).toBe(
      'https://www.example.com/',
    );
  });

  it('uses a cross-site canonical when no page URL is known', () => {
    expect(chooseCanonicalUrl({ pageUrl: null, declaredCanonical: 'https://wire.example.org/original?utm_medium=x' })).toBe(
      'https://wire.example.org/original',
    );
  });

  it('uses og:url when only og:url is known', () => {
    expect(chooseCanonicalUrl({ ogUrl: 'https://example.com/a#top' })).toBe('https://example.com/a');
  });

  it('ignores unusable candidates', () => {
    expect(chooseCanonicalUrl({ pageUrl, declaredCanonical: 'javascript:void(0)', ogUrl: '  ' })).toBe(
      'https://www.example.com/news/2024/story-1',
    );
  });

  it('returns null when nothing is known', () => {
    expect(chooseCanonicalUrl({})).toBeNull();
    expect(chooseCanonicalUrl({ pageUrl: null, declaredCanonical: '/relative/only', ogUrl: null })).toBeNull();
  });

  it('uses an absolute candidate when the page URL is unusable', () => {
    expect(chooseCanonicalUrl({ pageUrl: 'not a url', declaredCanonical: 'https://example.com/a' })).toBe(
      'https://example.com/a',
    );
  });
});
