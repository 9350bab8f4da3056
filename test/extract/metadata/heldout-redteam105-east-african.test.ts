import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'Golaha deegaanka ayaa maanta ansixiyay qorshe lagu dayactirayo waddooyinka magaalada ka hor xilliga roobabka.',
  'Guddoomiyaha degmada ayaa sheegay in shaqada ay bilaabmi doonto bisha soo socota, isla markaana ay qaadan doonto saddex bilood.',
];
// A legacy PHP page's info row under the headline, with no metadata about the counts.
const recordOf = (row: string) => extract(Buffer.from('<html><head><meta charset="utf-8"><title>Wararka :: Waddooyinka magaalada</title></head><body><table><tr><td>'
  + `<font size="4"><b>Waddooyinka magaalada oo la dayactirayo</b></font><br><font size="1">${row}</font><br><br>`
  + `<font size="2">${story.join('<br><br>')}</font></td></tr></table></body></html>`), { url: 'http://wararka.example/war.php?id=7', now });
const countersOf = (row: string) => recordOf(row).counters;

describe('East African portals\' counters', () => {
  it('reads the Somali "read so many times" as the views (rule "read so many times, in Somali")', () => {
    expect(countersOf('Taariikh: 06-12-2026 · La akhriyey: 3,512 jeer').views).toBe(3512);
    expect(countersOf('Taariikh: 06-12-2026 · La akhriyay 815 jeer').views).toBe(815);
  });

  it('reads the byline a table layout sets in a cell of its own beside the date (rule "byline in a table cell")', () => {
    for (const [cell, name] of [['Imeandikwa na: <b>Fatuma Bakari</b>, Lamu', 'Fatuma Bakari'], ['By Moses Okello', 'Moses Okello']]) {
      const page = '<html><head><meta charset="utf-8"><title>Habari :: Wavuvi wa Lamu</title></head><body><table><tr><td><h2>Wavuvi wa Lamu walalamikia marufuku</h2>'
        + `<table><tr><td class="info">${cell}</td><td align="right">Jumatatu, 7 Desemba 2026 - 14:30</td></tr></table>`
        + `${story.map((paragraph) => `<p>${paragraph}</p>`).join('')}</td></tr></table></body></html>`;
      expect(extract(Buffer.from(page), { url: 'http://habari.example/habari.php?id=3', now }).authors).toEqual([name]);
    }
  });

  it('reads the Swahili "read so many times" as the views (rule "read so many times, in Swahili")', () => {
    expect(countersOf('Jumatatu, 7 Desemba 2026 · Imesomwa mara: 842').views).toBe(842);
    expect(countersOf('Jumatatu, 7 Desemba 2026 · Imetazamwa mara 1,204').views).toBe(1204);
    expect(recordOf('Imesomwa mara: 842').body.split('\n\n')).toEqual(story);
  });
});

