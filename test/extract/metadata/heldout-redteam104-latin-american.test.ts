import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = '<p>La concesión contempla una inversión de 3,2 billones de pesos, dos túneles y un nuevo puente sobre el río Sogamoso.</p>'.repeat(3);

describe('Latin American provincial and state portals', () => {
  it('reads Colprensa, credited alone in the byline and as JSON-LD author, as the wire source (rule "Colombia\'s agency")', () => {
    const page = '<html lang="es-CO"><head><title>Vía doble a Barrancabermeja | Diario</title><script type="application/ld+json">'
      + '{"@type":"NewsArticle","headline":"Vía doble a Barrancabermeja","author":{"@type":"Organization","name":"Colprensa"}}</script></head>'
      + `<body><article><h1>Vía doble a Barrancabermeja</h1><span class="article__author">Colprensa</span><div>${story}</div></article></body></html>`;
    const record = extract(Buffer.from(page), { url: 'https://diario.example/santander/via-doble-NT1', now });
    expect(record.wireSource).toBe('Colprensa');
    expect(record.authors).toEqual([]);
  });

  it('reads zoneless times on the clock of the provincial or state capital the masthead names (rule "the provinces\' and states\' capitals")', () => {
    const page = (masthead: string, stamp: string) => `<html lang="es"><head><title>Tren a las Nubes | Diario</title></head><body><div class="fecha">${masthead}</div>`
      + `<h1>El Tren a las Nubes suma una segunda frecuencia</h1><span class="fecha">${stamp}</span><div class="cuerpo">${story}</div></body></html>`;
    const published = (masthead: string, stamp: string) => extract(Buffer.from(page(masthead, stamp)), { url: 'https://diario.example/nota/48211', now }).publishedAt;
    expect(published('San Salvador de Jujuy, Argentina · Lunes 07 de diciembre de 2026 · 24°', 'Lunes 07 de diciembre de 2026 - 10:15')).toBe('2026-12-07T10:15:00-03:00');
    expect(published('Oaxaca de Juárez, Oax. | Lunes 07 de diciembre de 2026', 'Lunes 07 de diciembre de 2026 - 08:50')).toBe('2026-12-07T08:50:00-06:00');
  });

  it('reads zoneless times on the clock of the city the masthead names with its state (rule "the masthead\'s city and state")', () => {
    const page = (place: string) => `<html lang="es"><head><title>Fisura en canal | Diario</title></head><body><div class="top"><span class="ciudad">${place}</span> <span>18°</span></div>`
      + `<h1>Detectan fisura en canal del valle</h1><time datetime="2026-12-06T16:45:00">06/12/2026 16:45</time><div class="cuerpo">${story}</div></body></html>`;
    const published = (place: string) => extract(Buffer.from(page(place)), { url: 'https://diario.example/valle/2026/12/06/fisura', now }).publishedAt;
    expect(published('Mexicali, Baja California')).toBe('2026-12-06T16:45:00-08:00');
    expect(published('Xalapa, Ver.')).toBe('2026-12-06T16:45:00-06:00');
    expect(published('Mexicali, Sonora')).not.toBe('2026-12-06T16:45:00-08:00');
  });
});

