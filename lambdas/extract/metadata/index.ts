import type { CheerioAPI } from 'cheerio/slim';

/** Everything the page says about itself, read before the body is cleaned (cleaning mutates the DOM). */
export interface PageMetadata {
  title: string | null;
  description: string | null;
  authors: string[];
  publishedAt: string | null;
  publishedAtRaw: string | null;
  modifiedAt: string | null;
  modifiedAtRaw: string | null;
  /** Language declared by markup; the final language also checks the body text. */
  declaredLanguage: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  section: string | null;
  categories: string[];
  tags: string[];
  leadImage: string | null;
  wireSource: string | null;
  isAccessibleForFree: boolean | null;
  counters: { views: number | null; comments: number | null };
  /** Article body text from structured data (JSON-LD articleBody), a fallback for the body pass. */
  structuredBody: string | null;
  sources: string[];
  warnings: string[];
}

export interface MetadataContext {
  url: string | null;
  now: Date;
}

/** Placeholder until the metadata stage lands: title, language and canonical URL only. */
export function readMetadata($: CheerioAPI, context: MetadataContext): PageMetadata {
  const meta = (name: string) => $(`meta[property="${name}"], meta[name="${name}"]`).attr('content')?.trim() || null;
  const canonical = $('link[rel="canonical"]').attr('href') ?? meta('og:url');
  return {
    title: meta('og:title') ?? ($('h1').first().text().trim() || $('title').text().trim() || null),
    description: meta('og:description') ?? meta('description'),
    authors: [],
    publishedAt: null,
    publishedAtRaw: null,
    modifiedAt: null,
    modifiedAtRaw: null,
    declaredLanguage: $('html').attr('lang')?.trim() || null,
    siteName: meta('og:site_name'),
    canonicalUrl: canonical ? resolveUrl(canonical, context.url) : null,
    section: null,
    categories: [],
    tags: [],
    leadImage: meta('og:image'),
    wireSource: null,
    isAccessibleForFree: null,
    counters: { views: null, comments: null },
    structuredBody: null,
    sources: ['dom'],
    warnings: [],
  };
}

function resolveUrl(href: string, base: string | null): string | null {
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null;
  }
}
