/**
 * URL canonicalisation: many spellings of one article's address collapse to one canonical URL.
 *
 * Rules (each has a test in test/pipeline/identity/canonical-url.test.ts):
 * - Only absolute http(s) URLs are accepted; anything else (relative, mailto:, javascript:, garbage) is `null`.
 * - Scheme and host lower-case; a trailing dot on the host removed; default ports, user info and fragment dropped.
 * - Scheme is kept (the canonical URL must stay a working link for http-only sites); http vs https is erased in
 *   the identity key instead (see `urlIdentityKey`), together with a leading `www.`.
 * - Percent-encoding normalised: escapes of unreserved characters (`A-Z a-z 0-9 - . _ ~`) decoded, every other
 *   escape upper-cased; non-ASCII characters are percent-encoded by the URL parser.
 * - Path case kept (paths are case-sensitive on most servers); duplicate slashes collapsed.
 * - A final `index.html` / `index.htm` removed: it is the directory's default document on every common server.
 * - Trailing slash removed from every path but the root, so `/a/b` and `/a/b/` are one article.
 * - AMP variants mapped to the regular page: Google AMP-cache URLs unwrapped, an `amp.` first host label dropped
 *   (`amp.example.com` becomes `www.example.com`, `amp.news.example.com` becomes `news.example.com`), `amp` path
 *   segments removed (`/amp/a`, `/a/amp`, `/a/amp/b`), `.amp.html` becomes `.html`, a final `.amp` extension is
 *   removed, and the `amp` / `outputType=amp` query markers are dropped.
 * - Tracking parameters stripped (see tracking-parameters.ts), empty parameters and an empty query dropped, the
 *   remaining parameters sorted by name (stable, so repeated names keep their relative order).
 *
 * `canonicalizeUrl` is idempotent: canonicalising its output returns the output unchanged.
 */
import { registrableDomain } from './registrable-domain';
import { isTrackingParameter } from '../../extract/tracking-parameters';

const UNRESERVED_CHARACTER = /^[A-Za-z0-9\-._~]$/;
const PERCENT_ESCAPE = /%([0-9a-fA-F]{2})/g;
const DEFAULT_DOCUMENTS = new Set(['index.html', 'index.htm']);
/** `https://example-com.cdn.ampproject.org/c/s/example.com/path`: content (`c`), viewer (`v`) or image (`i`). */
const AMP_CACHE_HOST_SUFFIX = '.cdn.ampproject.org';
const AMP_CACHE_PATH = /^\/[cvi]\/(s\/)?(.+)$/;

export function canonicalizeUrl(url: string): string | null {
  const parsed = parseHttpUrl(url.trim());
  if (parsed === null) return null;
  const page = unwrapAmpCacheUrl(parsed) ?? parsed;
  const port = page.port === '' ? '' : `:${page.port}`;
  const query = canonicalQuery(page.search);
  return `${page.protocol}//${canonicalHost(page.hostname)}${port}${canonicalPath(page.pathname)}${query}`;
}

/**
 * The string an article's identity is derived from: the canonical URL with the scheme forced to https and a
 * leading `www.` dropped, so that the http and https copies (and the www and bare-domain copies) of one page
 * identify the same article. Not a working link; use `canonicalizeUrl` for that.
 */
export function urlIdentityKey(url: string): string | null {
  const canonical = canonicalizeUrl(url);
  if (canonical === null) return null;
  return canonical.replace(/^https?:\/\/(www\.)?/, 'https://');
}

export interface CanonicalUrlCandidates {
  /** The URL the page was fetched from. */
  pageUrl?: string | null;
  /** `<link rel="canonical">`, possibly relative to `pageUrl`. */
  declaredCanonical?: string | null;
  /** `og:url`, possibly relative to `pageUrl`. */
  ogUrl?: string | null;
}

/**
 * Picks the canonical URL of a page, canonicalised.
 *
 * rel=canonical, then og:url, wins when it is on the same site (registrable domain) as the page: a site may move an
 * article between its own hosts, but a canonical pointing to another site is a syndication credit or a template
 * error, and adopting it would merge this copy with the original. A same-site canonical that is the bare home page
 * is ignored when the page itself is not the home page: CMS templates that emit the site root as every page's
 * canonical would otherwise collapse all articles of the site into one. Without a page URL, the declared
 * canonical is the only address there is and is used whatever its site. Nothing usable: `null`.
 */
export function chooseCanonicalUrl(candidates: CanonicalUrlCandidates): string | null {
  const pageUrl = candidates.pageUrl ?? null;
  const page = pageUrl === null ? null : canonicalizeUrl(pageUrl);
  const declared = [candidates.declaredCanonical, candidates.ogUrl]
    .map((candidate) => resolveCandidate(candidate, pageUrl))
    .filter((candidate): candidate is string => candidate !== null);
  if (page === null) return declared[0] ?? null;

  const pageParsed = new URL(page);
  const pageSite = registrableDomain(pageParsed.hostname);
  const pageIsHome = isHomePage(pageParsed);
  for (const candidate of declared) {
    const candidateParsed = new URL(candidate);
    if (registrableDomain(candidateParsed.hostname) !== pageSite) continue;
    if (isHomePage(candidateParsed) && !pageIsHome) continue;
    return candidate;
  }
  return page;
}

function resolveCandidate(candidate: string | null | undefined, base: string | null): string | null {
  const trimmed = candidate?.trim();
  if (!trimmed) return null;
  try {
    return canonicalizeUrl(base === null ? trimmed : new URL(trimmed, base).href);
  } catch {
    // Unparsable base: only an absolute candidate can be used.
    return canonicalizeUrl(trimmed);
  }
}

function isHomePage(url: URL): boolean {
  return url.pathname === '/' && url.search === '';
}

function parseHttpUrl(text: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  return parsed;
}

function unwrapAmpCacheUrl(url: URL): URL | null {
  if (!url.hostname.endsWith(AMP_CACHE_HOST_SUFFIX)) return null;
  const match = AMP_CACHE_PATH.exec(url.pathname);
  if (match === null) return null;
  const scheme = match[1] === undefined ? 'http' : 'https';
  return parseHttpUrl(`${scheme}://${match[2]}${url.search}`);
}

function canonicalHost(hostname: string): string {
  let labels = hostname.replace(/\.$/, '').split('.');
  while (labels[0] === 'amp' && labels.length > 2) labels = labels.slice(1);
  const host = labels.join('.');
  if (host === hostname.replace(/\.$/, '')) return host;
  // `amp.example.com` is the AMP twin of the site's main host, conventionally `www.`.
  return registrableDomain(host) === host ? `www.${host}` : host;
}

function canonicalPath(pathname: string): string {
  // Dropping empty segments collapses duplicate slashes and removes the trailing slash in one go. Dot segments are
  // resolved again because the parser leaves a final `.` in place (`/a/.`), and decoded `%2E` can create new ones.
  const segments: string[] = [];
  for (const segment of normalizePercentEncoding(pathname).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.' && segment.toLowerCase() !== 'amp') segments.push(segment);
  }
  // Removing one suffix can expose another (`/a.amp/index.html`, `/amp.amp`): apply the rules until none does, so
  // that canonicalising twice changes nothing.
  for (let last = segments.at(-1); last !== undefined; last = segments.at(-1)) {
    const withoutAmp = withoutAmpExtension(last);
    if (withoutAmp === '' || withoutAmp.toLowerCase() === 'amp' || DEFAULT_DOCUMENTS.has(last.toLowerCase())) {
      segments.pop();
    } else if (withoutAmp !== last) {
      segments[segments.length - 1] = withoutAmp;
    } else {
      break;
    }
  }
  return `/${segments.join('/')}`;
}

function withoutAmpExtension(segment: string): string {
  return segment.replace(/\.amp(\.html?)$/i, '$1').replace(/\.amp$/i, '');
}

function canonicalQuery(search: string): string {
  const kept: { name: string; parameter: string }[] = [];
  for (const parameter of search.replace(/^\?/, '').split('&')) {
    if (parameter === '') continue;
    const normalized = normalizePercentEncoding(parameter);
    const separator = normalized.indexOf('=');
    const rawName = separator === -1 ? normalized : normalized.slice(0, separator);
    const rawValue = separator === -1 ? '' : normalized.slice(separator + 1);
    const name = decodeComponent(rawName);
    if (isTrackingParameter(name) || isAmpMarker(name, decodeComponent(rawValue))) continue;
    kept.push({ name: rawName, parameter: normalized });
  }
  if (kept.length === 0) return '';
  // Array.prototype.sort is stable, so repeated names keep their order.
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `?${kept.map((entry) => entry.parameter).join('&')}`;
}

function isAmpMarker(name: string, value: string): boolean {
  const lowerName = name.toLowerCase();
  return lowerName === 'amp' || (lowerName === 'outputtype' && value.toLowerCase() === 'amp');
}

function normalizePercentEncoding(component: string): string {
  return component.replace(PERCENT_ESCAPE, (_escape, hex: string) => {
    const character = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED_CHARACTER.test(character) ? character : `%${hex.toUpperCase()}`;
  });
}

function decodeComponent(component: string): string {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    return component;
  }
}
