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
});
