/**
 * The lead image a page declares for itself: og:image (and its secure/url variants), twitter:image, JSON-LD
 * image, microdata image, `link[rel=image_src]`. Resolved against the page URL; inline data URIs are not images
 * anyone can fetch and are skipped.
 */
import type { MetaTags } from './meta-tags';
import type { StructuredArticle } from './json-ld';
import type { IndexedPage } from './regions';
import { namesUnsetFile } from '../content/decorative-images';
import { httpUrl, withoutQuery } from '../url';

export function readLeadImage(page: IndexedPage, tags: MetaTags, structured: StructuredArticle | null, baseUrl: string | null): string | null {
  const candidates = [
    ...tags.all('og:image:secure_url', 'og:image:url', 'og:image'),
    ...(structured?.images ?? []),
    ...tags.all('twitter:image', 'twitter:image:src', 'itemprop:image'),
    page.tagged('link').find((link) => link.attribs.rel?.toLowerCase() === 'image_src')?.attribs.href,
  ];
  for (const candidate of candidates) {
    // A declaration whose file name is an unset value is a field left empty; the next declaration may name the picture.
    if (!candidate || /^\s*data:/i.test(candidate) || namesUnsetFile(withoutQuery(candidate.trim()))) continue;
    const resolved = httpUrl(candidate, baseUrl);
    if (resolved) return resolved;
  }
  return null;
}
