import { page, prose, run } from './helpers';

const story = ['harbour', 'ferry', 'pier'].map((topic) => prose(topic)).join('');

describe('the headline and its kicker at the top of the body', () => {
  it('drops the headline the body container repeats', () => {
    const body = run(page(`<article><h1>Port expands</h1>${story}</article>`), { title: 'Port expands' }).body;
    expect(body.startsWith('The harbour report')).toBe(true);
  });

  it.each([
    ['a section label', '<a class="label" href="/sport/">Voetbal</a>'],
    ['a series name and a genre', '<div class="rubric"><a href="/opinion/">Opinion</a> · <span>The column</span></div>'],
    ['two breadcrumb steps', '<p>News&gt;</p><p>Energy&gt;</p>'],
    ['a court and its file number as two fields of a row (rule "kicker of fields")', '<p class="case">Landgericht Hafenstadt · Az. 3 KLs 204 Js 1187/26</p><span>Landgericht</span>'],
    ['the page\'s trail over the series label (rule "trail over the headline")', '<p class="ruta">Inicio &raquo; Documentos &raquo; Nota técnica 2026/04 del puerto</p><p class="serie">NOTA TÉCNICA 2026/04</p>'],
    ['a live-timing strip of six fields and a kicker (rule "live strip over the headline")', '<div class="x-strip"><span>LIVE</span> Harbour regatta, day 2 · Times in real time · Reed 1:36.402 · Cole +0.118 · Hart +0.241 <a href="/live">Follow the live timing</a></div><p>Sailing · Winter series</p>'],
    ['an agency\'s news code row over its kicker (rule "news code over the headline")', '<div class="news-info"><span>کد خبر: ۱۴۰۵۰۹۱۵۰۴۲۱۷</span> <span>۱۵ آذر ۱۴۰۵ - ۱۰:۴۰</span> <span>استان‌ها &gt; آذربایجان شرقی</span></div><div class="uptitle">مدیرعامل قطار شهری:</div>'],
  ])('drops %s set above the headline', (_kind, kicker) => {
    const body = run(page(`<article>${kicker}<h1>Port expands</h1>${story}</article>`), { title: 'Port expands' }).body;
    expect(body.split('\n\n')).toHaveLength(3);
  });

  it('keeps a long line of fields above the headline when one of them is a sentence (rule "kicker of fields")', () => {
    const line = '<p>The harbour board met on Monday to decide on the new quay · Port expands</p>';
    const body = run(page(`<article>${line}<h1>Port expands</h1>${story}</article>`), { title: 'Port expands' }).body;
    expect(body).toContain('The harbour board met on Monday');
  });

  it('drops a heading that prints its kicker line run into the headline, and keeps a section heading under the first paragraph that repeats it', () => {
    const heading = '<h2><span>Harbour works</span> <span>Port expands to the north</span></h2>';
    expect(run(page(`<article>${heading}${story}</article>`), { title: 'Port expands to the north' }).body.startsWith('The harbour report')).toBe(true);
    const section = '<h2>In numbers: Port expands to the north</h2>';
    const body = run(page(`<article>${prose('harbour')}${section}${prose('ferry')}</article>`), { title: 'Port expands to the north' }).body;
    expect(body).toContain('In numbers: Port expands to the north');
  });

  it('drops a leading heading that is the declared title with more after it, and keeps a section heading under the first paragraph that does the same', () => {
    const title = 'Port expands to the north after six years of planning';
    const heading = `<h2>${title} - as the council orders a second quay</h2>`;
    expect(run(page(`<article>${heading}${story}</article>`), { title }).body.startsWith('The harbour report')).toBe(true);
    const body = run(page(`<article>${prose('harbour')}${heading}${prose('ferry')}</article>`), { title }).body;
    expect(body).toContain('as the council orders a second quay');
  });

  it('drops the trail that ends in the headline, as DataLife Engine\'s speedbar prints it, and keeps a line with more after the headline (rule "trail ending in the headline")', () => {
    const trail = '<div class="speedbar"><a href="/">Harbour Gazette</a> » <a href="/port/">Port</a> » Port expands to the north</div>';
    expect(run(page(`<article>${trail}${story}</article>`), { title: 'Port expands to the north' }).body.startsWith('The harbour report')).toBe(true);
    const longer = '<p>Harbour Gazette » Port » Port expands to the north » and the ferries</p>';
    expect(run(page(`<article>${longer}${story}</article>`), { title: 'Port expands to the north' }).body).toContain('and the ferries');
  });

  it('keeps a paragraph above the headline, and everything when the body does not hold the headline', () => {
    const lead = '<p>The harbour master opened the new quay on Monday after three years of building work.</p>';
    expect(run(page(`<article>${lead}<h1>Port expands</h1>${story}</article>`), { title: 'Port expands' }).body).toContain('The harbour master opened');
    expect(run(page(`<article><p>Voetbal</p>${story}</article>`), { title: 'Port expands' }).body.startsWith('Voetbal')).toBe(true);
  });
});

describe('the section line over the story (rule "section line over the story")', () => {
  it('drops a line that names the section or a category between the repeated headline and the text', () => {
    const set = '<h2 style="text-align:center">Port expands</h2><p style="text-align:center"><strong>Local news</strong></p>';
    const body = run(page(`<article>${set}${story}</article>`), { title: 'Port expands', sections: ['Local news'] }).body;
    expect(body.startsWith('The harbour report')).toBe(true);
  });

  it('keeps the name in the story, and a line of it when the page names no such section', () => {
    const body = run(page(`<article>${story}<p>Local news</p>${prose('quay')}</article>`), { sections: ['Local news'] }).body;
    expect(body).toContain('\n\nLocal news\n\n');
    expect(run(page(`<article><p>Local news</p>${story}</article>`), { sections: ['Sport'] }).body.startsWith('Local news')).toBe(true);
  });
});
