/**
 * The red-team suites' runner: a folder of pages stored as served, and the `expectations.json` beside them that
 * states, per page, the fields a reader reads, the body's first and last paragraphs, the furniture that must stay
 * out of it and, where the story carries more than prose (a data table, a subheading), what of it must stay in. Each
 * page is extracted once, at a fixed clock, and checked against what its entry states.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, type ArticleRecord } from '../../lambdas/extract';

interface RedTeamPage {
  page: string;
  url: string | null;
  expect: Partial<Pick<ArticleRecord, 'title' | 'description' | 'authors' | 'publishedAt' | 'modifiedAt' | 'language'
    | 'direction' | 'siteName' | 'url' | 'canonicalUrl' | 'section' | 'categories' | 'tags' | 'leadImage' | 'images'
    | 'wireSource' | 'isAccessibleForFree'>>
    & { counters?: Partial<ArticleRecord['counters']> };
  bodyFirst?: string;
  bodyLast?: string;
  notInBody: string[];
  inBody?: string[];
}

export function describeRedTeamPages(folder: string, now: Date): void {
  const pages = JSON.parse(readFileSync(join(folder, 'expectations.json'), 'utf8')) as RedTeamPage[];

  describe.each(pages)('red-team page $page', ({ page, url, expect: fields, bodyFirst, bodyLast, notInBody, inBody = [] }) => {
    const record = extract(readFileSync(join(folder, `${page}.html`)), { url, now });
    const paragraphs = record.body.split('\n\n');

    it('reads the fields a reader states', () => {
      const { counters, ...rest } = fields;
      expect(record).toMatchObject(rest);
      if (counters) expect(record.counters).toMatchObject(counters);
    });

    it('starts and ends the body where the story does, without the page\'s furniture', () => {
      if (bodyFirst !== undefined) expect(paragraphs[0]).toBe(bodyFirst);
      if (bodyLast !== undefined) expect(paragraphs.at(-1)).toBe(bodyLast);
      for (const furniture of notInBody) expect(record.body).not.toContain(furniture);
      for (const story of inBody) expect(record.body).toContain(story);
    });
  });
}
