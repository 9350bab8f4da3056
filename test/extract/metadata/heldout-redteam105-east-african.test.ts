import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'Golaha deegaanka ayaa maanta ansixiyay qorshe lagu dayactirayo waddooyinka magaalada ka hor xilliga roobabka.',
  'Guddoomiyaha degmada ayaa sheegay in shaqada ay bilaabmi doonto bisha soo socota, isla markaana ay qaadan doonto saddex bilood.',
];
// A legacy PHP page's info row under the headline, with no metadata about the counts.
const countersOf = (row: string) => extract(Buffer.from('<html><head><meta charset="utf-8"><title>Wararka :: Waddooyinka magaalada</title></head><body><table><tr><td>'
  + `<font size="4"><b>Waddooyinka magaalada oo la dayactirayo</b></font><br><font size="1">${row}</font><br><br>`
  + `<font size="2">${story.join('<br><br>')}</font></td></tr></table></body></html>`), { url: 'http://wararka.example/war.php?id=7', now }).counters;

describe('East African portals\' counters', () => {
  it('reads the Somali "read so many times" as the views (rule "read so many times, in Somali")', () => {
    expect(countersOf('Taariikh: 06-12-2026 · La akhriyey: 3,512 jeer').views).toBe(3512);
    expect(countersOf('Taariikh: 06-12-2026 · La akhriyay 815 jeer').views).toBe(815);
  });
});
