/** Readability.js as the baseline: the same pages through Mozilla's extractor over linkedom or jsdom. */
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import { decodeHtml } from '../../lambdas/extract/decode';

// jsdom and linkedom ship no usable type declarations for this use; the bench only needs `document`.
const requireUntyped = createRequire(__filename);
const { parseHTML } = requireUntyped('linkedom') as { parseHTML(html: string): { document: unknown } };
const { JSDOM, VirtualConsole } = requireUntyped('jsdom') as {
  JSDOM: new (html: string, options: { url?: string; virtualConsole: unknown }) => { window: { document: unknown } };
  VirtualConsole: new () => unknown;
};

export type Dom = 'linkedom' | 'jsdom';

export interface BaselineRecord {
  title: string;
  body: string;
}

/** Decoding is included, as in our engine, so pages/s compare the same work. */
export function readabilityExtract(bytes: Uint8Array, url: string | null, dom: Dom): BaselineRecord {
  const html = decodeHtml(bytes).html;
  const document = dom === 'linkedom' ? parseHTML(html).document : jsdomDocument(html, url);
  try {
    const article = new Readability(document as ConstructorParameters<typeof Readability>[0]).parse();
    return { title: article?.title ?? '', body: article?.textContent ?? '' };
  } catch {
    return { title: '', body: '' };
  }
}

/** A virtual console that forwards nowhere keeps jsdom's CSS parse errors off the bench output. */
function jsdomDocument(html: string, url: string | null): unknown {
  const virtualConsole = new VirtualConsole();
  try {
    return new JSDOM(html, { ...(url ? { url } : {}), virtualConsole }).window.document;
  } catch {
    return new JSDOM(html, { virtualConsole }).window.document;
  }
}
