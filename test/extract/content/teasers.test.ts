import { page, prose, run } from './helpers';

const card = (slug: string, headline: string, excerpt: string) => `<h3><a href="/news/${slug}">${headline}</a></h3><p>${excerpt}</p>`;
const cards = [
  card('ferry-fares', 'Ferry fares rise again in spring', 'The operators said on Monday that the new timetable would bring higher prices for'),
  card('pier-closed', 'Old pier closed for repairs', 'Engineers found cracks in the supports of the old pier last week, and the council […]'),
].join('');

describe('teaser runs', () => {
  it('drops a run of linked headlines with cut-off excerpts that ends the body', () => {
    const body = run(page(`<article>${prose('harbour')}${prose('tides')}${cards}</article>`)).body;
    expect(body).not.toMatch(/Ferry fares|operators said|Old pier|Engineers found/);
    expect(body).toContain('tides report');
  });

  it('drops a run of cards that opens the body, and keeps the unpunctuated standfirst after it', () => {
    const standfirst = '<p>The harbour is busier than ever. A visit to the docks on a Sunday morning</p>';
    const body = run(page(`<article>${cards}${standfirst}${prose('harbour')}${prose('tides')}</article>`)).body;
    expect(body).not.toMatch(/Ferry fares|Old pier/);
    expect(body.startsWith('The harbour is busier than ever.')).toBe(true);
  });

  it('keeps linked section headings whose paragraphs are finished writing, and a single linked headline', () => {
    const listicle = ['Harbour Museum', 'Lighthouse Walk'].map((name) => `<h3><a href="https://visit.example/${name}">The ${name} by the sea</a></h3>${prose(name)}`).join('');
    const single = card('ferry-fares', 'Ferry fares rise again in spring', 'The operators said on Monday that prices would rise for');
    const body = run(page(`<article>${prose('harbour')}${listicle}${single}</article>`)).body;
    expect(body).toContain('The Lighthouse Walk by the sea');
    expect(body).toContain('Lighthouse Walk report');
    expect(body).toContain('Ferry fares rise again in spring');
  });

  it('keeps a listing page whose cards are all the text it has', () => {
    const listing = [1, 2, 3].map((n) => card(`story-${n}`, `Harbour story number ${n} of the week`, `The ${n} harbour story begins on the quay, where the ferries and the cranes and the boats wait for`)).join('');
    expect(run(page(`<main>${listing}</main>`)).body).toContain('Harbour story number 3');
  });

  it('drops a last excerpt that ends on a read-more link, with its picture', () => {
    const result = run(page(`<article>${prose('harbour')}${prose('tides')}
      <figure><img src="/img/other-story.jpg"></figure><p>Summer is here, and the ferry crews know it. See for yourself! <strong><a href="/news/summer">Read more</a></strong></p></article>`));
    expect(result.body).not.toContain('Summer is here');
    expect(result.body.endsWith('the next steps.')).toBe(true);
    expect(result.images).toEqual([]);
  });

  it('drops the heading of no link that titles the last read-more box, with the box (rule "card\'s title")', () => {
    const box = '<div class="trust"><h3>Why trust the Harbour Herald</h3><p>Our editors follow strict guidelines. We check every figure twice. <a href="/standards/">Learn more</a></p></div>';
    const body = run(page(`<article>${prose('harbour')}<h2>Tides this week</h2>${prose('tides')}${box}</article>`)).body;
    expect(body).not.toMatch(/Why trust|strict guidelines/);
    expect(body).toContain('Tides this week');
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('keeps a last paragraph that ends on a link to a source', () => {
    const body = run(page(`<article>${prose('harbour')}${prose('tides')}<p>The full council report is <a href="/report.pdf">on the council site</a></p></article>`)).body;
    expect(body).toContain('The full council report is on the council site');
  });
});
