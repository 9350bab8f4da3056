/**
 * Round 75's rules (Catalan, Valencian, Basque, Galician and Asturian regional press), each on a small hand-written page.
 */
import { extract } from '../../lambdas/extract';

const NOW = new Date('2026-12-07T12:00:00Z');
const run = (html: string, url = 'https://paper.example/news/2026/story-of-the-day') => extract(Buffer.from(html), { url, now: NOW });

const STORY = [
  'The council approved the new bus lines on Friday after a debate that lasted more than two hours in the town hall.',
  'The lines will start running in January and will link the old town with the hospital and the railway station.',
  'Officials said the service would cost about 400,000 euros a year, shared between the region and the town.',
];
const page = (lang: string, header: string, after = '', head = '') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
  <title>Story</title>${head}</head><body><main><article><h1>The council approves new bus lines for the town</h1>${header}
  <div class="text">${STORY.map((text) => `<p>${text}</p>`).join('')}${after}</div></article></main></body></html>`;

describe('rule "Spain\'s regional languages"', () => {
  it('reads an Asturian page\'s date-only stamp on Madrid\'s clock', () => {
    const record = run(page('ast', '<p class="meta">Por Pelayo Fernández</p>'), 'https://paper.example/2026/12/04/story-of-the-day/');
    expect(record.publishedAt).toBe('2026-12-04T00:00:00+01:00');
  });
});

describe('rule "Basque tag labels"', () => {
  it('reads the links after "Etiketak:" as the tags', () => {
    const record = run(page('eu', '', '', '') .replace('</article>', '<div class="x1"><span>Etiketak:</span> <a href="/e/metroa">Metroa</a> <a href="/e/bilbo">Bilbo</a></div></article>'));
    expect(record.tags).toEqual(['Metroa', 'Bilbo']);
  });
});

describe('Basque picture credit', () => {
  it('reads "Argazkia:" in a caption as the credit\'s label', () => {
    const figure = '<figure><img src="https://paper.example/img/bus.jpg" alt=""><figcaption>A bus at the station. Argazkia: Iker Zubiaurre</figcaption></figure>';
    const record = run(page('eu', figure, '', '<meta property="og:image" content="https://paper.example/img/bus.jpg">'));
    expect(record.leadImage?.credit).toBe('Argazkia: Iker Zubiaurre');
  });
});

describe('rule "subscribe in Spain\'s other languages"', () => {
  it.each([
    ['Basque', 'eu', 'Harpidetu eta jaso egunkaria egunero etxean.'],
    ['Catalan', 'ca', 'Subscriu-te per llegir totes les notícies sense límits.'],
    ['Galician', 'gl', 'Subscríbete e le sen límites desde 1 euro o primeiro mes.'],
  ])('drops the %s subscription ask under the text', (_, lang, ask) => {
    const record = run(page(lang, '', `<p>${ask}</p>`));
    expect(record.body).not.toContain(ask.slice(0, 12));
    expect(record.body.split('\n\n').at(-1)).toBe(STORY[2]);
  });
});
