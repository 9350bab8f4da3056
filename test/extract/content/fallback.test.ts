import { load } from 'cheerio/slim';
import type { DomElement } from '../../../lambdas/extract/content/dom';
import { page, prose, run } from './helpers';

function scriptsOf(html: string): DomElement[] {
  return load(html)('script').toArray() as unknown as DomElement[];
}

/** A Next.js page that server-renders the first paragraph and ships the story in its page data. */
function nextPage(data: unknown): string {
  return page(`<div id="__next"><h1>Harbour plan</h1><p>The council approved the harbour plan on Monday.</p><div class="skeleton"></div></div>
    <script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`);
}
const STORY_HTML = `<p>${'The council approved the harbour plan on Monday after a long debate. '.repeat(4)}</p><h2>What comes next</h2><p>${'Work starts in spring and ends within two years, the mayor said. '.repeat(4)}</p>`;

describe('fallbacks', () => {
  it('uses the JSON-LD articleBody when the page renders too little text', () => {
    const structuredBody = 'First paragraph of the story, long enough to count as one.\n\nSecond paragraph, with more detail about what happened and why it matters to readers, and what comes next for the town.\nThird paragraph closes the story with a quote from the mayor, who spoke on Tuesday afternoon at length.';
    const result = run(page('<div id="app"><p>Loading…</p></div>'), { structuredBody });
    expect(result.method).toBe('fallback:json-ld-articleBody');
    expect(result.body.split('\n\n')).toHaveLength(3);
  });

  it('reads the story from the Next.js page data when the server rendered only its first paragraph', () => {
    const html = nextPage({ props: { pageProps: { article: { title: 'Harbour plan', content: STORY_HTML, related: [{ content: 'A teaser.' }] } } } });
    const result = run(html, { scripts: scriptsOf(html) });
    expect(result.method).toBe('fallback:page-data');
    expect(result.body.split('\n\n')).toEqual([
      'The council approved the harbour plan on Monday after a long debate. '.repeat(4).trim(), 'What comes next',
      'Work starts in spring and ends within two years, the mayor said. '.repeat(4).trim(),
    ]);
  });

  it('reads page data holding an array too long to pass as call arguments', () => {
    const html = nextPage({ props: { pageProps: { ids: new Array(300_000).fill(7), article: { content: STORY_HTML } } } });
    const result = run(html, { scripts: scriptsOf(html) });
    expect(result.method).toBe('fallback:page-data');
    expect(result.body.split('\n\n')[1]).toBe('What comes next');
  });

  it('keeps the rendered text when the page data holds no story, or cannot be read', () => {
    for (const html of [nextPage({ props: { pageProps: { article: { content: 'A teaser, too short to be the story.' } } } }),
      page('<p>The council approved the harbour plan on Monday.</p><script id="__NEXT_DATA__" type="application/json">{"props":</script>')]) {
      const result = run(html, { scripts: scriptsOf(html) });
      expect(result.method).toBe('main-pass');
      expect(result.body.split('\n\n').at(-1)).toBe('The council approved the harbour plan on Monday.');
    }
  });

  it('keeps the main pass when it finds the article', () => {
    const result = run(page(`<article>${prose('main')}${prose('pass')}</article>`), { structuredBody: 'Short teaser.' });
    expect(result.method).toBe('main-pass');
    expect(result.confidence).toBeGreaterThan(0.5);
  });

  it('returns an empty body with method none for a page without text', () => {
    expect(run(page('<div><img src="/a.jpg"></div>'))).toMatchObject({ body: '', bodyHtml: '', method: 'none', confidence: 0 });
  });
});
