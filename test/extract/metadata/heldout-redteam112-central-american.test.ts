import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const text = [
  'Cuba y Vietnam firmaron este domingo un acuerdo para ampliar la producción de arroz en la provincia, con la siembra de dos mil hectáreas adicionales.',
  'La parte vietnamita aportará semillas de variedades de alto rendimiento, maquinaria para la cosecha y asesoría técnica durante tres campañas.',
  'La colaboración entre ambos países en la producción de arroz comenzó hace más de dos décadas y se ha extendido a otras provincias del país.',
].map((paragraph) => `<p>${paragraph}</p>`).join('');
const page = (strip: string, lang = 'es-ES') => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Acuerdo para el arroz | Periódico</title></head><body>`
  + `<div class="top-strip">${strip}</div><main><article><h1>Acuerdo para el arroz</h1><div class="meta"><span>Redacción</span> | <span class="created">6 diciembre 2026 | 9:45 pm</span></div>`
  + `<div class="body">${text}</div></article></main></body></html>`;
const published = (strip: string, lang?: string) => extract(Buffer.from(page(strip, lang)), { url: 'https://www.periodico.example/nacionales/2026/12/06/acuerdo-arroz', now }).publishedAt;

describe('Central American and Caribbean Spanish-language portals', () => {
  it('places a zoneless time on the clock of the masthead\'s city (rule "Central America\'s and the Antilles\' cities")', () => {
    expect(published('<span>Pinar del Río, domingo 6 de diciembre de 2026</span>')).toBe('2026-12-06T21:45:00-05:00');
    expect(published('<span>Quetzaltenango, Guatemala</span>', 'es')).toBe('2026-12-06T21:45:00-06:00');
    expect(published('<span>Mayagüez, Puerto Rico</span>', 'es')).toBe('2026-12-06T21:45:00-04:00');
    // A city whose name is another country's too names no clock.
    expect(published('<span>San José, domingo 6 de diciembre de 2026</span>')).toBe('2026-12-06T21:45:00+00:00');
  });

  it('reads the city and country that open a strip of bars over an old table layout (rule "the strip\'s first field")', () => {
    const strip = (first: string) => `<font size="1">&nbsp;${first} &nbsp;|&nbsp; Semanario del Oeste desde 1987 &nbsp;|&nbsp; <a href="index.asp">Portada</a> | <a href="s.asp?s=1">Locales</a> | <a href="s.asp?s=2">Oeste</a> | <a href="s.asp?s=3">Deportes</a> | <a href="s.asp?s=4">Cultura</a> | <a href="c.asp">Clasificados</a> | <a href="k.asp">Contáctenos</a></font>`;
    expect(published(strip('Mayagüez, Puerto Rico'), 'es')).toBe('2026-12-06T21:45:00-04:00');
    // The strip's first field must be the masthead's line whole: a city inside a slogan names no newsroom.
    expect(published(strip('Noticias de Mayagüez, Puerto Rico y todo el oeste'), 'es')).toBe('2026-12-06T21:45:00+00:00');
  });
});
