/** URL helpers shared by the metadata stages. */

/** An absolute http(s) URL for `href` relative to `base`, or null when it cannot be one. */
export function resolveUrl(href: string, base: string | null): string | null {
  const trimmed = href.trim();
  // Checked rather than caught, as in content/url.ts: relative URLs on a page read without its URL are common.
  if (!trimmed || !URL.canParse(trimmed, base ?? undefined)) return null;
  const url = new URL(trimmed, base ?? undefined);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
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
