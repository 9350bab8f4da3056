/**
 * URLs read from a page (links, images, canonical and og: addresses): resolved against the page's address and
 * kept only in the schemes a reader may follow. Both stages use these, so a link the body keeps and an image the
 * metadata names are judged by the same rules.
 */
import { isTrackingParameter } from './tracking-parameters';

const HTTP_SCHEMES = new Set(['http:', 'https:']);
const SAFE_LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/** Longer values are not addresses anyone links to: data blobs, tracking payloads, hostile attributes. */
const MAX_URL_CHARS = 4096;

export function resolveUrl(value: string | undefined, base: string | null): URL | null {
  if (!value) return null;
  // Control characters and whitespace inside a scheme are how `java\nscript:` sneaks past naive checks; URL strips them.
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_URL_CHARS) return null;
  // Asking first is far cheaper than catching: a page read without its URL has every relative link unresolvable,
  // and a thrown TypeError costs about thirty times a check (a Wikipedia page spent 13 ms of its 90 in them).
  // Rule "scheme-relative address": a `//host/path` names its host whatever page it is on, and a page read without
  // its own address still has its pictures and links there; the web serves them over HTTPS.
  const against = base ?? (trimmed.startsWith('//') ? SCHEME_RELATIVE_BASE : undefined);
  if (!URL.canParse(trimmed, against)) return null;
  return new URL(trimmed, against);
}
const SCHEME_RELATIVE_BASE = 'https://scheme-relative.invalid/';

/** An absolute http(s) URL for `value` relative to `base`: an image, a canonical address. Null for anything else. */
export function httpUrl(value: string | undefined, base: string | null): string | null {
  const url = resolveUrl(value, base);
  return url && HTTP_SCHEMES.has(url.protocol) ? url.href : null;
}

/** An absolute http(s)/mailto link, or null for anything else (javascript:, data:, in-page anchors, unresolvable relatives). */
export function safeLinkUrl(href: string | undefined, base: string | null): string | null {
  if (href?.trim().startsWith('#')) return null;
  const url = resolveUrl(href, base);
  return url && SAFE_LINK_SCHEMES.has(url.protocol) ? url.href : null;
}

/**
 * Rule "tracking parameters in the canonical address": templates that build rel=canonical or og:url from the request
 * echo the campaign tags and click identifiers it came with (`?utm_source=rss&utm_medium=feed`, `&fbclid=…`). They
 * select nothing; the article's address is the one without them. The pipeline's list of such parameters is the one
 * it strips when it derives the article's id.
 */
export function withoutTrackingParameters(address: string): string {
  const queryStart = address.indexOf('?');
  if (queryStart < 0) return address;
  const fragmentStart = address.indexOf('#', queryStart);
  const queryEnd = fragmentStart < 0 ? address.length : fragmentStart;
  const parameters = address.slice(queryStart + 1, queryEnd).split('&');
  const kept = parameters.filter((parameter) => !isTrackingParameter(parameterName(parameter)));
  if (kept.length === parameters.length) return address;
  return address.slice(0, queryStart) + (kept.length > 0 ? `?${kept.join('&')}` : '') + address.slice(queryEnd);
}

/**
 * Rule "place in the page": a canonical address that closes with a fragment (`…/bridge-123#comments`, `#main`) points
 * into the page it names, not at another page; templates that build it from the reader's link echo where the link
 * jumped to. The article's address has none. A hash-bang (`#!/story/123`) is how script-built sites of an older
 * kind name the story itself, and stays.
 */
export function withoutFragment(address: string): string {
  const fragmentStart = address.indexOf('#');
  return fragmentStart < 0 || address.startsWith('#!', fragmentStart) ? address : address.slice(0, fragmentStart);
}

function parameterName(parameter: string): string {
  const name = parameter.split('=', 1)[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The host of a URL, or null. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** The address without its query and fragment: what names the file, for rules that read its path. */
export function withoutQuery(url: string): string {
  return url.replace(QUERY_AND_FRAGMENT, '');
}
const QUERY_AND_FRAGMENT = /[?#].*$/;

/**
 * Rule "archive playback address": web archives that run the Wayback software (the Internet Archive, national
 * libraries' web archives, Archive-It) serve a snapshot at `<archive>/<collection>/<14-digit capture time><mode>/<original
 * URL>` and rewrite every link and picture of the page the same way. The address inside is the article's own, which
 * the record describes; a page's pictures stay at the archive, where they can still be fetched. The archive may fold
 * the original's "//" into one slash.
 */
export function archivedOriginal(url: string): string | null {
  const original = ARCHIVE_PLAYBACK.exec(url)?.[1];
  return original ? httpUrl(original.replace(FOLDED_SCHEME, '$1//'), null) : null;
}
const ARCHIVE_PLAYBACK = /^(?:https?:\/\/[^/?#]+)?\/(?:[^?#]*\/)?\d{14}(?:[a-z]{2}_)?\/(https?:\/\/?[^/].*)$/i;
const FOLDED_SCHEME = /^(https?:)\/+/i;

/**
 * Rule "AMP cache address": an AMP cache serves a publisher's AMP page from a host of its own, with the page's
 * address inside its path (`https://www-example-es.cdn.ampproject.org/c/s/www.example.es/…`: "c" for the document,
 * "s" for https). The address inside is the page's own, whose host names the site and its country; the cache's host
 * names neither.
 */
export function ampCachedOriginal(url: string): string | null {
  const cached = AMP_CACHE_PATH.exec(url);
  return cached ? `${cached[1] ? 'https' : 'http'}://${cached[2]}` : null;
}
const AMP_CACHE_PATH = /^https?:\/\/[^/?#]*\bamp[^/?#]*\/(?:[a-z]+\/)?[cvi]\/(s\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+\/.*)$/i;

/** The address a snapshot was taken of, or a cache served the page from; the address itself when it is neither. */
export function originalAddress(url: string): string {
  return archivedOriginal(url) ?? ampCachedOriginal(url) ?? url;
}

/** The site a host belongs to, as its last two labels (three under a two-letter second level: `bbc.co.uk`). */
export function siteOf(hostname: string | undefined): string | null {
  if (!hostname) return null;
  const labels = hostname.toLowerCase().split('.');
  const keep = labels.length >= 3 && labels[labels.length - 2].length <= 3 && labels[labels.length - 1].length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}
