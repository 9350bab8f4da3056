import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const report = [
  'Con un gol de Franco Ledesma a los 14 minutos del segundo tiempo, Ferro venció 1-0 a Laguna en un estadio repleto y se metió en la final del torneo.',
  'El primer tiempo fue trabado y con pocas situaciones, pero en el complemento el equipo ganó profundidad con el ingreso de Luna por izquierda.',
];
// A match report as a minified (Next.js) page prints it, with a box between its paragraphs whose lines touch one another.
const reportWith = (box: string) => extract(Buffer.from('<!DOCTYPE html><html lang="es-AR"><head><meta charset="utf-8"><title>Ferro le ganó a Laguna</title></head><body><main>'
  + `<h1>Ferro le ganó 1-0 a Laguna y es finalista</h1><div class="nota_cuerpo"><p>${report[0]}</p>${box}<p>${report[1]}</p></div>`
  + '</main></body></html>'), { url: 'https://pampa.example/futbol/n1', now }).body;

describe('sports match reports and results pages', () => {
  it('leaves a minified odds box with a voseo gambling notice out of the text (rules "gambling notice, in the voseo", "notice on a line of the promo")', () => {
    const body = reportWith('<div class="apuestas_box__W"><span>Apostá</span><p>Final: Ferro 1.85 · Empate 3.20 · Rival 4.10</p>'
      + '<a href="https://apuestas.example/?r=pd">Apostá ahora</a><p>Jugá responsablemente. Prohibida la venta a menores de 18 años.</p></div>');
    expect(body.split('\n\n')).toEqual(report);
  });

  it('keeps a story\'s sentence about gambling that names the age limit in words', () => {
    const sentence = 'La ley prohíbe la venta de apuestas a menores de 18 años, recordó el ministro, que pidió a los clubes que dejen de exhibir publicidad de casas de juego.';
    expect(reportWith(`<p>${sentence}</p>`)).toContain(sentence);
  });
});
