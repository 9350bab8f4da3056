import { type CheerioAPI, load } from 'cheerio/slim';
import { walkDocument } from '../../lambdas/extract/dom-walk';
import { IndexedPage } from '../../lambdas/extract/metadata/regions';

/**
 * The index the metadata readers read a page through, over a document Cheerio loaded (or the HTML to load). The
 * engine builds it from its own parse; tests load fragments with Cheerio, as they did before the readers took it.
 */
export function indexedPage(document: CheerioAPI | string): IndexedPage {
  const $ = typeof document === 'string' ? load(document) : document;
  return new IndexedPage(walkDocument($.root()[0]));
}
