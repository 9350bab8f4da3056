/**
 * One polite, bounded HTTP GET: conditional headers, re-checked redirects, timeouts, a body limit that aborts the
 * transfer, content-encoding decoding under the same limit, a content-type gate, and retries for 429/5xx.
 *
 * The body comes back exactly as the server sent it once content-encoding is undone: charset decoding belongs to the
 * parse path, which needs the original bytes and the Content-Type to get it right.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { Transform, type TransformCallback } from 'node:stream';
import * as zlib from 'node:zlib';
import type { Clock } from '../pipeline/ports';
import { systemClock } from '../pipeline/ports';
import { BlockedAddressError, type AddressPolicy } from './address-policy';
import { createSafeAgents, type SafeAgents } from './safe-lookup';

/**
 * Deliberately carries no contact URL: one that points at someone else's site would misdirect complaints. Operators
 * should pass their own via the `userAgent` option, e.g. `GazetteBot/0.1 (+https://news.example/bot)`; robots.txt
 * matching uses the product token `gazettebot` either way.
 */
export const DEFAULT_USER_AGENT = 'GazetteBot/0.1';
export const HTML_CONTENT_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml'];

export const FETCH_LIMITS = {
  maxRedirects: 5,
  /** Per connection: DNS lookup plus TCP connect. */
  connectTimeoutMs: 5_000,
  /**
   * For the whole fetch: every redirect hop, retry and retry wait, up to the last body byte. A bound on the whole
   * call, not on each request, is what keeps a Lambda invocation's time predictable.
   */
  totalTimeoutMs: 30_000,
  /** Applies to bytes on the wire and, separately, to bytes after content-encoding is undone. */
  maxBodyBytes: 5 * 1024 * 1024,
} as const;

export interface RetryOptions {
  /** Retries after the first attempt, for 429 and 5xx only. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited out: the fetch gives up and reports it to the caller. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 10_000,
};

export interface FetchPageOptions {
  policy: AddressPolicy;
  /** Agents that enforce the policy on the resolved and connected address; built from `policy` when absent. */
  agents?: SafeAgents;
  userAgent?: string;
  /** Validators from the previous fetch; sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  maxRedirects?: number;
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBodyBytes?: number;
  /** Media types (no parameters) accepted for a 200; `'any'` skips the check. Default: HTML and XHTML. */
  acceptedContentTypes?: readonly string[] | 'any';
  /** Value of the Accept request header. */
  accept?: string;
  retry?: Partial<RetryOptions>;
  clock?: Clock;
  sleep?: (ms: number) => Promise<void>;
  /** Uniform in [0, 1); drives the backoff jitter. */
  random?: () => number;
}

export interface ResponseValidators {
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
}

interface ResultBase {
  url: string;
  finalUrl: string;
}

export type FetchFailureReason =
  | 'invalid-url'
  | 'blocked'
  | 'too-many-redirects'
  | 'bad-redirect'
  | 'timeout'
  | 'too-large'
  | 'unsupported-content-type'
  | 'decoding'
  | 'network';

export type FetchPageResult =
  | (ResultBase & { kind: 'ok'; status: number; body: Uint8Array; headers: ResponseValidators; fetchedAt: Date })
  | (ResultBase & { kind: 'not-modified'; status: 304; headers: ResponseValidators; fetchedAt: Date })
  | (ResultBase & {
      kind: 'http-error';
      status: number;
      headers: ResponseValidators;
      fetchedAt: Date;
      /** Set when the server asked for a pause (Retry-After) that was not waited out. */
      retryAfterMs?: number;
    })
  | (ResultBase & { kind: 'failed'; reason: FetchFailureReason; message: string; bytesReceived?: number });

class FetchFailure extends Error {
  constructor(
    readonly reason: FetchFailureReason,
    message: string,
    readonly bytesReceived?: number,
  ) {
    super(message);
  }
}

interface Exchange {
  status: number;
  headers: http.IncomingHttpHeaders;
  body?: Uint8Array;
}

interface ExchangeSettings {
  agents: SafeAgents;
  headers: Record<string, string>;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  maxBodyBytes: number;
  acceptedContentTypes: readonly string[] | 'any';
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function headerValue(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

function validators(headers: http.IncomingHttpHeaders): ResponseValidators {
  return {
    contentType: headerValue(headers['content-type']),
    etag: headerValue(headers.etag),
    lastModified: headerValue(headers['last-modified']),
  };
}

/** The media type without parameters, lower-case: `Text/HTML; charset=x` → `text/html`. */
function mediaType(contentType: string | null): string | null {
  if (!contentType) return null;
  const type = contentType.split(';')[0].trim().toLowerCase();
  return type || null;
}

/** Undoes `deflate`, which servers send both zlib-wrapped (as the RFC says) and raw (as some servers do). */
class DeflateDecoder extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.inner) {
      const zlibWrapped = chunk.length >= 2 && (chunk[0] & 0x0f) === 8 && ((chunk[0] << 8) | chunk[1]) % 31 === 0;
      this.inner = zlibWrapped ? zlib.createInflate() : zlib.createInflateRaw();
      this.inner.on('data', (data: Buffer) => this.push(data));
      this.inner.on('error', (err) => this.destroy(err));
    }
    this.inner.write(chunk, () => callback());
  }

  override _flush(callback: TransformCallback): void {
    if (!this.inner) return callback();
    this.inner.once('end', () => callback());
    this.inner.end();
  }
}

function decoderFor(contentEncoding: string | null): Transform | null {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return null;
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip();
  if (encoding === 'deflate') return new DeflateDecoder();
  if (encoding === 'br') return zlib.createBrotliDecompress();
  throw new FetchFailure('decoding', `unsupported content encoding ${encoding}`);
}

function timeoutFailure(totalTimeoutMs: number): FetchFailure {
  return new FetchFailure('timeout', `timeout: fetch did not complete within ${totalTimeoutMs} ms`);
}

function classifyError(err: unknown): FetchFailure {
  if (err instanceof FetchFailure) return err;
  if (err instanceof BlockedAddressError) return new FetchFailure('blocked', err.message);
  return new FetchFailure('network', err instanceof Error ? err.message : String(err));
}

/** One request/response. Reads the body only for a 200 whose type is accepted; other bodies are discarded. */
function exchange(url: URL, settings: ExchangeSettings, timeLeftMs: number): Promise<Exchange> {
  return new Promise<Exchange>((resolve, reject) => {
    const transport = url.protocol === 'https:' ? https : http;
    const agent = url.protocol === 'https:' ? settings.agents.https : settings.agents.http;
    const request = transport.request(url, { method: 'GET', agent, headers: settings.headers });
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (outcome: { ok: Exchange } | { err: unknown }): void => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      if ('ok' in outcome) resolve(outcome.ok);
      else {
        request.destroy();
        reject(classifyError(outcome.err));
      }
    };
    const fail = (err: unknown): void => finish({ err });

    timers.push(setTimeout(() => fail(timeoutFailure(settings.totalTimeoutMs)), timeLeftMs));
    const connectTimer = setTimeout(
      () => fail(new FetchFailure('timeout', `timeout: could not connect within ${settings.connectTimeoutMs} ms`)),
      settings.connectTimeoutMs,
    );
    timers.push(connectTimer);
    request.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      else socket.once('connect', () => clearTimeout(connectTimer));
    });
    request.on('error', fail);

    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const headers = response.headers;
      const type = mediaType(headerValue(headers['content-type']));
      const wantsBody = status === 200;
      if (!wantsBody) {
        // Bodies of redirects and errors are of no use; closing the connection is cheaper than draining them.
        response.destroy();
        return finish({ ok: { status, headers } });
      }
      if (settings.acceptedContentTypes !== 'any' && (!type || !settings.acceptedContentTypes.includes(type))) {
        return fail(new FetchFailure('unsupported-content-type', `unsupported content type ${type ?? '(none)'}`));
      }
      const declaredLength = Number(headerValue(headers['content-length']));
      if (Number.isFinite(declaredLength) && declaredLength > settings.maxBodyBytes) {
        return fail(
          new FetchFailure(
            'too-large',
            `too large: Content-Length ${declaredLength} exceeds ${settings.maxBodyBytes} bytes`,
            0,
          ),
        );
      }
      readBody(response, headers, settings.maxBodyBytes).then(
        (body) => finish({ ok: { status, headers, body } }),
        fail,
      );
    });
    request.end();
  });
}

/** Collects the body, aborting as soon as either the wire bytes or the decoded bytes pass the limit. */
function readBody(
  response: http.IncomingMessage,
  headers: http.IncomingHttpHeaders,
  limit: number,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    let wireBytes = 0;
    let decodedBytes = 0;
    const chunks: Buffer[] = [];
    let decoder: Transform | null;
    try {
      decoder = decoderFor(headerValue(headers['content-encoding']));
    } catch (err) {
      return reject(err);
    }
    const abort = (err: unknown): void => {
      decoder?.destroy();
      response.destroy();
      reject(err);
    };
    response.on('data', (chunk: Buffer) => {
      wireBytes += chunk.length;
      if (wireBytes > limit) {
        abort(new FetchFailure('too-large', `too large: body exceeds ${limit} bytes`, wireBytes));
      }
    });
    response.on('error', abort);
    const output = decoder ? response.pipe(decoder) : response;
    if (decoder) {
      output.on('data', (chunk: Buffer) => {
        decodedBytes += chunk.length;
        if (decodedBytes > limit) {
          abort(new FetchFailure('too-large', `too large: decoded body exceeds ${limit} bytes`, wireBytes));
          return;
        }
        chunks.push(chunk);
      });
      output.on('error', (err: Error) =>
        abort(new FetchFailure('decoding', `could not decode body: ${err.message}`, wireBytes)),
      );
    } else {
      output.on('data', (chunk: Buffer) => {
        if (wireBytes <= limit) chunks.push(chunk);
      });
    }
    output.on('end', () => {
      if (response.complete) resolve(new Uint8Array(Buffer.concat(chunks)));
      else abort(new FetchFailure('network', 'connection closed before the body was complete', wireBytes));
    });
  });
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP-date. Null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now.getTime());
}

/** Full jitter: uniform in [0, min(max, base·2^attempt)), which spreads retries from many clients evenly. */
export function backoffDelay(attempt: number, retry: RetryOptions, random: () => number): number {
  return Math.floor(random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt));
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function fetchPage(url: string, options: FetchPageOptions): Promise<FetchPageResult> {
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  const maxRedirects = options.maxRedirects ?? FETCH_LIMITS.maxRedirects;
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: options.accept ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const settings: ExchangeSettings = {
    agents: options.agents ?? createSafeAgents(options.policy),
    headers,
    connectTimeoutMs: options.connectTimeoutMs ?? FETCH_LIMITS.connectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? FETCH_LIMITS.totalTimeoutMs,
    maxBodyBytes: options.maxBodyBytes ?? FETCH_LIMITS.maxBodyBytes,
    acceptedContentTypes: options.acceptedContentTypes ?? HTML_CONTENT_TYPES,
  };

  // Measured on the real monotonic clock: it bounds wall time spent on the network, whatever clock is injected.
  const startedAt = performance.now();
  const timeLeftMs = (): number => settings.totalTimeoutMs - (performance.now() - startedAt);

  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return { kind: 'failed', url, finalUrl: url, reason: 'invalid-url', message: `invalid URL ${url}` };
  }
  const failed = (reason: FetchFailureReason, message: string, bytesReceived?: number): FetchPageResult => ({
    kind: 'failed',
    url,
    finalUrl: current.href,
    reason,
    message,
    ...(bytesReceived === undefined ? {} : { bytesReceived }),
  });

  for (let redirects = 0; ; redirects += 1) {
    const verdict = options.policy.checkUrl(current);
    if (!verdict.allowed) return failed('blocked', verdict.reason);

    let response: Exchange;
    let attempt = 0;
    for (;;) {
      if (timeLeftMs() <= 0) {
        const failure = timeoutFailure(settings.totalTimeoutMs);
        return failed(failure.reason, failure.message);
      }
      try {
        response = await exchange(current, settings, timeLeftMs());
      } catch (err) {
        const failure = classifyError(err);
        return failed(failure.reason, failure.message, failure.bytesReceived);
      }
      const retryable = response.status === 429 || (response.status >= 500 && response.status <= 599);
      if (!retryable) break;
      const retryAfter = parseRetryAfter(headerValue(response.headers['retry-after']), clock.now());
      const base = {
        url,
        finalUrl: current.href,
        status: response.status,
        headers: validators(response.headers),
        fetchedAt: clock.now(),
      };
      if (retryAfter !== null && retryAfter > retry.maxRetryAfterMs)
        return { kind: 'http-error', ...base, retryAfterMs: retryAfter };
      const delay = retryAfter ?? backoffDelay(attempt, retry, random);
      // Out of retries, or the wait alone would overrun the fetch's time budget: report instead of waiting.
      if (attempt >= retry.maxRetries || delay >= timeLeftMs()) {
        return { kind: 'http-error', ...base, ...(retryAfter === null ? {} : { retryAfterMs: retryAfter }) };
      }
      await sleep(delay);
      attempt += 1;
    }

    const fetchedAt = clock.now();
    const base = { url, finalUrl: current.href, headers: validators(response.headers), fetchedAt };
    if (REDIRECT_STATUSES.has(response.status)) {
      const location = headerValue(response.headers.location);
      if (!location) return failed('bad-redirect', `redirect ${response.status} without a Location header`);
      if (redirects >= maxRedirects)
        return failed('too-many-redirects', `too many redirects: more than ${maxRedirects}`);
      try {
        current = new URL(location, current);
      } catch {
        return failed('bad-redirect', `redirect to an invalid URL ${location}`);
      }
      continue;
    }
    if (response.status === 304) return { kind: 'not-modified', ...base, status: 304 };
    if (response.status === 200 && response.body) return { kind: 'ok', ...base, status: 200, body: response.body };
    return { kind: 'http-error', ...base, status: response.status };
  }
}
