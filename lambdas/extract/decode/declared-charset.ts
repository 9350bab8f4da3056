/**
 * What the page says about its encoding: the Content-Type header and `<meta>` declarations in its first bytes, and
 * the language its `<html lang>` names, which tells which alphabet its letters should spell.
 */
import { normalizeLanguageTag, primarySubtag } from '../language';
import { canonicalCharset } from './text-decoder';
import type { Declaration } from './types';

export function charsetFromContentType(contentType: string | null | undefined): Declaration | null {
  if (!contentType) return null;
  const match = /(?:^|;)\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s]*))/i.exec(contentType);
  const label = match ? match[1] ?? match[2] ?? match[3] : null;
  const charset = label ? canonicalCharset(label) : null;
  return charset ? { charset, source: 'content-type' } : null;
}

/** Meta declarations beyond this point are rare and risk matching text inside scripts. */
const META_PRESCAN_BYTES = 4096;

/** The primary language tag of `<html lang>` (or `xml:lang`) in the page's first bytes; null when there is none. */
export function languageFromHtmlTag(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES)).toString('latin1');
  const tag = /<html\s(?:[^>]*?\s)?(?:xml:)?lang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)/i.exec(head);
  const language = tag ? normalizeLanguageTag(tag[1]) : null;
  return language ? primarySubtag(language) : null;
}

/**
 * The WHATWG prescan, simplified: walk tags in the first bytes, skipping comments, and read `<meta charset>` or
 * `<meta http-equiv="content-type" content="...; charset=...">`.
 */
export function charsetFromMeta(bytes: Uint8Array): Declaration | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES)).toString('latin1');
  let position = 0;
  while (position < head.length) {
    const open = head.indexOf('<', position);
    if (open < 0) return null;
    if (head.startsWith('<!--', open)) {
      const end = head.indexOf('-->', open + 2);
      if (end < 0) return null;
      position = end + 3;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z][^\t\n\f\r />]*)/.exec(head.slice(open, open + 64));
    if (!tag) {
      const end = /^<[!/?]/.test(head.slice(open, open + 2)) ? head.indexOf('>', open) : open;
      if (end < 0) return null;
      position = end + 1;
      continue;
    }
    const { attributes, next } = readAttributes(head, open + tag[0].length);
    position = next;
    if (tag[1] === '' && tag[2].toLowerCase() === 'meta') {
      const charset = charsetOfMetaAttributes(attributes);
      if (charset) return { charset, source: 'meta' };
    }
  }
  return null;
}

function charsetOfMetaAttributes(attributes: Map<string, string>): string | null {
  const declared = attributes.get('charset');
  let label: string | null = declared ?? null;
  if (label === null && attributes.get('http-equiv')?.trim().toLowerCase() === 'content-type') {
    label = /charset\s*=\s*["']?([^"';\s]+)/i.exec(attributes.get('content') ?? '')?.[1] ?? null;
  }
  const charset = label ? canonicalCharset(label) : null;
  // A meta tag readable as ASCII cannot truly be UTF-16; browsers treat that claim as UTF-8.
  return charset?.startsWith('utf-16') ? 'utf-8' : charset;
}

function readAttributes(text: string, start: number): { attributes: Map<string, string>; next: number } {
  const attributes = new Map<string, string>();
  let position = start;
  for (;;) {
    while (position < text.length && /[\t\n\f\r /]/.test(text[position])) position++;
    if (position >= text.length || text[position] === '>') return { attributes, next: position + 1 };
    const nameStart = position;
    while (position < text.length && !/[\t\n\f\r /=>]/.test(text[position])) position++;
    if (position === nameStart) position++;
    const name = text.slice(nameStart, position).toLowerCase();
    while (position < text.length && /[\t\n\f\r ]/.test(text[position])) position++;
    let value = '';
    if (text[position] === '=') {
      position++;
      while (position < text.length && /[\t\n\f\r ]/.test(text[position])) position++;
      const quote = text[position];
      if (quote === '"' || quote === "'") {
        const end = text.indexOf(quote, position + 1);
        const valueEnd = end < 0 ? text.length : end;
        value = text.slice(position + 1, valueEnd);
        position = valueEnd + 1;
      } else {
        const valueStart = position;
        while (position < text.length && !/[\t\n\f\r >]/.test(text[position])) position++;
        value = text.slice(valueStart, position);
      }
    }
    if (!attributes.has(name)) attributes.set(name, value);
  }
}
