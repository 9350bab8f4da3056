import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'Sveitarstjórnin samþykkti á fundi sínum að ganga til samninga við lægstbjóðanda um nýja sundlaug í bænum.',
  'Alls bárust fjögur tilboð í verkið og var það lægsta um sjö prósentum undir kostnaðaráætlun verkfræðistofunnar.',
  'Stefnt er að því að framkvæmdir hefjist í apríl og að laugin verði opnuð í ágúst árið 2028, segir formaðurinn.',
];
const page = (meta: string, after: string) => '<!DOCTYPE html><html lang="is"><head><meta charset="utf-8"><title>Ný sundlaug - Austurblaðið</title></head><body>'
  + `<header><nav><a href="/">Forsíða</a> <a href="/frettir">Fréttir</a></nav></header><main><article><h1>Ný sundlaug</h1>${meta}`
  + `<div class="texti">${story.map((p) => `<p>${p}</p>`).join('')}</div>${after}</article></main><footer>Austurblaðið ehf.</footer></body></html>`;
const record = (meta: string, after = '') => extract(Buffer.from(page(meta, after)), { url: 'https://austurbladid.example/frettir/ny-sundlaug', now });

describe('Nordic local papers', () => {
  it('reads the topic links an Icelandic page labels "Efnisorð:" as its tags (rule "Icelandic subject words")', () => {
    const { tags, body } = record('', '<div class="efni">Efnisorð: <a href="/efni/sundlaugar">Sundlaugar</a>, <a href="/efni/egilsstadir">Egilsstaðir</a></div>');
    expect(tags).toEqual(['Sundlaugar', 'Egilsstaðir']);
    expect(body).not.toContain('Efnisorð');
  });

  it('reads the writer an Icelandic page sets in a box it names "hofundur" (rule "Icelandic writer\'s class")', () => {
    const meta = '<div class="info"><span class="hofundur"><a href="/hofundar/gudrun-helgadottir">Guðrún Helgadóttir</a></span> <span class="birt">Birt: 30. nóvember 2026 kl. 16:40</span></div>';
    expect(record(meta).authors).toEqual(['Guðrún Helgadóttir']);
  });

  it('reads the views an older Nordic template counts as "read so many times" (rule "read so many times, in the Nordic languages")', () => {
    for (const [row, views] of [['Læst 412 gange', 412], ['Lest 1.204 ganger', 1204], ['Läst 87 gånger', 87], ['Luettu 3 455 kertaa', 3455]] as const) {
      expect(record(`<div class="meta">Mandag d. 7. december 2026 | ${row}</div>`).counters.views).toBe(views);
    }
    expect(record('<div class="meta">Læst op af forfatteren 7. december 2026</div>').counters.views).toBeNull();
  });

  it('reads the section from an unnamed trail that opens with a Nordic home page (rule "home page in the Nordic languages")', () => {
    const html = '<html><head><meta charset="utf-8"><title>Ugeavisen :: Brugsen lukker</title></head><body><table><tr><td>'
      + '<span class="sti"><a href="index.php">Forside</a> &raquo; <a href="nyheder.php">Nyheder</a></span><br><br>'
      + '<font size="4"><b>Brugsen lukker efter 62 år</b></font><br><br><font size="2">'
      + 'Det er med tungt hjerte, at bestyrelsen for brugsforeningen har besluttet at lukke butikken efter 62 år i byen.<br><br>'
      + 'Butikken har seks ansatte, som alle er blevet opsagt. Bestyrelsen håber, at en anden kæde vil overtage bygningen.</font>'
      + '</td></tr></table></body></html>';
    expect(extract(Buffer.from(html), { url: 'https://ugeavisen.example/vis_nyhed.php?id=1', now }).section).toBe('Nyheder');
  });
});
