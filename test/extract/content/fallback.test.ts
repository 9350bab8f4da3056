import { page, prose, run } from './helpers';

describe('fallbacks', () => {
  it('uses the JSON-LD articleBody when the page renders too little text', () => {
    const structuredBody = 'First paragraph of the story, long enough to count as one.\n\nSecond paragraph, with more detail about what happened and why it matters to readers, and what comes next for the town.\nThird paragraph closes the story with a quote from the mayor, who spoke on Tuesday afternoon at length.';
    const result = run(page('<div id="app"><p>Loading…</p></div>'), { structuredBody });
    expect(result.method).toBe('fallback:json-ld-articleBody');
    expect(result.body.split('\n\n')).toHaveLength(3);
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
