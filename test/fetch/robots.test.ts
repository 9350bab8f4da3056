import { InMemoryFetchStateStore } from '../../lambdas/fetch/fetch-state';
import {
  createRobotsService,
  fetchRobotsPolicy,
  isAllowedByRobots,
  parseRobotsTxt,
  productToken,
  robotsPolicyFor,
  ROBOTS_TTL,
  type RobotsPolicy,
} from '../../lambdas/fetch/robots';
import { loopbackPolicy, startLoopbackServer, type LoopbackServer } from './support/loopback-server';

const UA = 'GazetteBot/0.1 (+https://news.example/bot)';
const policyOf = (text: string, ua = UA): RobotsPolicy =>
  robotsPolicyFor(parseRobotsTxt(text, 'https://news.example/robots.txt'), ua);
const allowed = (policy: RobotsPolicy, path: string): boolean =>
  isAllowedByRobots(policy, `https://news.example${path}`);

describe('parseRobotsTxt and robotsPolicyFor', () => {
  it('derives the product token from a User-Agent string', () => {
    expect(productToken(UA)).toBe('gazettebot');
    expect(productToken('  Some_Bot-2 ')).toBe('some_bot-');
  });

  it('uses the group naming our product token, case-insensitively, over the * group', () => {
    const policy = policyOf('User-agent: *\nDisallow: /\n\nUser-agent: GAZETTEBOT\nDisallow: /private\n');
    expect(allowed(policy, '/news/1')).toBe(true);
    expect(allowed(policy, '/private/x')).toBe(false);
  });

  it('falls back to the * group, and allows everything when no group applies', () => {
    expect(allowed(policyOf('User-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /tmp\n'), '/tmp/a')).toBe(
      false,
    );
    expect(allowed(policyOf('User-agent: other\nDisallow: /\n'), '/anything')).toBe(true);
  });

  it('merges consecutive user-agent lines into one group and separate groups for the same agent', () => {
    const policy = policyOf(
      'User-agent: a\nUser-agent: gazettebot\nDisallow: /x\n\nUser-agent: gazettebot\nDisallow: /y\n',
    );
    expect(allowed(policy, '/x')).toBe(false);
    expect(allowed(policy, '/y')).toBe(false);
    expect(allowed(policy, '/z')).toBe(true);
  });

  it('lets the longest matching rule win, and Allow win a tie', () => {
    const policy = policyOf(
      'User-agent: *\nDisallow: /news\nAllow: /news/public\nDisallow: /news/public/secret\nDisallow: /page\nAllow: /page\n',
    );
    expect(allowed(policy, '/news/a')).toBe(false);
    expect(allowed(policy, '/news/public/a')).toBe(true);
    expect(allowed(policy, '/news/public/secret/1')).toBe(false);
    expect(allowed(policy, '/page')).toBe(true);
  });

  it('supports * wildcards and the $ end anchor, matching the query too', () => {
    const policy = policyOf('User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\nDisallow: /a*b\n');
    expect(allowed(policy, '/files/report.pdf')).toBe(false);
    expect(allowed(policy, '/files/report.pdf?x=1')).toBe(true);
    expect(allowed(policy, '/story?print=1')).toBe(false);
    expect(allowed(policy, '/axxb')).toBe(false);
    expect(allowed(policy, '/ab')).toBe(false);
    expect(allowed(policy, '/ba')).toBe(true);
  });

  it('treats regex characters in patterns literally', () => {
    const policy = policyOf('User-agent: *\nDisallow: /a.b(c)+\n');
    expect(allowed(policy, '/a.b(c)+')).toBe(false);
    expect(allowed(policy, '/axb(c)')).toBe(true);
  });

  it('compares percent-encoding and non-ASCII paths in one normal form', () => {
    const policy = policyOf('User-agent: *\nDisallow: /أخبار\nDisallow: /%7euser\n');
    expect(allowed(policy, '/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/1')).toBe(false);
    expect(allowed(policy, '/%7Euser/page')).toBe(false);
  });

  it('ignores an empty Disallow, comments and rules before any user-agent', () => {
    const policy = policyOf('Disallow: /early\n# comment\nUser-agent: * # all\nDisallow:\n');
    expect(allowed(policy, '/early')).toBe(true);
    expect(policy.rules).toEqual([]);
  });

  it('reads Crawl-delay of the chosen group and Sitemap lines from anywhere, resolved to absolute URLs', () => {
    const parsed = parseRobotsTxt(
      'Sitemap: https://news.example/sitemap-index.xml\nUser-agent: gazettebot\nCrawl-delay: 2.5\nDisallow: /x\nSitemap: /news-sitemap.xml\nUser-agent: *\nCrawl-delay: 30\n',
      'https://news.example/robots.txt',
    );
    const policy = robotsPolicyFor(parsed, UA);
    expect(policy.crawlDelaySeconds).toBe(2.5);
    expect(policy.sitemaps).toEqual([
      'https://news.example/sitemap-index.xml',
      'https://news.example/news-sitemap.xml',
    ]);
    expect(robotsPolicyFor(parsed, 'OtherBot').crawlDelaySeconds).toBe(30);
  });

  it('always allows /robots.txt itself', () => {
    expect(allowed(policyOf('User-agent: *\nDisallow: /\n'), '/robots.txt')).toBe(true);
    expect(
      isAllowedByRobots(
        { mode: 'disallow-all', rules: [], crawlDelaySeconds: null, sitemaps: [] },
        'https://x.example/robots.txt',
      ),
    ).toBe(true);
  });

  it('survives garbage', () => {
    const policy = policyOf('\u0000\u0001::::\nUser-agent\n<html>not robots</html>\nDisallow /x\n');
    expect(allowed(policy, '/x')).toBe(true);
  });
});

describe('fetching robots.txt', () => {
  let server: LoopbackServer;
  beforeEach(async () => {
    server = await startLoopbackServer();
  });
  afterEach(() => server.close());

  const fetchOptions = () => ({ policy: loopbackPolicy(), sleep: async () => undefined });
  const serveStatus = (status: number) =>
    server.route('/robots.txt', (_request, response) => {
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end('User-agent: *\nDisallow: /\n');
    });

  it('parses a 200 answer, whatever its content type', async () => {
    server.route('/robots.txt', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end('User-agent: *\nDisallow: /private\nCrawl-delay: 4\n');
    });
    const { policy, ttlSeconds } = await fetchRobotsPolicy(server.origin, UA, fetchOptions());
    expect(policy).toMatchObject({ mode: 'rules', crawlDelaySeconds: 4 });
    expect(isAllowedByRobots(policy, server.url('/private/1'))).toBe(false);
    expect(ttlSeconds).toBe(ROBOTS_TTL.okSeconds);
  });

  it.each([404, 403, 410])('allows everything on %i', async (status) => {
    serveStatus(status);
    const { policy } = await fetchRobotsPolicy(server.origin, UA, fetchOptions());
    expect(policy.mode).toBe('allow-all');
    expect(isAllowedByRobots(policy, server.url('/any'))).toBe(true);
  });

  it.each([500, 503, 429])('disallows everything for a short while on %i', async (status) => {
    serveStatus(status);
    const { policy, ttlSeconds } = await fetchRobotsPolicy(server.origin, UA, fetchOptions());
    expect(policy).toMatchObject({ mode: 'disallow-all', unreachableReason: `HTTP ${status}` });
    expect(isAllowedByRobots(policy, server.url('/any'))).toBe(false);
    expect(ttlSeconds).toBe(ROBOTS_TTL.unreachableSeconds);
  });

  it('disallows everything when the host is unreachable', async () => {
    const origin = server.origin;
    await server.close();
    const { policy } = await fetchRobotsPolicy(origin, UA, fetchOptions());
    expect(policy.mode).toBe('disallow-all');
    server = await startLoopbackServer();
  });

  it('caches the verdict until it expires', async () => {
    server.route('/robots.txt', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('User-agent: *\nDisallow: /x\n');
    });
    let now = new Date('2026-11-29T00:00:00Z');
    const clock = { now: () => now };
    const cache = new InMemoryFetchStateStore(clock);
    const service = createRobotsService({ cache, userAgent: UA, fetchOptions: fetchOptions(), clock });
    await service.policyFor(server.url('/a'));
    await service.policyFor(server.url('/b'));
    expect(server.requests).toHaveLength(1);
    expect(await cache.getRobots(server.origin)).toMatchObject({
      origin: server.origin,
      expiresAt: now.getTime() / 1000 + ROBOTS_TTL.okSeconds,
    });
    now = new Date(now.getTime() + (ROBOTS_TTL.okSeconds + 1) * 1000);
    await service.policyFor(server.url('/c'));
    expect(server.requests).toHaveLength(2);
  });
});
