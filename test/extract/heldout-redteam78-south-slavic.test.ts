/**
 * Round 78's rules (Serbian, Croatian, Bosnian, Montenegrin, Slovenian, Macedonian and Bulgarian local portals), each
 * on a small hand-written page.
 */
import { extract } from '../../lambdas/extract';
import type { Block } from '../../lambdas/extract/content/blocks';
import { splitSourceCredit } from '../../lambdas/extract/content/source-credit';
import { DISCUSSION_COUNT_HEADING } from '../../lambdas/extract/discussion-headings';

const NOW = new Date('2026-12-07T12:00:00Z');
const run = (html: string, url = 'https://portal.example/vesti/grad/prica-dana-1204') => extract(Buffer.from(html), { url, now: NOW });

const STORY = [
  'Gradsko veće je u petak usvojilo plan za nove autobuske linije, posle rasprave koja je trajala više od dva sata.',
  'Linije će početi da saobraćaju u januaru i povezaće stari deo grada sa bolnicom i železničkom stanicom.',
  'Kako je navedeno, usluga će koštati oko 40 miliona dinara godišnje, a troškove će deliti grad i republika.',
];
const COMMENT = 'Konačno neko da se seti i nas sa periferije, čekamo ovu liniju već deset godina, a sad se nadamo da će i raditi kako treba.';
const page = (lang: string, inner: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Priča</title></head>
  <body><h1>Veće usvojilo plan za nove autobuske linije</h1>${inner}</body></html>`;
const paragraphs = STORY.map((text) => `<p>${text}</p>`).join('');

describe('rule "comments in the Slavic languages"', () => {
  it.each([['komentari'], ['komentarji']])('drops the readers\' box a template names "%s"', (name) => {
    const record = run(page('sr', `<div class="article-wrap"><div class="sadrzaj">${paragraphs}</div>
      <div class="${name}"><div class="kom"><b>Mika</b><p>${COMMENT}</p></div></div></div>`));
    expect(record.body).not.toContain('Konačno neko');
    expect(record.body.split('\n\n').at(-1)).toBe(STORY[2]);
  });
});

describe('rule "text in the Slavic and Nordic languages"', () => {
  it('takes the story\'s text box, not the wrapper that adds its stamp row, for "tekst" is the text', () => {
    const record = run(page('sr', `<div class="article-wrap"><div class="vreme-autor"><span class="izvor">Tanjug</span>
      <span class="vreme" title="05.12.2026. 09:10">pre 2 dana</span></div><div class="tekst-vesti">${paragraphs}</div>
      <div class="oznake">Oznake: <a href="/tag/grad">grad</a></div></div>`));
    expect(record.body.split('\n\n')[0]).toBe(STORY[0]);
    expect(record.body).not.toContain('pre 2 dana');
  });
});

describe('rule "South Slavic and Bulgarian comments"', () => {
  it.each([['Коментари (2)'], ['Komentarji (3)'], ['12 коментара'], ['5 komentarjev']])('knows %j as the discussion\'s heading', (heading) => {
    expect(DISCUSSION_COUNT_HEADING.test(heading)).toBe(true);
  });

  it('reads the count of the Cyrillic heading over the thread', () => {
    const record = run(page('sr', `<article><div class="text">${paragraphs}</div></article>
      <div class="mnenja"><h4>Коментари (2)</h4><div><b>Мика</b> <p>Лепо.</p></div></div>`));
    expect(record.counters.comments).toBe(2);
  });
});

describe('rule "home agency in brackets"', () => {
  const paragraph = (text: string): Block => ({ kind: 'p', text, html: text, quoted: false });
  const story = paragraph('Luke na obali u studenom su primile 12 posto više putnika nego u istom mjesecu prošle godine.');

  it.each([['hr'], ['bs-BA']])('takes "(Hina)" under a story in %s as the agency\'s credit', (language) => {
    const split = splitSourceCredit([story, paragraph('(Hina)')], language);
    expect(split.blocks).toEqual([story]);
    expect(split.creditedAgency).toBe('HINA');
  });

  it('leaves "(Hina)" to a page in another language, where it is a given name', () => {
    expect(splitSourceCredit([story, paragraph('(Hina)')], 'en').blocks).toHaveLength(2);
  });

  it('closes a Croatian page\'s body on its last sentence', () => {
    const record = run(page('hr', `<article><div class="text">${paragraphs}<p>(Hina)</p></div></article>`));
    expect(record.body.split('\n\n').at(-1)).toBe(STORY[2]);
    expect(record.wireSource).toBe('HINA');
  });
});

describe('rule "credit past the line break"', () => {
  const table = (line: string) => page('sl', `<table><tr><td><img src="/slike/knjiznica.jpg" width="640" alt=""><br>${line}
    <div class="vsebina">${paragraphs}</div></td></tr></table>`);

  it('reads the labelled line after the picture\'s line break as its credit', () => {
    const record = run(table('<span class="foto">Foto: Boris Kranjc</span>'));
    expect(record.leadImage?.credit).toBe('Foto: Boris Kranjc');
  });

  it('leaves a line after the break that is no credit', () => {
    const record = run(table('<span class="opis">Nova knjižnica v Taboru</span>'));
    expect(record.leadImage?.credit ?? null).toBeNull();
  });

  it('reads a line that closes on its credit as the picture\'s caption and credit, out of the body (rule "credited line past the line break")', () => {
    const record = run(table('<span class="peu">Nova knjižnica v Taboru. Foto: Boris Kranjc</span>'));
    expect(record.leadImage).toMatchObject({ caption: 'Nova knjižnica v Taboru.', credit: 'Foto: Boris Kranjc' });
    expect(record.body).not.toContain('Nova knjižnica v Taboru');
  });
});
