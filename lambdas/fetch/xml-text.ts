/**
 * Bytes of an XML (or JSON) document to text: BOM first, then the XML declaration's `encoding`, then UTF-8 — the
 * order XML 1.0 Appendix F gives. Unknown encodings fall back to UTF-8 rather than failing, since a feed with a few
 * mis-decoded titles is still useful for discovering URLs.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  const declared = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Not a label TextDecoder knows; fall through to UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** An absolute http(s) URL from a possibly relative reference, or null. */
export function resolveHttpUrl(reference: string | undefined | null, base?: string): string | null {
  const trimmed = reference?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/** A date string as ISO 8601, or undefined if it cannot be read. Accepts RFC 822 (RSS) and RFC 3339 (Atom). */
export function toIsoDate(value: string | undefined | null): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
