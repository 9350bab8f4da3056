/**
 * Where the page lives: the address it declares as its own (rel=canonical, og:url), the one it was fetched from, and
 * what follows from them: the base its relative links resolve against and the host that names the site.
 *
 * ```ts
 * const { canonicalUrl, baseUrl, host } = pageAddresses(page, canonicalAddress(page, tags), 'https://news.example/a/1?utm_source=x');
 * ```
 */
import { hostOf, httpUrl, originalAddress, resolveUrl, withoutFragment, withoutTrackingParameters } from '../url';
import type { MetaTags } from './meta-tags';
import { hasToken, type IndexedPage } from './regions';
import { archiveToolbarAddress, printedAddress } from './renderings';

export interface PageAddresses {
  /** The address the page declares, resolved and without tracking parameters; an archived copy's original. */
  canonicalUrl: string | null;
  /** What the page's relative links and pictures resolve against. */
  baseUrl: string | null;
  /** The article's own address: the one it was fetched from, else the declared one. */
  articleAddress: string | null;
  /** The article's host, which names the site and its domain. */
  host: string | null;
}

/** The page's addresses, from the one it declares (`canonical`) and the one it was fetched from (`given`), if known. */
export function pageAddresses(page: IndexedPage, canonical: string | null, given: string | null): PageAddresses {
  // A page dropped in without the address it came from still states where it lives; that address stands in for
  // it, so relative links and pictures resolve and the site's own name and domain are known.
  // A URL that names no host ("file:///…", a label such as "archive::page.html") locates no page on the web either.
  const givenAddress = given && hostOf(given) ? given : null;
  // A print version states its address at its foot instead: on the page's host, where its pictures are too.
  const printed = canonical ? null : printedAddress(page, hostOf(givenAddress && originalAddress(givenAddress)));
  const pageAddress = givenAddress ?? (canonical ? httpUrl(canonical, null) : printed);
  const baseUrl = documentBaseUrl(page, pageAddress);
  // An archived snapshot is read as the article it preserves: its host, and the date in its address, are the
  // original's. Links and pictures still resolve against the archive, which serves them.
  const givenArticle = pageAddress ? originalAddress(pageAddress) : null;
  const resolvedCanonical = canonical ? httpUrl(canonical, baseUrl) : null;
  const declaredCanonical = resolvedCanonical && withoutFragment(withoutTrackingParameters(resolvedCanonical));
  const canonicalUrl = declaredCanonical ? originalAddress(declaredCanonical) : printed ?? archiveToolbarAddress(page);
  const articleAddress = givenArticle ?? canonicalUrl;
  return { canonicalUrl, baseUrl, articleAddress, host: hostOf(articleAddress) };
}

/** `<base href>` changes what relative URLs mean; the page URL is the fallback. */
function documentBaseUrl(page: IndexedPage, url: string | null): string | null {
  const base = page.tagged('base').find((element) => element.attribs.href !== undefined)?.attribs.href;
  return (base && httpUrl(base, url)) || url;
}

const CANONICAL_TOKEN = new Set(['canonical']);
const AMP_TOKEN = new Set(['amphtml']);

/**
 * The address the page declares as its own: rel=canonical, else og:url.
 *
 * Rule "canonical to another rendition": a template slip points rel=canonical away from the article while og:url
 * gives its address: at the page's AMP rendition (the address its own rel=amphtml names, or one with an `amp`
 * folder, suffix or parameter: `…-4471902.amp`, `/amp/…`, `?outputType=amp`), at its mobile site's copy
 * (`m.example.com` for `www.example.com`), or at the site's home page, as every page of the template does. AMP and
 * mobile renditions name the plain page as canonical, never the reverse, and a story is not the home page, so og:url
 * is the page's address then.
 */
export function canonicalAddress(page: IndexedPage, tags: MetaTags): string | null {
  const linked = page.tagged('link').find((link) => hasToken(link.attribs.rel?.toLowerCase(), CANONICAL_TOKEN))?.attribs.href;
  const social = tags.first('og:url');
  if (!linked || !social || linked === social) return linked ?? social ?? null;
  const amp = page.tagged('link').find((link) => hasToken(link.attribs.rel?.toLowerCase(), AMP_TOKEN))?.attribs.href;
  if (linked === amp || (AMP_RENDITION.test(linked) && !AMP_RENDITION.test(social))) return social;
  const socialUrl = resolveUrl(social, null);
  const linkedUrl = socialUrl && resolveUrl(linked, socialUrl.href);
  if (!socialUrl || !linkedUrl) return linked;
  const isHome = (url: URL) => url.pathname === '/' && !url.search;
  const mobileOf = MOBILE_HOST.exec(linkedUrl.hostname)?.[1];
  const isMobileCopy = mobileOf !== undefined && socialUrl.hostname.replace(/^www\./, '') === mobileOf;
  return isMobileCopy || (isHome(linkedUrl) && !isHome(socialUrl)) ? social : linked;
}
const MOBILE_HOST = /^(?:m|mobile)\.(.+)$/i;
const AMP_RENDITION = /\/\/amp\.|[/.]amp(?:[/.?#]|$)|[?&](?:amp(?:=1|=true)?|outputType=amp)(?:[&#]|$)/i;
