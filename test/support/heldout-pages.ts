/**
 * The hand-written held-out pages under test/fixtures: each suite reads its folder's pages as the pipeline receives
 * them (bytes, in the charset the site serves) and states the record a reader expects, field by field.
 *
 * ```ts
 * const extractPage = heldoutPageReader('heldout');
 * const record = extractPage('ar-legacy-1256', 'https://ofuq.example/news.php?id=5521', 'windows-1256');
 * ```
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type ArticleRecord } from '../../lambdas/extract';
import { encodeLegacy } from '../fixtures/encode-legacy';

/** The fixed "now" every held-out page is read at, so relative dates ("منذ ساعتين") and future-date checks hold. */
export const HELDOUT_NOW = new Date('2026-11-29T12:00:00Z');

/** Reads `test/fixtures/<folder>/<name>.html`, encoded in `charset` when given (UTF-8 otherwise). */
export function heldoutPageReader(folder: string): (name: string, url?: string | null, charset?: string) => ArticleRecord {
  return (name, url = null, charset) => {
    const html = readFileSync(join(__dirname, '../fixtures', folder, `${name}.html`), 'utf8');
    return extract(charset ? encodeLegacy(html, charset) : Buffer.from(html), { url, now: HELDOUT_NOW });
  };
}

/** A page as a suite states it: its file, its URL and the charset it is served in. */
export interface HeldoutPage {
  name: string;
  url: string;
  charset?: string;
}

/** A story page as a suite states it: besides its file, the headline, the writers and the day it was published. */
export interface HeldoutStory extends HeldoutPage {
  title: string;
  authors: string[];
  publishedDay: string;
}

/** The record credits the story's writers and dates it on its day. */
export function expectBylineOf(record: ArticleRecord, story: HeldoutStory): void {
  expect(record.authors).toEqual(story.authors);
  expect(record.publishedAt?.slice(0, 10)).toBe(story.publishedDay);
}

/** The page's record read with its URL and without one, labelled for `it.each`. */
export function readWithAndWithoutUrl(
  extractPage: ReturnType<typeof heldoutPageReader>, page: HeldoutPage,
): Array<[string, ArticleRecord]> {
  return [
    ['with its URL', extractPage(page.name, page.url, page.charset)],
    ['without a URL', extractPage(page.name, null, page.charset)],
  ];
}

export function paragraphs(record: ArticleRecord): string[] {
  return record.body.split('\n\n');
}

export function imageUrls(record: ArticleRecord): string[] {
  return record.images.map((image) => image.url);
}

/** A paragraph as a case states it: the whole text, or a pattern it must match. */
export type ExpectedParagraph = string | RegExp;

/**
 * Each expected paragraph is found in `body`, in the stated order; a missing one is reported by its text, which
 * `expect(body).toEqual(...)` on a long article would bury in a diff.
 */
export function expectParagraphsInOrder(body: string[], expected: readonly ExpectedParagraph[]): void {
  let from = 0;
  for (const paragraph of expected) {
    const at = body.findIndex((text, index) => index >= from && (typeof paragraph === 'string' ? text === paragraph : paragraph.test(text)));
    expect({ expected: String(paragraph), found: at >= 0 }).toEqual({ expected: String(paragraph), found: true });
    from = at + 1;
  }
}
