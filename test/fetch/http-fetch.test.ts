import * as http from 'node:http';
import * as https from 'node:https';
import * as zlib from 'node:zlib';
import { BlockedAddressError, createAddressPolicy, parseAllowList } from '../../lambdas/fetch/address-policy';
import {
  backoffDelay,
  DEFAULT_RETRY,
  DEFAULT_USER_AGENT,
  fetchPage,
  parseRetryAfter,
  type FetchPageOptions,
  type FetchPageResult,
} from '../../lambdas/fetch/http-fetch';
import { createSafeAgents, SafeHttpAgent, SafeHttpsAgent, type Resolver } from '../../lambdas/fetch/safe-lookup';
import {
  html,
  loopbackPolicy,
  recordingSleep,
  redirect,
  startLoopbackServer,
  type LoopbackServer,
} from './support/loopback-server';

let server: LoopbackServer;
const options = (extra: Partial<FetchPageOptions> = {}): FetchPageOptions => ({
  policy: loopbackPolicy(),
  sleep: async () => undefined,
  ...extra,
});

function expectKind<K extends FetchPageResult['kind']>(
  result: FetchPageResult,
  kind: K,
): Extract<FetchPageResult, { kind: K }> {
  expect(result).toMatchObject({ kind });
  return result as Extract<FetchPageResult, { kind: K }>;
}

beforeEach(async () => {
  server = await startLoopbackServer();
});
afterEach(() => server.close());

describe('fetchPage', () => {
  it('returns the body bytes, status, final URL and validators', async () => {
    server.route('/a', html('<p>hello</p>', { etag: '"v1"', 'last-modified': 'Sun, 01 Nov 2026 10:00:00 GMT' }));
    const result = expectKind(await fetchPage(server.url('/a'), options()), 'ok');
    expect(Buffer.from(result.body).toString()).toBe('<p>hello</p>');
    expect(result).toMatchObject({
      status: 200,
      finalUrl: server.url('/a'),
      headers: { contentType: 'text/html; charset=utf-8', etag: '"v1"', lastModified: 'Sun, 01 Nov 2026 10:00:00 GMT' },
    });
  });

  it('sends the default User-Agent, or the configured one', async () => {
    server.route('/a', html('x'));
    await fetchPage(server.url('/a'), options());
    await fetchPage(server.url('/a'), options({ userAgent: 'TestBot/1' }));
    expect(server.requests.map((r) => r.headers['user-agent'])).toEqual([DEFAULT_USER_AGENT, 'TestBot/1']);
  });

  describe('conditional GET', () => {
    beforeEach(() => {
      server.route('/c', (request, response) => {
        if (
          request.headers['if-none-match'] === '"v2"' ||
          request.headers['if-modified-since'] === 'Sun, 01 Nov 2026 10:00:00 GMT'
        ) {
          response.writeHead(304, { etag: '"v2"' });
          return response.end();
        }
        response.writeHead(200, { 'content-type': 'text/html', etag: '"v2"' });
        response.end('<p>body</p>');
      });
    });

    it('sends If-None-Match and reports not-modified without a body', async () => {
      const result = await fetchPage(server.url('/c'), options({ etag: '"v2"' }));
      expect(result).toMatchObject({ kind: 'not-modified', status: 304, headers: { etag: '"v2"' } });
      expect(result).not.toHaveProperty('body');
      expect(server.requests[0].headers['if-none-match']).toBe('"v2"');
    });

    it('sends If-Modified-Since', async () => {
      const result = await fetchPage(server.url('/c'), options({ lastModified: 'Sun, 01 Nov 2026 10:00:00 GMT' }));
      expect(result.kind).toBe('not-modified');
    });

    it('fetches in full when the validator no longer matches', async () => {
      expect((await fetchPage(server.url('/c'), options({ etag: '"v1"' }))).kind).toBe('ok');
    });
  });

  describe('redirects', () => {
    beforeEach(() => {
      for (let i = 1; i <= 6; i += 1) server.route(`/r${i}`, redirect(`/r${i + 1}`));
      server.route('/r7', html('end'));
      server.route('/r6', html('end'));
    });

    it('follows up to five redirects, resolving relative locations', async () => {
      const result = expectKind(await fetchPage(server.url('/r1'), options()), 'ok');
      expect(result.finalUrl).toBe(server.url('/r6'));
      expect(server.requests).toHaveLength(6);
    });

    it('refuses a sixth redirect', async () => {
      server.route('/r6', redirect('/r7'));
      const result = expectKind(await fetchPage(server.url('/r1'), options()), 'failed');
      expect(result).toMatchObject({ reason: 'too-many-redirects', finalUrl: server.url('/r6') });
    });

    it.each(['http://10.0.0.1/internal', 'http://169.254.169.254/latest/meta-data/', 'http://[::ffff:10.0.0.1]/'])(
      're-checks the policy on a redirect to %s',
      async (target) => {
        server.route('/evil', redirect(target, 301));
        const result = expectKind(await fetchPage(server.url('/evil'), options()), 'failed');
        expect(result.reason).toBe('blocked');
        expect(result.message).toMatch(/^blocked: (private|cloud metadata) address/);
        expect(server.requests).toHaveLength(1);
      },
    );

    it('refuses a redirect to another loopback port when only the server address is allowed by name', async () => {
      const policy = createAddressPolicy(parseAllowList('127.0.0.1'));
      server.route('/hop', redirect('http://localhost:1/'));
      const result = expectKind(await fetchPage(server.url('/hop'), options({ policy })), 'failed');
      expect(result.message).toBe('blocked: loopback host localhost');
    });

    it('refuses a redirect to a non-http scheme', async () => {
      server.route('/file', redirect('file:///etc/passwd'));
      const result = expectKind(await fetchPage(server.url('/file'), options()), 'failed');
      expect(result.message).toBe('blocked: scheme file is not http or https');
    });
  });

  it('refuses loopback without an allow-list, before connecting', async () => {
    const result = expectKind(await fetchPage(server.url('/a'), options({ policy: createAddressPolicy() })), 'failed');
    expect(result).toMatchObject({ reason: 'blocked', message: 'blocked: loopback address 127.0.0.1' });
    expect(server.requests).toHaveLength(0);
  });

  describe('address checks at connection time', () => {
    const resolvingTo =
      (...addresses: string[]): Resolver =>
      (_host, callback) =>
        callback(
          null,
          addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
        );

    it('refuses a host name that resolves to a refused address', async () => {
      const policy = createAddressPolicy();
      const agents = createSafeAgents(policy, resolvingTo('127.0.0.1'));
      const port = new URL(server.origin).port;
      const result = expectKind(await fetchPage(`http://rebind.test:${port}/a`, options({ policy, agents })), 'failed');
      expect(result.message).toBe('blocked: loopback address 127.0.0.1 (resolved from rebind.test)');
      expect(server.requests).toHaveLength(0);
    });

    it('drops refused addresses from a DNS answer and connects only to allowed ones', async () => {
      server.route('/a', html('ok'));
      const policy = loopbackPolicy();
      const agents = createSafeAgents(policy, resolvingTo('10.0.0.1', '127.0.0.1'));
      const port = new URL(server.origin).port;
      const result = await fetchPage(`http://mixed.test:${port}/a`, options({ policy, agents }));
      expect(result.kind).toBe('ok');
    });

    it('checks the connected peer on the HTTPS agent too, before any TLS exchange', async () => {
      const agent = new SafeHttpsAgent(createAddressPolicy());
      const port = Number(new URL(server.origin).port);
      const error = await new Promise<Error>((resolve) => {
        https
          .get({ host: '127.0.0.1', port, path: '/a', agent }, () => resolve(new Error('connected')))
          .on('error', resolve);
      });
      expect(error).toBeInstanceOf(BlockedAddressError);
      expect(error.message).toBe('blocked: loopback address 127.0.0.1');
    });

    it('lets an allow-listed host name resolve to an otherwise refused address', async () => {
      server.route('/a', html('ok'));
      const policy = createAddressPolicy(parseAllowList('intranet.test'));
      const agents = createSafeAgents(policy, resolvingTo('127.0.0.1'));
      const port = new URL(server.origin).port;
      expect((await fetchPage(`http://intranet.test:${port}/a`, options({ policy, agents }))).kind).toBe('ok');
    });

    it('checks the connected peer even when no lookup happens (IP-literal host)', async () => {
      const agent = new SafeHttpAgent(createAddressPolicy());
      const port = Number(new URL(server.origin).port);
      const error = await new Promise<Error>((resolve) => {
        http
          .get({ host: '127.0.0.1', port, path: '/a', agent }, () => resolve(new Error('connected')))
          .on('error', resolve);
      });
      expect(error).toBeInstanceOf(BlockedAddressError);
      expect(error.message).toBe('blocked: loopback address 127.0.0.1');
    });
  });

  describe('timeouts', () => {
    it('gives up on a response that does not finish in time', async () => {
      server.route('/slow', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<p>partial');
      });
      const result = expectKind(await fetchPage(server.url('/slow'), options({ totalTimeoutMs: 150 })), 'failed');
      expect(result).toMatchObject({ reason: 'timeout', message: 'timeout: fetch did not complete within 150 ms' });
    });

    it('gives up on a connection that cannot be established in time', async () => {
      const policy = loopbackPolicy();
      const neverResolves: Resolver = () => undefined;
      const agents = createSafeAgents(policy, neverResolves);
      const result = expectKind(
        await fetchPage('http://hang.test/', options({ policy, agents, connectTimeoutMs: 100 })),
        'failed',
      );
      expect(result).toMatchObject({ reason: 'timeout', message: 'timeout: could not connect within 100 ms' });
    });
  });

  describe('size limit', () => {
    it('aborts an endless body without Content-Length as soon as it passes the limit', async () => {
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const ceiling = 64 * 1024 * 1024;
      let sent = 0;
      const finished = new Promise<void>((resolve) => {
        server.route('/endless', (_request, response) => {
          response.writeHead(200, { 'content-type': 'text/html' });
          const pump = (): void => {
            while (sent < ceiling && !response.destroyed) {
              sent += chunk.length;
              if (!response.write(chunk)) return void response.once('drain', pump);
            }
            response.end();
          };
          response.on('close', () => resolve());
          pump();
        });
      });
      const limit = 256 * 1024;
      const result = expectKind(await fetchPage(server.url('/endless'), options({ maxBodyBytes: limit })), 'failed');
      await finished;
      expect(result).toMatchObject({ reason: 'too-large', message: `too large: body exceeds ${limit} bytes` });
      expect(result.bytesReceived).toBeGreaterThan(limit);
      expect(result.bytesReceived).toBeLessThanOrEqual(limit + 64 * 1024);
      expect(sent).toBeLessThan(ceiling / 2);
    });

    it('refuses a declared Content-Length over the limit without reading the body', async () => {
      server.route('/big', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
        response.write('<p>');
      });
      const result = expectKind(await fetchPage(server.url('/big'), options({ maxBodyBytes: 1024 })), 'failed');
      expect(result).toMatchObject({ reason: 'too-large', bytesReceived: 0 });
    });
  });

  describe('content-encoding', () => {
    const page = '<html><body>' + 'news '.repeat(1000) + '</body></html>';
    it.each([
      ['gzip', zlib.gzipSync(page)],
      ['deflate', zlib.deflateSync(page)],
      ['deflate', zlib.deflateRawSync(page)],
      ['br', zlib.brotliCompressSync(page)],
    ])('decodes %s', async (encoding, encoded) => {
      server.route('/enc', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': encoding });
        response.end(encoded);
      });
      const result = expectKind(await fetchPage(server.url('/enc'), options()), 'ok');
      expect(Buffer.from(result.body).toString()).toBe(page);
      expect(server.requests[0].headers['accept-encoding']).toBe('gzip, deflate, br');
    });

    it('applies the limit to decoded bytes (compression bomb)', async () => {
      const bomb = zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024));
      server.route('/bomb', (_request, response) => {
        response.writeHead(200, {
          'content-type': 'text/html',
          'content-encoding': 'gzip',
          'content-length': bomb.length,
        });
        response.end(bomb);
      });
      const limit = 1024 * 1024;
      const result = expectKind(await fetchPage(server.url('/bomb'), options({ maxBodyBytes: limit })), 'failed');
      expect(result).toMatchObject({ reason: 'too-large', message: `too large: decoded body exceeds ${limit} bytes` });
    });

    it('reports a corrupt encoded body as a decoding failure', async () => {
      server.route('/corrupt', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        response.end(Buffer.from('definitely not gzip'));
      });
      expect(await fetchPage(server.url('/corrupt'), options())).toMatchObject({ kind: 'failed', reason: 'decoding' });
    });
  });

  describe('content type', () => {
    it('refuses a PDF', async () => {
      server.route('/doc.pdf', (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/pdf' });
        response.end('%PDF-1.7');
      });
      const result = expectKind(await fetchPage(server.url('/doc.pdf'), options()), 'failed');
      expect(result).toMatchObject({
        reason: 'unsupported-content-type',
        message: 'unsupported content type application/pdf',
      });
    });

    it('refuses a response without a content type', async () => {
      server.route('/none', (_request, response) => response.end('<p>x'));
      expect(await fetchPage(server.url('/none'), options())).toMatchObject({
        message: 'unsupported content type (none)',
      });
    });

    it('accepts XHTML with parameters in any case', async () => {
      server.route('/x', html('<html/>', { 'content-type': 'Application/XHTML+XML; charset=UTF-8' }));
      expect((await fetchPage(server.url('/x'), options())).kind).toBe('ok');
    });

    it('returns windows-1256 bytes unchanged, with the charset in the content type', async () => {
      const bytes = Buffer.from([0x3c, 0x70, 0x3e, 0xc7, 0xe1, 0xc3, 0xce, 0xc8, 0xc7, 0xd1, 0x3c, 0x2f, 0x70, 0x3e]);
      server.route('/ar', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' });
        response.end(bytes);
      });
      const result = expectKind(await fetchPage(server.url('/ar'), options()), 'ok');
      expect(Buffer.from(result.body).equals(bytes)).toBe(true);
      expect(result.headers.contentType).toBe('text/html; charset=windows-1256');
    });
  });

  describe('retries', () => {
    const flaky = (statuses: Array<[number, http.OutgoingHttpHeaders]>): void => {
      let call = 0;
      server.route('/flaky', (_request, response) => {
        const [status, headers] = statuses[Math.min(call, statuses.length - 1)];
        call += 1;
        response.writeHead(status, { 'content-type': 'text/html', ...headers });
        response.end(status === 200 ? 'done' : 'busy');
      });
    };

    it('waits out a 429 Retry-After in seconds, then succeeds', async () => {
      flaky([
        [429, { 'retry-after': '3' }],
        [200, {}],
      ]);
      const { sleep, delays } = recordingSleep();
      const result = await fetchPage(server.url('/flaky'), options({ sleep }));
      expect(result.kind).toBe('ok');
      expect(delays).toEqual([3000]);
      expect(server.requests).toHaveLength(2);
    });

    it('honours a Retry-After HTTP-date against the injected clock', async () => {
      const now = new Date('2026-11-29T12:00:00Z');
      flaky([
        [503, { 'retry-after': 'Sun, 29 Nov 2026 12:00:07 GMT' }],
        [200, {}],
      ]);
      const { sleep, delays } = recordingSleep();
      await fetchPage(server.url('/flaky'), options({ sleep, clock: { now: () => now } }));
      expect(delays).toEqual([7000]);
    });

    it('backs off exponentially with full jitter when there is no Retry-After', async () => {
      flaky([
        [500, {}],
        [502, {}],
        [200, {}],
      ]);
      const { sleep, delays } = recordingSleep();
      const result = await fetchPage(
        server.url('/flaky'),
        options({ sleep, random: () => 0.5, retry: { baseDelayMs: 1000 } }),
      );
      expect(result.kind).toBe('ok');
      expect(delays).toEqual([500, 1000]);
    });

    it('gives up after the configured retries and reports the status', async () => {
      flaky([[503, {}]]);
      const { sleep, delays } = recordingSleep();
      const result = await fetchPage(server.url('/flaky'), options({ sleep, retry: { maxRetries: 2 } }));
      expect(result).toMatchObject({ kind: 'http-error', status: 503 });
      expect(delays).toHaveLength(2);
      expect(server.requests).toHaveLength(3);
    });

    it('does not wait out a Retry-After beyond the cap, and reports it', async () => {
      flaky([
        [429, { 'retry-after': '3600' }],
        [200, {}],
      ]);
      const { sleep, delays } = recordingSleep();
      const result = await fetchPage(server.url('/flaky'), options({ sleep }));
      expect(result).toMatchObject({ kind: 'http-error', status: 429, retryAfterMs: 3_600_000 });
      expect(delays).toEqual([]);
    });

    it('does not wait when the wait would overrun the total time budget', async () => {
      flaky([
        [503, { 'retry-after': '2' }],
        [200, {}],
      ]);
      const { sleep, delays } = recordingSleep();
      const result = await fetchPage(server.url('/flaky'), options({ sleep, totalTimeoutMs: 1500 }));
      expect(result).toMatchObject({ kind: 'http-error', status: 503, retryAfterMs: 2000 });
      expect(delays).toEqual([]);
    });

    it('does not retry other 4xx', async () => {
      flaky([
        [404, {}],
        [200, {}],
      ]);
      expect(await fetchPage(server.url('/flaky'), options())).toMatchObject({ kind: 'http-error', status: 404 });
      expect(server.requests).toHaveLength(1);
    });
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-11-29T12:00:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Sun, 29 Nov 2026 12:01:00 GMT', 60_000],
    ['Sun, 29 Nov 2026 11:00:00 GMT', 0],
    ['soon', null],
    [null, null],
  ])('reads %p as %p ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, scaled by the random draw', () => {
    const retry = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, retry, () => 0.999999))).toEqual([
      99, 199, 399, 799, 999, 999,
    ]);
    expect(backoffDelay(3, retry, () => 0)).toBe(0);
  });
});
