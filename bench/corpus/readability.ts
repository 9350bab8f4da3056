/** Readability.js as the baseline: the same pages through Mozilla's extractor over linkedom or jsdom. */
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import { decodeHtml, wholeText } from '../../lambdas/extract/decode';

// jsdom and linkedom ship no usable type declarations for this use; the bench only needs `document`.
const requireUntyped = createRequire(__filename);
const { parseHTML } = requireUntyped('linkedom') as { parseHTML(html: string): { document: unknown } };
const { JSDOM, VirtualConsole } = requireUntyped('jsdom') as {
  JSDOM: new (html: string, options: { url?: string; virtualConsole: unknown }) => JsdomPage;
  VirtualConsole: new () => unknown;
};

interface JsdomPage {
  window: { document: unknown; close(): void };
}

export type Dom = 'linkedom' | 'jsdom';

export interface BaselineRecord {
  title: string;
  body: string;
}

/** Decoding is included, as in our engine, so pages/s compare the same work. */
export function readabilityExtract(bytes: Uint8Array, url: string | null, dom: Dom): BaselineRecord {
  const html = wholeText(decodeHtml(bytes));
  const page = dom === 'linkedom' ? null : jsdomPage(html, url);
  const document = page ? page.window.document : parseHTML(html).document;
  try {
    const article = new Readability(document as ConstructorParameters<typeof Readability>[0]).parse();
    return { title: article?.title ?? '', body: article?.textContent ?? '' };
  } catch {
    return { title: '', body: '' };
  } finally {
    // An open jsdom window keeps its whole document alive; over the corpus that ran the bench out of heap.
    page?.window.close();
  }
}

/** A virtual console that forwards nowhere keeps jsdom's CSS parse errors off the bench output. */
function jsdomPage(html: string, url: string | null): JsdomPage {
  const virtualConsole = new VirtualConsole();
  try {
    return new JSDOM(html, { ...(url ? { url } : {}), virtualConsole });
  } catch {
    return new JSDOM(html, { virtualConsole });
  }
}
