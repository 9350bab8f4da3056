import { extract } from '../../../lambdas/extract';
import { readSiteCreditLine } from '../../../lambdas/extract/metadata/bylines';
import { indexedPage } from '../../support/indexed-page';

const story = '<p>Ferry fares between the harbour and the islands will rise by six per cent in spring, the operator said on Monday, citing higher fuel and crew costs.</p>';
const credits = (line: string, [siteName, host]: Array<string | null>) =>
  readSiteCreditLine(indexedPage(`<h1>Ferry fares to rise</h1><div class="k1">${line}</div>${story}`), siteName, host);

describe('readSiteCreditLine', () => {
  it.each([
    ['Harbour Times - Jane Doe', ['Harbour Times', null], 'Jane Doe'],
    ['HARBOUR TIMES — Jane Doe and John Roe', ['Harbour Times', null], 'Jane Doe and John Roe'],
    ['harbourtimes.example | Jane Doe', [null, 'www.harbourtimes.example'], 'Jane Doe'],
    ['هسبريس - عبد الرحيم العسري', ['هسبريس', null], 'عبد الرحيم العسري'],
  ])('reads the writer after the site\'s name in %j', (line, siteNames, writer) => {
    expect(credits(line, siteNames)).toEqual([writer]);
  });

  it.each([
    ['another name before the writer', 'Other Paper - Jane Doe', ['Harbour Times', null]],
    ['a section after the site\'s name', 'Harbour Times - local news', ['Harbour Times', null]],
    ['a date after the site\'s name', 'Harbour Times - 18 November 2026', ['Harbour Times', null]],
    ['a page that names no site', 'Harbour Times - Jane Doe', [null, null]],
  ])('reads no writer from %s', (_, line, siteNames) => {
    expect(credits(line, siteNames)).toEqual([]);
  });

  it('reads only the article\'s header, not a line after the story began', () => {
    expect(readSiteCreditLine(indexedPage(`<h1>Ferry fares to rise</h1>${story}<div class="k1">Harbour Times - Jane Doe</div>`), 'Harbour Times', null)).toEqual([]);
  });
});

describe('a page that credits the site and its writer in one line', () => {
  const page = (siteName: string, line: string) => `<html><head><meta property="og:site_name" content="${siteName}"><title>Story</title></head><body><article><h1>Ferry fares to rise in spring</h1><div class="k1">${line}</div>${story.repeat(4)}</article></body></html>`;

  it.each([
    ['Harbour Times', 'Harbour Times - Jane Doe', 'Jane Doe'],
    ['هسبريس', 'هسبريس - عبد الرحيم العسري', 'عبد الرحيم العسري'],
  ])('names the writer of %s and leaves the credit line out of the body', (siteName, line, writer) => {
    const record = extract(page(siteName, line), { now: new Date('2026-12-01T00:00:00Z') });
    expect(record.authors).toEqual([writer]);
    expect(record.body.split('\n\n')).toHaveLength(4);
    expect(record.body).not.toContain(line);
  });
});
