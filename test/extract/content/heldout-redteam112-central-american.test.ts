import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'Cuadrillas de la Dirección General de Caminos comenzaron este lunes la reparación del puente, cuyo estribo norte resultó dañado por las lluvias de octubre.',
  'Mientras duren los trabajos, el paso será en un solo carril y regulado por agentes de tránsito, por lo que se esperan atrasos de hasta media hora.',
  'El delegado departamental explicó que la empresa contratista tiene un plazo de cuatro meses para concluir los trabajos y entregar la obra.',
  'Transportistas de la región pidieron que se habilite un horario nocturno de trabajo para reducir el impacto en el comercio de la zona.',
  'La policía de tránsito recomendó a los conductores tomar como ruta alterna la carretera que pasa por los municipios vecinos del norte.',
  'Las autoridades municipales anunciaron que colocarán señalización adicional y que informarán cada semana sobre el avance de la obra.',
];
const page = (header: string) => '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Reparan el puente | Portal</title></head><body>'
  + `<article><h1>Reparan el puente</h1><div class="autoria">${header}</div><div class="texto">${story.map((paragraph) => `<p>${paragraph}</p>`).join('')}</div></article></body></html>`;
const read = (header: string) => extract(Buffer.from(page(header)), { url: 'https://portal.example/nota/2026/12/07/puente', now });

describe('Central American and Caribbean Spanish-language portals', () => {
  it('reads a header row of two long Spanish stamps set apart by a bar as the date row (rule "two stamps measured apart")', () => {
    const record = read('<p class="fechas">Publicado: 7 de diciembre de 2026, 9:20 a. m. | Actualizado: 7 de diciembre de 2026, 4:05 p. m.</p>');
    expect(record.body.split('\n\n')).toEqual(story);
    // A long line with a bar that is not two stamps stays.
    const line = 'La obra se entregará el 7 de diciembre de 2027 | según el contrato firmado con la empresa constructora del puente';
    expect(read(`<p>${line}</p>`).body).toContain(line);
  });

  it('reads the correspondents\' post and places under their names as the byline box\'s (rule "post and its places under the byline")', () => {
    const byline = '<p class="firmas">Por Juan Carlos Ixcot y Mirna Say Tzunún<br><small>Corresponsales en Quetzaltenango y Totonicapán</small></p>';
    const record = read(byline);
    expect(record.authors).toEqual(['Juan Carlos Ixcot', 'Mirna Say Tzunún']);
    expect(record.body.split('\n\n')).toEqual(story);
    // A sentence about correspondents says more than their places.
    const sentence = 'Corresponsales en Quetzaltenango denunciaron amenazas durante la cobertura de las protestas del lunes.';
    expect(read(`${byline}<p>${sentence}</p>`).body).toContain(sentence);
  });

  it('drops a reader-funding box closed by the reader\'s own ask (rule "the reader\'s own ask, in Spanish")', () => {
    const html = (button: string) => '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Reparan el puente | Portal</title></head><body>'
      + `<article><h1>Reparan el puente</h1><section class="gh-content">${story.map((paragraph) => `<p>${paragraph}</p>`).join('')}</section>`
      + '<section class="support-box"><h3>El periodismo independiente necesita de ti</h3><p>Desde 2018 informamos desde el exilio. Con tu aporte mensual sostienes a nuestro equipo de periodistas.</p>'
      + `<a class="button" href="/donar/">${button}</a></section></article></body></html>`;
    const body = (button: string) => extract(Buffer.from(html(button)), { url: 'https://portal.example/nacionales/puente/', now }).body;
    expect(body('Quiero apoyar').split('\n\n')).toEqual(story);
    expect(body('Quiero donar').split('\n\n')).toEqual(story);
  });

  it('reads the photo word and a slash closing a caption as its credit (rule "photo word and a slash")', () => {
    const html = (caption: string) => '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Reparan el puente | Portal</title></head><body>'
      + `<article><h1>Reparan el puente</h1><figure><img src="/uploads/2026/12/puente.jpg" width="696" height="392" alt=""><figcaption>${caption}</figcaption></figure>`
      + `<div class="texto">${story.map((paragraph) => `<p>${paragraph}</p>`).join('')}</div></article></body></html>`;
    const lead = (caption: string) => extract(Buffer.from(html(caption)), { url: 'https://portal.example/nota/2026/12/07/puente', now }).leadImage;
    expect(lead('Una excavadora retira sedimentos del cauce del río. Foto/Cortesía')).toMatchObject({ caption: 'Una excavadora retira sedimentos del cauce del río.', credit: 'Foto/Cortesía' });
    // Inside the caption's sentence, "foto/…" is no label.
    expect(lead('Su foto/Retrato del puente ganó el concurso municipal')).toMatchObject({ credit: null });
  });
});
