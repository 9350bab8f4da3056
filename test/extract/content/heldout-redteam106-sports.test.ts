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

const derby = [
  'Kofi Adeyemi headed an 88th-minute winner as Kingsmead Rovers came from behind to beat Saltmarsh United 2-1 and climb into the play-off places.',
  'The visitors had led through a first-half strike and looked set to end a run of four derby defeats until a substitute levelled on the hour.',
  'United boss Paul Ingram said: “To concede from a set-piece that late is hard to take. We will have to pick ourselves up quickly for Tuesday.”',
];
// A report whose sheet the template sets in the text's box, after the report's paragraphs.
const derbyWith = (sheet: string, lang = 'en') => extract(Buffer.from(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Rovers 2-1 United</title></head><body><article>`
  + `<h1>Rovers 2-1 United: late header settles derby</h1><div class="entry-content">${derby.map((paragraph) => `<p>${paragraph}</p>`).join('')}${sheet}</div>`
  + '</article></body></html>'), { url: 'https://echo.example/sport/rovers-united/', now }).body.split('\n\n');

describe('sports match reports and results pages', () => {
  it('leaves a match sheet of labelled paragraphs out of the text (rule "labelled sheet line")', () => {
    expect(derbyWith('<div class="match-facts"><h3>Match facts</h3>'
      + '<p><strong>Kingsmead Rovers:</strong> Pike, Shaw, Devlin, Barr, Mensah, Vass (Hewitt 56), Lowry, Adeyemi, Price, Dunne (Ellis 56), Walsh.</p>'
      + '<p><strong>Saltmarsh United:</strong> Cole, Moss, Ferris, Akande, Lyle, Brannigan, Tait, Quinn (Roe 80), Oduya, Grant, Holt.</p>'
      + '<p><strong>Booked:</strong> Moss (2), Lowry, Tait. <strong>Sent off:</strong> Moss (90+2).</p><p><strong>Referee:</strong> Martin Haigh.</p></div>')).toEqual(derby);
  });

  it('keeps a story\'s paragraphs under a sheet heading that open with no label', () => {
    const story = 'The line-ups were only confirmed an hour before kick-off, after the visitors had waited on a fitness test for their captain, who had missed training all week.';
    expect(derbyWith(`<h3>Line-ups</h3><p>${story}</p>`)).toContain(story);
  });

  it('leaves the French panel of marks headed with the side\'s name out of the text (rule "the side\'s marks")', () => {
    expect(derbyWith('<div class="notes"><h3>Les notes des Maritimes</h3><ul><li><b>Lemercier : 6.</b> Peu sollicité, il a rassuré.</li>'
      + '<li><b>Benali : 8.</b> Un doublé et un replacement défensif exemplaire.</li></ul></div>', 'fr')).toEqual(derby);
  });

  it('leaves a match sheet told by its labels out of the text (rule "sheet by its labels")', () => {
    expect(derbyWith('<div class="spielinfo"><div class="ergebnis">Blau-Weiß Hameln <strong>2:2</strong> Eintracht Lohne</div><ul>'
      + '<li><b>Tore:</b> 0:1 Kessler (14.), 0:2 Wulf (52.), 1:2 Aydin (77.), 2:2 Brandes (90.+3)</li><li><b>Gelbe Karten:</b> Schöne, Aydin / Kessler</li>'
      + '<li><b>Schiedsrichter:</b> Malte Petersen (Kiel)</li><li><b>Zuschauer:</b> 3.412</li></ul></div>', 'de')).toEqual(derby);
    expect(derbyWith('<div class="sintesis"><h3>Síntesis</h3><p><b>Ferro (1):</b> Aguirre; Paz, Medina, Ríos, Quiroga; Ledesma, Benítez, Sosa; Ortiz, Ferreyra, Luna. DT: Raúl Bravo.</p>'
      + '<p><b>Gol:</b> ST 14m Ledesma (F).</p><p><b>Árbitro:</b> Pablo Giménez. <b>Estadio:</b> Eva Perón.</p></div>', 'es')).toEqual(derby);
  });

  it('keeps a story\'s box of two labelled facts', () => {
    const fact = 'Zuschauer: Zum Derby am Samstag werden über 3000 Fans erwartet, der Verein öffnet deshalb auch die Gegentribüne, die seit dem Sommer gesperrt war.';
    expect(derbyWith(`<div class="info"><p><b>Stadion:</b> Am Hollweg, Hameln</p><p>${fact.replace('Zuschauer:', '<b>Zuschauer:</b>')}</p></div>`, 'de').join('\n')).toContain('Am Hollweg, Hameln');
  });

  it('leaves a minified odds box with a voseo gambling notice out of the text (rules "gambling notice, in the voseo", "notice on a line of the promo")', () => {
    const body = reportWith('<div class="apuestas_box__W"><span>Apostá</span><p>Final: Ferro 1.85 · Empate 3.20 · Rival 4.10</p>'
      + '<a href="https://apuestas.example/?r=pd">Apostá ahora</a><p>Jugá responsablemente. Prohibida la venta a menores de 18 años.</p></div>');
    expect(body.split('\n\n')).toEqual(report);
  });

  it('keeps a story\'s sentence about gambling that names the age limit in words', () => {
    const sentence = 'La ley prohíbe la venta de apuestas a menores de 18 años, recordó el ministro, que pidió a los clubes que dejen de exhibir publicidad de casas de juego.';
    expect(reportWith(`<p>${sentence}</p>`)).toContain(sentence);
  });

  it('reads a French caption\'s colonless "Photo Paper/Photographer" as the credit (rule "photo word before the holder and the photographer")', () => {
    const lead = (caption: string) => extract(Buffer.from('<html lang="fr"><head><meta charset="utf-8"><title>Ligue 2 : le Stade Maritime s\'impose</title></head><body><article>'
      + `<h1>Ligue 2 : le Stade Maritime s'impose</h1><figure><img src="https://c.example/i/benali.jpg" alt="Benali"><figcaption>${caption}</figcaption></figure>`
      + '<p>Il aura fallu attendre la 19e minute pour voir la Jetée s\'enflammer. Sur un centre au cordeau, Yanis Benali a devancé son défenseur pour ouvrir le score.</p>'
      + '<p>Après la pause, les Maritimes ont fait le break sur une action collective de grande classe, conclue par Benali d\'une frappe croisée.</p></article></body></html>'),
    { url: 'https://c.example/sport/1', now }).leadImage;
    expect(lead('Yanis Benali a inscrit son sixième but de la saison. Photo Le Courrier de l\'Estuaire/Anne Guivarc\'h')?.credit).toBe('Photo Le Courrier de l\'Estuaire/Anne Guivarc\'h');
    expect(lead('Photo de famille des joueurs avant le match, à Rennes/Saint-Malo.')?.credit).toBeFalsy();
  });
});
