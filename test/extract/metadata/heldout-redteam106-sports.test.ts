import { extract } from '../../../lambdas/extract';

const now = new Date('2026-12-08T12:00:00Z');
// A weekly's sports page in an old table layout, the writer and the date on a small-type line under the headline.
const reportPage = (line: string) => extract(Buffer.from('<html><head><title>Ashby Town 3-3 Melbrook Athletic :: Vale Weekly Sport</title></head><body><table><tr><td>'
  + `<h1>Ashby Town 3-3 Melbrook Athletic</h1><font size="2" color="#666666">${line}</font><br><br><font face="Verdana" size="2">`
  + 'ASHBY Town and Melbrook Athletic served up the game of the season so far at Hollow Lane on Saturday, sharing six goals in a derby that swung one way and then the other.<br><br>'
  + 'Luke Raybould gave the Reds an early lead when he glanced in a free-kick after nine minutes, but Melbrook were level just before the half-hour.<br><br>'
  + '</font></td></tr></table></body></html>'), { url: 'https://valeweekly.example/sport/report.php?id=1', now });

describe('sports match reports and results pages', () => {
  it('reads "Report by" as the match report\'s byline (rule "report by")', () => {
    expect(reportPage('Report by Dave Hollis &middot; Saturday 5th December 2026, 6.15pm').authors).toEqual(['Dave Hollis']);
  });

  it('reads no writer from a line that reports by whom a report was written', () => {
    expect(reportPage('Report by the league&rsquo;s disciplinary panel due on Monday').authors).toEqual([]);
  });

  it('reads a German template\'s "kategorie" box over the headline as the section (rule "German category box, whole")', () => {
    const page = (box: string) => extract(Buffer.from('<html lang="de"><head><meta charset="utf-8"><title>Kreisliga A: Alle Ergebnisse | Deister-Anzeiger</title></head><body>'
      + `<div class="navi"><a href="/lokales/">Lokales</a> <a href="/sport/">Sport</a></div><div class="artikel">${box}<h1>Kreisliga A: Alle Ergebnisse</h1>`
      + '<p>Der TSV Wennigsen bleibt Spitzenreiter der Kreisliga A. Der Tabellenführer gewann das Verfolgerduell beim SV Gehrden mit 2:1 und hat nun fünf Punkte Vorsprung.</p>'
      + '<p>Im Tabellenkeller holte der FC Bredenbeck beim 3:3 gegen den TuS Barsinghausen II einen Punkt, bleibt aber Vorletzter der Liga.</p></div></body></html>'),
    { url: 'https://deister.example/sport/amateurfussball/kreisliga-a-1.html', now });
    expect(page('<div class="kategorie"><a href="/sport/amateurfussball/">Amateurfußball</a></div>').section).toBe('Amateurfußball');
    expect(page('<div class="field-produkt-kategorie"><a href="/shop/fussbaelle/">Fußbälle</a></div>').section).not.toBe('Fußbälle');
  });
});
