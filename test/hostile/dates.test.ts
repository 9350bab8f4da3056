/**
 * Publication dates that cannot be true: the year 99999, before 1900, in the future. Whatever source states them
 * (JSON-LD, meta tags, <time>, visible text), they are never accepted as publishedAt, and the page is still stored.
 */
import { extract } from '../../lambdas/extract';
import { PAGE_URL, STORY_SENTENCE } from './support/hostile-inputs';
import { NOW, ingestInMemory } from './support/ingest-memory';

type DateSource = 'JSON-LD' | 'meta tag' | '<time datetime>' | 'visible text';

function pageDated(source: DateSource, machine: string, written: string): string {
  const head = {
    'JSON-LD': `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour reopens', datePublished: machine })}</script>`,
    'meta tag': `<meta property="article:published_time" content="${machine}">`,
    '<time datetime>': '',
    'visible text': '',
  }[source];
  const dateline = {
    'JSON-LD': '',
    'meta tag': '',
    '<time datetime>': `<time datetime="${machine}" pubdate>${written}</time>`,
    'visible text': `<p class="date">Published ${written}</p>`,
  }[source];
  return `<html lang="en"><head><title>Harbour reopens</title>${head}</head><body><article><h1>Harbour reopens</h1>${dateline}<p>${STORY_SENTENCE}</p></article></body></html>`;
}

const IMPOSSIBLE_DATES = [
  { what: 'in the year 99999', machine: '+099999-01-01T00:00:00Z', written: '1 January 99999' },
  { what: 'in the year 99999 (plain)', machine: '99999-01-01T00:00:00Z', written: 'January 1, 99999' },
  { what: 'before 1900', machine: '1850-03-01T10:00:00Z', written: '1 March 1850' },
  { what: 'in year 1', machine: '0001-01-01T00:00:00Z', written: '1 January 0001' },
  { what: 'in the future', machine: '2031-06-01T10:00:00Z', written: '1 June 2031' },
  { what: 'a day after now', machine: '2026-11-30T12:00:00Z', written: '30 November 2026' },
];

const SOURCES: DateSource[] = ['JSON-LD', 'meta tag', '<time datetime>', 'visible text'];

describe.each(IMPOSSIBLE_DATES)('a publication date $what', ({ machine, written }) => {
  it.each(SOURCES)('stated in %s is not accepted by extract()', (source) => {
    const record = extract(pageDated(source, machine, written), { url: PAGE_URL, now: NOW });
    expect(record.publishedAt).toBeNull();
    expect(record.body).toContain(STORY_SENTENCE);
  });

  it.each(SOURCES)('stated in %s is not stored as publishedAt; the article is stored', async (source) => {
    const { outcome, articles } = await ingestInMemory(Buffer.from(pageDated(source, machine, written)));
    expect(outcome.outcome).toBe('created');
    const [stored] = [...articles.latest.values()];
    expect(stored.publishedAt).toBeNull();
  });
});

it('a plausible date beside the impossible ones is the one accepted', () => {
  const html = pageDated('JSON-LD', '+099999-01-01T00:00:00Z', '').replace('</article>', '<time datetime="2024-05-06T10:00:00Z">6 May 2024</time></article>');
  expect(extract(html, { url: PAGE_URL, now: NOW }).publishedAt).toMatch(/^2024-05-06T10:00:00/);
});
