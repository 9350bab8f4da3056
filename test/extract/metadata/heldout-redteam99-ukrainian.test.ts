import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-07T14:00:00Z');
const page = (meta: string) => `<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><title>Új buszjárat indul Munkácsra – Kárpáti Napló</title>`
  + '<meta property="article:published_time" content="2026-12-05T10:00:00+02:00"></head><body><header><a href="/">Kárpáti Napló</a></header>'
  + `<main><article><h1>Új buszjárat indul Munkácsra</h1><div class="meta">${meta}</div><div class="entry-content">`
  + '<p>Hétfőtől új buszjárat köti össze Beregszászt és Munkácsot. A járat naponta négyszer indul, reggel hattól este hatig.</p>'
  + '<p>A menetjegy ára 60 hrivnya, a diákok és a nyugdíjasok kedvezményesen utazhatnak. A buszokon áramszünet idején is működik a fűtés.</p>'
  + '<p>A járatot egy helyi fuvarozó üzemelteti, a megyei közlekedési hivatal engedélyével.</p></div></article></main></body></html>';
const authors = (meta: string) => extract(Buffer.from(page(meta)), { url: 'https://karpatinaplo.example/2026/12/05/buszjarat-munkacs/', now }).authors;

describe('Ukrainian oblast and city portals: writers', () => {
  it('reads the writer from a link to the writer\'s page under the Hungarian or transliterated Ukrainian path word (rule "writer\'s page in Hungarian and East Slavic words")', () => {
    expect(authors('2026. december 5. 10:00 | Szerző: <a href="/szerzo/toth-anna/">Tóth Anna</a>')).toEqual(['Tóth Anna']);
    expect(authors('2026. december 5. 10:00 | <a href="/avtor/oksana-boiko/">Оксана Бойко</a>')).toEqual(['Оксана Бойко']);
    // A contract's page is no writer's.
    expect(authors('2026. december 5. 10:00 | <a href="/szerzodes/feltetelek/">Általános Feltételek</a>')).toEqual([]);
  });
});
