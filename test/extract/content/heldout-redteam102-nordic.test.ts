import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const entries = [
  'Kommunen meddelar att alla skolor håller öppet som vanligt, men att skolmaten kan bli kall på flera håll i staden.',
  'Enligt elbolaget beror avbrottet på ett fel i ett ställverk. Reparatörer är på plats och räknar med att strömmen är tillbaka till lunch.',
  'Polisen uppmanar bilister att vara försiktiga eftersom trafikljusen i flera av de stora korsningarna är släckta.',
];
// The entries stand in plain wrappers, as a template that names none of its parts leaves them, so the stream and the
// controls over it are read as one block with the preamble.
const livePage = (controls: string, clocks: string[]) => '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Strömavbrott i Karlstad | Värmlandsbladet</title></head><body>'
  + '<main><article><h1>Strömavbrott i Karlstad</h1>'
  + '<p class="preamble">Tusentals hushåll står utan ström efter ett fel i ett ställverk. Här uppdaterar vi löpande.</p>'
  + `${controls}<div>${entries.map((entry, index) => `<div><div class="time"><time>${clocks[index]}</time></div><p>${entry}</p></div>`).join('')}</div>`
  + '</article></main></body></html>';
const liveBody = (controls: string, clocks = ['11.48', '09.30', '07.05']) =>
  extract(Buffer.from(livePage(controls, clocks)), { url: 'https://varmlandsbladet.example/karlstad/live/1', now }).body.split('\n\n');

const brugsen = [
  'Det er med tungt hjerte, at bestyrelsen for brugsforeningen har besluttet at lukke butikken efter 62 år i byen.',
  'Butikken har seks ansatte, som alle er blevet opsagt. Bestyrelsen håber, at en anden kæde vil overtage bygningen.',
];
// A local paper's story with a stamp set after its text, as older templates print the day it first ran, or a meta
// row set over it.
const stampedBody = (stamp: string, row = '') => extract(Buffer.from('<html lang="da"><head><meta charset="utf-8"><title>Ugeavisen :: Brugsen lukker</title></head><body><article>'
  + `<h1>Brugsen lukker efter 62 år</h1>${row && `<p>${row}</p>`}${brugsen.map((paragraph) => `<p>${paragraph}</p>`).join('')}${stamp && `<p>${stamp}</p>`}`
  + '</article></body></html>'), { url: 'https://ugeavisen.example/vis_nyhed.php?id=1', now }).body.split('\n\n');

describe('Nordic local papers', () => {
  it('leaves a live page\'s switch for its entries\' order out of the text (rule "live page\'s order switch")', () => {
    for (const control of ['Senaste först', 'Nyeste først', 'Uusimmat ensin', 'Oldest first']) {
      expect(liveBody(`<div><label><input type="checkbox" checked> Uppdatera automatiskt</label> <span>${control}</span></div>`)).not.toContain(control);
    }
  });

  it('leaves the times a live page writes with a full stop over its entries out of the text (rule "dotted post clocks")', () => {
    const paragraphs = liveBody('');
    for (const clock of ['11.48', '09.30', '07.05']) expect(paragraphs).not.toContain(clock);
    expect(paragraphs.at(-1)).toBe(entries.at(-1));
    // A lone figure over one entry may be a result, and stays.
    expect(liveBody('', ['3.25', 'Rubrik', 'Rubrik två'])).toContain('3.25');
  });

  it('leaves a stamp that opens with a Nordic weekday out of the text (rule "Nordic weekdays")', () => {
    for (const stamp of ['Mandag d. 30. november 2026', 'måndag 30 november 2026 kl. 08.30', 'maanantai 30.11.2026', 'Mánudagur 30. nóvember 2026']) {
      expect(stampedBody(stamp).at(-1)).toBe(brugsen.at(-1));
    }
  });

  it('leaves the meta row of stamp, byline and count under the headline out of the text (rule "stamp, byline and counter row")', () => {
    for (const row of ['Mandag d. 7. december 2026, kl. 08.30 | Af Birgitte Østergaard | Læst 412 gange', '7. desember 2026 | Av Kari Lund | Lest 1.204 ganger']) {
      expect(stampedBody('', row)[0]).toBe(brugsen[0]);
    }
  });

  it('reads the row under an old template\'s picture table as its caption and credit (rule "caption row under a picture table")', () => {
    const html = '<html lang="da"><head><meta charset="iso-8859-1"><title>Ugeavisen :: Brugsen lukker</title></head><body><table><tr><td>'
      + '<font size="4"><b>Brugsen lukker efter 62 år</b></font><br><br>'
      + '<table align="right"><tr><td><img src="billeder/brugsen.jpg" width="250" alt="Brugsen"></td></tr>'
      + '<tr><td><font size="1">Brugsen har været byens samlingspunkt i 62 år. Foto: Birgitte Østergaard</font></td></tr></table>'
      + `<font size="2">${brugsen.join('<br><br>')}</font></td></tr></table></body></html>`;
    const record = extract(Buffer.from(html, 'latin1'), { url: 'https://ugeavisen.example/vis_nyhed.php?id=1', now });
    expect(record.body.split('\n\n')[0]).toBe(brugsen[0]);
    expect(record.leadImage).toMatchObject({ caption: 'Brugsen har været byens samlingspunkt i 62 år.', credit: 'Foto: Birgitte Østergaard' });
  });
});
